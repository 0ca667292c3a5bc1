// The one place that knows Markdown's block structure as far as we need it: which lines are frontmatter,
// code, comments or ordinary body, and which body lines start a heading (ATX `## Title`, or setext: a
// paragraph underlined with `===` or `---`). One pass over the note's lines; every test looks at one line.
import { locateFrontmatter } from "./frontmatter";
import { BOM, forEachLine, isBlankLine, type Line } from "./text";

export type BlockKind = "frontmatter" | "code" | "comment" | "body";

export interface MarkdownHeading {
  /** 1 to 6: the number of `#`; a setext heading is 1 (`===`) or 2 (`---`). */
  level: number;
  /** The heading text, trimmed, closing `#`s removed; may be empty. */
  title: string;
  /** A setext heading's underline: the 0-based index of its last line (an ATX heading is one line). */
  underline?: number;
}

export interface MarkdownLine extends Line {
  /** 0-based line index in the note. */
  index: number;
  block: BlockKind;
  /** The heading that starts on this line (a setext heading starts on its paragraph's first line), else null. */
  heading: MarkdownHeading | null;
  /** The comment open where the line starts (never in frontmatter or code), so a reader needs no comment tracking of its own. */
  commentAtStart: Comment | null;
}

/** A fence: three or more backticks or tildes after any indentation (see `scanMarkdown`), then an info string. */
const FENCE = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const CLOSING_HASHES = /(?:^|[ \t]+)#+$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
/** A list item's marker: `-`, `*`, `+`, or one to nine digits and `.` or `)`; task lines are list items too. */
export const LIST_MARKER = "[-*+]|[0-9]{1,9}[.)]";
const LIST_ITEM = new RegExp(`^([ \\t]*)(${LIST_MARKER})([ \\t]+|$)`);
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** A quote, an HTML comment or an ATX heading starts here; see `startsBlock`. */
const BLOCK_START = /^ {0,3}(?:>|<!--|#{1,6}(?:[ \t]|$))/;
/** An Obsidian comment or a table row: no paragraph either, so no setext heading's text. */
const OTHER_BLOCK = /^ {0,3}(?:%%|\|)/;
const INDENTED_CODE = /^(?: {4}|\t| {1,3}\t)/;

/** The column after a line's leading spaces and tabs (a tab moves to the next multiple of four). */
function indentWidth(line: string): number {
  let column = 0;
  for (const char of line) {
    if (char === " ") column += 1;
    else if (char === "\t") column += 4 - (column % 4);
    else break;
  }
  return column;
}

/**
 * Reads an ATX heading (`#` to `######`, then a space, a tab or the end of the line; at most three
 * spaces before it). Closing `#`s are stripped and the title trimmed. A leading BOM is skipped so the
 * first line of a note reads like any other.
 */
export function headingOf(line: string): MarkdownHeading | null {
  const match = ATX.exec(line.startsWith(BOM) ? line.slice(1) : line);
  if (!match) return null;
  const content = match[2] ?? "";
  // A closing sequence is a run of `#` that is the whole content or follows a blank.
  const title = content.replace(CLOSING_HASHES, "").trim();
  return { level: (match[1] as string).length, title };
}

/**
 * Text made safe for a Markdown table cell: a `|` gets a backslash unless one already escapes it (an odd
 * run of backslashes before it). Nothing else changes, so the cell renders as the text does in the note.
 */
export function tableCell(text: string): string {
  return text.replace(/(\\*)\|/g, (pipe, backslashes: string) => (backslashes.length % 2 === 0 ? `${backslashes}\\|` : pipe));
}

/** An open code fence: its character (backtick or tilde) and how many of it opened the block. */
interface Fence {
  char: string;
  length: number;
}

/** The fence a line opens, if it is a fence line; a backtick fence's info string may hold no backtick (```x``` is inline code). */
function fenceOpenedBy(line: string): Fence | null {
  const opened = FENCE.exec(line);
  const run = opened?.[1] ?? "";
  if (!opened || (run[0] === "`" && (opened[2] as string).includes("`"))) return null;
  return { char: run[0] as string, length: run.length };
}

/**
 * Whether a line starts a block that ends a paragraph before it (a heading, a fence, a thematic break, a
 * list item, a quote, an HTML comment), so it is no lazy continuation of that paragraph.
 */
export function startsBlock(line: string): boolean {
  return BLOCK_START.test(line) || fenceOpenedBy(line) !== null || THEMATIC_BREAK.test(line) || LIST_ITEM.test(line);
}

/** Whether a line closes `fence`: the same character, at least as many of it, nothing but blanks after. */
function closesFence(line: string, fence: Fence): boolean {
  const close = FENCE.exec(line);
  return close !== null && (close[1] as string)[0] === fence.char && (close[1] as string).length >= fence.length && isBlankLine(close[2] as string);
}

/** An HTML (`<!-- -->`) or Obsidian (`%% %%`) comment, by its opening. */
export type Comment = "<!--" | "%%";
const CLOSER: Record<Comment, string> = { "<!--": "-->", "%%": "%%" };
/** What opens a comment, or a run of backticks, which may open a code span. */
const OPENER_OR_BACKTICKS = /<!--|%%|`+/;

/**
 * For each run of backticks on the line (by where it starts), where the code span it opens ends: at the
 * end of the next run of exactly as many. A run nothing closes is backticks as written, and a backslash
 * before a run keeps its first backtick out of it. One pass from the right, so a line costs its length.
 */
function codeSpanEnds(line: string): Map<number, number> {
  const nextEndOfLength = new Map<number, number>();
  const ends = new Map<number, number>();
  for (const run of [...line.matchAll(/`+/g)].reverse()) {
    const length = run[0].length;
    const end = nextEndOfLength.get(line[run.index - 1] === "\\" ? length - 1 : length);
    if (end !== undefined) ends.set(run.index, end);
    nextEndOfLength.set(length, run.index + length);
  }
  return ends;
}

