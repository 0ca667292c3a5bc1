// The one module that knows the task-line syntax: `<indent><marker> [<status>] <body>`, with due and
// completion dates as Tasks emoji (`📅 2026-12-01`, read from the end of the line as Tasks does) or
// Dataview inline fields (`[due:: 2026-12-01]`, anywhere). Every edit changes only the bytes it targets.
import { hasDateShape, isIsoDate, isIsoDateAt } from "./dates";
import type { ActionFormat, ActionState, IsoDate, Role, TaskLine } from "./types";

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

const ONE_STATUS = /^[^\]\r\n]$/u;
const TASKS_ID = /^[a-zA-Z0-9_-]+$/;
const LETTERS = /^[a-zA-Z]+$/;
const RECURRENCE_VALUE = /^\uFE0F? *[a-zA-Z0-9, !]*[a-zA-Z0-9!]$/;
const DEPENDS_VALUE = /^\uFE0F? *[a-zA-Z0-9_-]+( *, *[a-zA-Z0-9_-]+)*$/;
const LINE_BREAKS = /[\r\n]+/g;

// Field kinds by number, the six date kinds first: the scan compares small integers, not strings.
const DUE = 0;
const SCHEDULED = 1;
const START = 2;
const CREATED = 3;
const DONE = 4;
const CANCELLED = 5;
const PRIORITY = 6;
const RECURRENCE = 7;
const ID = 8;
const DEPENDS_ON = 9;
const ON_COMPLETION = 10;
const NO_KIND = -1;
const isDateKind = (kind: number): boolean => kind >= DUE && kind <= CANCELLED;

/** Tasks' emoji by code point (a trailing U+FE0F variation selector is allowed after each). */
const EMOJI_KINDS = new Map<number, number>(
  (
    [
      ["📅", DUE], ["📆", DUE], ["🗓", DUE], ["⏳", SCHEDULED], ["⌛", SCHEDULED], ["🛫", START],
      ["➕", CREATED], ["✅", DONE], ["❌", CANCELLED], ["🔺", PRIORITY], ["⏫", PRIORITY],
      ["🔼", PRIORITY], ["🔽", PRIORITY], ["⏬", PRIORITY], ["🔁", RECURRENCE], ["🆔", ID],
      ["⛔", DEPENDS_ON], ["🏁", ON_COMPLETION],
    ] as const
  ).map(([emoji, kind]) => [emoji.codePointAt(0) as number, kind]),
);
/** No emoji has a code unit below this one: most words of a line are ruled out by one comparison. */
const FIRST_EMOJI_UNIT = Math.min(...[...EMOJI_KINDS.keys()].map((code) => String.fromCodePoint(code).charCodeAt(0)));

// Dataview keys by number: the ones we read, and the other date keys (hidden from the text like their emoji twins).
const NO_KEY = -1;
const KEY_OTHER = 0;
const KEY_DUE = 1;
const KEY_COMPLETION = 2;
const KEY_OWNER = 3;
const KEY_OTHER_DATE = 4;
const DATAVIEW_KEYS: ReadonlyArray<readonly [string, number]> = [
  ["due", KEY_DUE], ["completion", KEY_COMPLETION], ["owner", KEY_OWNER],
  ["created", KEY_OTHER_DATE], ["start", KEY_OTHER_DATE], ["scheduled", KEY_OTHER_DATE], ["cancelled", KEY_OTHER_DATE],
];
const isDateKey = (key: number): boolean => key === KEY_DUE || key === KEY_COMPLETION || key === KEY_OTHER_DATE;

/** Fields whose value may hold spaces: found by their emoji, then the rest of the line is checked. */
interface WideField {
  emoji: string;
  value: RegExp;
  kind: number;
}
const WIDE_FIELDS: readonly WideField[] = [
  { emoji: "🔁", value: RECURRENCE_VALUE, kind: RECURRENCE },
  { emoji: "⛔", value: DEPENDS_VALUE, kind: DEPENDS_ON },
];

/**
 * What `scanBody` found in a body. One instance serves every scan (the index reads tens of thousands of
 * lines), its fields kept as offsets in parallel arrays; values are sliced only when read.
 */
