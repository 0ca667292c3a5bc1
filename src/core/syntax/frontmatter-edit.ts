// Writing and editing a note's frontmatter. Editing parses the block, then splices only the changed keys'
// bytes into the original text, because yaml's own toString re-indents lists, re-folds long strings and
// moves blank lines and comments; the result must read back as asked (verified) or nothing is written.
import { isAlias, isMap, isNode, isScalar, isSeq, Lexer, Scalar, stringify, type Node, type Pair } from "yaml";
import { message, type ProblemMessage } from "../i18n";
import { refusal, type EditResult } from "./edit-result";
import { BOM, dominantEol, lineAt, startOfLine, trimmedEnd } from "./text";
import { sameData } from "./same-data";
import { locateFrontmatter, parseBlock, readFrontmatter, type FrontmatterValue } from "./frontmatter";

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

/** `key: value` as lines at `indent`; `keySource` is the key as written (`renderScalar(key)` for a new one). */
function renderEntry(indent: string, keySource: string, value: FrontmatterValue, eol: string, itemIndent?: string): string {
  const [first = "", ...rest] = renderValueLines(value, itemIndent);
  return [`${indent}${keySource}:${first}`, ...rest.map((line) => indent + line)].join(eol);
}

/**
 * The blanks, line breaks and comments that end YAML text, or null when a comment comes before them.
 * yaml's own lexer tells them apart: a `#` in a quoted or block value is no comment.
 */
function commentsAtEnd(yaml: string): string | null {
  const tokens = [...new Lexer().lex(yaml)];
  let start = tokens.length;
  while (start > 0 && (tokens[start - 1]?.trim() === "" || tokens[start - 1]?.startsWith("#"))) start -= 1;
  return tokens.slice(0, start).some((token) => token.startsWith("#")) ? null : tokens.slice(start).join("");
}

/** A frontmatter block for a new note: `---`, the entries in order, `---`. */
export function renderFrontmatter(entries: ReadonlyArray<readonly [string, FrontmatterValue]>, eol = "\n"): string {
  const lines = entries.map(([key, value]) => renderEntry("", renderScalar(key), value, eol) + eol);
  return `---${eol}${lines.join("")}---${eol}`;
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
  if (!parsed.ok) return refusal(message("frontmatter.leftUnchanged", { reason: parsed.message }));
  const map = parsed.doc.contents;
  if (map !== null && (!isMap(map) || map.flow)) return refusal(message("frontmatter.flowMap"));
  const pairs = (map?.items ?? []) as Array<Pair<unknown, unknown>>;
  const offset = block.bodyStart;
  const splices: Splice[] = [];
  const appended: string[] = [];
  const indent = keyIndent(text, pairs[0], offset);
  for (const [key, wanted] of Object.entries(updates)) {
    const pair = pairs.find((candidate) => isScalar(candidate.key) && String(candidate.key.value) === key);
    if (!pair) {
      if (wanted !== undefined) appended.push(renderEntry(indent, renderScalar(key), wanted, block.eol) + block.eol);
      continue;
    }
    if (wanted !== undefined && sameData(parsed.data[key], wanted)) continue;
    const splice = spliceForPair(text, pair, offset, key, wanted, block.eol);
    if ("key" in splice) return refusal(splice);
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
  const before = text.slice(startOfLine(text, offset + keyStart), offset + keyStart);
  return /^[ \t]*$/.test(before) ? before : "";
}

function spliceForPair(
  text: string,
  pair: Pair<unknown, unknown>,
  offset: number,
  key: string,
  wanted: FrontmatterValue | undefined,
  eol: string,
): Splice | ProblemMessage {
  const keyRange = (pair.key as Node).range;
  const value = isNode(pair.value) ? pair.value : null;
  if (!keyRange) return message("frontmatter.keyNotFound", { key });
  if (value && !isAlias(value) && value.anchor) return message("frontmatter.keyAnchor", { key });
  const keyStart = offset + keyRange[0];
  const keyEnd = offset + keyRange[1];
  const lineStart = startOfLine(text, keyStart);
  if (!/^[ \t]*$/.test(text.slice(lineStart, keyStart))) return message("frontmatter.keyNotAtLineStart", { key });
  const valueRange = value?.range;
  const valueStart = valueRange ? offset + valueRange[0] : keyEnd;
  const valueEnd = trimmedEnd(text, valueRange ? offset + valueRange[1] : keyEnd, "\r\n", valueStart);
  // A scalar set to a scalar or emptied: only the value's own bytes change, so a comment after it stays
  // (a block scalar with a comment after its `|` is replaced whole, below).
  if (wanted !== undefined && !Array.isArray(wanted) && isScalar(value) && !value.tag && commentsAtEnd(text.slice(valueStart, valueEnd)) === "") {
    // (An empty value is null, so one set to null never gets here.)
    if (wanted === null) return { from: trimmedEnd(text, valueStart, " \t", keyEnd), to: valueEnd, insert: "" };
    if (valueEnd > valueStart) return { from: valueStart, to: valueEnd, insert: renderScalar(wanted, value.type) };
    // An empty value followed by a comment on its line: yaml places the value where the comment starts.
    if (text[valueStart] === "#") return { from: valueStart, to: valueStart, insert: `${renderScalar(wanted)} ` };
  }
  const last = lineAt(text, Math.max(valueEnd, keyEnd));
  if (wanted === undefined) return { from: lineStart, to: afterIndentedComments(text, last.next), insert: "" };
  // Comments after the value stay after the new one; one inside the value would be lost with it.
  const comments = commentsAtEnd(text.slice(lineStart, last.contentEnd));
  if (comments === null) return message("frontmatter.keyComment", { key });
  const indent = text.slice(lineStart, keyStart);
  const keySource = text.slice(keyStart, keyEnd);
  // A list replacing a block list keeps that list's indentation (`- a` or `  - a`).
  const itemIndent = isSeq(value) && !value.flow ? text.slice(startOfLine(text, valueStart), valueStart).slice(indent.length) : "  ";
  const insert = renderEntry(indent, keySource, wanted, eol, /^[ \t]*$/.test(itemIndent) ? itemIndent : "  ");
  return { from: lineStart, to: last.contentEnd, insert: insert + comments };
}

/** Applied from the last back to the first, so that each splice's offsets still point into the original text. */
function applySplices(text: string, splices: Splice[]): string {
  const lastFirst = [...splices].sort((a, b) => b.from - a.from);
  return lastFirst.reduce((out, { from, to, insert }) => out.slice(0, from) + insert + out.slice(to), text);
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
  if (read.kind !== "ok" || !sameData(read.data, expected)) return refusal(message("frontmatter.notSafe"));
  return { ok: true, text: after, changed: after !== before };
}

