// The one module that reads and edits a note's frontmatter. Reading parses with yaml's Document API;
// editing parses too, then splices only the changed key's bytes into the original text, because
// yaml's own toString re-indents lists, re-folds long strings and moves blank lines and comments.
import { isAlias, isMap, isScalar, isSeq, parseDocument, Scalar, stringify, type Document, type Node, type Pair } from "yaml";
import type { EditResult } from "./types";
import { BOM, dominantEol, hasCrBetween, lineEndFrom } from "./text";
import { knownValueAt, readSimpleEntries } from "./frontmatter-fast";

export type FrontmatterValue = string | number | boolean | null | string[];

export interface FrontmatterBlock {
  /** Offset of the opening `---` (after a BOM). */
  start: number;
  /** Offset of the first YAML line, just after the opening fence's line ending. */
  bodyStart: number;
  /** Offset of the closing fence line; the text length when the block is not closed. */
  bodyEnd: number;
  /** Offset just after the closing fence line's ending; the text length when not closed. */
  end: number;
  /** The opening fence's line ending: what new lines in the block use. */
  eol: "\n" | "\r\n" | "\r";
  closed: boolean;
}

export type FrontmatterRead =
  | { kind: "none" }
  | { kind: "ok"; data: Record<string, unknown>; block: FrontmatterBlock }
  | { kind: "problem"; reason: string; line?: number };

const NEWLINE = /\r\n|\n|\r/g;

/** Where the line starting at `from` ends: content end and the offset after its line ending. */
function lineAt(text: string, from: number): { contentEnd: number; next: number; eol: string } {
  NEWLINE.lastIndex = from;
  const match = NEWLINE.exec(text);
  if (!match) return { contentEnd: text.length, next: text.length, eol: "" };
  return { contentEnd: match.index, next: match.index + match[0].length, eol: match[0] };
}


/** The offset after the line ending at `contentEnd` (CRLF counts as one ending). */
function afterEnding(text: string, contentEnd: number): number {
  const code = text.charCodeAt(contentEnd);
  if (code === 0x0d) return text.charCodeAt(contentEnd + 1) === 0x0a ? contentEnd + 2 : contentEnd + 1;
  return code === 0x0a ? contentEnd + 1 : contentEnd;
}

