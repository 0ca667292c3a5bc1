import { describe, expect, it } from "vitest";
import { renderSummary, summariseSession } from "../../../src/core/share/summary";
import { privateQuestions } from "../../../src/core/edits/inserts";
import { meetingTexts } from "../../../src/core/method/meeting-texts";
import type { Language } from "../../../src/core/notes/types";

const SECRET_WORDS = ["tired", "burnout", "salary", "reflection-secret", "evaluation-secret", "comment-secret", "html-secret"];

const ENGLISH = [
  "---",
  "type: mentoring-session",
  "mentee: Jane Doe",
  "mentor: Me Myself",
  "session: 3",
  "date: 2026-11-30",
  "topic: Saying no",
  "status: closed",
  "next: 2026-12-14",
  "---",
  "## Topic",
  "Saying no %%she looked tired%% to extra work.",
  "",
  "> [!private] My notes",
  "> Possible burnout; ask about salary.",
  "",
  "## Summary",
  "We practised three answers.",
  "%%",
  "comment-secret",
  "%%",
  "",
  "## Insights",
  "> [!PRIVATE]- Reflection (mentor)",
  "> - reflection-secret",
  "",
  "Jane knows what she wants to keep.",
  "",
  "## Ideas",
  "<!-- html-secret -->",
  "",
  "## Actions",
  "- [ ] Try the \"yes, if\" answer | twice 📅 2026-12-10",
  "- [x] Book the room [owner:: mentor] ✅ 2026-11-30",
  "",
  "> [!private] Evaluation (mentor)",
  "> - evaluation-secret",
  "",
].join("\n");

