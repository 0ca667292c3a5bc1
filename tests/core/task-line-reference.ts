// The task-line reader as it was first written, plainly: objects per field, strings compared, every token read
// char by char. Kept only as the reference the optimised reader in src/core/syntax/actions.ts must equal
// (property tests in actions.test.ts); never imported by the plugin.
import type { ActionFormat, IsoDate, Role, TaskLine } from "../../src/core/notes/types";

/** `YYYY-MM-DD` shape, by regex. */
const hasDateShape = (text: string, start: number, end: number): boolean => /^\d{4}-\d{2}-\d{2}$/.test(text.slice(start, end));
/** A real calendar day, checked by the calendar itself (years below 100 included). */
export function referenceIsIsoDate(value: string): boolean {
  if (!hasDateShape(value, 0, value.length)) return false;
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
const isIsoDate = referenceIsIsoDate;
const actionState = (status: string): string => (status === "x" || status === "X" ? "done" : "other");

const ONE_STATUS = /^[^\]\r\n]$/u;
const TASKS_ID = /^[a-zA-Z0-9_-]+$/;
const LETTERS = /^[a-zA-Z]+$/;
const BLOCK_ID = /^\^[A-Za-z0-9-]+$/;
const RECURRENCE_VALUE = /^\uFE0F? *[a-zA-Z0-9, !]*[a-zA-Z0-9!]$/;
const DEPENDS_VALUE = /^\uFE0F? *[a-zA-Z0-9_-]+( *, *[a-zA-Z0-9_-]+)*$/;
const LINE_BREAKS = /[\r\n]+/g;

type EmojiKind = "due" | "scheduled" | "start" | "created" | "done" | "cancelled" | "priority" | "recurrence" | "id" | "dependsOn" | "onCompletion";
const DATE_KINDS: ReadonlySet<EmojiKind> = new Set(["due", "scheduled", "start", "created", "done", "cancelled"]);
/** Dataview's task date fields: hidden from the text like their emoji twins. */
const DATAVIEW_DATE_KEYS: ReadonlySet<string> = new Set(["due", "completion", "created", "start", "scheduled", "cancelled"]);

/** Tasks' emoji by code point (a trailing U+FE0F variation selector is allowed after each). */
const EMOJI_KINDS = new Map<number, EmojiKind>(
  (
    [
      ["📅", "due"], ["📆", "due"], ["🗓", "due"], ["⏳", "scheduled"], ["⌛", "scheduled"], ["🛫", "start"],
      ["➕", "created"], ["✅", "done"], ["❌", "cancelled"], ["🔺", "priority"], ["⏫", "priority"],
      ["🔼", "priority"], ["🔽", "priority"], ["⏬", "priority"], ["🔁", "recurrence"], ["🆔", "id"],
      ["⛔", "dependsOn"], ["🏁", "onCompletion"],
    ] as const
  ).map(([emoji, kind]) => [emoji.codePointAt(0) as number, kind]),
);
/** Fields whose value may hold spaces: found by their emoji, then the rest of the line is checked. */
interface WideField {
  emoji: string;
  value: RegExp;
  kind: EmojiKind;
}
const WIDE_FIELDS: readonly WideField[] = [
  { emoji: "🔁", value: RECURRENCE_VALUE, kind: "recurrence" },
  { emoji: "⛔", value: DEPENDS_VALUE, kind: "dependsOn" },
];

interface Field {
  /** Offsets in the body: the field from its emoji or bracket to its end. */
  start: number;
  end: number;
  value: string;
}
interface EmojiField extends Field {
  kind: EmojiKind;
}
interface InlineField extends Field {
  /** Lower-cased key. */
  key: string;
}
interface BodyScan {
  /** Tasks fields at the end of the body, the last one first. */
  emoji: EmojiField[];
  /** Dataview fields anywhere in the body, in order. */
  inline: InlineField[];
  blockId: Field | null;
  /** Where a new trailing field goes: after the content, before a block id and trailing whitespace. */
  appendAt: number;
  /** Where new words go: before the trailing Tasks fields (Tasks reads those from the end). */
  textEnd: number;
}
interface Prefix {
  /** End of the indent: where the marker starts. */
  markerStart: number;
  markerEnd: number;
  statusStart: number;
  statusEnd: number;
  bodyStart: number;
  /** Whether a space or tab separates `]` from the body (so a field written first needs none). */
  separated: boolean;
}