/** A fence line `text[start, end)`: `---` (or `...` to close) with nothing after it but blanks. */
function isFenceAt(text: string, start: number, end: number, closing: boolean): boolean {
  if (end - start < 3 || !(text.startsWith("---", start) || (closing && text.startsWith("...", start)))) return false;
  for (let i = start + 3; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}

/**
 * Where the frontmatter sits, or null when the note has none. Reads only the block's own lines, by offsets.
 * With `into`, the answer is written there (and `into` given back) instead of into a new object: the index
 * asks this of every note, and keeps none of the answers.
 */
export function locateFrontmatter(text: string, into?: FrontmatterBlock): FrontmatterBlock | null {
  const start = text.startsWith(BOM) ? BOM.length : 0;
  if (!text.startsWith("---", start)) return null; // most notes without frontmatter stop here
  const block = into ?? { start, bodyStart: 0, bodyEnd: 0, end: 0, eol: "\n", closed: false };
  const found = locateByLf(text, start, block) ?? locateByChars(text, start, block);
  return found ? block : null;
}

/** Fills `block` and gives true. */
function fill(block: FrontmatterBlock, start: number, bodyStart: number, bodyEnd: number, end: number, eol: FrontmatterBlock["eol"], closed: boolean): true {
  block.start = start;
  block.bodyStart = bodyStart;
  block.bodyEnd = bodyEnd;
  block.end = end;
  block.eol = eol;
  block.closed = closed;
  return true;
}

/**
 * `locateFrontmatter` with lines found by `indexOf("\n")`, far cheaper than reading every character;
 * undefined when the lines it read hold a CR (CRLF or old Mac endings), which `locateByChars` handles.
 */
function locateByLf(text: string, start: number, block: FrontmatterBlock): boolean | undefined {
  const openingLf = text.indexOf("\n", start);
  const openingEnd = openingLf === -1 ? text.length : openingLf;
  const bodyStart = openingLf === -1 ? text.length : openingLf + 1;
  if (!isFenceAt(text, start, openingEnd, false)) return hasCrBetween(text, start, bodyStart) ? undefined : false;
  const eol: FrontmatterBlock["eol"] = openingLf === -1 ? dominantEol(text) : "\n";
  let lineStart = bodyStart;
  while (lineStart < text.length) {
    const lf = text.indexOf("\n", lineStart);
    const contentEnd = lf === -1 ? text.length : lf;
    const next = lf === -1 ? text.length : lf + 1;
    if (isFenceAt(text, lineStart, contentEnd, true)) {
      return hasCrBetween(text, start, next) ? undefined : fill(block, start, bodyStart, lineStart, next, eol, true);
    }
    lineStart = next;
  }
  return hasCrBetween(text, start, text.length) ? undefined : fill(block, start, bodyStart, text.length, text.length, eol, false);
}

function locateByChars(text: string, start: number, block: FrontmatterBlock): boolean {
  const openingEnd = lineEndFrom(text, start);
  if (!isFenceAt(text, start, openingEnd, false)) return false;
  const bodyStart = afterEnding(text, openingEnd);
  const openingEol = text.slice(openingEnd, bodyStart);
  const eol = (openingEol || dominantEol(text)) as FrontmatterBlock["eol"];
  let lineStart = bodyStart;
  while (lineStart < text.length) {
    const contentEnd = lineEndFrom(text, lineStart);
    const next = afterEnding(text, contentEnd);
    if (isFenceAt(text, lineStart, contentEnd, true)) return fill(block, start, bodyStart, lineStart, next, eol, true);
    lineStart = next;
  }
  return fill(block, start, bodyStart, text.length, text.length, eol, false);
}

/** 1-based line in the note of an offset. */
function lineNumberAt(text: string, offset: number): number {
  let line = 1;
  NEWLINE.lastIndex = 0;
  for (let match = NEWLINE.exec(text); match && match.index < offset; match = NEWLINE.exec(text)) line += 1;
  return line;
}

type Parsed = { ok: true; doc: Document.Parsed; data: Record<string, unknown> } | { ok: false; reason: string; line?: number };

function parseBlock(text: string, block: FrontmatterBlock): Parsed {
  if (!block.closed) {
    return { ok: false, reason: "frontmatter starts on line 1 but has no closing ---", line: 1 };
  }
  // yaml breaks lines only at LF and CRLF; a lone CR (old Mac notes, mixed endings) becomes LF, which
  // keeps every offset, so node ranges still point into the original text.
  const source = text.slice(block.bodyStart, block.bodyEnd).replace(/\r(?!\n)/g, "\n");
  try {
    const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false, logLevel: "error" });
    const error = doc.errors[0];
    if (error) {
      const line = lineNumberAt(text, block.bodyStart + (error.pos[0] ?? 0));
      const lineStart = startOfLine(text, block.bodyStart + (error.pos[0] ?? 0));
      const lineText = text.slice(lineStart, lineAt(text, lineStart).contentEnd);
      return { ok: false, reason: `${readableYamlError(error.message, error.code, lineText)} (line ${line})`, line };
    }
    if (doc.contents === null) return { ok: true, doc, data: {} };
    if (!isMap(doc.contents)) {
      const what = isScalar(doc.contents) || isAlias(doc.contents) ? "a single value" : "a list";
      const line = lineNumberAt(text, block.bodyStart + (doc.contents.range?.[0] ?? 0));
      return { ok: false, reason: `frontmatter is ${what}, not a set of key: value lines`, line };
    }
    const data: unknown = doc.toJS({ maxAliasCount: 100 });
    return { ok: true, doc, data: data as Record<string, unknown> };
  } catch (error) {
    // yaml throws only on pathological input (alias bombs); report it like any other problem.
    return { ok: false, reason: `frontmatter cannot be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function readableYamlError(message: string, code: string, lineText: string): string {
  if (code === "DUPLICATE_KEY") {
    const key = /^\s*([^:]+):/.exec(lineText)?.[1]?.trim();
    return key ? `the key \`${key}\` appears twice in the frontmatter` : "a key appears twice in the frontmatter";
  }
  const firstLine = message.split("\n")[0] ?? message;
  const withoutPosition = firstLine.replace(/ at line \d+, column \d+:?$/, "");
  return `the frontmatter is not valid YAML: ${withoutPosition}`;
}

