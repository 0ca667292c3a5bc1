import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { parseNote } from "../../../src/core/notes/parse-note";
import { parseTaskLine } from "../../../src/core/syntax/task-line";
import { scanMarkdown } from "../../../src/core/syntax/markdown";
import { sectionOfLines } from "../../../src/core/notes/sections";
import { runs } from "../../setup/property-runs";

const FRONTMATTER = "---\ntype: mentoring-session\nsession: 2\n---\n";

/** The actions as a line-by-line reading finds them: task lines of the body whose section is Actions. */
function actionsByFullScan(text: string): Array<[number, string]> {
  const scan = scanMarkdown(text);
  const sections = sectionOfLines(scan);
  return scan
    .filter((line) => line.block === "body" && sections[line.index] === "actions" && parseTaskLine(line.text) !== null)
    .map((line) => [line.index, line.text]);
}

describe("parseNote: a session's actions", () => {
  it("finds the actions under a setext heading", () => {
    for (const underline of ["---", "===", "-------"]) {
      const parsed = parseNote("S.md", `${FRONTMATTER}Summary\n${underline}\nWords.\n\nActions\n${underline}\n- [ ] Call Ann 📅 2026-12-01\n`);
      expect(parsed.kind).toBe("session");
      if (parsed.kind === "session") expect(parsed.note.actions.map((action) => [action.line, action.raw])).toEqual([[10, "- [ ] Call Ann 📅 2026-12-01"]]);
    }
  });

  it("does not read a task line in an indented code block as an action", () => {
    const parsed = parseNote("S.md", `${FRONTMATTER}## Actions\nAn example of the syntax:\n\n    - [ ] not an action\n\n- [ ] a real one\n`);
    expect(parsed.kind).toBe("session");
    if (parsed.kind === "session") expect(parsed.note.actions.map((action) => action.raw)).toEqual(["- [ ] a real one"]);
  });

  // Headings in and out of Actions (both languages, nested, indented), fences and comments that hide
  // them, tags and inline code that only look like marks, and task lines everywhere.
  const piece = fc.oneof(
    fc.constantFrom("## Actions", "## Handlinger", "### Actions", "# Session 2", "## Summary", "## Insights", "### Sub", "   ## Actions", "\uFEFF## Actions", "#tag only"),
    fc.constantFrom("```", "~~~", "  ```js", "<!--", "-->", "%%", "text <!-- open", "<!-- one line -->", "`code` # not", "~ tilde"),
    fc.constantFrom("- [ ] Call Ann 📅 2026-12-01", "- [x] Done [owner:: mentor]", "\t- [ ] nested", "- plain item", "words #tag", "", "1. [>] moved"),
  );
  const note = fc.tuple(fc.array(piece, { maxLength: 30 }), fc.constantFrom("\n", "\n", "\r\n", "\r"));

  it("are the task lines a line-by-line reading finds under Actions, whatever the note holds (property)", () => {
    fc.assert(
      fc.property(note, ([lines, eol]) => {
        const text = FRONTMATTER.replace(/\n/g, eol) + lines.join(eol);
        const parsed = parseNote("Mentoring/Ann/Session 2.md", text);
        expect(parsed.kind).toBe("session");
        const actions = parsed.kind === "session" ? parsed.note.actions.map((action): [number, string] => [action.line, action.raw]) : [];
        expect(actions).toEqual(actionsByFullScan(text));
      }),
      runs(3000),
    );
  });

  it("keep what the index orders and filters by, equal to the parsed line's", () => {
    const text = `${FRONTMATTER}## Actions\n- [ ] Call Ann [owner:: mentor] 📅 2026-12-01\n- [x] Send notes [due:: 2026-11-20] [completion:: 2026-11-21]\n- [-] Dropped\n`;
    const parsed = parseNote("S.md", text);
    const actions = parsed.kind === "session" ? parsed.note.actions : [];
    expect(actions.map((action) => [action.state, action.due, action.owner, action.task.due, action.task.owner, action.task.text])).toEqual([
      ["open", "2026-12-01", "mentor", "2026-12-01", "mentor", "Call Ann"],
      ["done", "2026-11-20", "mentee", "2026-11-20", "mentee", "Send notes"],
      ["cancelled", null, "mentee", null, "mentee", "Dropped"],
    ]);
  });
});
