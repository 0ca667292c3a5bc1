// The one module that knows the task-line syntax: `<indent><marker> [<status>] <body>`, with due and
// completion dates as Tasks emoji (`📅 2026-12-01`, read from the end of the line as Tasks does) or
// Dataview inline fields (`[due:: 2026-12-01]`, anywhere). Built from named parts, as obsidian-tasks
// builds its `TaskRegularExpressions`. Every edit changes only the bytes it targets.
import { hasIsoDateShape, isIsoDate, type IsoDate } from "./dates";
import { trimmedEnd } from "./text";

/** Who an action is for: the mentee unless marked `[owner:: mentor]`. */
export type Role = "mentor" | "mentee";
/** How due and completion dates are written: Tasks emoji (`📅 2026-12-01`) or Dataview fields (`[due:: 2026-12-01]`). */
export type ActionFormat = "tasks" | "dataview";
export type ActionState = "open" | "done" | "cancelled" | "forwarded";

/** One task line as this module reads it. */
export interface TaskLine {
  /** Leading whitespace, kept byte for byte. */
  indent: string;
  /** The list marker: `-`, `*`, `+` or `1.` / `1)`. */
  marker: string;
  /** The character between the brackets: ' ', 'x', 'X', '/', '-', '>', or any other. */
  status: string;
  /** Everything after `] `, as written (fields included). */
  body: string;
  /** The description without dates, owner field, block id: what a person reads. */
  text: string;
  due: IsoDate | null;
  completion: IsoDate | null;
  /** `mentor` when marked `[owner:: mentor]`, else `mentee` (the default owner of an action). */
  owner: Role;
  blockId: string | null;
  /** Which date syntax the line already uses, if any; null when it has no date field. */
  format: ActionFormat | null;
}

// The parts of a task line's prefix.
const INDENT = "([ \\t]*)";
const LIST_MARKER = "([-*+]|[0-9]{1,9}[.)])";
const SPACE_AFTER_MARKER = "[ \\t]+";
/** One code point other than `]` or a line break, between brackets. */
const STATUS = "\\[([^\\]\\r\\n])\\]";
/** Obsidian draws a checkbox only when `]` ends the line or whitespace follows; a stray `\r` stays in the body. */
const AFTER_STATUS = "(?=[ \\t\\r]|$)";
const TASK_PREFIX = new RegExp(`^${INDENT}${LIST_MARKER}${SPACE_AFTER_MARKER}${STATUS}${AFTER_STATUS}`, "u");

// The parts of a body's fields.
const TASKS_ID = /^[a-zA-Z0-9_-]+$/;
const LETTERS = /^[a-zA-Z]+$/;
const BLOCK_ID = /^\^[A-Za-z0-9-]+$/;
const RECURRENCE_VALUE = /^\uFE0F? *[a-zA-Z0-9, !]*[a-zA-Z0-9!]$/;
const DEPENDS_VALUE = /^\uFE0F? *[a-zA-Z0-9_-]+( *, *[a-zA-Z0-9_-]+)*$/;
const ONE_STATUS = /^[^\]\r\n]$/u;
const LINE_BREAKS = /[\r\n]+/g;
/** Blanks between a body's words; other white space, such as a no-break space, is part of a word. */
const BLANKS = " \t\r\n";

type EmojiKind = "due" | "scheduled" | "start" | "created" | "done" | "cancelled" | "priority" | "recurrence" | "id" | "dependsOn" | "onCompletion";
const DATE_KINDS: ReadonlySet<EmojiKind> = new Set(["due", "scheduled", "start", "created", "done", "cancelled"]);
/** Dataview's task date fields: hidden from the text like their emoji twins. */
const DATAVIEW_DATE_KEYS: ReadonlySet<string> = new Set(["due", "completion", "created", "start", "scheduled", "cancelled"]);

