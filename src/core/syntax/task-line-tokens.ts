// The words of the task-line syntax and the character tests its reading is built from, private to actions.ts
// and the reading half it imports (task-line-results.ts, task-line-scan.ts), neither of which it imports:
// field kinds and Dataview keys as small integers, Tasks' emoji, the prefix `<indent><marker> [<status>] `,
// and tests of a line read in place in the note's text by character code, slicing only what is compared.
import { hasDateShape, isIsoDate, isIsoDateAt } from "./dates";

const TASKS_ID = /^[a-zA-Z0-9_-]+$/;
const LETTERS = /^[a-zA-Z]+$/;
const RECURRENCE_VALUE = /^\uFE0F? *[a-zA-Z0-9, !]*[a-zA-Z0-9!]$/;
const DEPENDS_VALUE = /^\uFE0F? *[a-zA-Z0-9_-]+( *, *[a-zA-Z0-9_-]+)*$/;

// Field kinds by number, the six date kinds first: the scan compares small integers, not strings.
export const DUE = 0;
const SCHEDULED = 1;
const START = 2;
const CREATED = 3;
export const DONE = 4;
const CANCELLED = 5;
export const PRIORITY = 6;
const RECURRENCE = 7;
const ID = 8;
const DEPENDS_ON = 9;
const ON_COMPLETION = 10;
export const NO_KIND = -1;
export const isDateKind = (kind: number): boolean => kind >= DUE && kind <= CANCELLED;

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
export const FIRST_EMOJI_UNIT = Math.min(...[...EMOJI_KINDS.keys()].map((code) => String.fromCodePoint(code).charCodeAt(0)));

// Dataview keys by number: the ones we read, and the other date keys (hidden from the text like their emoji twins).
export const NO_KEY = -1;
export const KEY_OTHER = 0;
export const KEY_DUE = 1;
export const KEY_COMPLETION = 2;
export const KEY_OWNER = 3;
const KEY_OTHER_DATE = 4;
const DATAVIEW_KEYS: ReadonlyArray<readonly [string, number]> = [
  ["due", KEY_DUE], ["completion", KEY_COMPLETION], ["owner", KEY_OWNER],
  ["created", KEY_OTHER_DATE], ["start", KEY_OTHER_DATE], ["scheduled", KEY_OTHER_DATE], ["cancelled", KEY_OTHER_DATE],
];
export const isDateKey = (key: number): boolean => key === KEY_DUE || key === KEY_COMPLETION || key === KEY_OTHER_DATE;

/** Fields whose value may hold spaces: found by their emoji, then the rest of the line is checked. */
export const WIDE_FIELDS: ReadonlyArray<{ emoji: string; value: RegExp; kind: number }> = [
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
export const tokenStart = (text: string, end: number, floor: number): number => {
  let start = end;
  while (start > floor && !isBlank(text.charCodeAt(start - 1))) start--;
  return start;
};
/** The kind of the Tasks emoji at `at` (before `end`), or NO_KIND. */
export function emojiKindAt(text: string, at: number, end: number): number {
  if (!(codeAt(text, at, end) >= FIRST_EMOJI_UNIT)) return NO_KIND;
  return EMOJI_KINDS.get(text.codePointAt(at) as number) ?? NO_KIND;
}
/** Where the value of the emoji at `at` begins (after an optional U+FE0F). */
export function afterEmoji(text: string, at: number, end: number): number {
  const valueStart = at + ((text.codePointAt(at) as number) > 0xffff ? 2 : 1);
  return codeAt(text, valueStart, end) === 0xfe0f ? valueStart + 1 : valueStart;
}
export function valueFits(kind: number, text: string, start: number, end: number): boolean {
  if (isDateKind(kind)) return hasDateShape(text, start, end);
  if (kind === ID) return TASKS_ID.test(text.slice(start, end));
  if (kind === ON_COMPLETION) return LETTERS.test(text.slice(start, end));
  return false;
}
/** Whether the token ending at `end` is a date on its own: then it starts at `end - 10`, known without reading it twice. */
export const isDateToken = (text: string, end: number, floor: number): boolean =>
  end - floor >= 10 && (end - 10 === floor || isBlank(text.charCodeAt(end - 11))) && hasDateShape(text, end - 10, end);
/** `^` and one or more ASCII letters, digits or `-`: a block id. */
export function isBlockIdAt(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) !== 94 /* ^ */ || end - start < 2) return false;
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!(isDigitCode(code) || code === 45 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122))) return false;
  }
  return true;
}
export const isBracket = (code: number): boolean => code === 91 || code === 93 || code === 40 || code === 41;
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
export function trimmedIs(text: string, start: number, end: number, word: string): boolean {
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
export function dataviewKeyAt(text: string, start: number, end: number): number {
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
export function dateStartAt(text: string, start: number, end: number): number {
  const from = skipBlanks(text, start, end);
  const to = trimEnd(text, from, end);
  if (from < to && (mayBeUnusualBlank(text.charCodeAt(from)) || mayBeUnusualBlank(text.charCodeAt(to - 1)))) {
    const value = trimmedSlice(text, start, end);
    // Only blanks surround the date, and no date starts with one: its first occurrence is where it sits.
    return isIsoDate(value) ? text.indexOf(value, from) : -1;
  }
  return isIsoDateAt(text, from, to) ? from : -1;
}
