// The reading half of the task-line syntax, private to actions.ts (which owns the syntax, writes and edits
// lines, and is the only importer): the prefix `<indent><marker> [<status>] `, and the body's fields read
// from its end as Tasks does. Every action of every note passes through here when the vault is indexed,
// so lines are read in place in the note's text by character code, fields are kept as offsets in reused
// arrays, and a value is sliced only when it is used.
import { hasDateShape, isIsoDate, isIsoDateAt } from "./dates";
import type { ActionFormat, IsoDate, Role, TaskLine } from "./types";

const TASKS_ID = /^[a-zA-Z0-9_-]+$/;
const LETTERS = /^[a-zA-Z]+$/;
const RECURRENCE_VALUE = /^\uFE0F? *[a-zA-Z0-9, !]*[a-zA-Z0-9!]$/;
const DEPENDS_VALUE = /^\uFE0F? *[a-zA-Z0-9_-]+( *, *[a-zA-Z0-9_-]+)*$/;

// Field kinds by number, the six date kinds first: the scan compares small integers, not strings.
const DUE = 0;
const SCHEDULED = 1;
const START = 2;
const CREATED = 3;
export const DONE = 4;
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
/** No emoji has a code unit below this one (nor has U+FE0F): most words are ruled out by one comparison. */
const FIRST_EMOJI_UNIT = Math.min(...[...EMOJI_KINDS.keys()].map((code) => String.fromCodePoint(code).charCodeAt(0)));

// Dataview keys by number: the ones we read, and the other date keys (hidden from the text like their emoji twins).
const NO_KEY = -1;
const KEY_OTHER = 0;
const KEY_DUE = 1;
export const KEY_COMPLETION = 2;
const KEY_OWNER = 3;
const KEY_OTHER_DATE = 4;
const DATAVIEW_KEYS: ReadonlyArray<readonly [string, number]> = [
  ["due", KEY_DUE], ["completion", KEY_COMPLETION], ["owner", KEY_OWNER],
  ["created", KEY_OTHER_DATE], ["start", KEY_OTHER_DATE], ["scheduled", KEY_OTHER_DATE], ["cancelled", KEY_OTHER_DATE],
];
const isDateKey = (key: number): boolean => key === KEY_DUE || key === KEY_COMPLETION || key === KEY_OTHER_DATE;

/** Fields whose value may hold spaces: found by their emoji, then the rest of the line is checked. */
const WIDE_FIELDS: ReadonlyArray<{ emoji: string; value: RegExp; kind: number }> = [
  { emoji: "🔁", value: RECURRENCE_VALUE, kind: RECURRENCE },
  { emoji: "⛔", value: DEPENDS_VALUE, kind: DEPENDS_ON },
];

export const isBlank = (code: number): boolean => code === 32 || code === 9 || code === 13 || code === 10;
const isSpaceOrTab = (code: number): boolean => code === 32 || code === 9;
const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;
/** The character code at `at` of a line ending at `end`, NaN past it (as `charCodeAt` past a string's end). */
const codeAt = (text: string, at: number, end: number): number => (at < end ? text.charCodeAt(at) : Number.NaN);

export interface Prefix {
  /** End of the indent: where the marker starts. */
  markerStart: number;
  markerEnd: number;
  statusStart: number;
  statusEnd: number;
  bodyStart: number;
  /** Whether a space or tab separates `]` from the body (so a field written first needs none). */
  separated: boolean;
}

export const newPrefix = (): Prefix => ({ markerStart: 0, markerEnd: 0, statusStart: 0, statusEnd: 0, bodyStart: 0, separated: false });

/**
 * `<indent><marker><blanks>[<status>]` at the start of the line `text[start, end)`, read by character code
 * into `prefix` (offsets in `text`): indent of spaces and tabs, a marker `-`, `*`, `+` or one to nine digits
 * and `.` or `)`, at least one space or tab, then one code point other than `]` or a line break between
 * brackets. False when the line is no task line.
 */
