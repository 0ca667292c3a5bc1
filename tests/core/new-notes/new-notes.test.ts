import { describe, expect, it } from "vitest";
import { goalList, peopleSentence, renderNote, topicCursor } from "../../../src/core/new-notes/new-notes";
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

describe("renderNote with a user's template that has its own frontmatter", () => {
  const ours: Array<readonly [string, string | number]> = [
    ["type", "mentoring-session"],
    ["session", 3],
  ];

  it("adds the template's flat keys after ours; leaves out our keys, nested maps, lists of other than text and numbers that are not finite", () => {
    const template = [
      "---",
      "type: my-own-type",
      "session: 99",
      "place: Copenhagen office",
      "reviewed: false",
      "mood:",
      "energy: 4",
      "score: .nan",
      "limit: .inf",
      "tags: [mentoring, growth]",
      "checklist: [1, two]",
      "meta:",
      "  owner: Anna Holm",
      "---",
      "## Topic",
      "{{topic}}",
      "",
    ].join("\n");
    expect(renderNote(ours, template, { topic: "Hiring the first engineer" }).text).toBe(
      [
        "---",
        "type: mentoring-session",
        "session: 3",
        "place: Copenhagen office",
        "reviewed: false",
        "mood:",
        "energy: 4",
        "tags:",
        "  - mentoring",
        "  - growth",
        "---",
        "## Topic",
        "Hiring the first engineer",
        "",
      ].join("\n"),
    );
  });

  it("starts the body at its first line that is not blank, after LF and CRLF frontmatter alike", () => {
    const expected = "---\ntype: mentoring-session\nsession: 3\ntags:\n  - mentoring\n---\n## Topic\nHiring\n";
    expect(renderNote(ours, "---\ntags: [mentoring]\n---\n\n\n## Topic\n{{topic}}\n", { topic: "Hiring" }).text).toBe(expected);
    expect(renderNote(ours, "---\r\ntags: [mentoring]\r\n---\r\n\r\n\r\n## Topic\r\n{{topic}}\r\n", { topic: "Hiring" }).text).toBe(expected);
  });

  // The blank lines after the frontmatter are dropped whatever their ending (a CR-only template once kept one).
  it("starts the body at its first line that is not blank after CR-only frontmatter too", () => {
    expect(renderNote(ours, "---\rtags: [mentoring]\r---\r\r## Topic\r{{topic}}\r", { topic: "Hiring" }).text).toBe(
      "---\ntype: mentoring-session\nsession: 3\ntags:\n  - mentoring\n---\n## Topic\nHiring\n",
    );
  });

  it("writes a template saved with old Mac line endings (CR alone) with LF", () => {
    expect(renderNote(ours, "## Topic\r{{topic}}\r\r## Actions\r", { topic: "Hiring" }).text).toBe(
      "---\ntype: mentoring-session\nsession: 3\n---\n## Topic\nHiring\n\n## Actions\n",
    );
  });
});

describe("peopleSentence", () => {
  it("names only the people known, and says nothing when neither is", () => {
    const t = translatorFor("en");
    expect(peopleSentence("Jane Doe", "Anna Holm", t)).toBe("Jane Doe is the mentee and Anna Holm the mentor.");
    expect(peopleSentence("Jane Doe", "", t)).toBe("Jane Doe is the mentee; the mentor is not named yet.");
    expect(peopleSentence("", "Anna Holm", t)).toBe("Anna Holm is the mentor; the mentee is not named yet.");
    expect(peopleSentence("", "", t)).toBe("");
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

  it("stays on the line right after the heading when that line is the last, holds text, or comes before the next heading", () => {
    // The note ends on the Topic heading's newline: the empty last line.
    expect(topicCursor("# Session 4\n\n## Topic\n")).toEqual({ line: 3, ch: 0 });
    // The topic is written on the line right below the heading: its end.
    expect(topicCursor("# Session 4\n\n## Topic\nHiring\n\n## Actions\n")).toEqual({ line: 3, ch: 6 });
    // An empty Topic section: the blank line, not the next heading.
    expect(topicCursor("# Session 4\n\n## Topic\n\n## Actions\n")).toEqual({ line: 3, ch: 0 });
  });

  it("takes a line of blanks after the heading for a blank line", () => {
    expect(topicCursor("# Session 4\n\n## Topic\n   \nHiring\n")).toEqual({ line: 4, ch: 6 });
  });
});
