// Locating and reading a note's frontmatter with yaml's Document API. Editing (frontmatter-edit.ts) parses with the same parseBlock, so what it
// refuses is what reading reports as a problem.
import { isAlias, isMap, isScalar, parseDocument, type Document } from "yaml";
import { message, type ProblemMessage } from "../i18n";
import { refusal } from "./edit-result";
import { BOM, dominantEol, LINE_BREAK, lineAt, lineNumberAt, startOfLine, trimmedEnd } from "./text";

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
  | FrontmatterProblem;

/** Unreadable frontmatter: what is wrong as a message (the YAML parser's own detail stays in its English) and in English words. */
export interface FrontmatterProblem {
  kind: "problem";
  reason: string;
  message: ProblemMessage;
  line?: number;
}

/** The fence lines of a frontmatter block: `---` opens it, `---` or `...` closes it; blanks may follow. */
const FRONTMATTER_OPEN = /^---[ \t]*$/;
const FRONTMATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** Where the frontmatter sits, or null when the note has none. Reads only the block's own lines. */
export function locateFrontmatter(text: string): FrontmatterBlock | null {
  const start = text.startsWith(BOM) ? BOM.length : 0;
  if (!text.startsWith("---", start)) return null; // most notes without frontmatter stop here
  const opening = lineAt(text, start);
  if (!FRONTMATTER_OPEN.test(text.slice(start, opening.contentEnd))) return null;
  const bodyStart = opening.next;
  const eol = (opening.eol || dominantEol(text)) as FrontmatterBlock["eol"];
  for (let lineStart = bodyStart; lineStart < text.length; ) {
    const line = lineAt(text, lineStart);
    if (FRONTMATTER_CLOSE.test(text.slice(lineStart, line.contentEnd))) return { start, bodyStart, bodyEnd: lineStart, end: line.next, eol, closed: true };
    lineStart = line.next;
  }
  return { start, bodyStart, bodyEnd: text.length, end: text.length, eol, closed: false };
}

/**
 * Whether text put at `offset` would land inside the frontmatter: anywhere before the end of its closing
 * fence's line. An unclosed block is no frontmatter (Obsidian shows it as text).
 */
export function isInsideFrontmatter(text: string, offset: number): boolean {
  const block = locateFrontmatter(text);
  return block !== null && block.closed && offset < lineAt(text, block.bodyEnd).contentEnd;
}

type Parsed = { ok: true; doc: Document.Parsed; data: Record<string, unknown> } | { ok: false; reason: string; message: ProblemMessage; line?: number };

function unreadable(text: ProblemMessage, line?: number): Parsed {
  return line === undefined ? refusal(text) : { ...refusal(text), line };
}

export function parseBlock(text: string, block: FrontmatterBlock): Parsed {
  if (!block.closed) return unreadable(message("frontmatter.unclosed"), 1);
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
      return unreadable(readableYamlError(error.message, error.code, lineText, line), line);
    }
    if (doc.contents === null) return { ok: true, doc, data: {} };
    if (!isMap(doc.contents)) {
      const line = lineNumberAt(text, block.bodyStart + (doc.contents.range?.[0] ?? 0));
      return unreadable(message(isScalar(doc.contents) || isAlias(doc.contents) ? "frontmatter.singleValue" : "frontmatter.list"), line);
    }
    return { ok: true, doc, data: doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown> };
  } catch (error) {
    // yaml throws only on pathological input (alias bombs); report it like any other problem.
    return unreadable(message("frontmatter.unreadable", { detail: error instanceof Error ? error.message : String(error) }));
  }
}

function readableYamlError(yamlMessage: string, code: string, lineText: string, line: number): ProblemMessage {
  if (code === "DUPLICATE_KEY") {
    const key = /^\s*([^:]+):/.exec(lineText)?.[1]?.trim();
    return key ? message("frontmatter.keyTwice", { key, line }) : message("frontmatter.aKeyTwice", { line });
  }
  // Without prettyErrors, yaml's message is one line and names no position: the problem gives the line.
  return message("frontmatter.notYaml", { detail: yamlMessage, line });
}

/** The frontmatter's data. `block` is what `locateFrontmatter` found, when the caller has it already. */
export function readFrontmatter(text: string, block: FrontmatterBlock | null = locateFrontmatter(text)): FrontmatterRead {
  if (!block) return { kind: "none" };
  const plain = block.closed ? plainLinesData(text.slice(block.bodyStart, block.bodyEnd)) : undefined;
  if (plain !== undefined) return { kind: "ok", data: plain, block };
  const parsed = parseBlock(text, block);
  if (parsed.ok) return { kind: "ok", data: parsed.data, block };
  const problem: FrontmatterProblem = { kind: "problem", reason: parsed.reason, message: parsed.message };
  return parsed.line === undefined ? problem : { ...problem, line: parsed.line };
}

/** A frontmatter's values by key, for a reader that only looks keys up. */
export interface FrontmatterValues {
  /** The value of `key`, or undefined when there is no such key. */
  get(key: string): unknown;
}

export type FrontmatterValuesRead = { kind: "none" } | { kind: "ok"; values: FrontmatterValues } | FrontmatterProblem;

/** `readFrontmatter` for a reader that only looks keys up. */
export function readFrontmatterValues(text: string, block: FrontmatterBlock | null): FrontmatterValuesRead {
  const read = readFrontmatter(text, block);
  return read.kind === "ok" ? { kind: "ok", values: valuesOf(read.data) } : read;
}