export function readPrefix(text: string, start: number, end: number, prefix: Prefix): boolean {
  let i = start;
  while (isSpaceOrTab(codeAt(text, i, end))) i++;
  const markerStart = i;
  const first = codeAt(text, i, end);
  if (first === 45 || first === 42 || first === 43) i++;
  else {
    while (isDigitCode(codeAt(text, i, end)) && i - markerStart < 9) i++;
    if (i === markerStart || isDigitCode(codeAt(text, i, end))) return false;
    const closer = codeAt(text, i, end);
    if (closer !== 46 && closer !== 41) return false;
    i++;
  }
  const markerEnd = i;
  while (isSpaceOrTab(codeAt(text, i, end))) i++;
  if (i === markerEnd || codeAt(text, i, end) !== 91 /* [ */) return false;
  const statusStart = i + 1;
  // A line ends before a line break, so a surrogate pair never reaches past `end`.
  const status = statusStart < end ? text.codePointAt(statusStart) : undefined;
  if (status === undefined || status === 93 || status === 13 || status === 10) return false;
  const statusEnd = statusStart + (status > 0xffff ? 2 : 1);
  if (codeAt(text, statusEnd, end) !== 93 /* ] */) return false;
  const after = statusEnd + 1;
  const next = codeAt(text, after, end);
  // Obsidian draws a checkbox only when `]` ends the line or whitespace follows; a stray `\r` stays in the body.
  if (after < end && next !== 32 && next !== 9 && next !== 13) return false;
  prefix.separated = next === 32 || next === 9;
  prefix.markerStart = markerStart;
  prefix.markerEnd = markerEnd;
  prefix.statusStart = statusStart;
  prefix.statusEnd = statusEnd;
  prefix.bodyStart = prefix.separated ? after + 1 : after;
  return true;
}

// Offsets below are in the text being read; `floor` is the body's start, which no scan passes.
export const backOverBlanks = (text: string, end: number, floor: number): number => {
  while (end > floor && isBlank(text.charCodeAt(end - 1))) end--;
  return end;
};
const tokenStart = (text: string, end: number, floor: number): number => {
  let start = end;
  while (start > floor && !isBlank(text.charCodeAt(start - 1))) start--;
  return start;
};
/** The kind of the Tasks emoji at `at` (before `end`), or NO_KIND. */
function emojiKindAt(text: string, at: number, end: number): number {
  if (!(codeAt(text, at, end) >= FIRST_EMOJI_UNIT)) return NO_KIND;
  return EMOJI_KINDS.get(text.codePointAt(at) as number) ?? NO_KIND;
}
/** Where the value of the emoji at `at` begins (after an optional U+FE0F). */
function afterEmoji(text: string, at: number, end: number): number {
  const valueStart = at + ((text.codePointAt(at) as number) > 0xffff ? 2 : 1);
  return codeAt(text, valueStart, end) === 0xfe0f ? valueStart + 1 : valueStart;
}
function valueFits(kind: number, text: string, start: number, end: number): boolean {
  if (isDateKind(kind)) return hasDateShape(text, start, end);
  if (kind === ID) return TASKS_ID.test(text.slice(start, end));
  if (kind === ON_COMPLETION) return LETTERS.test(text.slice(start, end));
  return false;
}
/** Whether the token ending at `end` is a date on its own: then it starts at `end - 10`, known without reading it twice. */
const isDateToken = (text: string, end: number, floor: number): boolean =>
  end - floor >= 10 && (end - 10 === floor || isBlank(text.charCodeAt(end - 11))) && hasDateShape(text, end - 10, end);
/** `^` and one or more ASCII letters, digits or `-`: a block id. */
function isBlockIdAt(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) !== 94 /* ^ */ || end - start < 2) return false;
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!(isDigitCode(code) || code === 45 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122))) return false;
  }
  return true;
}
const isBracket = (code: number): boolean => code === 91 || code === 93 || code === 40 || code === 41;
/** Other whitespace (no-break space, form feed...) is rare: an end that might be some is left to `trim`. */
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
  return isLowerCased(text, from, to, word);
}

