import { describe, it, expect } from "vitest";
import { topicCursor } from "../../../src/core/new-notes/new-notes";
import { planRelationship } from "../../../src/core/new-notes/new-relationship";
import { planSession, type RelationshipState } from "../../../src/core/new-notes/new-session";
import { backSeatQuestions, conversationStarters, firstMeetingStarters } from "../../../src/core/method/banks";
import { translate } from "../../../src/core/i18n";
import type { Language, Session } from "../../../src/core/notes/types";
import { sessionNote } from "../../fixtures/sessions";
import { agreementOf, input, sessionOf, settings, today } from "../../fixtures/planning";

function relationshipFrom(lang: Language, sessionTexts: Array<[string, string]>): RelationshipState {
  const plan = planRelationship(input(), settings(), lang, "2026-09-01");
  if (!plan.ok) throw new Error(plan.reason);
  const agreement = agreementOf(plan.files[0]?.path ?? "", plan.files[0]?.text ?? "");
  const sessions = sessionTexts.map(([path, text]) => sessionOf(path, text));
  return { folder: "Mentoring/Jane Doe", agreement, sessions };
}

const earlier = (lang: Language): Array<[string, string]> => {
  const actions = lang === "en" ? "## Actions" : "## Handlinger";
  return [
    ["Mentoring/Jane Doe/2026-09-01 Session 1.md", sessionNote(1, "2026-09-01", ["- [x] Decide whether we go ahead ✅ 2026-09-03", "- [ ] Map the stakeholders 📅 2026-09-20"], { heading: actions })],
    ["Mentoring/Jane Doe/2026-10-06 Session 2.md", sessionNote(2, "2026-10-06", ["- [ ] Ask for feedback on the plan [owner:: mentor]"], { heading: actions })],
  ];
};