class BodyScan {
  body = "";
  /** Tasks fields at the end of the body, the last one first: kind, span (from the emoji) and value start. */
  emojiCount = 0;
  readonly emojiKind: number[] = [];
  readonly emojiStart: number[] = [];
  readonly emojiEnd: number[] = [];
  readonly emojiValue: number[] = [];
  /** Dataview fields anywhere in the body, in order: span (from the bracket), key, and the untrimmed value. */
  inlineCount = 0;
  readonly inlineStart: number[] = [];
  readonly inlineEnd: number[] = [];
  readonly inlineKey: number[] = [];
  readonly inlineValueStart: number[] = [];
  readonly inlineValueEnd: number[] = [];
  /** The block id's span (from its `^`), -1 without one. */
  blockIdStart = -1;
  blockIdEnd = -1;
  /** Where a new trailing field goes: after the content, before a block id and trailing whitespace. */
  appendAt = 0;
  /** Where new words go: before the trailing Tasks fields (Tasks reads those from the end). */
  textEnd = 0;

  reset(body: string): void {
    this.body = body;
    this.emojiCount = 0;
    this.inlineCount = 0;
    this.blockIdStart = -1;
    this.blockIdEnd = -1;
  }

  addEmoji(kind: number, start: number, end: number, valueStart: number): void {
    const at = this.emojiCount++;
    this.emojiKind[at] = kind;
    this.emojiStart[at] = start;
    this.emojiEnd[at] = end;
    this.emojiValue[at] = valueStart;
  }

  addInline(start: number, end: number, key: number, valueStart: number, valueEnd: number): void {
    const at = this.inlineCount++;
    this.inlineStart[at] = start;
    this.inlineEnd[at] = end;
    this.inlineKey[at] = key;
    this.inlineValueStart[at] = valueStart;
    this.inlineValueEnd[at] = valueEnd;
  }

  hasEmoji(kind: number): boolean {
    for (let i = 0; i < this.emojiCount; i++) if (this.emojiKind[i] === kind) return true;
    return false;
  }

  hasInline(key: number): boolean {
    for (let i = 0; i < this.inlineCount; i++) if (this.inlineKey[i] === key) return true;
    return false;
  }

  /** The Dataview field ending at `end`, or -1. */
  inlineEndingAt(end: number): number {
    for (let i = 0; i < this.inlineCount; i++) if (this.inlineEnd[i] === end) return i;
    return -1;
  }

  /** The date syntax a line already uses: Tasks when it has any Tasks date, else Dataview's, else none. */
  dateFormat(): ActionFormat | null {
    for (let i = 0; i < this.emojiCount; i++) if (isDateKind(this.emojiKind[i] as number)) return "tasks";
    for (let i = 0; i < this.inlineCount; i++) if (isDateKey(this.inlineKey[i] as number)) return "dataview";
    return null;
  }
}
const SCAN = new BodyScan();

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

// Read by character code: this runs for every field of every action when the vault is indexed.
const backOverBlanks = (body: string, end: number): number => {
  while (end > 0 && isBlank(body.charCodeAt(end - 1))) end--;
  return end;
};
const tokenStart = (body: string, end: number): number => {
  let start = end;
  while (start > 0 && !isBlank(body.charCodeAt(start - 1))) start--;
  return start;
};
/** The kind of the Tasks emoji at `at`, or NO_KIND. */
function emojiKindAt(body: string, at: number): number {
  if (!(body.charCodeAt(at) >= FIRST_EMOJI_UNIT)) return NO_KIND;
  return EMOJI_KINDS.get(body.codePointAt(at) as number) ?? NO_KIND;
}
/** Where the value of the emoji at `at` begins (after an optional U+FE0F). */
function afterEmoji(body: string, at: number): number {
  let valueStart = at + ((body.codePointAt(at) as number) > 0xffff ? 2 : 1);
  if (body.charCodeAt(valueStart) === 0xfe0f) valueStart++;
  return valueStart;
}
function valueFits(kind: number, body: string, start: number, end: number): boolean {
  if (isDateKind(kind)) return hasDateShape(body, start, end);
  if (kind === ID) return TASKS_ID.test(body.slice(start, end));
  if (kind === ON_COMPLETION) return LETTERS.test(body.slice(start, end));
  return false;
}
/** Whether the token ending at `end` is a date on its own: then it starts at `end - 10`, known without reading it twice. */
const isDateToken = (body: string, end: number): boolean =>
  end >= 10 && (end === 10 || isBlank(body.charCodeAt(end - 11))) && hasDateShape(body, end - 10, end);