/** Whether `text[from, to)` lower-cased is `word` (see `trimmedIs`). */
function isLowerCased(text: string, from: number, to: number, word: string): boolean {
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
  if (from === to) return NO_KEY;
  if (mayBeUnusualBlank(text.charCodeAt(from)) || mayBeUnusualBlank(text.charCodeAt(to - 1))) {
    const key = trimmedSlice(text, from, to).toLowerCase();
    if (key === "") return NO_KEY;
    for (const [word, id] of DATAVIEW_KEYS) if (key === word) return id;
    return KEY_OTHER;
  }
  for (const [word, id] of DATAVIEW_KEYS) if (isLowerCased(text, from, to, word)) return id;
  return KEY_OTHER;
}

/** Where the trimmed value `text[start, end)` starts when it is a date (`trimmedSlice` then `isIsoDate`), or -1. */
function dateStartAt(text: string, start: number, end: number): number {
  const from = skipBlanks(text, start, end);
  const to = trimEnd(text, from, end);
  if (from < to && (mayBeUnusualBlank(text.charCodeAt(from)) || mayBeUnusualBlank(text.charCodeAt(to - 1)))) {
    const value = trimmedSlice(text, start, end);
    // Only blanks surround the date, and no date starts with one: its first occurrence is where it sits.
    return isIsoDate(value) ? text.indexOf(value, from) : -1;
  }
  return isIsoDateAt(text, from, to) ? from : -1;
}

/**
 * What `scanBody` found in a body. One instance serves every scan, its fields kept as offsets in parallel
 * arrays (in the text the body was read from); values are sliced only when read.
 */
export class BodyScan {
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
  /** Emoji of fields with spaces in their value: where each sits and which of WIDE_FIELDS it opens. */
  wideCount = 0;
  readonly wideAt: number[] = [];
  readonly wideField: number[] = [];
  /** The block id's span (from its `^`), -1 without one. */
  blockIdStart = -1;
  blockIdEnd = -1;
  /** Where a new trailing field goes: after the content, before a block id and trailing whitespace. */
  appendAt = 0;
  /** Where new words go: before the trailing Tasks fields (Tasks reads those from the end). */
  textEnd = 0;

