import { describe, expect, it } from "vitest";
import { withoutPrivateParts as withoutPrivatePartsOfScan } from "../../../src/core/syntax/private-parts";
import { scanMarkdown } from "../../../src/core/syntax/markdown";

/** The lines as a note of their own, read by the Markdown scan (which says what is code), without their private parts. */
const withoutPrivateParts = (lines: readonly string[]): string[] => withoutPrivatePartsOfScan(scanMarkdown(lines.join("\n")));

// A line right after a callout's text, with neither a blank line nor `>` between, continues that text inside
// the callout (lazy continuation, see below): the shared line after a callout here has a blank line before it.
const cases: Array<[string, string[], string[]]> = [
  ["a private callout with a title", ["Before", "> [!private] My own thoughts", "> She seemed tired.", "", "After"], ["Before", "", "After"]],
  ["a private callout in capitals, folded", ["> [!PRIVATE]- Hidden", "> secret", ">", "> more secret", "", "Shown"], ["", "Shown"]],
  ["a private callout, unfolded with +, no title", [">[!Private]+", "> secret", "", "Shown"], ["", "Shown"]],
  ["a private callout nested in a quote", ["> Quote", "> > [!private]", "> > secret", "", "Shown"], ["> Quote", "", "Shown"]],
  ["another callout type is shared", ["> [!note] Shared", "> shown", "x"], ["> [!note] Shared", "> shown", "x"]],
  ["a word that only starts like private", ["> [!privateer] Ship", "> shown"], ["> [!privateer] Ship", "> shown"]],
  ["an inline %% comment", ["Said yes %%but hesitated%% to the plan"], ["Said yes  to the plan"]],
  ["a comment over several lines", ["Start", "%% one", "two", "three %% end", "After"], ["Start", " end", "After"]],
  ["an HTML comment", ["a <!-- hidden --> b", "<!--", "hidden", "-->"], ["a  b"]],
  ["comment markers in fenced code are code", ["```", "%% not a comment", "> [!private] not a callout", "```", "%%x%%"], ["```", "%% not a comment", "> [!private] not a callout", "```"]],
  ["a comment left open hides the rest", ["Shown", "%% never closed", "still hidden"], ["Shown"]],
  ["an indented closing fence ends the code", ["- Steps:", "  ```", "  run it", "  ```", "> [!private] Mine", "> secret"], ["- Steps:", "  ```", "  run it", "  ```"]],
  ["a tilde fence is code too", ["~~~", "%% not a comment %%", "~~~"], ["~~~", "%% not a comment %%", "~~~"]],
  ["a fence inside a comment is part of the comment", ["Shown", "%% private:", "```", "secret code", "```", "%%", "After"], ["Shown", "After"]],
  ["text before a comment at a line's end is kept without the blanks left behind", ["Said yes %%but hesitated%%"], ["Said yes"]],
  ["a line of blanks and a comment is left out", ["Shown", "  %% mine %%", "After"], ["Shown", "After"]],
  ["a quote after code is shared", ["```", "code", "```", "> quoted"], ["```", "code", "```", "> quoted"]],
  ["a quote after a private callout has ended (at a blank line) is shared", ["> [!private] Mine", "> secret", "", "Shared", "", "> quoted"], ["", "Shared", "", "> quoted"]],
  ["a callout line inside a comment is comment, and its closing ends the comment", ["<!--", "> [!private] -->", "> quoted", "Shared"], ["> quoted", "Shared"]],
  // An empty `>` line ends the callout's text, so the next line without `>` ends the callout: no lazy line.
  ["a line that only holds an arrow ends a private callout", ["> [!private] Mine", "> secret", ">", "Plan: A -> B", "Shown"], ["Plan: A -> B", "Shown"]],
  // Indented four columns or a tab inside a list item is the item's content (the scan says so), not code.
  ["a private callout in a nested list item", ["- Point", "  - Sub point", "    > [!private]", "    > SECRET", "- Next"], ["- Point", "  - Sub point", "- Next"]],
  ["a private callout in a `10.` item", ["10. Point", "    > [!private]", "    > SECRET"], ["10. Point"]],
  ["a private callout indented by a tab in a list item", ["- Point", "\t> [!private]", "\t> SECRET"], ["- Point"]],
  ["a callout in indented code is code", ["Text", "", "    > [!private] code", "    > shown"], ["Text", "", "    > [!private] code", "    > shown"]],
];

