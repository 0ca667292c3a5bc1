// A fast reader for the frontmatter most notes have: flat `key: value` lines and block lists of plain or
// simply quoted values. The index reads every mentoring note on start; the full YAML parse costs about
// 50 µs a note, this about 1 µs. It gives exactly what yaml's toJS gives (core schema), or null whenever
// anything is less than obvious (comments after values, flow lists, multi-line values, anchors, tags,
// tabs, floats, duplicate keys...), and then the caller parses with yaml as before.
import { hasCrBetween } from "./text";

/** A plain scalar's first character when it is not ASCII: a letter or a digit of any script. */
const PLAIN_FIRST = /^[\p{L}\p{N}]/u;
/** Anything yaml's core schema could read as a number (int, octal, hex, float): left to yaml. */
const NUMBER_LIKE = /^[-+]?(?:[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;

const UNSURE = Symbol("unsure");
type Scalar = string | number | boolean | null;

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isAsciiLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** Characters yaml may treat specially or refuse (control characters, odd line breaks, BOM): left to yaml. */
function isUnusual(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfeff;
}

// What an ASCII character rules out, by code: a plain scalar (`isUnusual`, `#`, `:`, brackets, braces) or a
// quoted one read without yaml (`isUnusual`, quotes, backslash). Values are checked character by character,
// every value of every mentoring note, so each check is one lookup.
const NOT_PLAIN = 1;
const NOT_QUOTED = 2;
const ASCII_RULES = new Uint8Array(128);
for (let code = 0; code < 128; code += 1) {
  if (isUnusual(code)) ASCII_RULES[code] = NOT_PLAIN | NOT_QUOTED;
}
for (const char of "#:[]{}") ASCII_RULES[char.charCodeAt(0)] = NOT_PLAIN;
for (const char of "\"'\\") ASCII_RULES[char.charCodeAt(0)] = NOT_QUOTED;

/** Whether `text[from, to)` holds a character that `rule` rules out (non-ASCII ones by `isUnusual`). */
function holdsRuledOut(text: string, from: number, to: number, rule: number): boolean {
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 128 ? (ASCII_RULES[code] as number) & rule : isUnusual(code)) return true;
  }
  return false;
}

/** `null`, `true`, `false` as yaml's core schema spells them (three cases each), or undefined. */
function yamlWord(raw: string): null | boolean | undefined {
  switch (raw) {
    case "null": case "Null": case "NULL": return null;
    case "true": case "True": case "TRUE": return true;
    case "false": case "False": case "FALSE": return false;
    default: return undefined;
  }
}

/** Whether `text[from, to)` could be one of `yamlWord`'s words: four or five letters starting n, t or f (any case). */
function mayBeYamlWord(text: string, from: number, to: number): boolean {
  const length = to - from;
  const first = text.charCodeAt(from) | 0x20;
  return (length === 4 || length === 5) && (first === 0x6e || first === 0x74 || first === 0x66);
}

/**
 * A plain scalar we read ourselves: starts with a letter or digit (any script), `(`, `_` or `/`; holds
 * no `#`, `:`, bracket or brace, and no character yaml treats specially.
 */
function isSimplePlainAt(text: string, from: number, to: number): boolean {
  const first = text.charCodeAt(from);
  if (first >= 0x80) {
    if (!PLAIN_FIRST.test(text.slice(from, Math.min(to, from + 2)))) return false;
  } else if (!(isAsciiLetter(first) || isDigit(first) || first === 0x28 || first === 0x5f || first === 0x2f)) return false;
  return !holdsRuledOut(text, from, to, NOT_PLAIN);
}

/** Digits only, no leading zero, at most 15 of them: a safe integer yaml reads as that number. */
function isSafeIntAt(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length === 0 || length > 15 || (text.charCodeAt(from) === 0x30 && length > 1)) return false;
  for (let i = from; i < to; i += 1) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/** `YYYY-MM-DD`'s dashes: no number yaml reads has a dash at both places (a sign leads, or follows an `e`). */
const hasDateDashes = (text: string, from: number, to: number): boolean =>
  to - from === 10 && text.charCodeAt(from + 4) === 0x2d && text.charCodeAt(from + 7) === 0x2d;

