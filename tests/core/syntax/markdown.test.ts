import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { headingOf, scanMarkdown, tableCell, visibleText, type BlockKind, type Comment } from "../../../src/core/syntax/markdown";
import { joinLines, splitLines } from "../../../src/core/syntax/text";
import { runs } from "../../setup/property-runs";

/** The block of each line, for compact assertions. */
const blocks = (text: string): BlockKind[] => scanMarkdown(text).map((line) => line.block);

describe("scanMarkdown: frontmatter", () => {
  it("marks a closed frontmatter, BOM and CRLF included", () => {
    const note = "\uFEFF---\r\ntype: mentoring-session\r\nmentee: Åse Ørsted\r\n---\r\n# Møde 3\r\n";
    expect(blocks(note)).toEqual(["frontmatter", "frontmatter", "frontmatter", "frontmatter", "body", "body"]);
  });

  it("accepts `...` as the closing delimiter and trailing blanks on delimiters", () => {
    expect(blocks("--- \nsession: 3\n...\t\ntext")).toEqual(["frontmatter", "frontmatter", "frontmatter", "body"]);
  });

  it("treats an unclosed frontmatter as body, so its headings count", () => {
    const note = "---\ntype: mentoring-session\n## Summary\nno closing line";
    expect(blocks(note)).toEqual(["body", "body", "body", "body"]);
  });

  it("only reads frontmatter on the first line", () => {
    expect(blocks("\n---\na: 1\n---\n")).toEqual(["body", "body", "body", "body", "body"]);
  });
});

describe("scanMarkdown: code fences", () => {
  it("marks backtick and tilde fences with their content", () => {
    const note = ["# Notes", "```js", "# not a heading", "```", "~~~", "- [ ] not a task", "~~~", "after"].join("\n");
    expect(blocks(note)).toEqual(["body", "code", "code", "code", "code", "code", "code", "body"]);
  });

  it("closes only with the same character and at least the same length", () => {
    const note = ["````", "```", "~~~~", "`````", "after"].join("\n");
    expect(blocks(note)).toEqual(["code", "code", "code", "code", "body"]);
  });

  it("does not close on a fence line with text after it", () => {
    expect(blocks("```\n``` text\n```\nafter")).toEqual(["code", "code", "code", "body"]);
  });

  it("runs an unclosed fence to the end of the note", () => {
    expect(blocks("text\n~~~\n## Summary\n- [ ] task\n")).toEqual(["body", "code", "code", "code", "code"]);
  });

  it("accepts indented fences, also those nested in list items", () => {
    const note = ["- step one", "    ```bash", "    - [ ] not a task", "    ```", "   ~~~", "# hidden", "   ~~~", "# Real"].join("\n");
    expect(blocks(note)).toEqual(["body", "code", "code", "code", "code", "code", "code", "body"]);
  });

  it("lets a tilde fence's info string hold a backtick (only a backtick fence's may not)", () => {
    expect(blocks("~~~ a`b\n# not a heading\n~~~\n# heading")).toEqual(["code", "code", "code", "body"]);
  });

  it("does not read inline code or two backticks as a fence", () => {
    expect(blocks("```inline``` code\n``\n# Heading")).toEqual(["body", "body", "body"]);
  });

  it("ignores comment markers inside code", () => {
    expect(blocks("```\n<!--\n```\n# After")).toEqual(["code", "code", "code", "body"]);
  });
});