/** The frontmatter's data. `block` is what `locateFrontmatter` found, when the caller has it already. */
export function readFrontmatter(text: string, block: FrontmatterBlock | null = locateFrontmatter(text)): FrontmatterRead {
  if (!block) return { kind: "none" };
  // Plain `key: value` frontmatter is read without yaml (50 times faster, same data); the rest by yaml.
  const simple = block.closed ? readSimpleEntries(text, block.bodyStart, block.bodyEnd) : null;
  if (simple) return { kind: "ok", data: simple.toRecord(), block };
  return readByYaml(text, block, (data) => ({ kind: "ok", data, block }));
}

/** A frontmatter's values by key, for a reader that only looks keys up. */
export interface FrontmatterValues {
  /** The value of `key`, or undefined when there is no such key. */
  get(key: string): unknown;
}

export type FrontmatterValuesRead = { kind: "none" } | { kind: "ok"; values: FrontmatterValues } | { kind: "problem"; reason: string; line?: number };

/**
 * `readFrontmatter` for a reader that only looks keys up, as the index does for every mentoring note: plain
 * frontmatter is read into shared entries, with no object made per key, valid until the next read.
 */
export function readFrontmatterValues(text: string, block: FrontmatterBlock | null): FrontmatterValuesRead {
  if (!block) return { kind: "none" };
  const simple = block.closed ? readSimpleEntries(text, block.bodyStart, block.bodyEnd) : null;
  if (simple) return { kind: "ok", values: simple };
  return readByYaml(text, block, (data) => ({ kind: "ok", values: valuesOf(data) }));
}

/** No values: what a note without readable frontmatter gives. */
export const NO_VALUES: FrontmatterValues = { get: () => undefined };

/** A record's own keys as `FrontmatterValues`. */
export function valuesOf(data: Record<string, unknown>): FrontmatterValues {
  return { get: (key) => (Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined) };
}

function readByYaml<T>(text: string, block: FrontmatterBlock, ok: (data: Record<string, unknown>) => T): T | { kind: "problem"; reason: string; line?: number } {
  const parsed = parseBlock(text, block);
  if (!parsed.ok) return parsed.line === undefined ? { kind: "problem", reason: parsed.reason } : { kind: "problem", reason: parsed.reason, line: parsed.line };
  return ok(parsed.data);
}

const SIMPLE_PLAIN = /^[A-Za-z][\w .-]*$/;
const YAML_WORDS = /^(true|false|null)$/i;

/**
 * The frontmatter `type`, found by scanning lines rather than parsing, so the index skips ordinary notes
 * cheaply. Values that are not a simple word (escapes, tags, odd quoting) fall back to the full parse.
 * An unclosed block is scanned to the end, so a broken mentoring note is still recognised and reported.
 * `block` is what `locateFrontmatter` found, when the caller has it already.
 */