const isBlank = (code: number): boolean => code === 32 || code === 9 || code === 13 || code === 10;
const isSpaceOrTab = (code: number): boolean => code === 32 || code === 9;
const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/**
 * `<indent><marker><blanks>[<status>]`, read by character code: indent of spaces and tabs, a marker `-`,
 * `*`, `+` or one to nine digits and `.` or `)`, at least one space or tab, then one code point other
 * than `]` or a line break between brackets. This runs for every action of every note the index reads.
 */
function matchPrefix(line: string): Prefix | null {
  let i = 0;
  while (isSpaceOrTab(line.charCodeAt(i))) i++;
  const markerStart = i;
  const first = line.charCodeAt(i);
  if (first === 45 || first === 42 || first === 43) i++;
  else {
    while (isDigitCode(line.charCodeAt(i)) && i - markerStart < 9) i++;
    if (i === markerStart || isDigitCode(line.charCodeAt(i))) return null;
    const closer = line.charCodeAt(i);
    if (closer !== 46 && closer !== 41) return null;
    i++;
  }
  const markerEnd = i;
  while (isSpaceOrTab(line.charCodeAt(i))) i++;
  if (i === markerEnd || line.charCodeAt(i) !== 91 /* [ */) return null;
  const statusStart = i + 1;
  const status = line.codePointAt(statusStart);
  if (status === undefined || status === 93 || status === 13 || status === 10) return null;
  const statusEnd = statusStart + (status > 0xffff ? 2 : 1);
  if (line.charCodeAt(statusEnd) !== 93 /* ] */) return null;
  const after = statusEnd + 1;
  const next = line.charCodeAt(after);
  // Obsidian draws a checkbox only when `]` ends the line or whitespace follows; a stray `\r` stays in the body.
  if (after < line.length && next !== 32 && next !== 9 && next !== 13) return null;
  const separated = next === 32 || next === 9;
  return { markerStart, markerEnd, statusStart, statusEnd, bodyStart: separated ? after + 1 : after, separated };
}

// Dates are checked by character code: this runs for every date of every action when the vault is indexed.
const backOverBlanks = (body: string, end: number): number => {
  while (end > 0 && isBlank(body.charCodeAt(end - 1))) end--;
  return end;
};
const tokenStart = (body: string, end: number): number => {
  let start = end;
  while (start > 0 && !isBlank(body.charCodeAt(start - 1))) start--;
  return start;
};
/** The emoji kind a token starts with, and where its value begins (after an optional U+FE0F). */
function emojiAt(body: string, at: number): { kind: EmojiKind; valueStart: number } | null {
  const code = body.codePointAt(at);
  const kind = code === undefined ? undefined : EMOJI_KINDS.get(code);
  if (kind === undefined || code === undefined) return null;
  let valueStart = at + (code > 0xffff ? 2 : 1);
  if (body.charCodeAt(valueStart) === 0xfe0f) valueStart++;
  return { kind, valueStart };
}
function valueFits(kind: EmojiKind, body: string, start: number, end: number): boolean {
  if (DATE_KINDS.has(kind)) return hasDateShape(body, start, end);
  if (kind === "id") return TASKS_ID.test(body.slice(start, end));
  if (kind === "onCompletion") return LETTERS.test(body.slice(start, end));
  return false;
}
const isBracket = (code: number): boolean => code === 91 || code === 93 || code === 40 || code === 41;