describe("scanMarkdown: comments", () => {
  it("marks a multi-line HTML comment, opening and closing lines included", () => {
    const note = ["<!-- Prompt:", "## Summary", "-->", "## Insights"].join("\r\n");
    expect(blocks(note)).toEqual(["comment", "comment", "comment", "body"]);
  });

  it("leaves a comment that opens and closes on one line as body", () => {
    expect(blocks("<!-- What did we learn? -->\n## Ideas")).toEqual(["body", "body"]);
  });

  it("keeps a line body when the comment opens after text, and hides the lines after it", () => {
    expect(blocks("Notes <!-- private\n# hidden\n--> end\n# shown")).toEqual(["body", "comment", "comment", "body"]);
  });

  it("reads Obsidian's %% comments too", () => {
    expect(blocks("%%\n## Actions\n- [ ] hidden\n%%\n## Actions")).toEqual(["comment", "comment", "comment", "comment", "body"]);
  });

  it("ignores fences inside comments", () => {
    expect(blocks("<!--\n```\n-->\n# After")).toEqual(["comment", "comment", "comment", "body"]);
  });

  it("handles several comments on one line", () => {
    expect(blocks("<!-- a --> text <!-- b\nhidden\n-->")).toEqual(["comment", "comment", "comment"]);
    expect(blocks("<!-- a --> text <!-- b -->\n# shown")).toEqual(["body", "body"]);
  });

  it("hides whichever comment opens first on a line, the other kind's marker inside it being text of that comment", () => {
    expect(visibleText("Ask %%only for me%% then <!-- a note --> done", null)).toEqual({ text: "Ask  then  done", comment: null });
    expect(visibleText("Ask <!-- 50%% of it --> then %% still open", null)).toEqual({ text: "Ask  then ", comment: "%%" });
    expect(visibleText("end of it --> and %% more %% shown", "<!--")).toEqual({ text: " and  shown", comment: null });
  });

  // A code span is literal in CommonMark, and Obsidian shows `%%` between backticks as written: a comment
  // marker inside one opened a comment that hid the rest of the note (its actions and summary too).
  it("reads no comment marker inside a code span, a run of backticks up to the next run of as many on the line", () => {
    expect(visibleText("How `<!--` and ``%% `x` %%`` start a comment %%mine%%", null)).toEqual({ text: "How `<!--` and ``%% `x` %%`` start a comment ", comment: null });
    // A run that no run of as many closes is backticks as written, so a comment after it still opens.
    expect(visibleText("a `` b ` c %%mine", null)).toEqual({ text: "a `` b ` c ", comment: "%%" });
    // An escaped backtick opens no code span; inside a comment, backticks are the comment's text.
    expect(visibleText("\\`%% mine %%\\`", null)).toEqual({ text: "\\`\\`", comment: null });
    expect(visibleText("mine `--> shown`", "<!--")).toEqual({ text: " shown`", comment: null });
    expect(blocks("We saw how `<!--` starts a comment.\n## Actions")).toEqual(["body", "body"]);
  });
});

/**
 * CommonMark's code spans on one line, written as one regex: a run of backticks (no backslash before it)
 * through the next run of exactly as many. Plain to read but slow on a line of many unclosed runs, so the
 * module finds the spans in one pass; this is the specification it must agree with.
 */