/** Tasks' emoji and what each writes. */
const EMOJI_KINDS: ReadonlyMap<string, EmojiKind> = new Map([
  ["📅", "due"], ["📆", "due"], ["🗓", "due"], ["⏳", "scheduled"], ["⌛", "scheduled"], ["🛫", "start"],
  ["➕", "created"], ["✅", "done"], ["❌", "cancelled"], ["🔺", "priority"], ["⏫", "priority"],
  ["🔼", "priority"], ["🔽", "priority"], ["⏬", "priority"], ["🔁", "recurrence"], ["🆔", "id"],
  ["⛔", "dependsOn"], ["🏁", "onCompletion"],
]);
/** One of Tasks' emoji at the start, with the U+FE0F variation selector that may follow it. */
const EMOJI = new RegExp(`^(${[...EMOJI_KINDS.keys()].join("|")})\uFE0F?`, "u");
/** Fields whose value may hold spaces: found by their emoji, then the rest of the line is checked. */
const WIDE_FIELDS: ReadonlyArray<{ emoji: string; value: RegExp; kind: EmojiKind }> = [
  { emoji: "🔁", value: RECURRENCE_VALUE, kind: "recurrence" },
  { emoji: "⛔", value: DEPENDS_VALUE, kind: "dependsOn" },
];

/** Offsets in the body: a field from its emoji or bracket to its end. */
type Span = { start: number; end: number };
type Field = Span & { value: string };
type EmojiField = Field & { kind: EmojiKind };
/** A Dataview field; its key lower-cased. */
type InlineField = Field & { key: string };
/**
 * A body's fields: `emoji`, Tasks fields at its end, last first; `inline`, Dataview fields anywhere, in order.
 * New trailing fields go at `appendAt` (before a block id), new words at `textEnd` (before the Tasks fields).
 */
type BodyFields = { emoji: EmojiField[]; inline: InlineField[]; blockId: Field | null; appendAt: number; textEnd: number };
/** A task line's prefix; `separated`: a space or tab follows `]` (so a field written first needs none). */
type Prefix = { indent: string; marker: string; statusStart: number; statusEnd: number; bodyStart: number; separated: boolean };

function prefixOf(line: string): Prefix | null {
  const match = TASK_PREFIX.exec(line);
  if (!match) return null;
  const statusEnd = match[0].length - 1;
  const status = match[3] as string;
  const next = line[statusEnd + 1];
  const separated = next === " " || next === "\t";
  const bodyStart = separated ? statusEnd + 2 : statusEnd + 1;
  return { indent: match[1] as string, marker: match[2] as string, statusStart: statusEnd - status.length, statusEnd, bodyStart, separated };
}

const isBracket = (char: string | undefined): boolean => char === "[" || char === "]" || char === "(" || char === ")";

const backOverBlanks = (body: string, end: number): number => trimmedEnd(body, end, BLANKS);

/** Where the word that ends at `end` starts. */
function tokenStart(body: string, end: number): number {
  let start = end;
  while (start > 0 && !BLANKS.includes(body[start - 1] as string)) start--;
  return start;
}

/** The emoji kind a token starts with, and where its value begins (after an optional U+FE0F). */
function emojiAt(body: string, at: number): { kind: EmojiKind; valueStart: number } | null {
  const match = EMOJI.exec(body.slice(at));
  const kind = match && EMOJI_KINDS.get(match[1] as string);
  return kind ? { kind, valueStart: at + match[0].length } : null;
}

function valueFits(kind: EmojiKind, value: string): boolean {
  if (DATE_KINDS.has(kind)) return hasIsoDateShape(value);
  if (kind === "id") return TASKS_ID.test(value);
  if (kind === "onCompletion") return LETTERS.test(value);
  return false;
}

/** Dataview `[key:: value]` and `(key:: value)` fields, found from their `::`. Wiki links are never fields. */
function inlineFields(body: string): InlineField[] {
  const fields: InlineField[] = [];
  let from = 0;
  for (let sep = body.indexOf("::"); sep >= 0; sep = body.indexOf("::", Math.max(sep + 2, from))) {
    let open = sep - 1;
    while (open >= from && !isBracket(body[open])) open--;
    if (open < from) continue;
    const opener = body[open];
    if ((opener !== "[" && opener !== "(") || (opener === "[" && body[open - 1] === "[")) continue;
    const key = body.slice(open + 1, sep).trim();
    if (key === "") continue;
    const closer = opener === "[" ? "]" : ")";
    let depth = 1;
    let close = sep + 2;
    for (; close < body.length; close++) {
      if (body[close] === opener) depth++;
      else if (body[close] === closer && --depth === 0) break;
    }
    if (depth !== 0) continue;
    fields.push({ start: open, end: close + 1, key: key.toLowerCase(), value: body.slice(sep + 2, close).trim() });
    from = close + 1;
  }
  return fields;
}

