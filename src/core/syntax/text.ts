// Line handling shared by every reader and edit of a note: split without losing line endings, rejoin byte for
// byte, find a line's start, end and number by offsets, and the few trims every module needs.

export type Eol = "\n" | "\r\n" | "\r" | "";

export interface Line {
  /** The line's content, without its ending. */
  text: string;
  /** The ending exactly as found (the last line may have none). */
  eol: Eol;
}

export const BOM = "\uFEFF";

/** A line ending: CRLF, LF or a lone CR (an old Mac's). Every split, search and rewrite of line endings is built from it. */
export const LINE_BREAK = /\r\n|\n|\r/;
const LEADING_LINE_BREAKS = new RegExp(`^(?:${LINE_BREAK.source})+`);
const LINE_BREAK_RUNS = new RegExp(`(?:${LINE_BREAK.source})+`, "g");

/** The text with every run of line endings at its start removed. */
export function withoutLeadingLineBreaks(text: string): string {
  return text.replace(LEADING_LINE_BREAKS, "");
}

/** The text with every line ending written as `eol`. */
export function withLineBreaks(text: string, eol: string): string {
  return text.split(LINE_BREAK).join(eol);
}

/** The text on one line: each run of line endings becomes one space. */
export function onOneLine(text: string): string {
  return text.replace(LINE_BREAK_RUNS, " ");
}

/**
 * Calls `visit` with each line of `text` in order: its content, its ending (none on the last line), its
 * 0-based index and the offset it starts at. Lines end as `splitLines` splits them.
 */
export function forEachLine(text: string, visit: (content: string, eol: Eol, index: number, start: number) => void): void {
  // One ending found at a time: no second array of every line's content and ending is held while the
  // lines are made, which a long note would pay for in garbage collection.
  const lineBreaks = new RegExp(LINE_BREAK.source, "g");
  let start = 0;
  let index = 0;
  for (let found = lineBreaks.exec(text); found !== null; found = lineBreaks.exec(text)) {
    visit(text.slice(start, found.index), found[0] as Eol, index, start);
    index += 1;
    start = lineBreaks.lastIndex;
  }
  visit(text.slice(start), "", index, start);
}

/** Splits text into lines, keeping each line's own ending, so that `joinLines(splitLines(t)) === t`. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  forEachLine(text, (content, eol) => lines.push({ text: content, eol }));
  return lines;
}

export function joinLines(lines: readonly Line[]): string {
  return lines.map((line) => line.text + line.eol).join("");
}

/** The line ending a new line should use: the note's first one, LF for a note without any. */
export function dominantEol(text: string): "\n" | "\r\n" | "\r" {
  const match = LINE_BREAK.exec(text);
  return (match?.[0] as "\n" | "\r\n" | "\r" | undefined) ?? "\n";
}

/**
 * `text` followed by `added`, except that an LF right after a lone CR is written as a CR: together they
 * would read as one CRLF, changing that line's ending and losing the line break that was added.
 */
export function appendText(text: string, added: string): string {
  return text.endsWith("\r") && added.startsWith("\n") ? `${text}\r${added.slice(1)}` : text + added;
}

/** Line breaks before a block that follows `before` on its line: a blank line parts it from any text above it. */
export function breaksBefore(before: string, previousLine: string): number {
  if (before.trim() !== "") return 2;
  return before !== "" || previousLine.trim() !== "" ? 1 : 0;
}

/**
 * The note with `lines` after its last line, parted as `placeBlock` (edits/inserts.ts) parts a block inserted
 * at the note's end; every existing byte stays and the new lines use the note's line ending (as `appendText` writes it).
 */
export function appendBlock(text: string, lines: readonly string[]): string {
  // Only the last two lines matter: found from the end, so a long note is not split into all of its lines.
  const lastStart = startOfLine(text, text.length);
  const previousEnd = text.startsWith("\r\n", lastStart - 2) ? lastStart - 2 : lastStart - 1;
  const previous = lastStart === 0 ? "" : text.slice(startOfLine(text, previousEnd), previousEnd);
  const breaks = breaksBefore(text.slice(lastStart), previous);
  const eol = dominantEol(text);
  return appendText(text, eol.repeat(breaks) + lines.join(eol));
}

/** Where the line starting at `from` ends: content end and the offset after its line ending. */
export function lineAt(text: string, from: number): { contentEnd: number; next: number; eol: string } {
  const match = LINE_BREAK.exec(text.slice(from));
  if (!match) return { contentEnd: text.length, next: text.length, eol: "" };
  const contentEnd = from + match.index;
  return { contentEnd, next: contentEnd + match[0].length, eol: match[0] };
}

/** Where the line holding `offset` starts (after the LF, CR or CRLF before it). */
export function startOfLine(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== "\n" && text[i - 1] !== "\r") i -= 1;
  return i;
}

/** The 1-based number of the line holding `offset`. */
export function lineNumberAt(text: string, offset: number): number {
  return splitLines(text.slice(0, offset)).length;
}

/** A line that holds nothing but whitespace. */
export function isBlankLine(line: string): boolean {
  return line.trim() === "";
}

/** The lines without the blank lines at their start and end. */
export function trimBlankLines(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && isBlankLine(lines[start] as string)) start += 1;
  while (end > start && isBlankLine(lines[end - 1] as string)) end -= 1;
  return lines.slice(start, end);
}

/** Where `text[from, end)` ends once the run of `chars` at its end is trimmed off (a loop: a regex would be quadratic on long runs). */
export function trimmedEnd(text: string, end: number, chars: string, from = 0): number {
  let at = end;
  while (at > from && chars.includes(text[at - 1] as string)) at -= 1;
  return at;
}
