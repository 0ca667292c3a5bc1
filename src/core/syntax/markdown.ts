// The one place that knows Markdown's block structure as far as we need it: which lines are frontmatter,
// fenced code, comments or ordinary body, and which body lines are ATX headings. Runs over every note the
// index reads, so it works on char codes and offsets and allocates nothing per line (`MarkdownWalker`).
import type { Eol, Line } from "./text";

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

const LF = 0x0a;

/** Where a code fence's run of backticks or tildes starts in `text[start, end)`, or -1 when the line is no fence. */
function fenceRunStart(text: string, start: number, end: number): number {
  const at = skipBlanksTo(text, start, end);
  const char = text.charCodeAt(at);
  if (at >= end || (char !== BACKTICK && char !== TILDE)) return -1;
  const runEnd = runEndOf(text, at, end);
  if (runEnd - at < 3) return -1;
  // A backtick fence's info string may not hold a backtick (else it is inline code such as ```x```).
  if (char === BACKTICK) {
    const backtick = text.indexOf("`", runEnd);
    if (backtick !== -1 && backtick < end) return -1;
  }
  return at;
}

/** The end of the run of the character at `at`. */
function runEndOf(text: string, at: number, end: number): number {
  const char = text.charCodeAt(at);
  let i = at;
  while (i < end && text.charCodeAt(i) === char) i += 1;
  return i;
}

/** Index of the first character in `text[start, end)` that is not a space or tab (`end` when none). */
function skipBlanksTo(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code !== SPACE && code !== TAB) break;
    i += 1;
  }
  return i;
}

function isBlankRange(text: string, start: number, end: number): boolean {
  return skipBlanksTo(text, start, end) === end;
}

/** A frontmatter delimiter line `text[start, end)`: `---` (or, to close, `...`), trailing blanks allowed. */
function isDelimiterAt(text: string, start: number, end: number, closing: boolean): boolean {
  if (end - start < 3) return false;
  const isDashes = text.startsWith("---", start);
  if (!isDashes && !(closing && text.startsWith("...", start))) return false;
  return isBlankRange(text, start + 3, end);
}

const NO_COMMENT = 0;
const HTML_COMMENT = 1;
const OBSIDIAN_COMMENT = 2;
type CommentState = typeof NO_COMMENT | typeof HTML_COMMENT | typeof OBSIDIAN_COMMENT;

/**
 * Walks a note's lines and says which block each belongs to, without allocating anything per line: the
 * current line is `text.slice(start, end)`, its ending `text.slice(end, next)`. The rules:
 * - frontmatter: a first line `---` (after an optional BOM) through the closing `---` or `...`;
 *   an unclosed frontmatter is body, as Obsidian shows it.
 * - code: fence lines and everything between them; an unclosed fence runs to the end. Unlike
 *   CommonMark's three-space limit any indentation opens a fence, because fences nested in list items
 *   (indented by the list) are common in notes and their content must not be read as headings or tasks.
 * - comment, kept simple: a line that starts inside a comment opened on an earlier line (the closing
 *   line included), and a line that opens a comment at its start (after blanks) without closing it.
 *   HTML (`<!-- -->`) and Obsidian (`%% %%`) comments both count. A comment opened after other text on
 *   a line leaves that line body; one that opens and closes on the same line changes nothing. `<!--` or
 *   `%%` inside inline code is not told apart.
 * - body: everything else.
 * Lines end at LF, CRLF or a lone CR, as `splitLines` splits them; there is always at least one line.
 */
export class MarkdownWalker {
  /**
   * One instance kept for the program's lifetime. An object's shape is otherwise held only by live
   * instances: a garbage collection between two index builds would drop it, and with it the optimised
   * code of every function that relied on it, to be re-learnt on the next build.
   */
  static readonly shapeKeeper: MarkdownWalker = new MarkdownWalker("");

  /** Offset of the current line's first character. */
  start = 0;
  /** Offset just past the current line's content, before its ending. */
  end = 0;
  /** Offset of the next line: past the current line's ending (equal to `end` on the last line). */
  next = 0;
  /** 0-based index of the current line; -1 before the first `advance`. */
  index = -1;
  block: BlockKind = "body";

  private text = "";
  private finished = false;
  /** Offset where the frontmatter ends (after the closing delimiter's line), 0 without one. */
  private frontmatterEnd = 0;
  /** The open fence's first character offset and run length; -1 when no fence is open. */
  private fenceChar = -1;
  private fenceLength = 0;
  private comment: CommentState = NO_COMMENT;
  /** Next LF and CR at or after the current position (-1: none left), found once and reused. */
  private nextLf = -2;
  private nextCr = -2;
  /** Whether the note holds a comment opener at all: most notes do not, and then comments cost nothing. */
  private mayHaveComments = false;