/** `^` and one or more ASCII letters, digits or `-`: a block id. */
function isBlockIdAt(body: string, start: number, end: number): boolean {
  if (body.charCodeAt(start) !== 94 /* ^ */ || end - start < 2) return false;
  for (let i = start + 1; i < end; i++) {
    const code = body.charCodeAt(i);
    if (!(isDigitCode(code) || code === 45 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122))) return false;
  }
  return true;
}
const isBracket = (code: number): boolean => code === 91 || code === 93 || code === 40 || code === 41;
/** Other whitespace (no-break space, form feed...) is rare: an end that might be some is left to trim. */
const mayBeUnusualBlank = (code: number): boolean => code <= 32 || code > 127;

const skipBlanks = (text: string, from: number, to: number): number => {
  while (from < to && isBlank(text.charCodeAt(from))) from++;
  return from;
};
const trimEnd = (text: string, from: number, to: number): number => {
  while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
  return to;
};

/** `text[start, end)` without surrounding whitespace (as `String.trim` defines it), sliced once. */
function trimmedSlice(text: string, start: number, end: number): string {
  const from = skipBlanks(text, start, end);
  const slice = text.slice(from, trimEnd(text, from, end));
  return slice.length > 0 && (mayBeUnusualBlank(slice.charCodeAt(0)) || mayBeUnusualBlank(slice.charCodeAt(slice.length - 1))) ? slice.trim() : slice;
}

/**
 * Whether `text[start, end)`, trimmed and lower-cased as `trimmedSlice(...).toLowerCase()`, is `word`
 * (lower-case ASCII without a `k`), compared in place. Only U+212A (Kelvin) and U+0130 lower-case to
 * anything ASCII, to `k` and to `i` plus a combining dot, so an ASCII letter must match, case aside.
 */
function trimmedIs(text: string, start: number, end: number, word: string): boolean {
  const from = skipBlanks(text, start, end);
  const to = trimEnd(text, from, end);
  if (from < to && (mayBeUnusualBlank(text.charCodeAt(from)) || mayBeUnusualBlank(text.charCodeAt(to - 1)))) {
    return trimmedSlice(text, start, end).toLowerCase() === word;
  }
  if (to - from !== word.length) return false;
  for (let i = 0; i < word.length; i++) {
    const code = text.charCodeAt(from + i);
    const wanted = word.charCodeAt(i);
    if (code !== wanted && !(code >= 65 && code <= 90 && code + 32 === wanted)) return false;
  }
  return true;
}

/** The Dataview key written in `text[start, end)`, blanks and case aside; NO_KEY when it is empty. */
function dataviewKeyAt(text: string, start: number, end: number): number {
  const from = skipBlanks(text, start, end);
  const to = trimEnd(text, from, end);
  if (from === to || ((mayBeUnusualBlank(text.charCodeAt(from)) || mayBeUnusualBlank(text.charCodeAt(to - 1))) && trimmedSlice(text, from, to) === "")) return NO_KEY;
  for (const [word, key] of DATAVIEW_KEYS) if (trimmedIs(text, start, end, word)) return key;
  return KEY_OTHER;
}

/** The trimmed value `text[start, end)` when it is a date (`trimmedSlice` then `isIsoDate`), or null. */
function dateValueAt(text: string, start: number, end: number): IsoDate | null {
  const from = skipBlanks(text, start, end);
  const to = trimEnd(text, from, end);
  if (from < to && (mayBeUnusualBlank(text.charCodeAt(from)) || mayBeUnusualBlank(text.charCodeAt(to - 1)))) {
    const value = trimmedSlice(text, start, end);
    return isIsoDate(value) ? value : null;
  }
  return isIsoDateAt(text, from, to) ? text.slice(from, to) : null;
}

const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;

