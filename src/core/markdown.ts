// The one place that knows Markdown's block structure as far as we need it: which lines are frontmatter,
// fenced code, comments or ordinary body, and which body lines are ATX headings. Runs over every note the
// index reads, so it works on char codes and never allocates per character.
import { splitLines, type Line } from "./text";

export type BlockKind = "frontmatter" | "code" | "comment" | "body";

export interface MarkdownLine extends Line {
  /** 0-based line index in the note. */
  index: number;
  block: BlockKind;
}

export interface AtxHeading {
  /** 1 to 6: the number of `#`. */
  level: number;
  /** The heading text, trimmed, closing `#`s removed; may be empty. */
  title: string;
}

const SPACE = 0x20;
const TAB = 0x09;
const HASH = 0x23;
const BACKTICK = 0x60;
const TILDE = 0x7e;
const BOM_CODE = 0xfeff;

/** Index of the first character that is not a space or tab, from `start`. */
function skipBlanks(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code !== SPACE && code !== TAB) break;
    i += 1;
  }
  return i;
}

/** Index after the last character that is not a space or tab. */
function trimEndIndex(text: string, end: number, floor: number): number {
  let i = end;
  while (i > floor) {
    const code = text.charCodeAt(i - 1);
    if (code !== SPACE && code !== TAB) break;
    i -= 1;
  }
  return i;
}

function isBlankFrom(text: string, start: number): boolean {
  return skipBlanks(text, start) === text.length;
}

/** A frontmatter delimiter: `---` (or, to close, `...`), trailing blanks allowed. */
function isDelimiter(text: string, start: number, closing: boolean): boolean {
  if (text.startsWith("---", start)) return isBlankFrom(text, start + 3);
  return closing && text.startsWith("...", start) && isBlankFrom(text, start + 3);
}

/** The line count of the frontmatter (both delimiters included), or 0 when the note has none or it is unclosed. */
function frontmatterLength(lines: readonly Line[]): number {
  const first = lines[0];
  if (!first) return 0;
  const start = first.text.charCodeAt(0) === BOM_CODE ? 1 : 0;
  if (!isDelimiter(first.text, start, false)) return 0;
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i];
    if (line && isDelimiter(line.text, 0, true)) return i + 1;
  }
  return 0; // unclosed: Obsidian shows it as text, and so do we
}

interface Fence {
  char: number;
  length: number;
}

/**
 * A code fence: three or more backticks or tildes. Unlike CommonMark's three-space limit we accept any
 * indentation, because fences nested in list items (indented by the list) are common in notes and their
 * content must not be read as headings or tasks.
 */
function fenceOf(text: string): Fence | null {
  const start = skipBlanks(text, 0);
  const char = text.charCodeAt(start);
  if (char !== BACKTICK && char !== TILDE) return null;
  let end = start;
  while (text.charCodeAt(end) === char) end += 1;
  const length = end - start;
  if (length < 3) return null;
  // A backtick fence's info string may not hold a backtick (else it is inline code such as ```x```).
  if (char === BACKTICK && text.indexOf("`", end) !== -1) return null;
  return { char, length };
}

function closesFence(text: string, open: Fence): boolean {
  const fence = fenceOf(text);
  if (!fence || fence.char !== open.char || fence.length < open.length) return false;
  const start = skipBlanks(text, 0);
  return isBlankFrom(text, start + fence.length);
}

type CommentKind = "html" | "obsidian";

/**
 * Where a comment is still open at the end of `text`, given whether one was open at its start. HTML
 * comments (`<!-- -->`) and Obsidian comments (`%% %%`) both hide headings and tasks.
 */
function commentOpenAfter(text: string, open: CommentKind | null): CommentKind | null {
  let state = open;
  let at = 0;
  for (;;) {
    if (state === "html") {
      const end = text.indexOf("-->", at);
      if (end === -1) return state;
      at = end + 3;
      state = null;
    } else if (state === "obsidian") {
      const end = text.indexOf("%%", at);
      if (end === -1) return state;
      at = end + 2;
      state = null;
    } else {
      const html = text.indexOf("<!--", at);
      const obsidian = text.indexOf("%%", at);
      if (html === -1 && obsidian === -1) return null;
      if (obsidian === -1 || (html !== -1 && html < obsidian)) {
        state = "html";
        at = html + 4;
      } else {
        state = "obsidian";
        at = obsidian + 2;
      }
    }
  }
}

function startsWithCommentOpener(text: string): boolean {
  const start = skipBlanks(text, 0);
  return text.startsWith("<!--", start) || text.startsWith("%%", start);
}

/**
 * Splits a note into lines and says which block each belongs to.
 * - frontmatter: a first line `---` (after an optional BOM) through the closing `---` or `...`;
 *   an unclosed frontmatter is body, as Obsidian shows it.
 * - code: fence lines and everything between them; an unclosed fence runs to the end.
 * - comment, kept simple: a line that starts inside a comment opened on an earlier line (the closing
 *   line included), and a line that opens a comment at its start (after blanks) without closing it.
 *   A comment opened after other text on a line leaves that line body; one that opens and closes on
 *   the same line changes nothing. `<!--` or `%%` inside inline code is not told apart.
 * - body: everything else.
 */
export function scanMarkdown(text: string): MarkdownLine[] {
  const lines = splitLines(text);
  const scanned: MarkdownLine[] = new Array<MarkdownLine>(lines.length);
  const frontmatterEnd = frontmatterLength(lines);
  let fence: Fence | null = null;
  let comment: CommentKind | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as Line;
    let block: BlockKind;
    if (index < frontmatterEnd) {
      block = "frontmatter";
    } else if (fence) {
      block = "code";
      if (closesFence(line.text, fence)) fence = null;
    } else if (comment) {
      block = "comment";
      comment = commentOpenAfter(line.text, comment);
    } else {
      const opened = fenceOf(line.text);
      if (opened) {
        block = "code";
        fence = opened;
      } else {
        comment = commentOpenAfter(line.text, null);
        block = comment && startsWithCommentOpener(line.text) ? "comment" : "body";
      }
    }
    scanned[index] = { text: line.text, eol: line.eol, index, block };
  }
  return scanned;
}

/**
 * Reads an ATX heading (`#` to `######`, then a space, a tab or the end of the line; at most three
 * spaces before it). Closing `#`s are stripped and the title trimmed. A leading BOM is skipped so the
 * first line of a note reads like any other. Setext headings (underlined) are not read.
 */
export function headingOf(line: string): AtxHeading | null {
  const from = line.charCodeAt(0) === BOM_CODE ? 1 : 0;
  let start = from;
  while (start - from < 3 && line.charCodeAt(start) === SPACE) start += 1;
  if (line.charCodeAt(start) !== HASH) return null;
  let after = start;
  while (line.charCodeAt(after) === HASH) after += 1;
  const level = after - start;
  if (level > 6) return null;
  if (after < line.length) {
    const next = line.charCodeAt(after);
    if (next !== SPACE && next !== TAB) return null;
  }
  const contentStart = skipBlanks(line, after);
  let end = trimEndIndex(line, line.length, contentStart);
  // A closing sequence is a run of `#` that is the whole content or follows a blank.
  let hashes = end;
  while (hashes > contentStart && line.charCodeAt(hashes - 1) === HASH) hashes -= 1;
  if (hashes < end) {
    if (hashes === contentStart) end = contentStart;
    else {
      const before = line.charCodeAt(hashes - 1);
      if (before === SPACE || before === TAB) end = trimEndIndex(line, hashes, contentStart);
    }
  }
  return { level, title: line.slice(contentStart, end) };
}