describe("summariseSession", () => {
  it("gives Summary, Insights, Ideas and the actions as a table, and no private part", () => {
    const result = summariseSession("Mentoring/Jane Doe/2026-11-30 Session 3.md", ENGLISH, "en");
    if (!result.ok) throw new Error("expected a summary");
    expect(renderSummary(result.summary, "markdown")).toBe(
      [
        "# Session 3 with Jane Doe, 2026-11-30",
        "",
        "Mentee: Jane Doe · Mentor: Me Myself",
        "",
        "**Topic:** Saying no",
        "",
        "## Summary",
        "",
        "We practised three answers.",
        "",
        "## Insights",
        "",
        "Jane knows what she wants to keep.",
        "",
        "## Ideas",
        "",
        "*Nothing written.*",
        "",
        "## Actions",
        "",
        "| Action | Owner | Due | Status |",
        "| --- | --- | --- | --- |",
        "| Try the \"yes, if\" answer \\| twice | mentee | 2026-12-10 | open |",
        "| Book the room | mentor | — | done |",
        "",
        "**Next meeting:** 2026-12-14",
        "",
      ].join("\n"),
    );
  });

  it("gives the same as plain text: the actions one a line with owner, due date and state, then the next meeting", () => {
    const result = summariseSession("Mentoring/Jane Doe/2026-11-30 Session 3.md", ENGLISH, "en");
    if (!result.ok) throw new Error("expected a summary");
    expect(renderSummary(result.summary, "text")).toBe(
      [
        "Session 3 with Jane Doe, 2026-11-30",
        "",
        "Mentee: Jane Doe · Mentor: Me Myself",
        "",
        "Topic: Saying no",
        "",
        "Summary",
        "  We practised three answers.",
        "",
        "Insights",
        "  Jane knows what she wants to keep.",
        "",
        "Ideas",
        "  Nothing written.",
        "",
        "Actions",
        "  Try the \"yes, if\" answer | twice (mentee, due 2026-12-10, open)",
        "  Book the room (mentor, due —, done)",
        "",
        "Next meeting: 2026-12-14",
        "",
      ].join("\n"),
    );
  });

  it("keeps an action's backslashes in its table cell as the note renders them, and pipes inside the cell", () => {
    const actions = ["- [ ] Copy the plan to K:\\Mentoring\\", "- [ ] Keep a\\|b, c\\\\|d and \\*stars\\*"];
    const note = ["---", "type: mentoring-session", "mentee: Jane Doe", "session: 4", "date: 2026-12-14", "---", "## Actions", ...actions, ""].join("\n");
    const result = summariseSession("Mentoring/Jane Doe/2026-12-14 Session 4.md", note, "en");
    if (!result.ok) throw new Error("expected a summary");
    const lines = renderSummary(result.summary, "markdown").split("\n");
    // A trailing backslash is followed by the cell's space, so it cannot escape the cell's end.
    expect(lines).toContain("| Copy the plan to K:\\Mentoring\\ | mentee | — | open |");
    expect(lines).toContain("| Keep a\\|b, c\\\\\\|d and \\*stars\\* | mentee | — | open |");
  });

  for (const format of ["markdown", "text", "json"] as const) {
    it(`holds no word of a private part (${format})`, () => {
      const result = summariseSession("s.md", ENGLISH, "en");
      if (!result.ok) throw new Error("expected a summary");
      const out = renderSummary(result.summary, format);
      for (const word of SECRET_WORDS) expect(out).not.toContain(word);
      expect(out).toContain("We practised three answers.");
      expect(out).toContain("Jane knows what she wants to keep.");
      expect(out).not.toMatch(/^\s*- \[[ x]\]/m);
    });
  }

  it("shares no comment written inside an action line, in any format", () => {
    const note = ENGLISH.replace("- [ ] Try the", "- [ ] Ask Per %%action-secret%% about the room <!-- html-action-secret --> 📅 2026-12-12\n- [ ] Try the");
    const result = summariseSession("s.md", note, "en");
    if (!result.ok) throw new Error("expected a summary");
    expect(result.summary.actions[0]?.text).toBe("Ask Per  about the room");
    for (const format of ["markdown", "text", "json"] as const) expect(renderSummary(result.summary, format)).not.toContain("action-secret");
  });

  // Code is what the note's Markdown scan calls code. A ``` line indented four columns after a blank line is
  // indented code, not a fence: the private callout below it is a callout, and stays out of the summary.
  it("shares a setext section's lines without its underline", () => {
    const note = ["---", "type: mentoring-session", "session: 3", "---", "Summary", "=======", "We practised.", ""].join("\n");
    const result = summariseSession("s.md", note, "en");
    if (!result.ok) throw new Error("expected a summary");
    expect(result.summary.sections.summary).toEqual(["We practised."]);
  });

  it("shares no private callout that follows a ``` line in an indented code block", () => {
    const note = ["---", "type: mentoring-session", "mentee: Jane Doe", "session: 3", "date: 2026-11-30", "---", "## Summary", "", "We practised.", "", "    ```", "> [!private] Mine", "> the pay rise I hope for", "", "## Actions", ""].join("\n");
    const result = summariseSession("s.md", note, "en");
    if (!result.ok) throw new Error("expected a summary");
    expect(result.summary.sections.summary).toEqual(["We practised.", "", "    ```"]);
    for (const format of ["markdown", "text", "json"] as const) expect(renderSummary(result.summary, format)).not.toContain("pay rise");
  });

  // The summary reads a section from the line after its heading, with no comment open. That is safe because
  // a heading line that opens a comment names no section: its title then holds the comment's opening.
  it("shares nothing of a comment that a heading line opens", () => {
    for (const opening of ["<!--", "%%"]) {
      const closing = opening === "%%" ? "%%" : "-->";
      const note = ["---", "type: mentoring-session", "session: 3", "date: 2026-11-30", "---", `## Summary ${opening} the pay rise`, "I hope for", `${closing}`, "## Actions", ""].join("\n");
      const result = summariseSession("s.md", note, "en");
      if (!result.ok) throw new Error("expected a summary");
      expect(result.summary.sections.summary).toEqual([]);
      for (const format of ["markdown", "text", "json"] as const) expect(renderSummary(result.summary, format)).not.toMatch(/pay rise|hope/);
    }
  });

  it("shares nothing of a comment opened in a private callout and closed after it", () => {
    const note = ["---", "type: mentoring-session", "session: 3", "date: 2026-11-30", "---", "## Summary", "> [!private]", "> Aside %% starts here", "", "the pay rise", "%%", "Shared.", "## Actions", ""].join("\n");
    const result = summariseSession("s.md", note, "en");
    if (!result.ok) throw new Error("expected a summary");
    expect(result.summary.sections.summary).toEqual(["Shared."]);
  });

  it("shares no line that continues a private callout's text without a `>` (lazy continuation)", () => {
    const note = ["---", "type: mentoring-session", "session: 3", "date: 2026-11-30", "---", "## Summary", "> [!private] Mine", "> My honest view:", "she struggles with her manager", "", "Shared line.", "## Actions", ""].join("\n");
    const result = summariseSession("s.md", note, "en");
    if (!result.ok) throw new Error("expected a summary");
    expect(result.summary.sections.summary).toEqual(["Shared line."]);
  });

  // A code span is literal: `<!--` or `%%` between backticks opens no comment that would swallow the rest of the note.
  it("keeps the lines and actions after a comment marker written in a code span", () => {
    for (const marker of ["`<!--`", "``%%``"]) {
      const note = ["---", "type: mentoring-session", "session: 3", "date: 2026-11-30", "---", "## Summary", `We looked at how ${marker} starts a comment.`, "Jane will try it.", "", "## Actions", "- [ ] Read the manual 📅 2026-12-11", ""].join("\n");
      const result = summariseSession("s.md", note, "en");
      if (!result.ok) throw new Error("expected a summary");
      expect(result.summary.sections.summary).toEqual([`We looked at how ${marker} starts a comment.`, "Jane will try it."]);
      expect(result.summary.actions.map((action) => action.text)).toEqual(["Read the manual"]);
    }
  });

  it("speaks the note's language: a Danish note gives a Danish summary", () => {
    const danish = ENGLISH.replace("## Summary", "## Opsummering")
      .replace("## Insights", "## Indsigter")
      .replace("## Ideas", "## Idéer")
      .replace("## Actions", "## Handlinger")
      .replace("## Topic", "## Emne");
    const result = summariseSession("s.md", danish, "en");
    if (!result.ok) throw new Error("expected a summary");
    const out = renderSummary(result.summary, "markdown");
    expect(out).toContain("# Møde 3 med Jane Doe, 2026-11-30");
    expect(out).toContain("## Opsummering\n\nWe practised three answers.");
    expect(out).toContain("| Handling | Ansvarlig | Frist | Status |");
    for (const word of SECRET_WORDS) expect(out).not.toContain(word);
  });

  it("refuses a note that is not a session", () => {
    const result = summariseSession("a.md", "---\ntype: mentoring-agreement\n---\n", "en");
    expect(result).toEqual({ ok: false, message: { key: "summary.notSession" } });
  });

  it("refuses a session whose frontmatter cannot be read, with the reason, instead of a summary of empty fields", () => {
    const broken = "---\ntype: mentoring-session\nmentee: Bob Stone\nsession: 2\ntopic: \"Interview practice\n---\n## Summary\nWe met.\n";
    const result = summariseSession("s.md", broken, "en");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.key).toBe("problem.frontmatter");
  });

  it("gives the focus in all three renderings, in the note's language, and nothing when the note has none", () => {
    const focused = ENGLISH.replace("topic: Saying no", "topic: Saying no\nfocus: Professional");
    const result = summariseSession("s.md", focused, "en");
    if (!result.ok) throw new Error("expected a summary");
    expect(result.summary.focus).toBe("professional");
    expect(renderSummary(result.summary, "markdown")).toContain("**Focus:** professional\n\n**Topic:** Saying no");
    expect(renderSummary(result.summary, "text")).toContain("Focus: professional\n\nTopic: Saying no");
    expect(JSON.parse(renderSummary(result.summary, "json"))).toMatchObject({ focus: "professional", topic: "Saying no" });

    const danish = summariseSession("s.md", focused
        .replace("focus: Professional", "focus: relational")
        .replace("## Summary", "## Opsummering")
        .replace("## Insights", "## Indsigter")
        .replace("## Ideas", "## Idéer")
        .replace("## Actions", "## Handlinger")
        .replace("## Topic", "## Emne"), "en");
    if (!danish.ok) throw new Error("expected a summary");
    expect(renderSummary(danish.summary, "markdown")).toContain("**Fokus:** relationel");

    const none = summariseSession("s.md", ENGLISH, "en");
    if (!none.ok) throw new Error("expected a summary");
    expect(none.summary.focus).toBeNull();
    expect(renderSummary(none.summary, "markdown")).not.toContain("Focus");
    expect(renderSummary(none.summary, "text")).not.toContain("Focus");
  });

  for (const lang of ["en", "da"] as const satisfies readonly Language[]) {
    it(`leaves out an inserted reflection and evaluation, question by question (${lang})`, () => {
      const texts = meetingTexts(lang);
      const reflection = privateQuestions(texts.reflectionTitle, texts.reflection).lines;
      const endTitle = texts.evaluationTitle("end", "mentor");
      const evaluation = privateQuestions(endTitle, [{ title: endTitle, questions: texts.evaluation("end", "mentor") }]).lines;
      const note = ENGLISH.replace("Jane knows what she wants to keep.\n", `Jane knows what she wants to keep.\n\n${reflection.join("\n")}\n`).concat(
        `\n${evaluation.join("\n")}\n`,
      );
      const result = summariseSession("s.md", note, lang);
      if (!result.ok) throw new Error("expected a summary");
      const secrets = [
        texts.reflectionTitle,
        endTitle,
        ...texts.reflection.flatMap((group) => [group.title, ...group.questions]),
        ...texts.evaluation("end", "mentor"),
      ];
      for (const format of ["markdown", "text", "json"] as const) {
        const out = renderSummary(result.summary, format);
        for (const secret of secrets) expect(out, `${format}: ${secret}`).not.toContain(secret);
        expect(out).toContain("Jane knows what she wants to keep.");
      }
    });
  }

  it("titles a session that names neither mentee nor mentor without an empty name, in both languages", () => {
    const nameless = (type: string, heading: string) => ["---", `type: ${type}`, "session: 2", "date: 2026-11-30", "---", `## ${heading}`, "Notes.", ""].join("\n");
    const english = summariseSession("Mentoring/Session 2.md", nameless("mentoring-session", "Summary"), "en");
    const danish = summariseSession("Mentoring/Møde 2.md", nameless("mentoring-session", "Opsummering"), "da");
    if (!english.ok || !danish.ok) throw new Error("expected summaries");
    expect(renderSummary(english.summary, "text").split("\n")[0]).toBe("Session 2, 2026-11-30");
    expect(renderSummary(danish.summary, "markdown").split("\n")[0]).toBe("# Møde 2, 2026-11-30");
    // No line for the people at all, not an empty one.
    expect(renderSummary(english.summary, "text").split("\n").slice(0, 4)).toEqual(["Session 2, 2026-11-30", "", "Summary", "  Notes."]);
  });

  it("names only the mentee when the note names no mentor", () => {
    const note = ["---", "type: mentoring-session", "mentee: Jane Doe", "session: 2", "date: 2026-11-30", "---", "## Summary", "Notes.", ""].join("\n");
    const result = summariseSession("Mentoring/Jane Doe/2026-11-30 Session 2.md", note, "en");
    if (!result.ok) throw new Error("expected a summary");
    expect(renderSummary(result.summary, "markdown").split("\n").slice(0, 4)).toEqual(["# Session 2 with Jane Doe, 2026-11-30", "", "Mentee: Jane Doe", ""]);
  });

  it("still summarises a session with a wrong field: only frontmatter that cannot be read is a reason to refuse", () => {
    const note = ["---", "type: mentoring-session", "mentee: Jane Doe", "session: three", "date: 2026-11-30", "phase: ending", "---", "## Summary", "Notes.", ""].join("\n");
    const result = summariseSession("Mentoring/Jane Doe/2026-11-30 Session 3.md", note, "en");
    if (!result.ok) throw new Error("expected a summary");
    expect(renderSummary(result.summary, "text").split("\n")[0]).toBe("Session ? with Jane Doe, 2026-11-30");
  });

  it("ends the JSON with a newline, like the other formats", () => {
    const result = summariseSession("Mentoring/Jane Doe/2026-11-30 Session 3.md", ENGLISH, "en");
    if (!result.ok) throw new Error("expected a summary");
    const json = renderSummary(result.summary, "json");
    expect(json.endsWith("}\n")).toBe(true);
    expect(JSON.parse(json)).toMatchObject({ mentee: "Jane Doe", number: 3, next: "2026-12-14" });
  });

  it("fills a session without number, date or mentee and with no actions: question marks in the title, the mentor's name, nothing written", () => {
    const sparse = ["---", "type: mentoring-session", "mentor: Lis Holm", "---", "## Summary", "We talked about the new team.", "", "## Actions", ""].join("\n");
    const result = summariseSession("Mentoring/Lis/Session.md", sparse, "en");
    if (!result.ok) throw new Error("expected a summary");
    expect(renderSummary(result.summary, "markdown")).toBe(
      [
        "# Session ? with Lis Holm, ?",
        "",
        "Mentor: Lis Holm",
        "",
        "## Summary",
        "",
        "We talked about the new team.",
        "",
        "## Insights",
        "",
        "*Nothing written.*",
        "",
        "## Ideas",
        "",
        "*Nothing written.*",
        "",
        "## Actions",
        "",
        "*Nothing written.*",
        "",
      ].join("\n"),
    );
    expect(renderSummary(result.summary, "text")).toBe(
      [
        "Session ? with Lis Holm, ?",
        "",
        "Mentor: Lis Holm",
        "",
        "Summary",
        "  We talked about the new team.",
        "",
        "Insights",
        "  Nothing written.",
        "",
        "Ideas",
        "  Nothing written.",
        "",
        "Actions",
        "  Nothing written.",
        "",
      ].join("\n"),
    );
  });
});