describe("planSession", () => {
  it("gives a user's template the first meeting's few conversation starters and the command for the rest", () => {
    for (const lang of ["en", "da"] as Language[]) {
      const plan = planSession(relationshipFrom(lang, earlier(lang)), settings(), lang, today, "## Starters\n\n{{conversation_starters}}\n");
      if (plan.kind !== "create") throw new Error("expected a new note");
      const body = plan.text.slice(plan.text.indexOf("## Starters"));
      const few = firstMeetingStarters.questions[lang];
      expect(few.length).toBeGreaterThan(0);
      for (const question of few) expect(body).toContain(question);
      for (const question of conversationStarters.questions[lang].filter((other) => !few.includes(other))) expect(body).not.toContain(question);
      expect(body).toContain(translate(lang, "command.insertStarters"));
    }
  });

  it("opens today's session instead of making a second one", () => {
    const state = relationshipFrom("en", [...earlier("en"), ["Mentoring/Jane Doe/2026-11-22 Session 3.md", "---\ntype: mentoring-session\nsession: 3\ndate: 2026-11-22\n---\n"]]);
    expect(planSession(state, settings(), "en", today)).toEqual({ kind: "exists", path: "Mentoring/Jane Doe/2026-11-22 Session 3.md" });
  });

  for (const lang of ["en", "da"] as Language[]) {
    it(`writes the next session with number, phase, links, goals, live actions and prompts (${lang})`, () => {
      const state = relationshipFrom(lang, earlier(lang));
      const plan = planSession(state, settings(), lang, today);
      if (plan.kind !== "create") throw new Error("expected a new note");
      expect(plan.path).toBe(`Mentoring/Jane Doe/2026-11-22 ${lang === "en" ? "Session" : "Møde"} 3.md`);
      expect(plan.text).not.toContain("\r");
      const note = sessionOf(plan.path, plan.text);
      expect(note).toMatchObject({ number: 3, date: today, phase: "middle", status: "open" });
      expect(note.actions).toEqual([]);
      expect(plan.text).toContain("[[2026-10-06 Session 2]]");
      expect(plan.text).toContain("```mentoring-dashboard\nrelationship: Mentoring/Jane Doe\nshow: actions\n```");
      expect(plan.text).toContain("- Lead the quarterly planning");
      expect(plan.moves.lines).toEqual([]);
      const cursor = topicCursor(plan.text);
      expect(cursor).not.toBeNull();
      expect(plan.text.split("\n")[(cursor?.line ?? 0) - 2]).toMatch(/^## (Topic|Emne)$/);
    });
  }

  it("makes the last quarter of the plan the final phase", () => {
    const sessions: Array<[string, string]> = [1, 2, 3, 4].map((n) => [
      `Mentoring/Jane Doe/2026-0${n + 4}-01 Session ${n}.md`,
      `---\ntype: mentoring-session\nsession: ${n}\ndate: 2026-0${n + 4}-01\n---\n`,
    ]);
    const plan = planSession(relationshipFrom("en", sessions), settings(), "en", today);
    if (plan.kind !== "create") throw new Error("expected a new note");
    expect(sessionOf(plan.path, plan.text).phase).toBe("final");
  });

  for (const lang of ["en", "da"] as Language[]) {
    it(`reminds the mentor to take the back seat before a final-phase meeting, and only then (${lang})`, () => {
      const sessions: Array<[string, string]> = [1, 2, 3, 4].map((n) => [
        `Mentoring/Jane Doe/2026-0${n + 4}-01 Session ${n}.md`,
        `---\ntype: mentoring-session\nsession: ${n}\ndate: 2026-0${n + 4}-01\n---\n`,
      ]);
      const final = planSession(relationshipFrom(lang, sessions), settings(), lang, today);
      const middle = planSession(relationshipFrom(lang, earlier(lang)), settings(), lang, today);
      if (final.kind !== "create" || middle.kind !== "create") throw new Error("expected new notes");
      expect(relationshipFrom(lang, sessions).agreement.role).toBe("mentor");
      const beforeMeeting = (text: string): string => text.slice(text.indexOf(lang === "en" ? "## Before the meeting" : "## Før mødet"), text.indexOf(lang === "en" ? "## Topic" : "## Emne"));
      expect(beforeMeeting(final.text)).toContain(`**${backSeatQuestions.title[lang]}**`);
      for (const question of backSeatQuestions.questions[lang]) {
        expect(beforeMeeting(final.text)).toContain(`- ${question}`);
        expect(middle.text).not.toContain(question);
      }
    });
  }

  it("never asks a mentee to take the back seat, not even in the final phase", () => {
    const plan = planRelationship(input({ role: "mentee", name: "Jane Doe" }), settings(), "en", "2026-05-01");
    if (!plan.ok) throw new Error(plan.reason);
    const agreement = agreementOf(plan.files[0]?.path ?? "", plan.files[0]?.text ?? "");
    const sessions = [1, 2, 3, 4].map((n) => sessionOf(`Mentoring/Jane Doe/2026-0${n + 4}-01 Session ${n}.md`, `---\ntype: mentoring-session\nsession: ${n}\ndate: 2026-0${n + 4}-01\n---\n`));
    const final = planSession({ folder: "Mentoring/Jane Doe", agreement, sessions }, settings(), "en", today, "{{phase}}\n\n{{before_meeting}}\n");
    if (final.kind !== "create") throw new Error("expected a new note");
    const body = final.text.slice(final.text.indexOf("\n---\n") + 5);
    expect(body.startsWith("final\n\n")).toBe(true);
    expect(body).toContain("- What from our last meeting have I thought about most since?\n");
    expect(body).not.toContain("Final phase: taking the back seat");
    expect(body).not.toContain("This time, how can I let the mentee lead and ask the questions, while I mostly listen?");
  });

  it("Danish and English sessions with moved actions read the same", () => {
    const read = (lang: Language): Session => {
      const plan = planSession(relationshipFrom(lang, earlier(lang)), settings({ carryOver: "move" }), lang, today);
      if (plan.kind !== "create") throw new Error("expected a new note");
      expect(plan.moves.edits).toHaveLength(2);
      return sessionOf(plan.path, plan.text);
    };
    const en = read("en");
    const da = read("da");
    const shape = (s: Session) => s.actions.map((a) => ({ state: a.state, due: a.task.due, owner: a.task.owner, line: a.line }));
    expect(en.actions).toHaveLength(2);
    expect(shape(da)).toEqual(shape(en));
    expect(en.actions.map((a) => a.task.text.startsWith("Map the stakeholders"))).toEqual([true, false]);
    expect(da.actions.map((a) => a.task.text.startsWith("Map the stakeholders"))).toEqual([true, false]);
  });

  it("writes the moved actions once when a user's template has {{carried_actions}} twice: each stays one open task", () => {
    const template = "## Actions\n\n{{carried_actions}}\n\n## Again\n\n{{carried_actions}}\n";
    const plan = planSession(relationshipFrom("en", earlier("en")), settings({ carryOver: "move" }), "en", today, template);
    if (plan.kind !== "create") throw new Error("expected a new note");
    expect(plan.moves.edits).toHaveLength(2);
    expect(plan.text.split("\n").filter((line) => line.startsWith("- [ ] "))).toHaveLength(2);
    expect(plan.text.split("\n").slice(-2)).toEqual(["## Again", ""]);
    expect(plan.unknownPlaceholders).toEqual([]);
  });

  for (const lang of ["en", "da"] as Language[]) {
    it(`says under Since last time what the carry-over setting does: live shows, move moves (${lang})`, () => {
      const text = (carryOver: "live" | "move"): string => {
        const plan = planSession(relationshipFrom(lang, earlier(lang)), settings({ carryOver }), lang, today);
        if (plan.kind !== "create") throw new Error("expected a new note");
        return plan.text;
      };
      const live = translate(lang, "note.sinceLastTime");
      const moved = translate(lang, "note.sinceLastTimeMoved");
      expect(moved).not.toBe(live);
      expect(text("live")).toContain(`\n${live}\n`);
      expect(text("live")).not.toContain(moved);
      const moveText = text("move");
      expect(moveText).toContain(`\n${moved}\n`);
      expect(moveText).not.toContain(live);
      // What the sentence says is what the note holds: the actions, under Actions, after Since last time.
      const lines = moveText.split("\n");
      const actionsHeading = lines.indexOf(lang === "en" ? "## Actions" : "## Handlinger");
      expect(lines.indexOf(moved)).toBeLessThan(actionsHeading);
      expect(lines.slice(actionsHeading).filter((line) => line.startsWith("- [ ] "))).toHaveLength(2);
    });
  }

  describe("fills every placeholder of a user's session template", () => {
    const template = [
      "# {{title}}",
      "{{mentee}} / {{mentor}} / {{other}} / {{role}} / {{number}} / {{phase}}",
      "Previous: {{previous_link}}",
      "{{goals}}",
      "Plan: every {{cadence}} days, {{meeting_minutes}} minutes, {{meetings_planned}} meetings, {{start}} to {{end}}",
      "Agreement only: [{{practical_frame}}][{{ground_rules}}][{{working_together}}][{{signatures}}][{{first_meeting_intro}}]",
      "",
    ].join("\n");
    const folder = "Mentoring/Jane Doe";
    const file = `${folder}/Agreement.md`;
    const bodyOf = (agreementText: string): string[] => {
      const plan = planSession({ folder, agreement: agreementOf(file, agreementText), sessions: [] }, settings(), "en", today, template);
      if (plan.kind !== "create") throw new Error("expected a new note");
      expect(plan.unknownPlaceholders).toEqual([]);
      return plan.text.slice(plan.text.indexOf("\n---\n") + 5).split("\n");
    };

    it("from the agreement where it says: the plan, the dates and the goals as they are written, blanks around them aside", () => {
      const agreement = [
        "---",
        "type: mentoring-agreement",
        "mentee: Jane Doe",
        "mentor: Anna Holm",
        "role: mentor",
        "start: 2026-09-01",
        "end: 2027-03-01",
        "meetings_planned: 8",
        "cadence_days: 21",
        "meeting_minutes: 45",
        "status: active",
        "---",
        "# Mentoring agreement: Jane Doe and Anna Holm",
        "",
        "## Goals",
        "",
        "- [ ] Lead the quarterly planning  ",
        "- [x] Build a network outside the team ✅ 2026-10-01",
        "",
      ].join("\n");
      expect(bodyOf(agreement)).toEqual([
        "# Session 1 with Jane Doe",
        "Jane Doe / Anna Holm / Jane Doe / mentor / 1 / start",
        "Previous: none, this is the first",
        "- [ ] Lead the quarterly planning",
        "- [x] Build a network outside the team ✅ 2026-10-01",
        "Plan: every 21 days, 45 minutes, 8 meetings, 2026-09-01 to 2027-03-01",
        "Agreement only: [][][][][]",
        "",
      ]);
    });

    it("from the settings and the folder's name where the agreement says nothing (I am the mentor, the mentee not named)", () => {
      const agreement = ["---", "type: mentoring-agreement", "mentor: Anna Holm", "role: mentor", "---", "# Mentoring agreement with Jane Doe", ""].join("\n");
      expect(bodyOf(agreement)).toEqual([
        "# Session 1 with Jane Doe",
        " / Anna Holm / Jane Doe / mentor / 1 / start",
        "Previous: none, this is the first",
        "",
        "Plan: every 28 days, 60 minutes, 6 meetings,  to ",
        "Agreement only: [][][][][]",
        "",
      ]);
    });

    it("the other person is the mentor when I am the mentee, and the folder's name when the mentor is not named", () => {
      const agreement = ["---", "type: mentoring-agreement", "mentee: Anna Holm", "role: mentee", "---", "# Mentoring agreement with Jane Doe", ""].join("\n");
      expect(bodyOf(agreement).slice(0, 2)).toEqual(["# Session 1 with Jane Doe", "Anna Holm /  / Jane Doe / mentee / 1 / start"]);
    });
  });
});