/**
 * The line without its comment text, given the comment open at its start; and the comment still open at
 * its end. A code span is literal, comment markers in it too; inside a comment, backticks are its text.
 */
export function visibleText(line: string, open: Comment | null): { text: string; comment: Comment | null } {
  // Without a comment marker there is nothing to hide, in a code span or not.
  if (open === null && !line.includes("<!--") && !line.includes("%%")) return { text: line, comment: null };
  let text = "";
  let comment = open;
  let at = 0;
  let spanEnds: Map<number, number> | null = null;
  // Its own copy: a global pattern keeps where it stopped, which no other reading may share.
  const openers = new RegExp(OPENER_OR_BACKTICKS.source, "g");
  for (;;) {
    if (comment !== null) {
      const close = line.indexOf(CLOSER[comment], at);
      if (close === -1) return { text, comment };
      at = close + CLOSER[comment].length;
      comment = null;
    }
    openers.lastIndex = at;
    const found = openers.exec(line);
    if (found === null) return { text: text + line.slice(at), comment: null };
    const marker = found[0];
    if (marker === "<!--" || marker === "%%") {
      text += line.slice(at, found.index);
      comment = marker;
      at = openers.lastIndex;
    } else {
      spanEnds ??= codeSpanEnds(line);
      const end = spanEnds.get(found.index) ?? openers.lastIndex;
      text += line.slice(at, end);
      at = end;
    }
  }
}