/** Reads the fields of a body from its end, the way Tasks does, stepping over tags and Dataview fields. */
function fieldsOf(body: string): BodyFields {
  const inline = inlineFields(body);
  const emoji: EmojiField[] = [];
  let end = backOverBlanks(body, body.length);
  let blockId: Field | null = null;
  const lastStart = tokenStart(body, end);
  if (BLOCK_ID.test(body.slice(lastStart, end))) {
    blockId = { start: lastStart, end, value: body.slice(lastStart + 1, end) };
    end = backOverBlanks(body, lastStart);
  }
  const appendAt = end;
  const wide = WIDE_FIELDS.flatMap((field) => {
    const found: Array<{ at: number; field: (typeof WIDE_FIELDS)[number] }> = [];
    for (let at = body.indexOf(field.emoji); at >= 0; at = body.indexOf(field.emoji, at + 1)) found.push({ at, field });
    return found;
  });
  scan: while (end > 0) {
    const last = body[end - 1];
    if (last === "]" || last === ")") {
      const field = inline.find((each) => each.end === end);
      if (field) {
        end = backOverBlanks(body, field.start);
        continue;
      }
    }
    for (const { at, field } of wide) {
      const valueStart = at + field.emoji.length;
      if (valueStart < end && field.value.test(body.slice(valueStart, end))) {
        let trimmed = valueStart;
        while (body[trimmed] === "\uFE0F" || body[trimmed] === " ") trimmed++;
        emoji.push({ kind: field.kind, start: at, end, value: body.slice(trimmed, end) });
        end = backOverBlanks(body, at);
        continue scan;
      }
    }
    const start = tokenStart(body, end);
    if (body[start] === "#" && end - start > 1) {
      end = backOverBlanks(body, start); // a tag: stays in the text, Tasks reads on past it
      continue;
    }
    const own = emojiAt(body, start);
    if (own && own.valueStart === end && own.kind === "priority") {
      emoji.push({ kind: "priority", start, end, value: "" });
    } else if (own && own.valueStart < end && valueFits(own.kind, body.slice(own.valueStart, end))) {
      emoji.push({ kind: own.kind, start, end, value: body.slice(own.valueStart, end) });
    } else {
      // A value on its own: the token before it must be just the emoji.
      const emojiEnd = backOverBlanks(body, start);
      const emojiStart = tokenStart(body, emojiEnd);
      const before = own ? null : emojiAt(body, emojiStart);
      if (!before || before.valueStart !== emojiEnd || emojiEnd === start) break;
      if (!valueFits(before.kind, body.slice(start, end))) break;
      emoji.push({ kind: before.kind, start: emojiStart, end, value: body.slice(start, end) });
      end = backOverBlanks(body, emojiStart);
      continue;
    }
    end = backOverBlanks(body, start);
  }
  const firstEmoji = emoji[emoji.length - 1];
  const textEnd = firstEmoji ? backOverBlanks(body, firstEmoji.start) : appendAt;
  return { emoji, inline, blockId, appendAt, textEnd };
}

function ownerOf(field: InlineField): Role | null {
  if (field.key !== "owner") return null;
  const value = field.value.toLowerCase();
  return value === "mentor" || value === "mentee" ? value : null;
}

/** The date syntax a line already uses: Tasks when it has any Tasks date, else Dataview's, else none. */
function dateFormatOf(fields: BodyFields): ActionFormat | null {
  if (fields.emoji.some((field) => DATE_KINDS.has(field.kind))) return "tasks";
  return fields.inline.some((field) => DATAVIEW_DATE_KEYS.has(field.key)) ? "dataview" : null;
}