  reset(): void {
    this.emojiCount = 0;
    this.inlineCount = 0;
    this.wideCount = 0;
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

  addWide(at: number, field: number): void {
    const index = this.wideCount++;
    this.wideAt[index] = at;
    this.wideField[index] = field;
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

/**
 * Reads the task lines of one text (a note, or a single line), front to back: `read` must be called for
 * lines in order. Where the next `::`, 🔁 and ⛔ sit is remembered, so each is searched for once per note
 * rather than once per line (most lines hold none).
 */
export class TaskLineReader {
  /**
   * One instance kept for the program's lifetime. An object's shape is otherwise held only by live
   * instances: a garbage collection between two index builds would drop it, and with it the optimised
   * code of every function that relied on it, to be re-learnt on the next build.
   */
  static readonly shapeKeeper: TaskLineReader = new TaskLineReader("");

  /** The next occurrence at or after the last position asked for: -2 not searched yet, -1 none left. */
  private colons = -2;
  private recurrence = -2;
  private depends = -2;
  private readonly prefix: Prefix = newPrefix();

  constructor(public text: string) {}

  /** Starts reading another text: a reader that reads note after note is made once. */
  reset(text: string): this {
    this.text = text;
    this.colons = -2;
    this.recurrence = -2;
    this.depends = -2;
    return this;
  }

  colonsFrom(from: number): number {
    if (this.colons !== -1 && this.colons < from) this.colons = this.text.indexOf("::", from);
    return this.colons;
  }

  wideFrom(field: number, from: number): number {
    if (field === 0) {
      if (this.recurrence !== -1 && this.recurrence < from) this.recurrence = this.text.indexOf(WIDE_FIELDS[0]?.emoji as string, from);
      return this.recurrence;
    }
    if (this.depends !== -1 && this.depends < from) this.depends = this.text.indexOf(WIDE_FIELDS[1]?.emoji as string, from);
    return this.depends;
  }

  /** The task line `text[start, end)` (a whole line, without its ending), or null when it is none. */
  read(start: number, end: number): TaskLine | null {
    const prefix = this.prefix;
    return readPrefix(this.text, start, end, prefix) ? taskLineOf(this, start, end, prefix) : null;
  }

  /**
   * What the index keeps of the task line `text[start, end)` (its status, dates and owner), without making
   * its words or any other string; null when it is no task line. The result is shared: read it at once.
   */
  readFields(start: number, end: number): Readonly<LineFields> | null {
    return this.readStatus(start, end) ? this.fieldsAfterStatus(end) : null;
  }

  /**
   * Reads only the prefix of the task line `text[start, end)`, up to its status, which `statusStart` and
   * `statusEnd` then hold; false when it is no task line. `fieldsAfterStatus` reads on.
   */
  readStatus(start: number, end: number): boolean {
    return readPrefix(this.text, start, end, this.prefix);
  }

  get statusStart(): number {
    return this.prefix.statusStart;
  }

  get statusEnd(): number {
    return this.prefix.statusEnd;
  }

  /** `readFields` for the line whose status `readStatus` read last (`end`, its end). The result is shared. */
  fieldsAfterStatus(end: number): Readonly<LineFields> {
    readFields(this, end, this.prefix);
    return FIELDS;
  }
}

/** Dataview `[key:: value]` and `(key:: value)` fields, found from their `::`. Wiki links are never fields. */
function inlineFields(reader: TaskLineReader, bodyStart: number, bodyEnd: number, scan: BodyScan): void {
  const text = reader.text;
  let from = bodyStart;
  for (let sep = reader.colonsFrom(bodyStart); sep !== -1 && sep + 2 <= bodyEnd; sep = reader.colonsFrom(Math.max(sep + 2, from))) {
    let open = sep - 1;
    while (open >= from && !isBracket(text.charCodeAt(open))) open--;
    if (open < from) continue;
    const opener = text.charCodeAt(open);
    if (opener !== 91 && opener !== 40) continue;
    if (opener === 91 && open > bodyStart && text.charCodeAt(open - 1) === 91) continue;
    const key = dataviewKeyAt(text, open + 1, sep);
    if (key === NO_KEY) continue;
    const closer = opener === 91 ? 93 : 41;
    let depth = 1;
    let close = sep + 2;
    for (; close < bodyEnd; close++) {
      const code = text.charCodeAt(close);
      if (code === opener) depth++;
      else if (code === closer && --depth === 0) break;
    }
    if (depth !== 0) continue;
    scan.addInline(open, close + 1, key, sep + 2, close);
    from = close + 1;
  }
}

/** Where the emoji of fields with spaces in their value sit in the body (usually nowhere), field by field. */
function wideFieldEmoji(reader: TaskLineReader, bodyStart: number, bodyEnd: number, scan: BodyScan): void {
  for (let field = 0; field < WIDE_FIELDS.length; field++) {
    const length = (WIDE_FIELDS[field]?.emoji as string).length;
    for (let at = reader.wideFrom(field, bodyStart); at !== -1 && at + length <= bodyEnd; at = reader.wideFrom(field, at + 1)) scan.addWide(at, field);
  }
}

/** Reads the fields of the body `text[bodyStart, bodyEnd)` from its end, the way Tasks does, stepping over tags and Dataview fields. */
export function scanBody(reader: TaskLineReader, bodyStart: number, bodyEnd: number): BodyScan {
  const text = reader.text;
  const scan = SCAN;
  scan.reset();
  inlineFields(reader, bodyStart, bodyEnd, scan);
  let end = backOverBlanks(text, bodyEnd, bodyStart);
  // A date, the commonest last token, is no block id: only another last token is read to its start.
  const datedEnd = isDateToken(text, end, bodyStart) ? end : -1;
  const lastStart = datedEnd === -1 ? tokenStart(text, end, bodyStart) : -1;
  if (lastStart !== -1 && isBlockIdAt(text, lastStart, end)) {
    scan.blockIdStart = lastStart;
    scan.blockIdEnd = end;
    end = backOverBlanks(text, lastStart, bodyStart);
  }
  scan.appendAt = end;
  wideFieldEmoji(reader, bodyStart, bodyEnd, scan);
  scan: while (end > bodyStart) {
    const last = text.charCodeAt(end - 1);
    if (last === 93 || last === 41 /* ] ) */) {
      const field = scan.inlineEndingAt(end);
      if (field !== -1) {
        end = backOverBlanks(text, scan.inlineStart[field] as number, bodyStart);
        continue;
      }
    }
    for (let i = 0; i < scan.wideCount; i++) {
      const at = scan.wideAt[i] as number;
      const field = WIDE_FIELDS[scan.wideField[i] as number] as (typeof WIDE_FIELDS)[number];
      const valueStart = at + field.emoji.length;
      if (valueStart < end && field.value.test(text.slice(valueStart, end))) {
        let trimmed = valueStart;
        while (text.charCodeAt(trimmed) === 0xfe0f || text.charCodeAt(trimmed) === 32) trimmed++;
        scan.addEmoji(field.kind, at, end, trimmed);
        end = backOverBlanks(text, at, bodyStart);
        continue scan;
      }
    }
    const dated = end === datedEnd || isDateToken(text, end, bodyStart);
    const start = dated ? end - 10 : tokenStart(text, end, bodyStart);
    if (text.charCodeAt(start) === 35 /* # */ && end - start > 1) {
      end = backOverBlanks(text, start, bodyStart); // a tag: stays in the text, Tasks reads on past it
      continue;
    }
    const own = emojiKindAt(text, start, bodyEnd);
    const ownValue = own === NO_KIND ? -1 : afterEmoji(text, start, bodyEnd);
    if (own === PRIORITY && ownValue === end) {
      scan.addEmoji(PRIORITY, start, end, end);
    } else if (own !== NO_KIND && ownValue < end && valueFits(own, text, ownValue, end)) {
      scan.addEmoji(own, start, end, ownValue);
    } else {
      // A value on its own: the token before it must be just the emoji, at most three code units that
      // end in one of an emoji's units or U+FE0F (all at least FIRST_EMOJI_UNIT).
      if (own !== NO_KIND) break;
      const emojiEnd = backOverBlanks(text, start, bodyStart);
      if (emojiEnd === start || emojiEnd === bodyStart || !(text.charCodeAt(emojiEnd - 1) >= FIRST_EMOJI_UNIT)) break;
      let emojiStart = emojiEnd - 1;
      while (emojiStart > bodyStart && emojiEnd - emojiStart <= 3 && !isBlank(text.charCodeAt(emojiStart - 1))) emojiStart--;
      if (emojiEnd - emojiStart > 3) break;
      const before = emojiKindAt(text, emojiStart, bodyEnd);
      if (before === NO_KIND || afterEmoji(text, emojiStart, bodyEnd) !== emojiEnd) break;
      if (!(dated && isDateKind(before)) && !valueFits(before, text, start, end)) break;
      scan.addEmoji(before, emojiStart, end, start);
      end = backOverBlanks(text, emojiStart, bodyStart);
      continue;
    }
    end = backOverBlanks(text, start, bodyStart);
  }
  scan.textEnd = scan.emojiCount > 0 ? backOverBlanks(text, scan.emojiStart[scan.emojiCount - 1] as number, bodyStart) : scan.appendAt;
  return scan;
}

/** Spans to cut out of a body, as start and end offsets in turn; reused like the scan. */
export const SPANS: number[] = [];

/** The body `text[bodyStart, bodyEnd)` without `count` spans of `spans` (start, end pairs), each taken with the whitespace just before it. */
export function withoutSpans(text: string, bodyStart: number, bodyEnd: number, spans: number[], count: number): string {
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
  let from = bodyStart;
  for (let i = 0; i < count; i++) {
    const start = spans[2 * i] as number;
    if (start < from) continue;
    out += text.slice(from, Math.max(from, backOverBlanks(text, start, bodyStart)));
    from = spans[2 * i + 1] as number;
  }
  return out + text.slice(from, bodyEnd);
}

/**
 * What a task line's fields say, as `readFields` leaves it: one instance serves every line read. The
 * spans that hide the fields from the line's words are left in `SPANS` (`hidden` of them).
 */
export class LineFields {
  statusStart = 0;
  statusEnd = 0;
  /** Where the due date (ten characters) starts in the text read, -1 without one. */
  dueStart = -1;
  /** Where the completion date starts, likewise. */
  completionStart = -1;
  owner: Role = "mentee";
  hidden = 0;
}
const FIELDS = new LineFields();

/** Reads the fields of the task line `text[start, end)`, whose prefix is read already, into `FIELDS` (and `SPANS`). */
function readFields(reader: TaskLineReader, end: number, prefix: Prefix): BodyScan {
  const text = reader.text;
  const scan = scanBody(reader, prefix.bodyStart, end);
  const fields = FIELDS;
  fields.statusStart = prefix.statusStart;
  fields.statusEnd = prefix.statusEnd;
  let due = -1;
  let completion = -1;
  let owner: Role = "mentee";
  let hidden = 0;
  for (let i = 0; i < scan.inlineCount; i++) {
    const key = scan.inlineKey[i] as number;
    if (key === KEY_OTHER) continue;
    const valueStart = scan.inlineValueStart[i] as number;
    const valueEnd = scan.inlineValueEnd[i] as number;
    if (key === KEY_OWNER) {
      if (trimmedIs(text, valueStart, valueEnd, "mentor")) owner = "mentor";
      else if (trimmedIs(text, valueStart, valueEnd, "mentee")) owner = "mentee";
      else continue;
    } else {
      const date = dateStartAt(text, valueStart, valueEnd);
      if (date === -1) continue;
      if (key === KEY_DUE) due = date;
      else if (key === KEY_COMPLETION) completion = date;
    }
    SPANS[2 * hidden] = scan.inlineStart[i] as number;
    SPANS[2 * hidden++ + 1] = scan.inlineEnd[i] as number;
  }
  // The scan lists emoji fields last first; walk them in line order so that, as above, the last one wins.
  for (let i = scan.emojiCount - 1; i >= 0; i--) {
    const kind = scan.emojiKind[i] as number;
    const fieldEnd = scan.emojiEnd[i] as number;
    if (isDateKind(kind)) {
      const valueStart = scan.emojiValue[i] as number;
      // A field with a date that is no date stays in the text, so the reader sees what is wrong.
      if (!isIsoDateAt(text, valueStart, fieldEnd)) continue;
      if (kind === DUE) due = valueStart;
      else if (kind === DONE) completion = valueStart;
    }
    SPANS[2 * hidden] = scan.emojiStart[i] as number;
    SPANS[2 * hidden++ + 1] = fieldEnd;
  }
  if (scan.blockIdStart !== -1) {
    SPANS[2 * hidden] = scan.blockIdStart;
    SPANS[2 * hidden++ + 1] = scan.blockIdEnd;
  }
  fields.dueStart = due;
  fields.completionStart = completion;
  fields.owner = owner;
  fields.hidden = hidden;
  return scan;
}

/** The date that starts at `start` (as `LineFields` gives it), or null for -1. */
export const dateAt = (text: string, start: number): IsoDate | null => (start === -1 ? null : text.slice(start, start + 10));

/** The `TaskLine` of the task line `text[start, end)`, whose prefix is read already. */
function taskLineOf(reader: TaskLineReader, start: number, end: number, prefix: Prefix): TaskLine {
  const text = reader.text;
  const bodyStart = prefix.bodyStart;
  const scan = readFields(reader, end, prefix);
  const { dueStart, completionStart, owner, hidden } = FIELDS;
  const body = text.slice(bodyStart, end);
  return {
    indent: text.slice(start, prefix.markerStart),
    marker: text.slice(prefix.markerStart, prefix.markerEnd),
    status: text.slice(prefix.statusStart, prefix.statusEnd),
    body,
    text: (hidden === 0 ? body : withoutSpans(text, bodyStart, end, SPANS, hidden)).trim(),
    due: dateAt(text, dueStart),
    completion: dateAt(text, completionStart),
    owner,
    blockId: scan.blockIdStart === -1 ? null : text.slice(scan.blockIdStart + 1, scan.blockIdEnd),
    format: scan.dateFormat(),
  };
}