/** A record's own keys as `FrontmatterValues`. */
export function valuesOf(data: Record<string, unknown>): FrontmatterValues {
  return { get: (key) => (Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined) };
}

// The shapes of frontmatter whose meaning in YAML is beyond doubt. A line is `key: value`, or `- value` in
// a list under a key without a value. A key is a plain word; a value is empty (null; not in a list), true
// or false, a plain integer, an ISO date, text that starts with a letter and has no `#` or `:`, or text in
// quotes without escapes. Anything else is yaml's to read.
const PLAIN_LINE = /^([A-Za-z_][\w-]{0,63}):(?: (.*))?$/;
const LIST_ITEM = /^( *)- (.*)$/;
const PLAIN_INTEGER = /^(?:0|-?[1-9]\d{0,14})$/;
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Control, format and separator characters other than the space (tabs, line separators, BOMs, lone
// surrogates) are left to yaml, in text and in quotes.
const PLAIN_TEXT = /^\p{L}(?:[^#:\p{C}\p{Z}]| )*$/u;
const QUOTED = /^(?:"((?:[^"\\\p{C}\p{Z}]| )*)"|'((?:[^'\p{C}\p{Z}]| )*)')$/u;
/** Words YAML's core schema reads as something other than text, in any of their spellings. */
const YAML_WORDS = /^(true|false|null)$/i;

/**
 * The data of frontmatter made only of the plain shapes above (the common case), read without yaml;
 * undefined for anything else or a key given twice, and then yaml reads the whole block. What it gives
 * is what yaml gives for the same lines.
 */
function plainLinesData(lines: string): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  // The key without a value just read, whose list may follow, and that list's items and indent.
  let listKey: string | null = null;
  let items: unknown[] = [];
  let itemIndent = 0;
  for (const line of lines.split(LINE_BREAK)) {
    const item = LIST_ITEM.exec(line);
    if (item !== null) {
      const [, indent = "", raw = ""] = item;
      const value = plainValue(raw);
      if (listKey === null || value === undefined || value === null || (items.length > 0 && indent.length !== itemIndent)) return undefined;
      itemIndent = indent.length;
      items.push(value);
      data[listKey] = items;
      continue;
    }
    listKey = null;
    if (line === "") continue;
    const match = PLAIN_LINE.exec(line);
    if (match === null) return undefined;
    const [, key = "", raw = ""] = match;
    const value = plainValue(raw);
    if (value === undefined || YAML_WORDS.test(key) || key === "__proto__" || Object.prototype.hasOwnProperty.call(data, key)) return undefined;
    data[key] = value;
    if (value === null) {
      listKey = key;
      items = [];
    }
  }
  return data;
}

/** A value's meaning when it is one of the plain shapes (blanks around it aside), else undefined. */
function plainValue(text: string): unknown {
  const raw = text.startsWith(" ") || text.endsWith(" ") ? text.replace(/^ +| +$/g, "") : text;
  if (raw === "") return null;
  if (raw === "true" || raw === "false") return raw === "true";
  if (PLAIN_INTEGER.test(raw)) return Number(raw);
  if (PLAIN_DATE.test(raw) || (PLAIN_TEXT.test(raw) && !YAML_WORDS.test(raw))) return raw;
  const quoted = QUOTED.exec(raw);
  return quoted ? (quoted[1] ?? quoted[2]) : undefined;
}

/**
 * The frontmatter `type`, found by scanning lines rather than parsing, so the index skips ordinary notes
 * cheaply. A value that is not one of the plain shapes (escapes, tags, odd quoting) falls back to the full parse.
 * An unclosed block is scanned to the end, so a broken mentoring note is still recognised and reported.
 * `block` is what `locateFrontmatter` found, when the caller has it already.
 */
export function readFrontmatterType(text: string, block: FrontmatterBlock | null = locateFrontmatter(text)): string | null {
  if (!block) return null;
  const lineStart = typeLineStart(text, block);
  if (lineStart === -1) return null;
  // Only spaces and tabs are YAML blanks; String.trim would also eat U+2028 or a no-break space.
  let from = lineStart + 5;
  const to = trimmedEnd(text, lineAt(text, lineStart).contentEnd, " \t", from);
  while (from < to && (text[from] === " " || text[from] === "\t")) from += 1;
  const raw = text.slice(from, to);
  const value = plainValue(raw.includes("#") ? raw.replace(/[ \t]+#.*$/, "") : raw);
  if (value === undefined) return typeByFullParse(text);
  return typeof value === "string" ? value : null;
}

/** Where the block's first line that starts with `type:` starts, or -1; found by indexOf when the block has no CR. */
function typeLineStart(text: string, block: FrontmatterBlock): number {
  const lines = text.slice(block.bodyStart, block.bodyEnd);
  if (!lines.includes("\r")) {
    if (lines.startsWith("type:")) return block.bodyStart;
    const at = lines.indexOf("\ntype:");
    return at === -1 ? -1 : block.bodyStart + at + 1;
  }
  for (let lineStart = block.bodyStart; lineStart < block.bodyEnd; lineStart = lineAt(text, lineStart).next) {
    if (text.startsWith("type:", lineStart)) return lineStart;
  }
  return -1;
}

function typeByFullParse(text: string): string | null {
  const read = readFrontmatter(text);
  const type = read.kind === "ok" ? read.data["type"] : null;
  return typeof type === "string" ? type : null;
}