/**
 * Splits a note into lines and says which block each belongs to. The rules:
 * - frontmatter: the block `locateFrontmatter` finds, a first line `---` (after an optional BOM) through
 *   the closing `---` or `...`; an unclosed one is body, as Obsidian shows it.
 * - code: fence lines and everything between them; an unclosed fence runs to the end. Unlike
 *   CommonMark's three-space limit any indentation opens a fence, because fences nested in list items
 *   are common in notes and their content must not be read as headings or tasks. Also an indented code
 *   block: lines indented four columns after a blank line, outside a list (inside one, such a line
 *   continues the list item).
 * - comment, kept simple: a line that starts inside a comment opened on an earlier line (the closing
 *   line included), and a line that opens a comment at its start (after blanks) without closing it.
 *   HTML (`<!-- -->`) and Obsidian (`%% %%`) comments both count. A comment opened after other text on
 *   a line leaves that line body; one that opens and closes on the same line changes nothing. A marker
 *   inside a code span (`` `<!--` ``) is text, as Markdown and Obsidian show it.
 * - body: everything else. A body line can start a heading: ATX, or setext (a paragraph of body lines
 *   underlined with `=` or `-`; `---` after a blank line is a thematic break, not an underline).
 * Lines end at LF, CRLF or a lone CR, as `splitLines` splits them; there is always at least one line.
 */
export function scanMarkdown(text: string): MarkdownLine[] {
  // Lines that start before this offset are frontmatter.
  const frontmatter = locateFrontmatter(text);
  const frontmatterEnd = frontmatter?.closed ? frontmatter.end : 0;
  const scanned: MarkdownLine[] = [];
  let fence: Fence | null = null;
  let comment: Comment | null = null;
  let indentedCode = false;
  /** The content column of the list item the lines are in, -1 outside a list. */
  let listContent = -1;
  /** The first line of the paragraph the previous line belongs to, -1 when it is no paragraph line. */
  let paragraphStart = -1;
  let previousBlank = true;

  forEachLine(text, (lineText, eol, index, start) => {
    const out: MarkdownLine = { text: lineText, eol, index, block: "body", heading: null, commentAtStart: comment };
    scanned.push(out);
    const content = index === 0 && lineText.startsWith(BOM) ? lineText.slice(1) : lineText;
    const blank = isBlankLine(content);
    let paragraph = false;
    if (start < frontmatterEnd) out.block = "frontmatter";
    else if (fence !== null) {
      out.block = "code";
      if (closesFence(content, fence)) fence = null;
    } else if (comment !== null) {
      out.block = "comment";
      comment = visibleText(content, comment).comment;
    } else if (indentedCode && (blank || INDENTED_CODE.test(content))) {
      out.block = "code";
    } else if (!blank && previousBlank && listContent === -1 && INDENTED_CODE.test(content)) {
      out.block = "code";
      indentedCode = true;
    } else {
      indentedCode = false;
      const opened = fenceOpenedBy(content);
      if (opened) {
        out.block = "code";
        fence = opened;
      } else {
        comment = visibleText(content, null).comment;
        const first = content.trimStart();
        if (comment !== null && (first.startsWith("<!--") || first.startsWith("%%"))) out.block = "comment";
        else paragraph = readBodyLine(out, content, blank);
      }
    }
    paragraphStart = paragraph ? (paragraphStart === -1 ? index : paragraphStart) : -1;
    previousBlank = blank || out.block === "frontmatter";
  });
  return scanned;

  /** Reads a body line: its heading, the list it opens or leaves; true when it continues or starts a paragraph. */
  function readBodyLine(out: MarkdownLine, content: string, blank: boolean): boolean {
    if (blank) return false;
    const underline = SETEXT_UNDERLINE.exec(content);
    if (underline && paragraphStart !== -1) {
      const titleLines = scanned.slice(paragraphStart, out.index).map((line) => line.text.trim());
      const level = (underline[1] as string)[0] === "=" ? 1 : 2;
      (scanned[paragraphStart] as MarkdownLine).heading = { level, title: titleLines.join(" "), underline: out.index };
      return false;
    }
    const atx = headingOf(content);
    if (atx) {
      out.heading = atx;
      listContent = -1;
      return false;
    }
    const item = LIST_ITEM.exec(content);
    if (item) {
      listContent = indentWidth(content) + (item[2] as string).length + Math.max(1, (item[3] as string).length);
      return false;
    }
    // After a blank line, a line left of the list item's content ends the list.
    if (listContent !== -1 && previousBlank && indentWidth(content) < listContent) listContent = -1;
    return listContent === -1 && !startsBlock(content) && !OTHER_BLOCK.test(content);
  }
}