export function readFrontmatterType(text: string, block: FrontmatterBlock | null = locateFrontmatter(text)): string | null {
  if (!block) return null;
  const lineStart = typeLineStart(text, block);
  if (lineStart === -1) return null;
  // Only spaces and tabs are YAML blanks; String.trim would also eat U+2028 or a no-break space.
  let from = lineStart + 5;
  let to = lineEndFrom(text, lineStart);
  while (from < to && (text.charCodeAt(from) === 0x20 || text.charCodeAt(from) === 0x09)) from += 1;
  while (to > from && (text.charCodeAt(to - 1) === 0x20 || text.charCodeAt(to - 1) === 0x09)) to -= 1;
  return knownValueAt(text, from, to) ?? simpleTypeValue(text.slice(from, to)) ?? typeByFullParse(text);
}

/** Where the block's first line that starts with `type:` starts, or -1; found by indexOf when the block has no CR. */
function typeLineStart(text: string, block: FrontmatterBlock): number {
  const lines = text.slice(block.bodyStart, block.bodyEnd);
  if (!lines.includes("\r")) {
    if (lines.startsWith("type:")) return block.bodyStart;
    const at = lines.indexOf("\ntype:");
    return at === -1 ? -1 : block.bodyStart + at + 1;
  }
  let lineStart = block.bodyStart;
  while (lineStart < block.bodyEnd) {
    if (text.startsWith("type:", lineStart)) return lineStart;
    lineStart = afterEnding(text, lineEndFrom(text, lineStart));
  }
  return -1;
}

/** The value if it is unambiguous without YAML; undefined when the full parse must decide. */
function simpleTypeValue(raw: string): string | null | undefined {
  if (raw === "") return null;
  const value = raw.includes("#") ? raw.replace(/[ \t]+#.*$/, "") : raw;
  const quote = value[0];
  if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote)) {
    const inner = value.slice(1, -1);
    return /["'\\]/.test(inner) ? undefined : inner;
  }
  if (SIMPLE_PLAIN.test(value) && !YAML_WORDS.test(value)) return value.trimEnd();
  return undefined;
}

function typeByFullParse(text: string): string | null {
  const read = readFrontmatter(text);
  if (read.kind !== "ok") return null;
  const type = read.data["type"];
  return typeof type === "string" ? type : null;
}

/**
 * One value on one line (`2026-11-22`, `"[[Jane Doe]]"`, `3`). yaml picks the quoting, or keeps the
 * quote style a replaced string had when that style can hold the new text.
 */
function renderScalar(value: string | number | boolean, style?: Scalar.Type): string {
  const node = new Scalar(value);
  if (typeof value === "string" && (style === Scalar.QUOTE_SINGLE || style === Scalar.QUOTE_DOUBLE)) node.type = style;
  return stringify(node, { lineWidth: 0, blockQuote: false }).replace(/\r?\n$/, "");
}

/** The text after `key:`, as lines: a scalar on the key's line, a list as block items below it. */
function renderValueLines(value: FrontmatterValue, itemIndent = "  "): string[] {
  if (value === null) return [""];
  if (!Array.isArray(value)) return [` ${renderScalar(value)}`];
  if (value.length === 0) return [" []"];
  return ["", ...value.map((item) => `${itemIndent}- ${renderScalar(item)}`)];
}

function renderEntry(indent: string, key: string, value: FrontmatterValue, eol: string): string {
  const [first = "", ...rest] = renderValueLines(value);
  return [`${indent}${renderScalar(key)}:${first}`, ...rest.map((line) => indent + line)].join(eol);
}

/** A frontmatter block for a new note: `---`, the entries in order, `---`. */
export function renderFrontmatter(entries: ReadonlyArray<readonly [string, FrontmatterValue]>, eol = "\n"): string {
  const lines = entries.map(([key, value]) => renderEntry("", key, value, eol) + eol);
  return `---${eol}${lines.join("")}---${eol}`;
}