function visibleTextBySpec(line: string, open: Comment | null): { text: string; comment: Comment | null } {
  const OPENER_OR_CODE = /<!--|%%|(?<!\\)(`+)(?:[^]*?(?<!`)\1(?!`))?/g;
  const closer = { "<!--": "-->", "%%": "%%" } as const;
  let text = "";
  let comment = open;
  let at = 0;
  for (;;) {
    if (comment !== null) {
      const close = line.indexOf(closer[comment], at);
      if (close === -1) return { text, comment };
      at = close + closer[comment].length;
      comment = null;
    }
    OPENER_OR_CODE.lastIndex = at;
    const found = OPENER_OR_CODE.exec(line);
    if (found === null) return { text: text + line.slice(at), comment: null };
    comment = found[1] === undefined ? (found[0] as Comment) : null;
    text += line.slice(at, comment === null ? OPENER_OR_CODE.lastIndex : found.index);
    at = OPENER_OR_CODE.lastIndex;
  }
}

describe("visibleText agrees with the code-span specification", () => {
  it("on lines of backtick runs, backslashes, comment markers and words", () => {
    const part = fc.constantFrom("`", "``", "```", "\\", "%%", "<!--", "-->", "a", " ", "x y");
    const open = fc.constantFrom<Comment | null>(null, "%%", "<!--");
    fc.assert(
      fc.property(fc.array(part, { maxLength: 24 }), open, (parts, comment) => {
        const line = parts.join("");
        expect(visibleText(line, comment)).toEqual(visibleTextBySpec(line, comment));
      }),
      runs(3000),
    );
  });
});

/** The headings of a note as `[line, level, title]`, for compact assertions. */
const headings = (text: string): Array<[number, number, string]> =>
  scanMarkdown(text).flatMap((line) => (line.heading ? [[line.index, line.heading.level, line.heading.title] as [number, number, string]] : []));

describe("scanMarkdown: headings as Obsidian reads them", () => {
  it("reads ATX headings in the body only", () => {
    expect(headings("---\n# not: a heading\n---\n## Summary\n```\n# code\n```\n<!--\n# hidden\n-->\n### Ideas ##")).toEqual([
      [3, 2, "Summary"],
      [10, 3, "Ideas"],
    ]);
  });

  it("reads a paragraph underlined with === or --- as a setext heading of level 1 or 2", () => {
    expect(headings("Intro\n\nSummary\n=======\nText\n\nActions\n---\n- [ ] Call Ann")).toEqual([
      [2, 1, "Summary"],
      [6, 2, "Actions"],
    ]);
    expect(headings("Actions   \r\n  ---  \r\n")).toEqual([[0, 2, "Actions"]]);
    // A paragraph of several lines is one heading, its lines joined.
    expect(headings("Next\nActions\n---")).toEqual([[0, 2, "Next Actions"]]);
  });

  it("reads --- at the top as frontmatter and --- after a blank line as a thematic break", () => {
    expect(headings("---\ntype: x\n---\nActions\n---\n")).toEqual([[3, 2, "Actions"]]);
    expect(headings("Actions\n\n---\ntext")).toEqual([]);
    expect(headings("## Actions\n---\n- item\n---\n> quote\n---\n<!-- c -->\n---")).toEqual([[0, 2, "Actions"]]);
  });

  it("does not read an underline under a list item, code or a comment", () => {
    expect(headings("- [ ] task\n---\n```\nActions\n```\n---\n%%\nActions\n---\n%%\n---")).toEqual([]);
    expect(headings("    Actions\n    ---")).toEqual([]);
  });
});

describe("scanMarkdown: indented code", () => {
  it("marks lines indented four columns after a paragraph and a blank line as code", () => {
    expect(blocks("Some text\n\n    - [ ] not a task\n\tcode too\n\n    still code\nback to text")).toEqual([
      "body", "body", "code", "code", "code", "code", "body",
    ]);
  });

  it("marks a note's indented first lines as code: no list is open before the first line", () => {
    expect(blocks("    - [ ] not a task\nText")).toEqual(["code", "body"]);
  });

  it("keeps indented lines of a list item, after a blank line too, as body", () => {
    expect(blocks("- [ ] parent\n\n    - [ ] child\n        - [ ] grandchild\n    more words")).toEqual(["body", "body", "body", "body", "body"]);
    expect(blocks("Text\n    continued paragraph\n- [ ] task")).toEqual(["body", "body", "body"]);
  });

  it("ends a list at a line left of its items after a blank line", () => {
    expect(blocks("- item\n\nParagraph\n\n    - [ ] code")).toEqual(["body", "body", "body", "body", "code"]);
  });

  it("keeps a list through a lazy line with no blank before it, and reads an item's content column after all its blanks", () => {
    expect(blocks("- item\nlazy line\n\n    - [ ] nested")).toEqual(["body", "body", "body", "body"]);
    // `-   item`: the content starts at column 4, so a line at column 2 after a blank has left the list.
    expect(blocks("-   item\n\n  text\n\n    - [ ] code")).toEqual(["body", "body", "body", "body", "code"]);
  });

  it("reads no underline under the text of a list item as a heading", () => {
    expect(headings("- item\n  more\n  ---")).toEqual([]);
  });

  // A paragraph indented to the item's content (two columns after `- `, a tab counting to the next multiple
  // of four) continues the item, so a line indented four columns after it is a nested item, not code.
  it("keeps a list going through a paragraph indented to its content, by spaces or by a tab", () => {
    expect(blocks("- [ ] Call Anna\n\n  Notes on the call\n\n    - [ ] Book a room")).toEqual(["body", "body", "body", "body", "body"]);
    expect(blocks("- [ ] Call Anna\n\n\tNotes on the call\n\n    - [ ] Book a room")).toEqual(["body", "body", "body", "body", "body"]);
    expect(blocks("- [ ] Call Anna\n\n \tNotes on the call\n\n    - [ ] Book a room")).toEqual(["body", "body", "body", "body", "body"]);
    expect(blocks("1. [ ] Call Anna\n\n  Notes on the call\n\n    - [ ] code")).toEqual(["body", "body", "body", "body", "code"]);
    // A space then a tab reach column 4, short of a `100. ` item's content at column 5: the list ends there.
    expect(blocks("100. [ ] Call Anna\n\n \tNotes on the call\n\n    - [ ] code")).toEqual(["body", "body", "body", "body", "code"]);
  });
});