describe("withoutPrivateParts", () => {
  for (const [name, input, expected] of cases) {
    it(name, () => {
      expect(withoutPrivateParts(input)).toEqual(expected);
    });
  }
});

// CommonMark's lazy continuation, which Obsidian follows as it renders callouts as quotes: a line right after
// a callout line holding text continues that text inside the callout, even without `>`, unless it starts a
// block of its own; so do the lines after it, up to a blank line. These lines were shared before.
describe("withoutPrivateParts and lazy continuation lines", () => {
  const lazyCases: Array<[string, string[], string[]]> = [
    ["a line after the callout's text", ["> [!private] Mine", "> My honest view:", "she struggles with her manager", "", "Shared line."], ["", "Shared line."]],
    ["a line after the title, several lines, any indentation", ["> [!private] Mine", "secret", "    more secret", "", "Shown"], ["", "Shown"]],
    ["a quote line after a lazy line still continues the callout", ["> [!private] Mine", "> secret", "lazy", "> quoted"], []],
    ["a lazy line in a list item's callout", ["- Point", "    > [!private]", "    > SECRET", "    lazy SECRET", "- Next"], ["- Point", "- Next"]],
    ["a heading, a fence, a thematic break, a list item or an HTML comment ends it", ["> [!private] a", "## Heading", "> [!private] b", "```", "code", "```", "> [!private] c", "***", "> [!private] d", "- item", "> [!private] e", "<!-- c -->", "Shown"],
      ["## Heading", "```", "code", "```", "***", "- item", "Shown"]],
  ];
  for (const [name, input, expected] of lazyCases) {
    it(name, () => {
      expect(withoutPrivateParts(input)).toEqual(expected);
    });
  }
});

describe("withoutPrivateParts and comments opened in a private callout", () => {
  // What is a comment is what the scan says, line by line: a comment opened on a private callout's line and
  // closed after the callout hides the lines between, though the callout's own lines were skipped unread.
  it("hides the lines after the callout up to the comment's close", () => {
    expect(withoutPrivateParts(["> [!private]", "> Aside %% starts here", "", "SECRET aside", "%%", "Shared."])).toEqual(["", "Shared."]);
    expect(withoutPrivateParts(["> [!private] <!-- mine", "", "SECRET", "--> Shared after", "Shared."])).toEqual(["", " Shared after", "Shared."]);
  });
});

describe("withoutPrivateParts and longer fences", () => {
  // A fence closes only with a fence of the same character at least as long, as in Markdown and
  // markdown.ts's scan. Remembering the opening by its first three characters let a ``` line close a ````
  // block, and a private callout after the real end was taken for code and shared.
  it("does not let a ``` line inside a ```` block hide the private callout after the block", () => {
    const lines = ["````", "```", "````", "> [!private] Mine", "> secret"];
    expect(withoutPrivateParts(lines)).toEqual(["````", "```", "````"]);
  });

  // What is code is decided as markdown.ts's scan decides it, the scan that finds the sections a summary copies.
  it("shares no private callout after a backtick line whose info string holds a backtick (inline code, not a fence)", () => {
    const lines = ["```js`", "> [!private] Mine", "> secret"];
    expect(withoutPrivateParts(lines)).toEqual(["```js`"]);
  });

  it("shares no private callout after a fence closed by a line with a no-break space after it", () => {
    const lines = ["```", "code", "```\u00a0", "> [!private] Mine", "> secret"];
    expect(withoutPrivateParts(lines)).toEqual(["```", "code", "```\u00a0"]);
  });
});