function sameValue(current: unknown, wanted: FrontmatterValue): boolean {
  if (Array.isArray(wanted)) {
    return Array.isArray(current) && current.length === wanted.length && wanted.every((item, i) => current[i] === item);
  }
  if (typeof wanted === "number" && typeof current === "number") return Object.is(current, wanted) || current === wanted;
  return current === wanted || (wanted === null && current === undefined);
}

interface Splice {
  from: number;
  to: number;
  insert: string;
}

/**
 * Sets, replaces (or, for `undefined`, deletes) frontmatter keys and changes no other byte: other keys,
 * comments, quoting, blank lines, the body and line endings stay as they are. New keys go at the end of
 * the block; a note without frontmatter gets one at the top. Broken frontmatter is refused, never fixed.
 */
export function setFrontmatterKeys(text: string, updates: Readonly<Record<string, FrontmatterValue | undefined>>): EditResult {
  const block = locateFrontmatter(text);
  if (!block) return addFrontmatter(text, updates);
  const parsed = parseBlock(text, block);
  if (!parsed.ok) return { ok: false, reason: `The frontmatter was left unchanged because ${parsed.reason}.` };
  const map = parsed.doc.contents;
  if (map !== null && (!isMap(map) || map.flow)) {
    return { ok: false, reason: "The frontmatter is written as one {…} map; edit it by hand or write it as key: value lines." };
  }
  const pairs = (map?.items ?? []) as Array<Pair<unknown, unknown>>;
  const offset = block.bodyStart;
  const splices: Splice[] = [];
  const appended: string[] = [];
  const indent = keyIndent(text, pairs[0], offset);
  for (const [key, wanted] of Object.entries(updates)) {
    const pair = pairs.find((candidate) => isScalar(candidate.key) && String(candidate.key.value) === key);
    if (!pair) {
      if (wanted !== undefined) appended.push(renderEntry(indent, key, wanted, block.eol) + block.eol);
      continue;
    }
    if (wanted !== undefined && sameValue(parsed.data[key], wanted)) continue;
    const splice = spliceForPair(text, pair, offset, key, wanted, block.eol);
    if (typeof splice === "string") return { ok: false, reason: splice };
    splices.push(splice);
  }
  if (appended.length > 0) splices.push({ from: block.bodyEnd, to: block.bodyEnd, insert: appended.join("") });
  if (splices.length === 0) return { ok: true, text, changed: false };
  return verified(text, applySplices(text, splices), parsed.data, updates);
}

function addFrontmatter(text: string, updates: Readonly<Record<string, FrontmatterValue | undefined>>): EditResult {
  const entries = Object.entries(updates).filter((entry): entry is [string, FrontmatterValue] => entry[1] !== undefined);
  if (entries.length === 0) return { ok: true, text, changed: false };
  const at = text.startsWith(BOM) ? BOM.length : 0;
  const next = text.slice(0, at) + renderFrontmatter(entries, dominantEol(text)) + text.slice(at);
  return verified(text, next, {}, updates);
}

/** The indentation of the mapping's keys (column 0 in nearly every note). */
function keyIndent(text: string, first: Pair<unknown, unknown> | undefined, offset: number): string {
  const keyStart = first && isNode(first.key) ? first.key.range?.[0] : undefined;
  if (keyStart === undefined) return "";
  const lineStart = startOfLine(text, offset + keyStart);
  const before = text.slice(lineStart, offset + keyStart);
  return /^[ \t]*$/.test(before) ? before : "";
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && "range" in value;
}

function startOfLine(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== "\n" && text[i - 1] !== "\r") i -= 1;
  return i;
}

/** Offset just before any line endings that close the range `[from, to)`. */
function trimTrailingNewlines(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && (text[end - 1] === "\n" || text[end - 1] === "\r")) end -= 1;
  return end;
}