/** The body without the given spans, each taken with the whitespace just before it. */
function withoutSpans(body: string, spans: Span[]): string {
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  let out = "";
  let from = 0;
  for (const span of ordered) {
    if (span.start < from) continue;
    out += body.slice(from, Math.max(from, backOverBlanks(body, span.start)));
    from = span.end;
  }
  return out + body.slice(from);
}

/** Parses one line (without its ending); null when it is not a task line (callouts, `- [] x`, plain items). */
export function parseTaskLine(line: string): TaskLine | null {
  const prefix = prefixOf(line);
  if (!prefix) return null;
  const body = line.slice(prefix.bodyStart);
  const fields = fieldsOf(body);
  let due: IsoDate | null = null;
  let completion: IsoDate | null = null;
  let owner: Role = "mentee";
  const hidden: Span[] = [];
  for (const field of fields.inline) {
    const fieldOwner = ownerOf(field);
    const date = DATAVIEW_DATE_KEYS.has(field.key) && isIsoDate(field.value);
    if (date && field.key === "due") due = field.value;
    if (date && field.key === "completion") completion = field.value;
    owner = fieldOwner ?? owner;
    if (date || fieldOwner) hidden.push(field);
  }
  // Emoji fields are listed last first; walk them in line order so that, as above, the last one wins.
  for (const field of [...fields.emoji].reverse()) {
    const date = DATE_KINDS.has(field.kind);
    const valid = date && isIsoDate(field.value);
    if (valid && field.kind === "due") due = field.value;
    if (valid && field.kind === "done") completion = field.value;
    // A field with a date that is no date stays in the text, so the reader sees what is wrong.
    if (valid || !date) hidden.push(field);
  }
  if (fields.blockId) hidden.push(fields.blockId);
  return {
    indent: prefix.indent,
    marker: prefix.marker,
    status: line.slice(prefix.statusStart, prefix.statusEnd),
    body,
    text: withoutSpans(body, hidden).trim(),
    due,
    completion,
    owner,
    blockId: fields.blockId?.value ?? null,
    format: dateFormatOf(fields),
  };
}

const STATES: ReadonlyMap<string, ActionState> = new Map([["x", "done"], ["X", "done"], ["-", "cancelled"], [">", "forwarded"]]);

export function actionState(status: string): ActionState {
  return STATES.get(status) ?? "open";
}

/** Replaces only the status character; null when not a task line or `status` is not one character. */
export function setTaskStatus(line: string, status: string): string | null {
  const prefix = prefixOf(line);
  if (!prefix || !ONE_STATUS.test(status)) return null;
  return line.slice(0, prefix.statusStart) + status + line.slice(prefix.statusEnd);
}

/** Inserts ` addition` at `at` (a body offset) and sets the status, keeping every other byte. */
function edited(line: string, prefix: Prefix, status: string, at: number, addition: string): string {
  const insertAt = prefix.bodyStart + at;
  const before = at === 0 && prefix.separated ? "" : " ";
  const after = insertAt < line.length && !BLANKS.includes(line[insertAt] as string) ? " " : "";
  return line.slice(0, prefix.statusStart) + status + line.slice(prefix.statusEnd, insertAt) + before + addition + after + line.slice(insertAt);
}

/**
 * Ticks a task: status `x` plus a completion date in the line's own date format (`fallbackFormat` when it
 * has none), after its other fields and before a block id. Done lines come back unchanged; null for a
 * line that is not a task or an invalid date.
 */
export function completeTaskLine(line: string, date: IsoDate, fallbackFormat: ActionFormat): string | null {
  const prefix = prefixOf(line);
  if (!prefix || !isIsoDate(date)) return null;
  if (actionState(line.slice(prefix.statusStart, prefix.statusEnd)) === "done") return line;
  const fields = fieldsOf(line.slice(prefix.bodyStart));
  if (fields.emoji.some((field) => field.kind === "done") || fields.inline.some((field) => field.key === "completion")) return setTaskStatus(line, "x");
  // A priority or recurrence alone still means Tasks reads this line: keep its emoji readable from the end.
  const format = dateFormatOf(fields) ?? (fields.emoji.length > 0 ? "tasks" : fallbackFormat);
  return edited(line, prefix, "x", fields.appendAt, format === "tasks" ? `✅ ${date}` : `[completion:: ${date}]`);
}