/** `text[start, end)` without surrounding whitespace (as `String.trim` defines it), sliced once. */
function trimmedSlice(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from < to && isBlank(text.charCodeAt(from))) from++;
  while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
  const slice = text.slice(from, to);
  // Other whitespace (no-break space, form feed...) is rare: an end that might be some is left to trim.
  const unusual = (code: number): boolean => code <= 32 || code > 127;
  return slice.length > 0 && (unusual(slice.charCodeAt(0)) || unusual(slice.charCodeAt(slice.length - 1))) ? slice.trim() : slice;
}

const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;

/** Dataview `[key:: value]` and `(key:: value)` fields, found from their `::`. Wiki links are never fields. */
function inlineFields(body: string): InlineField[] {
  const fields: InlineField[] = [];
  let from = 0;
  for (let sep = body.indexOf("::"); sep >= 0; sep = body.indexOf("::", Math.max(sep + 2, from))) {
    let open = sep - 1;
    while (open >= from && !isBracket(body.charCodeAt(open))) open--;
    if (open < from) continue;
    const opener = body.charCodeAt(open);
    if ((opener !== OPEN_BRACKET && opener !== OPEN_PAREN) || (opener === OPEN_BRACKET && body.charCodeAt(open - 1) === OPEN_BRACKET)) continue;
    const key = trimmedSlice(body, open + 1, sep);
    if (key === "") continue;
    const closer = opener === OPEN_BRACKET ? CLOSE_BRACKET : CLOSE_PAREN;
    let depth = 1;
    let close = sep + 2;
    for (; close < body.length; close++) {
      const code = body.charCodeAt(close);
      if (code === opener) depth++;
      else if (code === closer && --depth === 0) break;
    }
    if (depth !== 0) continue;
    fields.push({ start: open, end: close + 1, key: key.toLowerCase(), value: trimmedSlice(body, sep + 2, close) });
    from = close + 1;
  }
  return fields;
}

const NO_WIDE_FIELDS: ReadonlyArray<{ at: number; field: WideField }> = [];
/** Where the emoji of fields with spaces in their value sit, found once per body (usually none). */
function wideFieldEmoji(body: string): ReadonlyArray<{ at: number; field: WideField }> {
  let found: Array<{ at: number; field: WideField }> | null = null;
  for (const field of WIDE_FIELDS) {
    for (let at = body.indexOf(field.emoji); at >= 0; at = body.indexOf(field.emoji, at + 1)) (found ??= []).push({ at, field });
  }
  return found ?? NO_WIDE_FIELDS;
}

function inlineEndingAt(fields: readonly InlineField[], end: number): InlineField | null {
  for (const field of fields) if (field.end === end) return field;
  return null;
}