/** Dataview `[key:: value]` and `(key:: value)` fields, found from their `::`. Wiki links are never fields. */
function inlineFields(body: string, scan: BodyScan): void {
  let from = 0;
  for (let sep = body.indexOf("::"); sep >= 0; sep = body.indexOf("::", Math.max(sep + 2, from))) {
    let open = sep - 1;
    while (open >= from && !isBracket(body.charCodeAt(open))) open--;
    if (open < from) continue;
    const opener = body.charCodeAt(open);
    if ((opener !== OPEN_BRACKET && opener !== OPEN_PAREN) || (opener === OPEN_BRACKET && body.charCodeAt(open - 1) === OPEN_BRACKET)) continue;
    const key = dataviewKeyAt(body, open + 1, sep);
    if (key === NO_KEY) continue;
    const closer = opener === OPEN_BRACKET ? CLOSE_BRACKET : CLOSE_PAREN;
    let depth = 1;
    let close = sep + 2;
    for (; close < body.length; close++) {
      const code = body.charCodeAt(close);
      if (code === opener) depth++;
      else if (code === closer && --depth === 0) break;
    }
    if (depth !== 0) continue;
    scan.addInline(open, close + 1, key, sep + 2, close);
    from = close + 1;
  }
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

/** Reads the fields of a body from its end, the way Tasks does, stepping over tags and Dataview fields. */
function scanBody(body: string): BodyScan {
  const scan = SCAN;
  scan.reset(body);
  inlineFields(body, scan);
  let end = backOverBlanks(body, body.length);
  // A date, the commonest last token, is no block id: only another last token is read to its start.
  const datedEnd = isDateToken(body, end) ? end : -1;
  const lastStart = datedEnd === -1 ? tokenStart(body, end) : -1;
  if (lastStart !== -1 && isBlockIdAt(body, lastStart, end)) {
    scan.blockIdStart = lastStart;
    scan.blockIdEnd = end;
    end = backOverBlanks(body, lastStart);
  }
  scan.appendAt = end;
  const wide = wideFieldEmoji(body);
  scan: while (end > 0) {
    const last = body.charCodeAt(end - 1);
    if (last === 93 || last === 41 /* ] ) */) {
      const field = scan.inlineEndingAt(end);
      if (field !== -1) {
        end = backOverBlanks(body, scan.inlineStart[field] as number);
        continue;
      }
    }
    for (const { at, field } of wide) {
      const valueStart = at + field.emoji.length;
      if (valueStart < end && field.value.test(body.slice(valueStart, end))) {
        let trimmed = valueStart;
        while (body.charCodeAt(trimmed) === 0xfe0f || body.charCodeAt(trimmed) === 32) trimmed++;
        scan.addEmoji(field.kind, at, end, trimmed);
        end = backOverBlanks(body, at);
        continue scan;
      }
    }
    const dated = end === datedEnd || isDateToken(body, end);
    const start = dated ? end - 10 : tokenStart(body, end);
    if (body.charCodeAt(start) === 35 /* # */ && end - start > 1) {
      end = backOverBlanks(body, start); // a tag: stays in the text, Tasks reads on past it
      continue;
    }
    const own = emojiKindAt(body, start);
    const ownValue = own === NO_KIND ? -1 : afterEmoji(body, start);
    if (own === PRIORITY && ownValue === end) {
      scan.addEmoji(PRIORITY, start, end, end);
    } else if (own !== NO_KIND && ownValue < end && valueFits(own, body, ownValue, end)) {
      scan.addEmoji(own, start, end, ownValue);
    } else {
      // A value on its own: the token before it must be just the emoji, at most three code units that
      // end in one of an emoji's units or U+FE0F (all at least FIRST_EMOJI_UNIT).
      if (own !== NO_KIND) break;
      const emojiEnd = backOverBlanks(body, start);
      if (emojiEnd === start || !(body.charCodeAt(emojiEnd - 1) >= FIRST_EMOJI_UNIT)) break;
      let emojiStart = emojiEnd - 1;
      while (emojiStart > 0 && emojiEnd - emojiStart <= 3 && !isBlank(body.charCodeAt(emojiStart - 1))) emojiStart--;
      if (emojiEnd - emojiStart > 3) break;
      const before = emojiKindAt(body, emojiStart);
      if (before === NO_KIND || afterEmoji(body, emojiStart) !== emojiEnd) break;
      if (!(dated && isDateKind(before)) && !valueFits(before, body, start, end)) break;
      scan.addEmoji(before, emojiStart, end, start);
      end = backOverBlanks(body, emojiStart);
      continue;
    }
    end = backOverBlanks(body, start);
  }
  scan.textEnd = scan.emojiCount > 0 ? backOverBlanks(body, scan.emojiStart[scan.emojiCount - 1] as number) : scan.appendAt;
  return scan;
}

/** Spans to cut out of a body, as start and end offsets in turn; reused like the scan. */
const SPANS: number[] = [];

/** The body without `count` spans of `spans` (start, end pairs), each taken with the whitespace just before it. */
function withoutSpans(body: string, spans: number[], count: number): string {
  // Stable insertion sort by start: the spans come nearly in order, and there are a handful.
  for (let i = 1; i < count; i++) {
    const start = spans[2 * i] as number;
    const end = spans[2 * i + 1] as number;
    let k = i - 1;
    for (; k >= 0 && (spans[2 * k] as number) > start; k--) {
      spans[2 * k + 2] = spans[2 * k] as number;
      spans[2 * k + 3] = spans[2 * k + 1] as number;
    }
    spans[2 * k + 2] = start;
    spans[2 * k + 3] = end;
  }
  let out = "";
  let from = 0;
  for (let i = 0; i < count; i++) {
    const start = spans[2 * i] as number;
    if (start < from) continue;
    out += body.slice(from, Math.max(from, backOverBlanks(body, start)));
    from = spans[2 * i + 1] as number;
  }
  return out + body.slice(from);
}

/** Parses one line (without its ending); null when it is not a task line (callouts, `- [] x`, plain items). */
export function parseTaskLine(line: string): TaskLine | null {
  const prefix = matchPrefix(line);
  if (!prefix) return null;
  const body = line.slice(prefix.bodyStart);
  const scan = scanBody(body);
  let due: IsoDate | null = null;
  let completion: IsoDate | null = null;
  let owner: Role = "mentee";
  let hidden = 0;
  for (let i = 0; i < scan.inlineCount; i++) {
    const key = scan.inlineKey[i] as number;
    if (key === KEY_OTHER) continue;
    const valueStart = scan.inlineValueStart[i] as number;
    const valueEnd = scan.inlineValueEnd[i] as number;
    if (key === KEY_OWNER) {
      if (trimmedIs(body, valueStart, valueEnd, "mentor")) owner = "mentor";
      else if (trimmedIs(body, valueStart, valueEnd, "mentee")) owner = "mentee";
      else continue;
    } else {
      const date = dateValueAt(body, valueStart, valueEnd);
      if (date === null) continue;
      if (key === KEY_DUE) due = date;
      else if (key === KEY_COMPLETION) completion = date;
    }
    SPANS[2 * hidden] = scan.inlineStart[i] as number;
    SPANS[2 * hidden++ + 1] = scan.inlineEnd[i] as number;
  }
  // The scan lists emoji fields last first; walk them in line order so that, as above, the last one wins.
  for (let i = scan.emojiCount - 1; i >= 0; i--) {
    const kind = scan.emojiKind[i] as number;
    const end = scan.emojiEnd[i] as number;
    if (isDateKind(kind)) {
      const valueStart = scan.emojiValue[i] as number;
      // A field with a date that is no date stays in the text, so the reader sees what is wrong.
      if (!isIsoDateAt(body, valueStart, end)) continue;
      if (kind === DUE) due = body.slice(valueStart, end);
      else if (kind === DONE) completion = body.slice(valueStart, end);
    }
    SPANS[2 * hidden] = scan.emojiStart[i] as number;
    SPANS[2 * hidden++ + 1] = end;
  }
  if (scan.blockIdStart !== -1) {
    SPANS[2 * hidden] = scan.blockIdStart;
    SPANS[2 * hidden++ + 1] = scan.blockIdEnd;
  }
  const text = (hidden === 0 ? body : withoutSpans(body, SPANS, hidden)).trim();
  return {
    indent: line.slice(0, prefix.markerStart),
    marker: line.slice(prefix.markerStart, prefix.markerEnd),
    status: line.slice(prefix.statusStart, prefix.statusEnd),
    body,
    text,
    due,
    completion,
    owner,
    blockId: scan.blockIdStart === -1 ? null : body.slice(scan.blockIdStart + 1, scan.blockIdEnd),
    format: scan.dateFormat(),
  };
}

export function actionState(status: string): ActionState {
  if (status === "x" || status === "X") return "done";
  if (status === "-") return "cancelled";
  if (status === ">") return "forwarded";
  return "open";
}

export function isOpenStatus(status: string): boolean {
  return actionState(status) === "open";
}

/** A cheap test before parsing: false means the line is certainly not a task line. */
export function lineHasTaskSyntax(line: string): boolean {
  return hasTaskSyntaxAt(line, 0, line.length);
}

/** `lineHasTaskSyntax` for the line `text[start, end)`, so that a walk over a note slices only task lines. */
export function hasTaskSyntaxAt(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i >= end) return false;
  const code = text.charCodeAt(i);
  if (!(code === 45 || code === 42 || code === 43 || (code >= 48 && code <= 57))) return false;
  const open = text.indexOf("[", i);
  if (open === -1 || open >= end) return false;
  const close = text.indexOf("]", i);
  return close !== -1 && close < end;
}