/** Unticks a done task: status back to a space and its completion field removed. Other lines unchanged. */
export function uncompleteTaskLine(line: string): string | null {
  const prefix = prefixOf(line);
  if (!prefix) return null;
  if (actionState(line.slice(prefix.statusStart, prefix.statusEnd)) !== "done") return line;
  const body = line.slice(prefix.bodyStart);
  const fields = fieldsOf(body);
  const completions: Span[] = [...fields.emoji.filter((field) => field.kind === "done"), ...fields.inline.filter((field) => field.key === "completion")];
  return line.slice(0, prefix.statusStart) + " " + line.slice(prefix.statusEnd, prefix.bodyStart) + withoutSpans(body, completions);
}

/**
 * Marks a task as moved on (`[>]`) with a note of where to: `link` is a note name (written as
 * `(moved to [[link]])`) or a ready-made note holding a wiki link (e.g. translated). The note goes after
 * the words, before Tasks fields and a block id. Idempotent; null when not a task line or `link` is empty.
 */
export function forwardTaskLine(line: string, link: string): string | null {
  const prefix = prefixOf(line);
  const trimmed = link.replace(LINE_BREAKS, " ").trim();
  if (!prefix || trimmed === "") return null;
  const note = trimmed.includes("[[") ? trimmed : `(moved to [[${trimmed}]])`;
  const body = line.slice(prefix.bodyStart);
  if (body.includes(note)) return setTaskStatus(line, ">");
  return edited(line, prefix, ">", fieldsOf(body).textEnd, note);
}

/**
 * The line without its trailing block id (` ^id` and the blanks before it; blanks after it stay): a copy
 * of a task elsewhere must not claim the original's block. Lines without one come back unchanged; null
 * when not a task line.
 */
export function withoutBlockId(line: string): string | null {
  const prefix = prefixOf(line);
  if (!prefix) return null;
  const blockId = fieldsOf(line.slice(prefix.bodyStart)).blockId;
  if (blockId === null) return line;
  const start = prefix.bodyStart + backOverBlanks(line.slice(prefix.bodyStart), blockId.start);
  return line.slice(0, start) + line.slice(prefix.bodyStart + blockId.end);
}

/** What a new task line is made of; a parsed `TaskLine` fits too (its extra fields are ignored). */
export interface TaskLineInput {
  text: string;
  status?: string;
  due?: IsoDate | null;
  completion?: IsoDate | null;
  owner?: Role;
  indent?: string;
  marker?: string;
  blockId?: string | null;
  format?: ActionFormat | null;
}

/**
 * Writes a new task line: words, then the owner field (only for the mentor), then dates, then a block id;
 * Tasks reads its emoji from the end, so nothing else follows them. `format` defaults to the input's own.
 * Line breaks in the text become spaces: one task is one line.
 */
export function formatTaskLine(input: TaskLineInput, format?: ActionFormat): string {
  const chosen = format ?? input.format ?? "tasks";
  const status = input.status !== undefined && ONE_STATUS.test(input.status) ? input.status : " ";
  const parts: string[] = [];
  const text = input.text.replace(LINE_BREAKS, " ").trim();
  if (text !== "") parts.push(text);
  if (input.owner === "mentor") parts.push("[owner:: mentor]");
  if (input.due) parts.push(chosen === "tasks" ? `📅 ${input.due}` : `[due:: ${input.due}]`);
  if (input.completion) parts.push(chosen === "tasks" ? `✅ ${input.completion}` : `[completion:: ${input.completion}]`);
  if (input.blockId) parts.push(`^${input.blockId}`);
  return `${input.indent ?? ""}${input.marker ?? "-"} [${status}] ${parts.join(" ")}`;
}
