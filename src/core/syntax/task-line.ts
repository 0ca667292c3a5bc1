// The one module that knows the task-line syntax: `<indent><marker> [<status>] <body>`, with due and
// completion dates as Tasks emoji (`📅 2026-12-01`, read from the end of the line as Tasks does) or
// Dataview inline fields (`[due:: 2026-12-01]`, anywhere). Built from named parts, as obsidian-tasks
// builds its `TaskRegularExpressions`. Every edit changes only the bytes it targets.
import { hasIsoDateShape, isIsoDate, type IsoDate } from "./dates";
import { LIST_MARKER, visibleText } from "./markdown";
import { onOneLine, trimmedEnd } from "./text";

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
  /** The description without dates, owner field, block id and comments: what a person reads. */
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
const MARKER = `(${LIST_MARKER})`;
const SPACE_AFTER_MARKER = "[ \\t]+";
/** A status: one code point other than `]` or a line break, between brackets. */
const STATUS_CHAR = "[^\\]\\r\\n]";
const STATUS = `\\[(${STATUS_CHAR})\\]`;
/** Obsidian draws a checkbox only when `]` ends the line or whitespace follows; a stray `\r` stays in the body. */
const AFTER_STATUS = "(?=[ \\t\\r]|$)";
const TASK_PREFIX = new RegExp(`^${INDENT}${MARKER}${SPACE_AFTER_MARKER}${STATUS}${AFTER_STATUS}`, "u");
const ONE_STATUS = new RegExp(`^${STATUS_CHAR}$`, "u");

// The parts of a body's fields.
/** Tasks' emoji and the key each writes; dates under Dataview's names (Tasks' ✅ done date is `completion`). */
const EMOJI_KEYS: ReadonlyMap<string, string> = new Map([
  ["📅", "due"], ["📆", "due"], ["🗓", "due"], ["⏳", "scheduled"], ["⌛", "scheduled"], ["🛫", "start"],
  ["➕", "created"], ["✅", "completion"], ["❌", "cancelled"], ["🔺", "priority"], ["⏫", "priority"],
  ["🔼", "priority"], ["🔽", "priority"], ["⏬", "priority"], ["🔁", "recurrence"], ["🆔", "id"],
  ["⛔", "dependsOn"], ["🏁", "onCompletion"],
]);
/** The date fields of both syntaxes: hidden from the text when they hold a real date. */
const DATE_KEYS: ReadonlySet<string> = new Set(["due", "completion", "created", "start", "scheduled", "cancelled"]);
/** A word that starts with one of Tasks' emoji (and the U+FE0F variation selector that may follow it), and the rest of the word. */
const EMOJI_WORD = new RegExp(`^(${[...EMOJI_KEYS.keys()].join("|")})\uFE0F?(.*)$`, "su");
/** The value other Tasks fields take in one word, right after their emoji or as the next word; a priority takes none. */
const WORD_VALUES: ReadonlyMap<string, RegExp> = new Map([["priority", /^$/], ["id", /^[a-zA-Z0-9_-]+$/], ["onCompletion", /^[a-zA-Z]+$/]]);
/** The values that hold spaces (`🔁 every week`, `⛔ a1, b2`), from just after their emoji; each match is the longest. */
const SPACED_VALUES: ReadonlyMap<string, RegExp> = new Map([
  ["🔁", /^\uFE0F? *([a-zA-Z0-9, !]*[a-zA-Z0-9!])/],
  ["⛔", /^\uFE0F? *([a-zA-Z0-9_-]+(?: *, *[a-zA-Z0-9_-]+)*)/],
]);
/** A tag: `#` and at least one more character. It stays in the text; Tasks reads on past it. */
const TAG = /^#./su;
const BLOCK_ID = /^\^[A-Za-z0-9-]+$/;
/** Dataview's key-value separator; the brackets around a field nest, which only counting can follow. */
const INLINE_SEPARATOR = "::";
const isBracket = (char: string | undefined): boolean => char === "[" || char === "]" || char === "(" || char === ")";
/** Blanks between a body's words; other white space, such as a no-break space, is part of a word. */
const BLANKS = " \t\r\n";

/** A field in the body, from its emoji or bracket to its end; its key as Dataview names it, lower-cased (or `tag`, `blockId`). */
type Field = { start: number; end: number; key: string; value: string };
/**
 * A body's fields: `tasks`, Tasks fields at its end, in line order; `dataview`, Dataview fields anywhere.
 * New trailing fields go at `appendAt` (before a block id), new words at `textEnd` (before the Tasks fields).
 */