/** The value `text[from, to)` (blanks around it trimmed already, not empty) as yaml's core schema reads it, or UNSURE. */
function scalarAt(text: string, from: number, to: number): Scalar | typeof UNSURE {
  const first = text.charCodeAt(from);
  if (first === 0x22 /* " */ || first === 0x27 /* ' */) {
    if (to - from < 2 || text.charCodeAt(to - 1) !== first) return UNSURE;
    // No escapes, no doubled quotes, nothing unusual: the text between the quotes is the value.
    if (holdsRuledOut(text, from + 1, to - 1, NOT_QUOTED)) return UNSURE;
    return text.slice(from + 1, to - 1);
  }
  if (!isSimplePlainAt(text, from, to)) return UNSURE;
  if (mayBeYamlWord(text, from, to)) {
    const word = yamlWord(text.slice(from, to));
    if (word !== undefined) return word;
  }
  if (isDigit(first)) {
    if (isSafeIntAt(text, from, to)) return intAt(text, from, to);
    if (!hasDateDashes(text, from, to) && NUMBER_LIKE.test(text.slice(from, to))) return UNSURE;
  }
  return knownValueAt(text, from, to) ?? text.slice(from, to);
}

/** The number `isSafeIntAt` found, read digit by digit. */
function intAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) value = value * 10 + (text.charCodeAt(i) - 0x30);
  return value;
}

/** A key we read ourselves: an ASCII letter, then letters, digits, `_` or `-`. */
function isSimpleKey(text: string, start: number, end: number): boolean {
  if (start >= end || !isAsciiLetter(text.charCodeAt(start))) return false;
  for (let i = start + 1; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (!(isAsciiLetter(code) || isDigit(code) || code === 0x5f || code === 0x2d)) return false;
  }
  return true;
}

/** The start of `text[start, end)` without spaces (tabs are not trimmed: a tab makes yaml decide). */
function skipSpaces(text: string, start: number, end: number): number {
  let from = start;
  while (from < end && text.charCodeAt(from) === 0x20) from += 1;
  return from;
}

/** The end of `text[from, end)` without trailing spaces. */
function trimSpacesEnd(text: string, from: number, end: number): number {
  let to = end;
  while (to > from && text.charCodeAt(to - 1) === 0x20) to -= 1;
  return to;
}

/**
 * Keys met lately (simple, and no yaml word), in the order met. A vault repeats a few dozen keys, mostly in
 * the same order: a line's key is matched in place where the last match ended, so the same few strings
 * serve every note instead of a new one sliced (and hashed into the data) per line. Cleared when full,
 * but for the keys a reader expects.
 */
const knownKeys: string[] = [];
const MAX_KNOWN_KEYS = 64;
let nextKnownKey = 0;
/** How many of `knownKeys` are the keys a reader said it expects (`expectKeys`): kept when the rest is cleared. */
let expectedKeyCount = 0;

/**
 * Keys a reader will look up, remembered first and for good: a line holding one gives that very string,
 * so looking it up (`FrontmatterEntries.get`, with the reader's own string) compares two references.
 */
export function expectKeys(keys: readonly string[]): void {
  for (const key of keys) {
    if (knownKeys.includes(key)) continue;
    knownKeys.splice(expectedKeyCount, 0, key);
    expectedKeyCount += 1;
  }
  nextKnownKey = 0;
}

/**
 * Values a reader will compare with its own strings (a note type, a status, a phase, a role), few and
 * short: a value equal to one is that very string, found in place, so reading it slices nothing and
 * comparing it compares two references.
 */
const knownValues: string[] = [];

export function expectValues(values: readonly string[]): void {
  for (const value of values) if (!knownValues.includes(value)) knownValues.push(value);
}

/** The expected value `text[from, to)` is, or null. */
export function knownValueAt(text: string, from: number, to: number): string | null {
  const length = to - from;
  for (const value of knownValues) if (value.length === length && text.startsWith(value, from)) return value;
  return null;
}

/** The remembered key that `text` holds at `at`, followed by its `:`, or null. */
function knownKeyAt(text: string, at: number): string | null {
  const count = knownKeys.length;
  for (let tried = 0; tried < count; tried += 1) {
    const index = (nextKnownKey + tried) % count;
    const key = knownKeys[index] as string;
    if (text.charCodeAt(at + key.length) === 0x3a && text.startsWith(key, at)) {
      nextKnownKey = index + 1;
      return key;
    }
  }
  return null;
}

function rememberKey(key: string): void {
  if (knownKeys.length >= MAX_KNOWN_KEYS) knownKeys.length = expectedKeyCount;
  knownKeys.push(key);
  nextKnownKey = knownKeys.length;
}

/**
 * A frontmatter's keys and values in the order read (a list value is an array). One instance serves
 * every read of the index, so reading a note's fields builds no object per note; `get` finds a key by
 * comparing a handful of strings, most of them the very strings `knownKeys` holds.
 */
export class FrontmatterEntries {
  count = 0;
  readonly keys: string[] = [];
  readonly values: unknown[] = [];

  /** The value of `key`, or undefined when the frontmatter has no such key. */
  get(key: string): unknown {
    for (let i = 0; i < this.count; i += 1) if (this.keys[i] === key) return this.values[i];
    return undefined;
  }

  private has(key: string): boolean {
    for (let i = 0; i < this.count; i += 1) if (this.keys[i] === key) return true;
    return false;
  }