  /**
   * `frontmatterEnd`, when the caller has located the frontmatter already by the same rule (frontmatter.ts'
   * `end` of a closed block, else 0), spares walking its lines twice.
   */
  constructor(text: string, frontmatterEnd?: number) {
    this.reset(text, frontmatterEnd);
  }

  /** Starts a new walk, over `text` (see the constructor): a walker that reads note after note is made once. */
  reset(text: string, frontmatterEnd?: number): this {
    this.text = text;
    this.start = 0;
    this.end = 0;
    this.index = -1;
    this.block = "body";
    this.finished = false;
    this.fenceChar = -1;
    this.fenceLength = 0;
    this.comment = NO_COMMENT;
    this.mayHaveComments = text.includes("<!--") || text.includes("%%");
    // Cleared before finding the frontmatter's end (which walks lines with them), and again after it.
    this.nextLf = -2;
    this.nextCr = -2;
    this.next = 0;
    this.frontmatterEnd = frontmatterEnd ?? this.findFrontmatterEnd();
    this.nextLf = -2;
    this.nextCr = -2;
    this.next = 0;
    return this;
  }

  /** Moves to the next line; false when there is none. */
  advance(): boolean {
    if (this.finished) return false;
    this.start = this.next;
    this.index += 1;
    this.findLineEnd(this.start);
    this.block = this.classify();
    return true;
  }

  /** The current line's ending exactly as written. */
  eol(): Eol {
    const length = this.next - this.end;
    if (length === 0) return "";
    if (length === 2) return "\r\n";
    return this.text.charCodeAt(this.end) === LF ? "\n" : "\r";
  }

  /** Sets `end` and `next` for the line starting at `from`; marks the last line. */
  private findLineEnd(from: number): void {
    const text = this.text;
    if (this.nextLf !== -1 && this.nextLf < from) this.nextLf = text.indexOf("\n", from);
    if (this.nextCr !== -1 && this.nextCr < from) this.nextCr = text.indexOf("\r", from);
    const lf = this.nextLf;
    const cr = this.nextCr;
    if (cr !== -1 && (lf === -1 || cr < lf)) {
      this.end = cr;
      this.next = text.charCodeAt(cr + 1) === LF ? cr + 2 : cr + 1;
    } else if (lf !== -1) {
      this.end = lf;
      this.next = lf + 1;
    } else {
      this.end = text.length;
      this.next = text.length;
      this.finished = true;
    }
  }

  private findFrontmatterEnd(): number {
    const text = this.text;
    this.findLineEnd(0);
    const first = text.charCodeAt(0) === BOM_CODE ? 1 : 0;
    if (this.finished || !isDelimiterAt(text, first, this.end, false)) {
      this.finished = false;
      return 0;
    }
    while (!this.finished) {
      const lineStart = this.next;
      this.findLineEnd(lineStart);
      if (isDelimiterAt(text, lineStart, this.end, true)) {
        const end = this.next;
        this.finished = false;
        return end;
      }
    }
    this.finished = false;
    return 0; // unclosed: Obsidian shows it as text, and so do we
  }

  private classify(): BlockKind {
    const { text, start, end } = this;
    if (start < this.frontmatterEnd) return "frontmatter";
    if (this.fenceChar !== -1) {
      if (this.closesFence(start, end)) this.fenceChar = -1;
      return "code";
    }
    if (this.comment !== NO_COMMENT) {
      this.comment = commentStateAfter(text, start, end, this.comment);
      return "comment";
    }
    const fence = fenceRunStart(text, start, end);
    if (fence !== -1) {
      this.fenceChar = text.charCodeAt(fence);
      this.fenceLength = runEndOf(text, fence, end) - fence;
      return "code";
    }
    if (!this.mayHaveComments) return "body";
    this.comment = commentStateAfter(text, start, end, NO_COMMENT);
    if (this.comment === NO_COMMENT) return "body";
    const first = skipBlanksTo(text, start, end);
    return text.startsWith("<!--", first) || text.startsWith("%%", first) ? "comment" : "body";
  }