type BodyFields = { tasks: Field[]; dataview: Field[]; blockId: Field | null; appendAt: number; textEnd: number };
/** A task line cut at its status and body; `separated`: a space or tab follows `]` (so a field written first needs none). */
type Prefix = { indent: string; marker: string; status: string; statusStart: number; statusEnd: number; body: string; bodyStart: number; separated: boolean };

function prefixOf(line: string): Prefix | null {
  const match = TASK_PREFIX.exec(line);
  if (!match) return null;
  const statusEnd = match[0].length - 1;
  const status = match[3] as string;
  const next = line[statusEnd + 1];
  const separated = next === " " || next === "\t";
  const bodyStart = separated ? statusEnd + 2 : statusEnd + 1;
  const statusStart = statusEnd - status.length;
  return { indent: match[1] as string, marker: match[2] as string, status, statusStart, statusEnd, body: line.slice(bodyStart), bodyStart, separated };
}

const backOverBlanks = (body: string, end: number): number => trimmedEnd(body, end, BLANKS);
const isBlank = (char: string | undefined): boolean => char === " " || char === "\t" || char === "\r" || char === "\n";

/** Where the word that ends at `end` starts. */
function wordStart(body: string, end: number): number {
  let start = end;
  while (start > 0 && !isBlank(body[start - 1])) start--;
  return start;
}

/**
 * Dataview `[key:: value]` and `(key:: value)` fields, in one pass: each `::` belongs to the nearest bracket
 * before it, which must open a field (never `[[`, a wiki link) and be closed by a bracket of its own kind.
 */
function inlineFields(body: string): Field[] {
  const fields: Field[] = [];
  if (!body.includes(INLINE_SEPARATOR)) return fields;
  const brackets: number[] = [];
  for (let at = 0; at < body.length; at++) if (isBracket(body[at])) brackets.push(at);
  const closing = closingBrackets(body, brackets);
  let from = 0;
  let next = 0;
  for (let sep = body.indexOf(INLINE_SEPARATOR); sep >= 0; sep = body.indexOf(INLINE_SEPARATOR, Math.max(sep + 2, from))) {
    while (next < brackets.length && (brackets[next] as number) < sep) next++;
    const open = next > 0 ? (brackets[next - 1] as number) : -1;
    const close = closing.get(open);
    if (open < from || close === undefined || (body[open] === "[" && body[open - 1] === "[")) continue;
    const key = body.slice(open + 1, sep).trim();
    if (key === "") continue;
    fields.push({ start: open, end: close + 1, key: key.toLowerCase(), value: body.slice(sep + 2, close).trim() });
    from = close + 1;
  }
  return fields;
}

/** Where each `[` and `(` (at `brackets`) is closed, counting only brackets of its own kind. */
function closingBrackets(body: string, brackets: readonly number[]): Map<number, number> {
  const closing = new Map<number, number>();
  const open: Record<string, number[]> = { "[": [], "(": [] };
  for (const at of brackets) {
    const bracket = body[at] as string;
    if (bracket === "[" || bracket === "(") open[bracket]?.push(at);
    else {
      const opener = open[bracket === "]" ? "[" : "("]?.pop();
      if (opener !== undefined) closing.set(opener, at);
    }
  }
  return closing;
}

/**
 * The `🔁` and `⛔` fields: each with its longest value. The walk back from the line's end
 * stops only where blanks lead on to the end, a bracket, `#`, `^` or an emoji, none of which such a value
 * holds, so it can meet a value's end only where the longest one ends.
 */
function spacedFields(body: string): Field[] {
  const fields: Field[] = [];
  for (const [emoji, pattern] of SPACED_VALUES) {
    for (let at = body.indexOf(emoji); at >= 0; at = body.indexOf(emoji, at + emoji.length)) {
      const valueStart = at + emoji.length;
      const value = pattern.exec(body.slice(valueStart));
      if (value === null) continue;
      const end = valueStart + value[0].length;
      fields.push({ start: at, end, key: EMOJI_KEYS.get(emoji) as string, value: value[1] as string });
    }
  }
  return fields;
}

/** Whether a Tasks field's value fits in one word: a date's shape for a date (a 🔁 or ⛔ value never does). */
const fitsOneWord = (key: string, value: string): boolean => (DATE_KEYS.has(key) ? hasIsoDateShape(value) : WORD_VALUES.get(key)?.test(value) === true);