/** Reads the fields of a body from its end, the way Tasks does, stepping over tags and Dataview fields. */
function scanBody(body: string): BodyScan {
  const inline = body.includes("::") ? inlineFields(body) : [];
  const emoji: EmojiField[] = [];
  let end = backOverBlanks(body, body.length);
  let blockId: Field | null = null;
  const lastStart = tokenStart(body, end);
  if (body.charCodeAt(lastStart) === 94 /* ^ */ && BLOCK_ID.test(body.slice(lastStart, end))) {
    blockId = { start: lastStart, end, value: body.slice(lastStart + 1, end) };
    end = backOverBlanks(body, lastStart);
  }
  const appendAt = end;
  const wide = wideFieldEmoji(body);
  scan: while (end > 0) {
    const last = body.charCodeAt(end - 1);
    if (last === 93 || last === 41 /* ] ) */) {
      const field = inlineEndingAt(inline, end);
      if (field) {
        end = backOverBlanks(body, field.start);
        continue;
      }
    }
    for (const { at, field } of wide) {
      const valueStart = at + field.emoji.length;
      if (valueStart < end && field.value.test(body.slice(valueStart, end))) {
        let trimmed = valueStart;
        while (body.charCodeAt(trimmed) === 0xfe0f || body.charCodeAt(trimmed) === 32) trimmed++;
        emoji.push({ kind: field.kind, start: at, end, value: body.slice(trimmed, end) });
        end = backOverBlanks(body, at);
        continue scan;
      }
    }
    const start = tokenStart(body, end);
    if (body.charCodeAt(start) === 35 /* # */ && end - start > 1) {
      end = backOverBlanks(body, start); // a tag: stays in the text, Tasks reads on past it
      continue;
    }
    const own = emojiAt(body, start);
    if (own && own.valueStart === end && own.kind === "priority") {
      emoji.push({ kind: "priority", start, end, value: "" });
    } else if (own && own.valueStart < end && valueFits(own.kind, body, own.valueStart, end)) {
      emoji.push({ kind: own.kind, start, end, value: body.slice(own.valueStart, end) });
    } else {
      // A value on its own: the token before it must be just the emoji.
      const emojiEnd = backOverBlanks(body, start);
      const emojiStart = tokenStart(body, emojiEnd);
      const before = own ? null : emojiAt(body, emojiStart);
      if (!before || before.valueStart !== emojiEnd || emojiEnd === start) break;
      if (!valueFits(before.kind, body, start, end)) break;
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

const isDateKey = (key: string): boolean => DATAVIEW_DATE_KEYS.has(key);
function ownerOf(field: InlineField): Role | null {
  if (field.key !== "owner") return null;
  const value = field.value.toLowerCase();
  return value === "mentor" || value === "mentee" ? value : null;
}

/** The date syntax a line already uses: Tasks when it has any Tasks date, else Dataview's, else none. */
function dateFormatOf(scan: BodyScan): ActionFormat | null {
  if (scan.emoji.some((field) => DATE_KINDS.has(field.kind))) return "tasks";
  return scan.inline.some((field) => isDateKey(field.key)) ? "dataview" : null;
}

function inOrder(spans: ReadonlyArray<{ start: number }>): boolean {
  for (let i = 1; i < spans.length; i++) if ((spans[i] as { start: number }).start < (spans[i - 1] as { start: number }).start) return false;
  return true;
}

/** The body without the given spans, each taken with the whitespace just before it. */
function withoutSpans(body: string, spans: Array<{ start: number; end: number }>): string {
  if (!inOrder(spans)) spans.sort((a, b) => a.start - b.start);
  let out = "";
  let from = 0;
  for (const span of spans) {
    if (span.start < from) continue;
    out += body.slice(from, Math.max(from, backOverBlanks(body, span.start)));
    from = span.end;
  }
  return out + body.slice(from);
}

/** Parses one line (without its ending); null when it is not a task line (callouts, `- [] x`, plain items). */
export function referenceParseTaskLine(line: string): TaskLine | null {
  const prefix = matchPrefix(line);
  if (!prefix) return null;
  const body = line.slice(prefix.bodyStart);
  const scan = scanBody(body);
  let due: IsoDate | null = null;
  let completion: IsoDate | null = null;
  let owner: Role = "mentee";
  const hidden: Array<{ start: number; end: number }> = [];
  for (const field of scan.inline) {
    const fieldOwner = ownerOf(field);
    const date = isDateKey(field.key) && isIsoDate(field.value);
    if (date && field.key === "due") due = field.value;
    if (date && field.key === "completion") completion = field.value;
    owner = fieldOwner ?? owner;
    if (date || fieldOwner) hidden.push(field);
  }
  // The scan lists emoji fields last first; walk them in line order so that, as above, the last one wins.
  for (let i = scan.emoji.length - 1; i >= 0; i--) {
    const field = scan.emoji[i] as EmojiField;
    const date = DATE_KINDS.has(field.kind);
    const valid = date && isIsoDate(field.value);
    if (valid && field.kind === "due") due = field.value;
    if (valid && field.kind === "done") completion = field.value;
    // A field with a date that is no date stays in the text, so the reader sees what is wrong.
    if (valid || !date) hidden.push(field);
  }
  if (scan.blockId) hidden.push(scan.blockId);
  const text = (hidden.length === 0 ? body : withoutSpans(body, hidden)).trim();
  return {
    indent: line.slice(0, prefix.markerStart),
    marker: line.slice(prefix.markerStart, prefix.markerEnd),
    status: line.slice(prefix.statusStart, prefix.statusEnd),
    body,
    text,
    due,
    completion,
    owner,
    blockId: scan.blockId?.value ?? null,
    format: dateFormatOf(scan),
  };
}

/** Replaces only the status character; null when not a task line or `status` is not one character. */
function setTaskStatus(line: string, status: string): string | null {
  const prefix = matchPrefix(line);
  if (!prefix || !ONE_STATUS.test(status)) return null;
  return line.slice(0, prefix.statusStart) + status + line.slice(prefix.statusEnd);
}

/** Inserts ` addition` at `at` (a body offset) and sets the status, keeping every other byte. */
function edited(line: string, prefix: Prefix, status: string, at: number, addition: string): string {
  const insertAt = prefix.bodyStart + at;
  const before = at === 0 && prefix.separated ? "" : " ";
  const after = insertAt < line.length && !isBlank(line.charCodeAt(insertAt)) ? " " : "";
  return line.slice(0, prefix.statusStart) + status + line.slice(prefix.statusEnd, insertAt) + before + addition + after + line.slice(insertAt);
}

/**
 * Ticks a task: status `x` plus a completion date in the line's own date format (`fallbackFormat` when it
 * has none), after its other fields and before a block id. Done lines come back unchanged; null for a
 * line that is not a task or an invalid date.
 */
export function referenceCompleteTaskLine(line: string, date: IsoDate, fallbackFormat: ActionFormat): string | null {
  const prefix = matchPrefix(line);
  if (!prefix || !isIsoDate(date)) return null;
  if (actionState(line.slice(prefix.statusStart, prefix.statusEnd)) === "done") return line;
  const body = line.slice(prefix.bodyStart);
  const scan = scanBody(body);
  const hasCompletion = scan.emoji.some((field) => field.kind === "done") || scan.inline.some((field) => field.key === "completion");
  if (hasCompletion) return setTaskStatus(line, "x");
  // A priority or recurrence alone still means Tasks reads this line: keep its emoji readable from the end.
  const format = dateFormatOf(scan) ?? (scan.emoji.length > 0 ? "tasks" : fallbackFormat);
  return edited(line, prefix, "x", scan.appendAt, format === "tasks" ? `✅ ${date}` : `[completion:: ${date}]`);
}

/** Unticks a done task: status back to a space and its completion field removed. Other lines unchanged. */
export function referenceUncompleteTaskLine(line: string): string | null {
  const prefix = matchPrefix(line);
  if (!prefix) return null;
  if (actionState(line.slice(prefix.statusStart, prefix.statusEnd)) !== "done") return line;
  const body = line.slice(prefix.bodyStart);
  const scan = scanBody(body);
  const completions: Field[] = [...scan.emoji.filter((field) => field.kind === "done"), ...scan.inline.filter((field) => field.key === "completion")];
  const newBody = completions.length === 0 ? body : withoutSpans(body, completions);
  return line.slice(0, prefix.statusStart) + " " + line.slice(prefix.statusEnd, prefix.bodyStart) + newBody;
}

/**
 * Marks a task as moved on (`[>]`) with a note of where to: `link` is a note name (written as
 * `(moved to [[link]])`) or a ready-made note holding a wiki link (e.g. translated). The note goes after
 * the words, before Tasks fields and a block id. Idempotent; null when not a task line or `link` is empty.
 */
export function referenceForwardTaskLine(line: string, link: string): string | null {
  const prefix = matchPrefix(line);
  const trimmed = link.replace(LINE_BREAKS, " ").trim();
  if (!prefix || trimmed === "") return null;
  const note = trimmed.includes("[[") ? trimmed : `(moved to [[${trimmed}]])`;
  const body = line.slice(prefix.bodyStart);
  if (body.includes(note)) return setTaskStatus(line, ">");
  return edited(line, prefix, ">", scanBody(body).textEnd, note);
}

