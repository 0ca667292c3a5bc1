// A fast reader for the frontmatter most notes have: flat `key: value` lines and block lists of plain or
// simply quoted values. The index reads every mentoring note on start; the full YAML parse costs about
// 50 µs a note, this about 1 µs. It gives exactly what yaml's toJS gives (core schema), or null whenever
// anything is less than obvious (comments after values, flow lists, multi-line values, anchors, tags,
// tabs, floats, duplicate keys...), and then the caller parses with yaml as before.

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

/** `null`, `true`, `false` as yaml's core schema spells them (three cases each), or undefined. */
function yamlWord(raw: string): null | boolean | undefined {
  switch (raw) {
    case "null": case "Null": case "NULL": return null;
    case "true": case "True": case "TRUE": return true;
    case "false": case "False": case "FALSE": return false;
    default: return undefined;
  }
}

/**
 * A plain scalar we read ourselves: starts with a letter or digit (any script), `(`, `_` or `/`; holds
 * no `#`, `:`, bracket or brace, and no character yaml treats specially.
 */
function isSimplePlain(raw: string): boolean {
  const first = raw.charCodeAt(0);
  if (first >= 0x80) {
    if (!PLAIN_FIRST.test(raw)) return false;
  } else if (!(isAsciiLetter(first) || isDigit(first) || first === 0x28 || first === 0x5f || first === 0x2f)) return false;
  for (let i = 0; i < raw.length; i += 1) {
    const code = raw.charCodeAt(i);
    if (isUnusual(code) || code === 0x23 || code === 0x3a || code === 0x5b || code === 0x5d || code === 0x7b || code === 0x7d) return false;
  }
  return true;
}

/** Digits only, no leading zero, at most 15 of them: a safe integer yaml reads as that number. */
function isSafeInt(raw: string): boolean {
  if (raw.length === 0 || raw.length > 15 || (raw.charCodeAt(0) === 0x30 && raw.length > 1)) return false;
  for (let i = 0; i < raw.length; i += 1) if (!isDigit(raw.charCodeAt(i))) return false;
  return true;
}

/** One value as yaml's core schema reads it, or UNSURE. Blanks around it are already trimmed. */
function scalarOf(raw: string): Scalar | typeof UNSURE {
  const first = raw.charCodeAt(0);
  if (first === 0x22 /* " */ || first === 0x27 /* ' */) {
    if (raw.length < 2 || raw.charCodeAt(raw.length - 1) !== first) return UNSURE;
    // No escapes, no doubled quotes, nothing unusual: the text between the quotes is the value.
    for (let i = 1; i < raw.length - 1; i += 1) {
      const code = raw.charCodeAt(i);
      if (code === 0x22 || code === 0x27 || code === 0x5c || isUnusual(code)) return UNSURE;
    }
    return raw.slice(1, -1);
  }
  if (!isSimplePlain(raw)) return UNSURE;
  const word = yamlWord(raw);
  if (word !== undefined) return word;
  if (isDigit(first)) {
    if (isSafeInt(raw)) return Number(raw);
    if (NUMBER_LIKE.test(raw)) return UNSURE;
  }
  return raw;
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

/** `text[start, end)` without spaces at either end (tabs are not trimmed: a tab makes yaml decide). */
function trimmedSlice(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from < to && text.charCodeAt(from) === 0x20) from += 1;
  while (to > from && text.charCodeAt(to - 1) === 0x20) to -= 1;
  return text.slice(from, to);
}

/**
 * Keys met lately (simple, and no yaml word), in the order met. A vault repeats a few dozen keys, mostly in
 * the same order: a line's key is matched in place where the last match ended, so the same few strings
 * serve every note instead of a new one sliced (and hashed into the data) per line. Cleared when full.
 */
const knownKeys: string[] = [];
const MAX_KNOWN_KEYS = 64;
let nextKnownKey = 0;

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
  if (knownKeys.length >= MAX_KNOWN_KEYS) knownKeys.length = 0;
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

/** Whether `text[from, to)` holds a CR. */
function hasCrWithin(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (text.charCodeAt(i) === 0x0d) return true;
  return false;
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
      if ((lineEnd > current && text.charCodeAt(lineEnd - 1) === 0x0d) || (text.charCodeAt(current) === 0x23 && hasCrWithin(text, current, lineEnd))) lfOnly = false;
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
      const value = scalarOf(trimmedSlice(text, dash + 2, lineEnd));
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
    const raw = trimmedSlice(text, colon + 1, lineEnd);
    if (raw === "") {
      if (!entries.add(key, null)) return null;
      openKey = key;
      continue;
    }
    if (text.charCodeAt(colon + 1) !== 0x20) return null;
    const value = scalarOf(raw);
    if (value === UNSURE || !entries.add(key, value)) return null;
  }
  return entries;
}