function spliceForPair(
  text: string,
  pair: Pair<unknown, unknown>,
  offset: number,
  key: string,
  wanted: FrontmatterValue | undefined,
  eol: string,
): Splice | string {
  const keyNode = pair.key as Node;
  const keyRange = keyNode.range;
  const value = isNode(pair.value) ? pair.value : null;
  if (!keyRange) return `The key \`${key}\` could not be located in the frontmatter.`;
  if (value && !isAlias(value) && value.anchor) {
    return `The key \`${key}\` carries a YAML anchor that other keys may use; edit it by hand.`;
  }
  const keyStart = offset + keyRange[0];
  const lineStart = startOfLine(text, keyStart);
  if (!/^[ \t]*$/.test(text.slice(lineStart, keyStart))) {
    return `The key \`${key}\` is written in a form this plugin does not edit (it does not start its line).`;
  }
  const valueRange = value?.range;
  const valueStart = valueRange ? offset + valueRange[0] : offset + keyRange[1];
  const valueEnd = trimTrailingNewlines(text, valueStart, valueRange ? offset + valueRange[1] : offset + keyRange[1]);
  // A scalar replaced by a scalar: only the value's own bytes change, so a trailing comment stays.
  const inPlace =
    wanted !== undefined && wanted !== null && !Array.isArray(wanted) && isScalar(value) && !value.tag && valueEnd > valueStart;
  if (inPlace) return { from: valueStart, to: valueEnd, insert: renderScalar(wanted, value.type) };
  const last = lineAt(text, Math.max(valueEnd, offset + keyRange[1]));
  if (wanted === undefined) return { from: lineStart, to: afterIndentedComments(text, last.next), insert: "" };
  const indent = text.slice(lineStart, keyStart);
  const keySource = text.slice(keyStart, offset + keyRange[1]);
  // A list replacing a block list keeps that list's indentation (`- a` or `  - a`).
  const itemIndent = isSeq(value) && !value.flow ? text.slice(startOfLine(text, valueStart), valueStart).slice(indent.length) : "  ";
  const [first = "", ...rest] = renderValueLines(wanted, /^[ \t]*$/.test(itemIndent) ? itemIndent : "  ");
  const insert = [`${indent}${keySource}:${first}`, ...rest.map((line) => indent + line)].join(eol);
  return { from: lineStart, to: last.contentEnd, insert };
}

function applySplices(text: string, splices: Splice[]): string {
  let out = text;
  for (const splice of [...splices].sort((a, b) => b.from - a.from)) {
    out = out.slice(0, splice.from) + splice.insert + out.slice(splice.to);
  }
  return out;
}

/**
 * Comment lines indented under a deleted key go with it: left behind, they could join the value of the
 * key above (a `|` block would take them in as text).
 */
function afterIndentedComments(text: string, from: number): number {
  let end = from;
  for (;;) {
    const line = lineAt(text, end);
    if (line.next === end || !/^[ \t]+#/.test(text.slice(end, line.contentEnd))) return end;
    end = line.next;
  }
}

/**
 * A safety net: the edited text must read back as the old data with exactly the requested changes, or
 * nothing is written. It catches any YAML subtlety the splicing did not foresee.
 */
function verified(
  before: string,
  after: string,
  oldData: Record<string, unknown>,
  updates: Readonly<Record<string, FrontmatterValue | undefined>>,
): EditResult {
  const read = readFrontmatter(after);
  const expected: Record<string, unknown> = { ...oldData };
  for (const [key, value] of Object.entries(updates)) {
    if (value === undefined) delete expected[key];
    else expected[key] = value;
  }
  if (read.kind !== "ok" || !sameData(read.data, expected)) {
    return { ok: false, reason: "The frontmatter could not be edited safely, so the note was left unchanged." };
  }
  return { ok: true, text: after, changed: after !== before };
}

/** Deep equality of parsed YAML data (plain objects, arrays, scalars, dates). */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b) || a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  }
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  return (
    aKeys.length === Object.keys(b).length &&
    aKeys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && sameData((a as Record<string, unknown>)[key], bRecord[key]))
  );
}