/** The tag or Tasks field that ends at `end`: one word (`#tag`, `📅2026-12-01`, `⏫`) or an emoji and the next word. */
function wordFieldAt(body: string, end: number): Field | null {
  const start = wordStart(body, end);
  const word = body.slice(start, end);
  if (TAG.test(word)) return { start, end, key: "tag", value: word };
  const own = EMOJI_WORD.exec(word);
  if (own) {
    const key = EMOJI_KEYS.get(own[1] as string) as string;
    return fitsOneWord(key, own[2] as string) ? { start, end, key, value: own[2] as string } : null;
  }
  // A value on its own: the word before it must be just the emoji.
  const emojiEnd = backOverBlanks(body, start);
  const emojiStart = wordStart(body, emojiEnd);
  const emoji = EMOJI_WORD.exec(body.slice(emojiStart, emojiEnd));
  const key = emoji && emoji[2] === "" ? (EMOJI_KEYS.get(emoji[1] as string) as string) : null;
  return key !== null && fitsOneWord(key, word) ? { start: emojiStart, end, key, value: word } : null;
}

/**
 * Reads the fields of a body from its end, the way Tasks does, stepping over tags and Dataview fields.
 * One pass back: each step starts where the last field or tag began.
 */
function fieldsOf(body: string): BodyFields {
  const dataview = inlineFields(body);
  const spaced = spacedFields(body);
  const tasks: Field[] = [];
  let end = backOverBlanks(body, body.length);
  let blockId: Field | null = null;
  const lastStart = wordStart(body, end);
  if (BLOCK_ID.test(body.slice(lastStart, end))) {
    blockId = { start: lastStart, end, key: "blockId", value: body.slice(lastStart + 1, end) };
    end = backOverBlanks(body, lastStart);
  }
  const appendAt = end;
  while (end > 0) {
    const dataviewField = dataview.find((field) => field.end === end);
    const field = dataviewField ?? spaced.find((field) => field.end === end) ?? wordFieldAt(body, end);
    if (field === null) break;
    // Dataview fields and tags are passed over: Tasks reads on before them.
    if (field !== dataviewField && field.key !== "tag") tasks.push(field);
    end = backOverBlanks(body, field.start);
  }
  tasks.reverse();
  const textEnd = tasks[0] ? backOverBlanks(body, tasks[0].start) : appendAt;
  return { tasks, dataview, blockId, appendAt, textEnd };
}

function ownerOf(field: Field): Role | null {
  if (field.key !== "owner") return null;
  const value = field.value.toLowerCase();
  return value === "mentor" || value === "mentee" ? value : null;
}

const isDate = (field: Field): boolean => DATE_KEYS.has(field.key) && isIsoDate(field.value);

/** The date syntax a line already uses: Tasks when it has any Tasks date, else Dataview's, else none. */
function dateFormatOf(fields: BodyFields): ActionFormat | null {
  if (fields.tasks.some((field) => DATE_KEYS.has(field.key))) return "tasks";
  return fields.dataview.some((field) => DATE_KEYS.has(field.key)) ? "dataview" : null;
}