describe("scanMarkdown: lines", () => {
  it("keeps every line's text, ending and index", () => {
    const note = "a\r\nb\nc\rd";
    const scanned = scanMarkdown(note);
    expect(scanned.map((line) => [line.index, line.text, line.eol])).toEqual([
      [0, "a", "\r\n"],
      [1, "b", "\n"],
      [2, "c", "\r"],
      [3, "d", ""],
    ]);
    expect(joinLines(scanned)).toBe(note);
  });

  // Its time is a bench figure (a scan that is not linear shows there), not an assertion here.
  it("scans a long note, every line once", () => {
    const chunk = ["## Summary", "Text with æøå and 🚀", "```", "# code", "```", "<!-- c -->", "- [ ] task 📅 2026-12-01", ""];
    const note = Array.from({ length: 10_000 }, () => chunk.join("\n")).join("\n");
    const scanned = scanMarkdown(note);
    expect(scanned).toHaveLength(80_000);
  });
});

describe("headingOf", () => {
  it("reads levels one to six", () => {
    for (let level = 1; level <= 6; level += 1) {
      expect(headingOf(`${"#".repeat(level)} Handlinger`)).toEqual({ level, title: "Handlinger" });
    }
    expect(headingOf("####### Too deep")).toBeNull();
  });

  it("needs a space or tab after the hashes, or the end of the line", () => {
    expect(headingOf("#tag")).toBeNull();
    expect(headingOf("##Summary")).toBeNull();
    expect(headingOf("##\tSummary")).toEqual({ level: 2, title: "Summary" });
    expect(headingOf("#")).toEqual({ level: 1, title: "" });
    expect(headingOf("###   ")).toEqual({ level: 3, title: "" });
  });

  it("strips a closing sequence but keeps hashes that belong to the title", () => {
    expect(headingOf("## Summary ##")).toEqual({ level: 2, title: "Summary" });
    expect(headingOf("## Summary #####   ")).toEqual({ level: 2, title: "Summary" });
    expect(headingOf("## Learning C#")).toEqual({ level: 2, title: "Learning C#" });
    expect(headingOf("# #")).toEqual({ level: 1, title: "" });
    expect(headingOf("## Issue \\#")).toEqual({ level: 2, title: "Issue \\#" });
  });

  it("allows up to three spaces before the hashes", () => {
    expect(headingOf("   ## Idéer")).toEqual({ level: 2, title: "Idéer" });
    expect(headingOf("    ## Indented code")).toBeNull();
    expect(headingOf("\t## Tab")).toBeNull();
  });

  it("trims the title and keeps Danish letters and emoji", () => {
    expect(headingOf("##   Mål for året 🎯  ")).toEqual({ level: 2, title: "Mål for året 🎯" });
  });

  it("skips a BOM at the start of the first line", () => {
    expect(headingOf("\uFEFF# Opsummering")).toEqual({ level: 1, title: "Opsummering" });
  });

  it("is no heading for other lines", () => {
    for (const line of ["", "Text", "- [ ] # task", "> ## quoted", "<!-- # -->", "\\# escaped"]) expect(headingOf(line)).toBeNull();
  });
});

