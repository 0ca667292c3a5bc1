import { describe, expect, it } from "vitest";
import { goalList, renderNote, topicCursor } from "../../../src/core/new-notes/new-notes";
import { translatorFor } from "../../../src/core/i18n";

describe("renderNote", () => {
  it("drops the byte order mark of a template saved by a Windows editor, with or without its own frontmatter", () => {
    const ours: Array<readonly [string, string]> = [["type", "mentoring-session"]];
    expect(renderNote(ours, "\uFEFF## Topic\r\n{{topic}}\r\n", { topic: "Hiring the first engineer" }).text).toBe(
      "---\ntype: mentoring-session\n---\n## Topic\nHiring the first engineer\n",
    );
    expect(renderNote(ours, "\uFEFF---\ntags: [mentoring]\n---\n## Topic\n{{topic}}\n", { topic: "Hiring" }).text).toBe(
      "---\ntype: mentoring-session\ntags:\n  - mentoring\n---\n## Topic\nHiring\n",
    );
  });
});

describe("goalList", () => {
  it("lists the agreement's goals, an achieved one struck through and ticked, or says there are none", () => {
    const goals = [
      { text: "Speak up in the weekly meeting", achieved: true },
      { text: "Lead one retrospective", achieved: false },
    ];
    expect(goalList(goals, translatorFor("en"))).toBe("- ~~Speak up in the weekly meeting~~ ✅\n- Lead one retrospective");
    expect(goalList([], translatorFor("en"))).toBe("- No goals agreed yet.");
    expect(goalList([], translatorFor("da"))).toBe("- Ingen mål aftalt endnu.");
  });
});

describe("topicCursor", () => {
  it("goes after the Topic heading, also when the note ends on that heading", () => {
    // The line after the blank line below the heading, at its end: here the end of the topic already written.
    expect(topicCursor("# Session 4\n\n## Topic\n\nHiring\n")).toEqual({ line: 4, ch: 6 });
    expect(topicCursor("# Session 4\n\n## Topic")).toEqual({ line: 3, ch: 0 });
    expect(topicCursor("# Session 4\n\n## Summary\n")).toBeNull();
  });
});
