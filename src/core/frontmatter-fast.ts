// A fast reader for the frontmatter most notes have: flat `key: value` lines and block lists of plain or
// simply quoted values. The index reads every mentoring note on start; the full YAML parse costs about
// 50 µs a note, this about 1 µs. It gives exactly what yaml's toJS gives (core schema), or null whenever
// anything is less than obvious (comments after values, flow lists, multi-line values, anchors, tags,
// tabs, floats, duplicate keys...), and then the caller parses with yaml as before.

const KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** A plain scalar we read ourselves: starts with a letter, digit, `(`, `_` or `/`; no `#`, `:`, bracket or brace. */
const PLAIN = /^[\p{L}\p{N}(_/][^#:[\]{}]*$/u;
const NULL_WORDS = /^(?:null|Null|NULL)$/;
const TRUE_WORDS = /^(?:true|True|TRUE)$/;
const FALSE_WORDS = /^(?:false|False|FALSE)$/;
const SAFE_INT = /^(?:0|[1-9][0-9]{0,14})$/;
/** Anything yaml's core schema could read as a number (int, octal, hex, float): left to yaml. */
const NUMBER_LIKE = /^[-+]?(?:[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
const LIST_ITEM = /^( *)- (.*)$/;
const LINE_BREAK = /\r\n|\n|\r/;

/** Characters yaml may treat specially or refuse (control characters, odd line breaks, BOM): left to yaml. */
function hasUnusualCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfeff) return true;
  }
  return false;
}

const UNSURE = Symbol("unsure");
type Scalar = string | number | boolean | null;

/** One value as yaml's core schema reads it, or UNSURE. Blanks around it are already trimmed. */
function scalarOf(raw: string): Scalar | typeof UNSURE {
  if (hasUnusualCharacter(raw)) return UNSURE;
  const first = raw.charCodeAt(0);
  if (first === 0x22 /* " */ || first === 0x27 /* ' */) {
    if (raw.length < 2 || raw.charCodeAt(raw.length - 1) !== first) return UNSURE;
    const inner = raw.slice(1, -1);
    // No escapes, no doubled quotes: the text between the quotes is the value.
    if (inner.includes('"') || inner.includes("'") || inner.includes("\\")) return UNSURE;
    return inner;
  }
  if (!PLAIN.test(raw)) return UNSURE;
  if (NULL_WORDS.test(raw)) return null;
  if (TRUE_WORDS.test(raw)) return true;
  if (FALSE_WORDS.test(raw)) return false;
  if (SAFE_INT.test(raw)) return Number(raw);
  if (NUMBER_LIKE.test(raw)) return UNSURE;
  return raw;
}

function trimBlanks(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 0x20) start += 1;
  while (end > start && text.charCodeAt(end - 1) === 0x20) end -= 1;
  return text.slice(start, end);
}

/** The frontmatter's data (between the fences, fences excluded), or null when yaml must decide. */
export function readSimpleFrontmatter(source: string): Record<string, unknown> | null {
  const data: Record<string, unknown> = {};
  const lines = source.split(LINE_BREAK);
  // The key whose value is still open (written as `key:` alone): a block list may follow.
  let openKey: string | null = null;
  let list: Scalar[] | null = null;
  let listIndent = -1;
  for (const line of lines) {
    if (line === "" || line.charCodeAt(0) === 0x23 /* # */) continue;
    const item = LIST_ITEM.exec(line);
    if (item) {
      if (openKey === null) return null;
      const indent = (item[1] ?? "").length;
      if (list === null) {
        list = [];
        listIndent = indent;
        data[openKey] = list;
      } else if (indent !== listIndent) return null;
      const value = scalarOf(trimBlanks(item[2] ?? ""));
      if (value === UNSURE) return null;
      list.push(value);
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) return null;
    const key = line.slice(0, colon);
    if (!KEY.test(key) || NULL_WORDS.test(key) || TRUE_WORDS.test(key) || FALSE_WORDS.test(key)) return null;
    if (Object.prototype.hasOwnProperty.call(data, key)) return null;
    openKey = null;
    list = null;
    const rest = line.slice(colon + 1);
    const raw = trimBlanks(rest);
    if (raw === "") {
      data[key] = null;
      openKey = key;
      continue;
    }
    if (rest.charCodeAt(0) !== 0x20) return null;
    const value = scalarOf(raw);
    if (value === UNSURE) return null;
    data[key] = value;
  }
  return data;
}
