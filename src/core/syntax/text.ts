// Line handling shared by every reader and edit of a note: split without losing line endings, rejoin byte for
// byte, and find a line's start, end and number by offsets.

export type Eol = "\n" | "\r\n" | "\r" | "";

export interface Line {
  /** The line's content, without its ending. */
  text: string;
  /** The ending exactly as found (the last line may have none). */
  eol: Eol;
}

const LINE = /([^\r\n]*)(\r\n|\n|\r|$)/y;

/** Splits text into lines, keeping each line's own ending, so that `joinLines(splitLines(t)) === t`. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  LINE.lastIndex = 0;
  while (LINE.lastIndex <= text.length) {
    const match = LINE.exec(text);
    if (!match) break;
    const eol = (match[2] ?? "") as Eol;
    lines.push({ text: match[1] ?? "", eol });
    if (eol === "") break;
  }
  return lines;
}

export function joinLines(lines: readonly Line[]): string {
  let out = "";
  for (const line of lines) out += line.text + line.eol;
  return out;
}

/** The line ending a new line should use: the note's first one, LF for a note without any. */
export function dominantEol(text: string): "\n" | "\r\n" | "\r" {
  const match = /\r\n|\n|\r/.exec(text);
  return (match?.[0] as "\n" | "\r\n" | "\r" | undefined) ?? "\n";
}

export const BOM = "\uFEFF";

/** Where the line starting at `from` ends: just before its LF, CR or CRLF, or at the end of the text. */
export function lineEndFrom(text: string, from: number): number {
  let end = from;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code === 0x0a || code === 0x0d) break;
    end += 1;
  }
  return end;
}

const NEWLINE = /\r\n|\n|\r/g;

/** Where the line starting at `from` ends: content end and the offset after its line ending. */
export function lineAt(text: string, from: number): { contentEnd: number; next: number; eol: string } {
  NEWLINE.lastIndex = from;
  const match = NEWLINE.exec(text);
  if (!match) return { contentEnd: text.length, next: text.length, eol: "" };
  return { contentEnd: match.index, next: match.index + match[0].length, eol: match[0] };
}

/** Where the line holding `offset` starts (after the LF, CR or CRLF before it). */
export function startOfLine(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== "\n" && text[i - 1] !== "\r") i -= 1;
  return i;
}

/** The 1-based number of the line holding `offset`. */
export function lineNumberAt(text: string, offset: number): number {
  let line = 1;
  NEWLINE.lastIndex = 0;
  for (let match = NEWLINE.exec(text); match && match.index < offset; match = NEWLINE.exec(text)) line += 1;
  return line;
}
