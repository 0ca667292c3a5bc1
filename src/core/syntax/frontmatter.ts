// Locating and reading a note's frontmatter with yaml's Document API. Editing (frontmatter-edit.ts) parses with the same parseBlock, so what it
// refuses is what reading reports as a problem.
import { isAlias, isMap, isScalar, parseDocument, type Document } from "yaml";
import { message, type ProblemMessage } from "../i18n";
import { refusal } from "./edit-result";
import { BOM, dominantEol, lineAt, lineEndFrom, lineNumberAt, startOfLine } from "./text";

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

/** Where the frontmatter sits, or null when the note has none. Reads only the block's own lines. */
export function locateFrontmatter(text: string): FrontmatterBlock | null {
  const start = text.startsWith(BOM) ? BOM.length : 0;
  if (!text.startsWith("---", start)) return null; // most notes without frontmatter stop here
  const openingEnd = lineEndFrom(text, start);
  if (!isFenceAt(text, start, openingEnd, false)) return null;
  const bodyStart = afterEnding(text, openingEnd);
  const eol = (text.slice(openingEnd, bodyStart) || dominantEol(text)) as FrontmatterBlock["eol"];
  for (let lineStart = bodyStart; lineStart < text.length; ) {
    const contentEnd = lineEndFrom(text, lineStart);
    const next = afterEnding(text, contentEnd);
    if (isFenceAt(text, lineStart, contentEnd, true)) return { start, bodyStart, bodyEnd: lineStart, end: next, eol, closed: true };
    lineStart = next;
  }
  return { start, bodyStart, bodyEnd: text.length, end: text.length, eol, closed: false };
}

type Parsed = { ok: true; doc: Document.Parsed; data: Record<string, unknown> } | { ok: false; reason: string; message: ProblemMessage; line?: number };

function unreadable(text: ProblemMessage, line?: number): Parsed {
  return line === undefined ? refusal(text) : { ...refusal(text), line };
}

export function parseBlock(text: string, block: FrontmatterBlock): Parsed {
  if (!block.closed) {
    return unreadable(message("frontmatter.unclosed"), 1);
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
      return unreadable(readableYamlError(error.message, error.code, lineText, line), line);
    }
    if (doc.contents === null) return { ok: true, doc, data: {} };
    if (!isMap(doc.contents)) {
      const line = lineNumberAt(text, block.bodyStart + (doc.contents.range?.[0] ?? 0));
      return unreadable(message(isScalar(doc.contents) || isAlias(doc.contents) ? "frontmatter.singleValue" : "frontmatter.list"), line);
    }
    const data: unknown = doc.toJS({ maxAliasCount: 100 });
    return { ok: true, doc, data: data as Record<string, unknown> };
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
  const firstLine = yamlMessage.split("\n")[0] ?? yamlMessage;
  return message("frontmatter.notYaml", { detail: firstLine.replace(/ at line \d+, column \d+:?$/, ""), line });
}

/** The frontmatter's data. `block` is what `locateFrontmatter` found, when the caller has it already. */
export function readFrontmatter(text: string, block: FrontmatterBlock | null = locateFrontmatter(text)): FrontmatterRead {
  if (!block) return { kind: "none" };
  return readByYaml(text, block, (data) => ({ kind: "ok", data, block }));
}

/** A frontmatter's values by key, for a reader that only looks keys up. */
export interface FrontmatterValues {
  /** The value of `key`, or undefined when there is no such key. */
  get(key: string): unknown;
}

export type FrontmatterValuesRead = { kind: "none" } | { kind: "ok"; values: FrontmatterValues } | FrontmatterProblem;

/** `readFrontmatter` for a reader that only looks keys up. */
export function readFrontmatterValues(text: string, block: FrontmatterBlock | null): FrontmatterValuesRead {
  if (!block) return { kind: "none" };
  return readByYaml(text, block, (data) => ({ kind: "ok", values: valuesOf(data) }));
}

/** No values: what a note without readable frontmatter gives. */
export const NO_VALUES: FrontmatterValues = { get: () => undefined };

/** A record's own keys as `FrontmatterValues`. */
export function valuesOf(data: Record<string, unknown>): FrontmatterValues {
  return { get: (key) => (Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined) };
}

function readByYaml<T>(text: string, block: FrontmatterBlock, ok: (data: Record<string, unknown>) => T): T | FrontmatterProblem {
  const parsed = parseBlock(text, block);
  if (!parsed.ok) {
    const problem: FrontmatterProblem = { kind: "problem", reason: parsed.reason, message: parsed.message };
    return parsed.line === undefined ? problem : { ...problem, line: parsed.line };
  }
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
  return simpleTypeValue(text.slice(from, to)) ?? typeByFullParse(text);
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
