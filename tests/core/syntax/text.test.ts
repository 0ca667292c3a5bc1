import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { runs } from "../../setup/property-runs";
import { appendBlock, appendText, breaksBefore, dominantEol, isBlankLine, joinLines, lineAt, lineNumberAt, splitLines, startOfLine, trimBlankLines, trimmedEnd } from "../../../src/core/syntax/text";

// A note saved by three editors in turn: LF, CRLF and an old Mac's lone CR, and no ending on its last line.
const MIXED = "## Summary\nWe met.\r\nShe leads.\rLast";

describe("splitLines and joinLines", () => {
  it("split at LF, CRLF and CR, each line keeping its own ending, and join back byte for byte", () => {
    const lines = splitLines(MIXED);
    expect(lines).toEqual([
      { text: "## Summary", eol: "\n" },
      { text: "We met.", eol: "\r\n" },
      { text: "She leads.", eol: "\r" },
      { text: "Last", eol: "" },
    ]);
    expect(joinLines(lines)).toBe(MIXED);
    expect(splitLines("")).toEqual([{ text: "", eol: "" }]);
    expect(splitLines("One\n")).toEqual([
      { text: "One", eol: "\n" },
      { text: "", eol: "" },
    ]);
  });
});

describe("dominantEol", () => {
  it("is the note's first line ending, LF when it has none", () => {
    expect(dominantEol("a\r\nb\nc")).toBe("\r\n");
    expect(dominantEol("a\rb\r\n")).toBe("\r");
    expect(dominantEol("a\nb\r\n")).toBe("\n");
    expect(dominantEol("one line")).toBe("\n");
  });
});

describe("appendText", () => {
  it("never writes an LF right after a lone CR, where the two would read as one CRLF", () => {
    expect(appendText("a\nb\r", "\n## X\n")).toBe("a\nb\r\r## X\n");
    expect(appendText("a\r", "b\n")).toBe("a\rb\n");
    expect(appendText("a\r\n", "\n")).toBe("a\r\n\n");
    expect(appendText("", "\n")).toBe("\n");
  });
});

describe("line offsets", () => {
  it("lineAt gives where a line's text ends, where the next starts and the ending between", () => {
    expect(lineAt(MIXED, 0)).toEqual({ contentEnd: 10, next: 11, eol: "\n" });
    expect(lineAt(MIXED, 11)).toEqual({ contentEnd: 18, next: 20, eol: "\r\n" });
    expect(lineAt(MIXED, 20)).toEqual({ contentEnd: 30, next: 31, eol: "\r" });
    expect(lineAt(MIXED, 31)).toEqual({ contentEnd: 35, next: 35, eol: "" });
  });

  it("startOfLine goes back to just after the LF, CRLF or CR before an offset", () => {
    expect(startOfLine(MIXED, 5)).toBe(0);
    expect(startOfLine(MIXED, 11)).toBe(11);
    expect(startOfLine(MIXED, 15)).toBe(11);
    expect(startOfLine(MIXED, 25)).toBe(20);
    expect(startOfLine(MIXED, 33)).toBe(31);
  });

  it("lineNumberAt counts lines from 1, whatever their endings", () => {
    expect(lineNumberAt(MIXED, 0)).toBe(1);
    expect(lineNumberAt(MIXED, 10)).toBe(1);
    expect(lineNumberAt(MIXED, 11)).toBe(2);
    expect(lineNumberAt(MIXED, 25)).toBe(3);
    expect(lineNumberAt(MIXED, 31)).toBe(4);
  });
});

describe("trims", () => {
  it("isBlankLine is true for blanks and tabs only", () => {
    expect(isBlankLine(" \t ")).toBe(true);
    expect(isBlankLine("")).toBe(true);
    expect(isBlankLine(" - ")).toBe(false);
  });

  it("trimBlankLines drops blank lines at both ends and keeps those between", () => {
    expect(trimBlankLines(["", "  ", "We met.", "", "She leads.", "\t", ""])).toEqual(["We met.", "", "She leads."]);
    expect(trimBlankLines([])).toEqual([]);
    expect(trimBlankLines(["", " "])).toEqual([]);
    expect(trimBlankLines(["", " "])).toEqual([]);
  });

  it("trimmedEnd steps back over the given characters only, never before `from`", () => {
    const line = "- [ ] Call Jane  \t(moved to [[S3]])";
    const at = line.indexOf("(");
    expect(trimmedEnd(line, at, " \t")).toBe(15);
    expect(trimmedEnd(line, at, " ")).toBe(at);
    expect(trimmedEnd("    ", 4, " ", 2)).toBe(2);
  });
});

describe("appending a block at the end of a note", () => {
  const block = ["## Ending", "", "- [ ] Say thank you", ""];

  it("parts the block from the note's last text by one blank line, in the note's line ending", () => {
    expect(appendBlock("Text\n", block)).toBe("Text\n\n## Ending\n\n- [ ] Say thank you\n");
    expect(appendBlock("Text", block)).toBe("Text\n\n## Ending\n\n- [ ] Say thank you\n");
    expect(appendBlock("Text\n\n", block)).toBe("Text\n\n## Ending\n\n- [ ] Say thank you\n");
    expect(appendBlock("a\r\nText", block)).toBe("a\r\nText\r\n\r\n## Ending\r\n\r\n- [ ] Say thank you\r\n");
    expect(appendBlock("", block)).toBe("## Ending\n\n- [ ] Say thank you\n");
    // A last line ending in a lone CR keeps it: an LF after it would read as one CRLF with it.
    expect(appendBlock("a\nText\r", block)).toBe("a\nText\r\r## Ending\n\n- [ ] Say thank you\n");
  });

  it("parts the block by the note's last two lines, as splitLines reads them, whatever the line endings", () => {
    const byAllLines = (text: string, lines: readonly string[]): string => {
      const noteLines = splitLines(text);
      const breaks = breaksBefore(noteLines.at(-1)?.text ?? "", noteLines.at(-2)?.text ?? "");
      return appendText(text, dominantEol(text).repeat(breaks) + lines.join(dominantEol(text)));
    };
    const part = fc.constantFrom("\n", "\r\n", "\r", " ", "\t", "a", "Text", "## X", "");
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(appendBlock(text, ["## Ending", ""])).toBe(byAllLines(text, ["## Ending", ""]));
      }),
      runs(3000),
    );
  });

  it("takes a last line of blanks without a line ending as the blank line, as an insert at the cursor there does", () => {
    expect(appendBlock("Text\n  ", block)).toBe("Text\n  \n## Ending\n\n- [ ] Say thank you\n");
    expect(appendBlock("Text\n\t", block)).toBe("Text\n\t\n## Ending\n\n- [ ] Say thank you\n");
  });
});