describe("scanMarkdown: the first line, the line after frontmatter, and lines that open comments", () => {
  it("reads a fence or comment that opens the note's first line after a BOM", () => {
    expect(blocks("\uFEFF```\n# inside\n```\n# outside")).toEqual(["code", "code", "code", "body"]);
    expect(blocks("\uFEFF<!-- mine\nstill mine\n-->\nshared")).toEqual(["comment", "comment", "comment", "body"]);
    // A BOM is only ever the note's first character: later, U+FEFF is text, and the line is no fence.
    expect(blocks("text\n\uFEFF```\n# heading")).toEqual(["body", "body", "body"]);
  });

  it("treats the line after frontmatter as following a blank line", () => {
    expect(blocks("---\na: 1\n---\n    indented code\ntext")).toEqual(["frontmatter", "frontmatter", "frontmatter", "code", "body"]);
  });

  it("makes a comment block of a line that opens a comment after blanks, never of one with text before the opening", () => {
    expect(blocks("  <!-- private\nmore\n-->\nshared")).toEqual(["comment", "comment", "comment", "body"]);
    expect(blocks(" %% private\nmore\n%%")).toEqual(["comment", "comment", "comment"]);
    expect(blocks("Shared %%\nprivate\n%%\nshared")).toEqual(["body", "comment", "comment", "body"]);
  });

  it("starts a new paragraph after a setext underline, and says where each underline is", () => {
    const headings = scanMarkdown("Title\n---\nMore\n---\n").map((line) => line.heading);
    expect(headings).toEqual([{ level: 2, title: "Title", underline: 1 }, null, { level: 2, title: "More", underline: 3 }, null, null]);
  });
});

describe("properties", () => {
  const markdownish = fc.array(
    fc.oneof(
      fc.constantFrom("---", "...", "```", "~~~", "````", "```js", "<!--", "-->", "%%", "## Summary", "# Idéer", "- [ ] task", "", "\uFEFF---"),
      fc.string(),
    ),
    { maxLength: 30 },
  );
  const eol = fc.constantFrom("\n", "\r\n", "\r");

  it("never throws and keeps every byte on any string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), markdownish.chain((lines) => eol.map((end) => lines.join(end)))), (text) => {
        const scanned = scanMarkdown(text);
        expect(joinLines(scanned)).toBe(text);
        expect(scanned).toHaveLength(splitLines(text).length);
        scanned.forEach((line, index) => expect(line.index).toBe(index));
      }),
      runs(1000),
    );
  });

  it("headingOf never throws and gives a level from 1 to 6 with a trimmed title", () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 8 }), (rest, hashes) => {
        const heading = headingOf(`${"#".repeat(hashes)}${rest}`);
        if (heading) {
          expect(heading.level).toBeGreaterThanOrEqual(1);
          expect(heading.level).toBeLessThanOrEqual(6);
          expect(heading.title).toBe(heading.title.trim());
        }
      }),
      runs(1000),
    );
  });

  it("fence content never shows as body, whatever it holds", () => {
    fc.assert(
      fc.property(fc.array(fc.string().filter((line) => !/[\r\n`]/.test(line)), { maxLength: 10 }), (inner) => {
        const note = ["# Before", "```", ...inner, "```", "# After"].join("\n");
        const scanned = blocks(note);
        expect(scanned[0]).toBe("body");
        expect(scanned.slice(1, -1).every((block) => block === "code")).toBe(true);
        expect(scanned[scanned.length - 1]).toBe("body");
      }),
      runs(1000),
    );
  });
});

describe("tableCell", () => {
  it("escapes each pipe that no backslash escapes yet, and changes nothing else", () => {
    const cases: Array<[string, string]> = [
      ["plain words", "plain words"],
      ["a|b", "a\\|b"],
      ["||", "\\|\\|"],
      ["|start and end|", "\\|start and end\\|"],
      ["already a\\|b", "already a\\|b"],
      ["escaped backslash a\\\\|b", "escaped backslash a\\\\\\|b"],
      ["three a\\\\\\|b", "three a\\\\\\|b"],
      ["K:\\Mentoring\\", "K:\\Mentoring\\"],
      ["\\*stars\\* and `co|de`", "\\*stars\\* and `co\\|de`"],
    ];
    for (const [text, cell] of cases) expect(tableCell(text), text).toBe(cell);
  });
});
