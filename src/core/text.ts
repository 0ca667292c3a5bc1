// Line handling shared by every text edit: split without losing line endings, and rejoin byte for byte.

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

export function hasBom(text: string): boolean {
  return text.startsWith(BOM);
}

/** Whether `text[from, to)` holds a CR (a CRLF or lone CR ending). */
export function hasCrBetween(text: string, from: number, to: number): boolean {
  return text.slice(from, to).includes("\r");
}

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