/** The body without the given spans, each taken with the whitespace just before it. */
function withoutSpans(body: string, spans: Field[]): string {
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
  const body = prefix.body;
  const fields = fieldsOf(body);
  // Tasks fields win over Dataview fields, and the last of each in the line over the ones before it.
  // Hidden from the text: real dates, owner fields, Tasks' other fields and the block id. A Tasks date
  // field that holds no real date stays in the text, so the reader sees what is wrong.
  const dates = new Map<string, IsoDate>();
  let owner: Role = "mentee";
  const hidden: Field[] = [];
  for (const field of fields.dataview) {
    const fieldOwner = ownerOf(field);
    if (fieldOwner !== null) {
      owner = fieldOwner;
      hidden.push(field);
    } else if (isDate(field)) {
      dates.set(field.key, field.value);
      hidden.push(field);
    }
  }
  for (const field of fields.tasks) {
    if (!DATE_KEYS.has(field.key)) hidden.push(field);
    else if (isIsoDate(field.value)) {
      dates.set(field.key, field.value);
      hidden.push(field);
    }
  }
  if (fields.blockId) hidden.push(fields.blockId);
  return {
    indent: prefix.indent,
    marker: prefix.marker,
    status: prefix.status,
    body,
    // Comments are hidden in Obsidian, and the text leaves the note (dashboard, summary, calendar).
    text: visibleText(withoutSpans(body, hidden), null).text.trim(),
    due: dates.get("due") ?? null,
    completion: dates.get("completion") ?? null,
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
  const after = insertAt < line.length && !isBlank(line[insertAt]) ? " " : "";
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
  if (actionState(prefix.status) === "done") return line;
  const fields = fieldsOf(prefix.body);
  if ([...fields.tasks, ...fields.dataview].some((field) => field.key === "completion")) return setTaskStatus(line, "x");
  // A priority or recurrence alone still means Tasks reads this line: keep its emoji readable from the end.
  const format = dateFormatOf(fields) ?? (fields.tasks.length > 0 ? "tasks" : fallbackFormat);
  return edited(line, prefix, "x", fields.appendAt, format === "tasks" ? `✅ ${date}` : `[completion:: ${date}]`);
}

/** Unticks a done task: status back to a space and its completion field removed. Other lines unchanged. */
export function uncompleteTaskLine(line: string): string | null {
  const prefix = prefixOf(line);
  if (!prefix) return null;
  if (actionState(prefix.status) !== "done") return line;
  const fields = fieldsOf(prefix.body);
  const completions = [...fields.tasks, ...fields.dataview].filter((field) => field.key === "completion");
  const body = withoutSpans(prefix.body, completions);
  // Ticking `- [ ]` put a space after `]` for the date: when the date was all the words, that space goes too.
  const bodyStart = body === "" && completions.length > 0 && line[prefix.bodyStart - 1] === " " ? prefix.statusEnd + 1 : prefix.bodyStart;
  return line.slice(0, prefix.statusStart) + " " + line.slice(prefix.statusEnd, bodyStart) + body;
}

/**
 * Marks a task as moved on (`[>]`) with a note of where to: `link` is a note name (written as
 * `(moved to [[link]])`) or a ready-made note holding a wiki link (e.g. translated). The note goes after
 * the words, before Tasks fields and a block id. Idempotent; null when not a task line or `link` is empty.
 */
export function forwardTaskLine(line: string, link: string): string | null {
  const prefix = prefixOf(line);
  const trimmed = onOneLine(link).trim();
  if (!prefix || trimmed === "") return null;
  const note = trimmed.includes("[[") ? trimmed : `(moved to [[${trimmed}]])`;
  if (prefix.body.includes(note)) return setTaskStatus(line, ">");
  return edited(line, prefix, ">", fieldsOf(prefix.body).textEnd, note);
}

/**
 * The line without its trailing block id (` ^id` and the blanks before it; blanks after it stay): a copy
 * of a task elsewhere must not claim the original's block. Lines without one come back unchanged; null
 * when not a task line.
 */
export function withoutBlockId(line: string): string | null {
  const prefix = prefixOf(line);
  if (!prefix) return null;
  const blockId = fieldsOf(prefix.body).blockId;
  return blockId === null ? line : line.slice(0, prefix.bodyStart) + withoutSpans(prefix.body, [blockId]);
}

/** What a new task line is made of: its words and any other part of a `TaskLine` (a parsed one fits; its body is ignored). */
type TaskLineInput = Pick<TaskLine, "text"> & Partial<TaskLine>;

/**
 * Writes a new task line: words, then the owner field (only for the mentor), then dates, then a block id;
 * Tasks reads its emoji from the end, so nothing else follows them. `format` defaults to the input's own.
 * Line breaks in the text become spaces: one task is one line.
 */
export function formatTaskLine(input: TaskLineInput, format?: ActionFormat): string {
  const chosen = format ?? input.format ?? "tasks";
  const status = input.status !== undefined && ONE_STATUS.test(input.status) ? input.status : " ";
  const parts: string[] = [];
  const text = onOneLine(input.text).trim();
  if (text !== "") parts.push(text);
  if (input.owner === "mentor") parts.push("[owner:: mentor]");
  if (input.due) parts.push(chosen === "tasks" ? `📅 ${input.due}` : `[due:: ${input.due}]`);
  if (input.completion) parts.push(chosen === "tasks" ? `✅ ${input.completion}` : `[completion:: ${input.completion}]`);
  if (input.blockId) parts.push(`^${input.blockId}`);
  return `${input.indent ?? ""}${input.marker ?? "-"} [${status}] ${parts.join(" ")}`;
}