  /** Adds a key; false when the frontmatter has it already (yaml refuses a duplicate key). */
  add(key: string, value: unknown): boolean {
    if (this.has(key)) return false;
    this.keys[this.count] = key;
    this.values[this.count] = value;
    this.count += 1;
    return true;
  }

  /** Replaces the value of the key added last. */
  setLast(value: unknown): void {
    this.values[this.count - 1] = value;
  }

  /** The entries as a plain record without a prototype, for callers that keep the data. */
  toRecord(): Record<string, unknown> {
    // Without a prototype: no key can meet an inherited one, and the engine keeps such an object as a plain
    // dictionary instead of building (and later dropping) one object shape per set of keys.
    const data = Object.create(null) as Record<string, unknown>;
    for (let i = 0; i < this.count; i += 1) data[this.keys[i] as string] = this.values[i];
    return data;
  }
}
const ENTRIES = new FrontmatterEntries();

/**
 * The frontmatter's data, from `text[start, end)` (the lines between the fences, fences excluded), or
 * null when yaml must decide.
 */
export function readSimpleFrontmatter(text: string, start = 0, end = text.length): Record<string, unknown> | null {
  return readSimpleEntries(text, start, end)?.toRecord() ?? null;
}

/**
 * `readSimpleFrontmatter` as entries, in one shared instance (valid until the next call), or null when yaml
 * must decide. Walks the lines by offsets: only keys met for the first time and values are sliced.
 */
export function readSimpleEntries(text: string, start = 0, end = text.length): FrontmatterEntries | null {
  const entries = ENTRIES;
  entries.count = 0;
  // The key whose value is still open (written as `key:` alone): a block list may follow.
  let openKey: string | null = null;
  let list: Scalar[] | null = null;
  let listIndent = -1;
  // Lines end at LF, found by indexOf, until a CR shows up (CRLF or lone CR endings): from there on they are
  // read char by char. A lone CR inside a value or key makes that value unsure, so only comment lines and
  // the ends of lines need looking at.
  let lfOnly = true;
  let lineStart = start;
  while (lineStart < end) {
    const current = lineStart;
    let lineEnd = current;
    if (lfOnly) {
      lineEnd = text.indexOf("\n", current);
      if (lineEnd === -1 || lineEnd > end) lineEnd = end;
      if ((lineEnd > current && text.charCodeAt(lineEnd - 1) === 0x0d) || (text.charCodeAt(current) === 0x23 && hasCrBetween(text, current, lineEnd))) lfOnly = false;
    }
    if (!lfOnly) {
      lineEnd = current;
      while (lineEnd < end) {
        const code = text.charCodeAt(lineEnd);
        if (code === 0x0a || code === 0x0d) break;
        lineEnd += 1;
      }
    }
    lineStart = text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a && lineEnd + 1 < end ? lineEnd + 2 : lineEnd + 1;
    if (lineEnd === current || text.charCodeAt(current) === 0x23 /* # */) continue;
    // A list item: spaces, `- `, the value.
    let dash = current;
    while (dash < lineEnd && text.charCodeAt(dash) === 0x20) dash += 1;
    if (text.charCodeAt(dash) === 0x2d && text.charCodeAt(dash + 1) === 0x20 && dash + 1 < lineEnd) {
      if (openKey === null) return null;
      const indent = dash - current;
      if (list === null) {
        list = [];
        listIndent = indent;
        entries.setLast(list);
      } else if (indent !== listIndent) return null;
      const valueStart = skipSpaces(text, dash + 2, lineEnd);
      const valueEnd = trimSpacesEnd(text, valueStart, lineEnd);
      if (valueStart === valueEnd) return null;
      const value = scalarAt(text, valueStart, valueEnd);
      if (value === UNSURE) return null;
      list.push(value);
      continue;
    }
    let key = knownKeyAt(text, current);
    let colon = current + (key?.length ?? 0);
    if (key === null) {
      colon = text.indexOf(":", current);
      if (colon <= current || colon >= lineEnd || !isSimpleKey(text, current, colon)) return null;
      key = text.slice(current, colon);
      if (yamlWord(key) !== undefined) return null;
      rememberKey(key);
    }
    if (colon >= lineEnd) return null;
    openKey = null;
    list = null;
    const valueStart = skipSpaces(text, colon + 1, lineEnd);
    const valueEnd = trimSpacesEnd(text, valueStart, lineEnd);
    if (valueStart === valueEnd) {
      if (!entries.add(key, null)) return null;
      openKey = key;
      continue;
    }
    if (text.charCodeAt(colon + 1) !== 0x20) return null;
    const value = scalarAt(text, valueStart, valueEnd);
    if (value === UNSURE || !entries.add(key, value)) return null;
  }
  return entries;
}