  private closesFence(start: number, end: number): boolean {
    const text = this.text;
    const run = fenceRunStart(text, start, end);
    if (run === -1 || text.charCodeAt(run) !== this.fenceChar) return false;
    const runEnd = runEndOf(text, run, end);
    return runEnd - run >= this.fenceLength && isBlankRange(text, runEnd, end);
  }
}

/** `needle` within `text[from, end)`, or -1. */
function indexWithin(text: string, needle: string, from: number, end: number): number {
  if (end - from < needle.length) return -1;
  const found = text.indexOf(needle, from);
  return found !== -1 && found + needle.length <= end ? found : -1;
}

/** Which comment is still open at the end of `text[start, end)`, given the one open at its start. */
function commentStateAfter(text: string, start: number, end: number, open: CommentState): CommentState {
  let state = open;
  let at = start;
  for (;;) {
    if (state === HTML_COMMENT) {
      const close = indexWithin(text, "-->", at, end);
      if (close === -1) return state;
      at = close + 3;
      state = NO_COMMENT;
    } else if (state === OBSIDIAN_COMMENT) {
      const close = indexWithin(text, "%%", at, end);
      if (close === -1) return state;
      at = close + 2;
      state = NO_COMMENT;
    } else {
      const html = indexWithin(text, "<!--", at, end);
      const obsidian = indexWithin(text, "%%", at, end);
      if (html === -1 && obsidian === -1) return NO_COMMENT;
      if (obsidian === -1 || (html !== -1 && html < obsidian)) {
        state = HTML_COMMENT;
        at = html + 4;
      } else {
        state = OBSIDIAN_COMMENT;
        at = obsidian + 2;
      }
    }
  }
}

/** Splits a note into lines and says which block each belongs to (see `MarkdownWalker` for the rules). */
export function scanMarkdown(text: string): MarkdownLine[] {
  const scanned: MarkdownLine[] = [];
  const walker = new MarkdownWalker(text);
  while (walker.advance()) {
    scanned.push({ text: text.slice(walker.start, walker.end), eol: walker.eol(), index: walker.index, block: walker.block });
  }
  return scanned;
}

/**
 * Reads an ATX heading (`#` to `######`, then a space, a tab or the end of the line; at most three
 * spaces before it). Closing `#`s are stripped and the title trimmed. A leading BOM is skipped so the
 * first line of a note reads like any other. Setext headings (underlined) are not read.
 */
export function headingOf(line: string): AtxHeading | null {
  return headingAt(line, 0, line.length);
}

/** A heading as offsets: what `headingSpanAt` fills in, so that a walk slices no title it does not need. */
export interface HeadingSpan {
  level: number;
  titleStart: number;
  titleEnd: number;
}

/** `headingOf` for the line `text[start, end)`, without slicing it first (only a heading's title is sliced). */
export function headingAt(text: string, start: number, end: number): AtxHeading | null {
  const span: HeadingSpan = { level: 0, titleStart: 0, titleEnd: 0 };
  return headingSpanAt(text, start, end, span) ? { level: span.level, title: text.slice(span.titleStart, span.titleEnd) } : null;
}

/** Whether `text[start, end)` is an ATX heading (see `headingOf`); if so its level and title bounds go into `span`. */
export function headingSpanAt(text: string, start: number, end: number, span: HeadingSpan): boolean {
  const from = text.charCodeAt(start) === BOM_CODE ? start + 1 : start;
  let hash = from;
  while (hash - from < 3 && hash < end && text.charCodeAt(hash) === SPACE) hash += 1;
  if (hash >= end || text.charCodeAt(hash) !== HASH) return false;
  let after = hash;
  while (after < end && text.charCodeAt(after) === HASH) after += 1;
  const level = after - hash;
  if (level > 6) return false;
  if (after < end) {
    const next = text.charCodeAt(after);
    if (next !== SPACE && next !== TAB) return false;
  }
  const contentStart = skipBlanksTo(text, after, end);
  let titleEnd = trimEndIndex(text, end, contentStart);
  // A closing sequence is a run of `#` that is the whole content or follows a blank.
  let hashes = titleEnd;
  while (hashes > contentStart && text.charCodeAt(hashes - 1) === HASH) hashes -= 1;
  if (hashes < titleEnd) {
    if (hashes === contentStart) titleEnd = contentStart;
    else {
      const before = text.charCodeAt(hashes - 1);
      if (before === SPACE || before === TAB) titleEnd = trimEndIndex(text, hashes, contentStart);
    }
  }
  span.level = level;
  span.titleStart = contentStart;
  span.titleEnd = titleEnd;
  return true;
}