/** Replaces only the status character; null when not a task line or `status` is not one character. */
export function setTaskStatus(line: string, status: string): string | null {
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
export function completeTaskLine(line: string, date: IsoDate, fallbackFormat: ActionFormat): string | null {
  const prefix = matchPrefix(line);
  if (!prefix || !isIsoDate(date)) return null;
  if (actionState(line.slice(prefix.statusStart, prefix.statusEnd)) === "done") return line;
  const body = line.slice(prefix.bodyStart);
  const scan = scanBody(body);
  if (scan.hasEmoji(DONE) || scan.hasInline(KEY_COMPLETION)) return setTaskStatus(line, "x");
  // A priority or recurrence alone still means Tasks reads this line: keep its emoji readable from the end.
  const format = scan.dateFormat() ?? (scan.emojiCount > 0 ? "tasks" : fallbackFormat);
  return edited(line, prefix, "x", scan.appendAt, format === "tasks" ? `✅ ${date}` : `[completion:: ${date}]`);
}

/** Unticks a done task: status back to a space and its completion field removed. Other lines unchanged. */
export function uncompleteTaskLine(line: string): string | null {
  const prefix = matchPrefix(line);
  if (!prefix) return null;
  if (actionState(line.slice(prefix.statusStart, prefix.statusEnd)) !== "done") return line;
  const body = line.slice(prefix.bodyStart);
  const scan = scanBody(body);
  let count = 0;
  for (let i = 0; i < scan.emojiCount; i++) {
    if (scan.emojiKind[i] !== DONE) continue;
    SPANS[2 * count] = scan.emojiStart[i] as number;
    SPANS[2 * count++ + 1] = scan.emojiEnd[i] as number;
  }
  for (let i = 0; i < scan.inlineCount; i++) {
    if (scan.inlineKey[i] !== KEY_COMPLETION) continue;
    SPANS[2 * count] = scan.inlineStart[i] as number;
    SPANS[2 * count++ + 1] = scan.inlineEnd[i] as number;
  }
  const newBody = count === 0 ? body : withoutSpans(body, SPANS, count);
  return line.slice(0, prefix.statusStart) + " " + line.slice(prefix.statusEnd, prefix.bodyStart) + newBody;
}

/**
 * Marks a task as moved on (`[>]`) with a note of where to: `link` is a note name (written as
 * `(moved to [[link]])`) or a ready-made note holding a wiki link (e.g. translated). The note goes after
 * the words, before Tasks fields and a block id. Idempotent; null when not a task line or `link` is empty.
 */
export function forwardTaskLine(line: string, link: string): string | null {
  const prefix = matchPrefix(line);
  const trimmed = link.replace(LINE_BREAKS, " ").trim();
  if (!prefix || trimmed === "") return null;
  const note = trimmed.includes("[[") ? trimmed : `(moved to [[${trimmed}]])`;
  const body = line.slice(prefix.bodyStart);
  if (body.includes(note)) return setTaskStatus(line, ">");
  return edited(line, prefix, ">", scanBody(body).textEnd, note);
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
