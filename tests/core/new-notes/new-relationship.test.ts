import { describe, it, expect } from "vitest";
import { defaultRelationshipInput, plannedEnd, planRelationship, type RelationshipInput } from "../../../src/core/new-notes/new-relationship";
import { isInsideFolder } from "../../fixtures/inside-folder";
import { DEFAULT_SETTINGS } from "../../../src/core/notes/settings";
import { conversationStarters, FIRST_MEETING_STARTERS } from "../../../src/core/method/banks";
import { translate } from "../../../src/core/i18n";
import type { Language } from "../../../src/core/notes/types";
import { agreementOf, input, sessionOf, settings, today } from "../../fixtures/planning";

describe("planRelationship", () => {
  for (const lang of ["en", "da"] as Language[]) {
    it(`writes an agreement and a first session that read back (${lang})`, () => {
      const plan = planRelationship(input(), settings(), lang, "2026-09-01");
      if (!plan.ok) throw new Error(plan.reason);
      const [agreementFile, firstFile] = plan.files;
      expect(agreementFile?.path).toBe(lang === "en" ? "Mentoring/Jane Doe/Agreement.md" : "Mentoring/Jane Doe/Aftale.md");
      expect(firstFile?.path).toBe(lang === "en" ? "Mentoring/Jane Doe/2026-09-01 Session 1.md" : "Mentoring/Jane Doe/2026-09-01 Møde 1.md");
      for (const file of plan.files) expect(file.text).not.toContain("\r");
      for (const file of plan.files) expect(file.text).not.toContain("{{");

      const agreement = agreementOf(agreementFile?.path ?? "", agreementFile?.text ?? "");
      expect(agreement).toMatchObject({ mentee: "Jane Doe", mentor: "Anna Holm", role: "mentor", start: "2026-09-01", status: "active" });
      expect(agreement.meetingsPlanned).toBe(DEFAULT_SETTINGS.meetingsPlanned);
      expect(agreement.goals.map((g) => [g.text, g.achieved])).toEqual(input().goals.map((g) => [g, false]));

      const first = sessionOf(firstFile?.path ?? "", firstFile?.text ?? "");
      expect(first).toMatchObject({ number: 1, date: "2026-09-01", phase: "start", status: "open" });
      expect(first.agreementLink).toContain(lang === "en" ? "Mentoring/Jane Doe/Agreement" : "Mentoring/Jane Doe/Aftale");
      // The goals appear in the session as plain text, never as a second set of tasks.
      expect(first.actions).toHaveLength(1);
    });
  }

  for (const lang of ["en", "da"] as Language[]) {
    it(`lists a handful of conversation starters in the first session, and names the command with all of them (${lang})`, () => {
      const plan = planRelationship(input(), settings(), lang, "2026-09-01");
      if (!plan.ok) throw new Error(plan.reason);
      const text = plan.files[1]?.text ?? "";
      const all = conversationStarters.questions[lang];
      const listed = all.filter((question) => text.includes(`- ${question}\n`));
      // A handful, picked by index so both languages ask the same, in the bank's order, the same every time.
      expect(listed).toEqual(FIRST_MEETING_STARTERS.map((i) => all[i]));
      expect(listed.length).toBeGreaterThanOrEqual(4);
      expect(listed.length).toBeLessThanOrEqual(8);
      expect(text).toContain(translate(lang, "note.moreStarters", { count: all.length, command: translate(lang, "command.insertStarters") }));
      const again = planRelationship(input(), settings(), lang, "2026-09-01");
      expect(again.ok && again.files[1]?.text).toBe(text);
    });
  }

  it("picks the first meeting's starters from every theme of the bank, each once", () => {
    expect(new Set(FIRST_MEETING_STARTERS).size).toBe(FIRST_MEETING_STARTERS.length);
    expect([...FIRST_MEETING_STARTERS].sort((a, b) => a - b)).toEqual(FIRST_MEETING_STARTERS);
    for (const i of FIRST_MEETING_STARTERS) expect(conversationStarters.questions.en[i]).toBeDefined();
    // The bank's themes by index: getting to know each other (0-8), the mentee's aims (9-10), working together (11-15).
    const themes = [[0, 8], [9, 10], [11, 15]];
    for (const [from = 0, to = 0] of themes) expect(FIRST_MEETING_STARTERS.some((i) => i >= from && i <= to)).toBe(true);
  });

  it("refuses more than three goals, with a reason naming the count", () => {
    const plan = planRelationship(input({ goals: ["a", "b", "c", "d"] }), settings(), "en", today);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.reason).toMatch(/three.*4|4.*three/);
    const da = planRelationship(input({ goals: ["a", "b", "c", "d"] }), settings(), "da", today);
    expect(da.ok).toBe(false);
  });

  it("ignores empty goal lines and accepts none", () => {
    expect(planRelationship(input({ goals: ["a", "", "  ", "b", "c"] }), settings(), "en", today).ok).toBe(true);
    const none = planRelationship(input({ goals: [] }), settings(), "en", today);
    if (!none.ok) throw new Error(none.reason);
    expect(agreementOf(none.files[0]?.path ?? "", none.files[0]?.text ?? "").goals).toEqual([]);
  });

  it("refuses an empty name, a bad date and an end before the start", () => {
    expect(planRelationship(input({ name: "  " }), settings(), "en", today).ok).toBe(false);
    expect(planRelationship(input({ start: "2026-13-01" }), settings(), "en", today).ok).toBe(false);
    expect(planRelationship(input({ end: "2026-08-01" }), settings(), "en", today).ok).toBe(false);
  });

  it("keeps a hostile name inside the root folder", () => {
    for (const name of ["../../x", "..", ".obsidian", "a/../../b", "C:\\Windows"]) {
      const plan = planRelationship(input({ name }), settings(), "en", today);
      if (!plan.ok) throw new Error(plan.reason);
      for (const file of plan.files) {
        expect(isInsideFolder("Mentoring", file.path)).toBe(true);
        expect(file.path.split("/")).toHaveLength(3);
      }
    }
  });

  it("keeps the other person's name as typed in the notes (a tab or line break a space); only the folder name is sanitised", () => {
    const cases = [
      ['Jane "JJ" Doe', 'Jane "JJ" Doe', "Jane -JJ- Doe"],
      ["Jane: Doe", "Jane: Doe", "Jane- Doe"],
      ["Jane\tDoe", "Jane Doe", "Jane Doe"],
      ["Jane\nDoe", "Jane Doe", "Jane Doe"],
      ["#Jane [x]", "#Jane [x]", "Jane -x-"],
    ];
    for (const [typed, kept, folder] of cases) {
      const plan = planRelationship(input({ name: typed }), settings(), "en", today);
      if (!plan.ok) throw new Error(plan.reason);
      const [agreementFile, firstFile] = plan.files;
      expect(agreementFile?.path).toBe(`Mentoring/${folder}/Agreement.md`);
      expect(agreementOf(agreementFile?.path ?? "", agreementFile?.text ?? "").mentee).toBe(kept);
      expect(sessionOf(firstFile?.path ?? "", firstFile?.text ?? "").mentee).toBe(kept);
      expect(agreementFile?.text).toContain(`\n# Mentoring agreement: ${kept} and Anna Holm\n`);
      expect(firstFile?.text).toContain(`\n# First meeting with ${kept}\n`);
    }
  });

  it("refuses a name or goal that would open a comment hiding the rest of the note (%% or <!--), saying which and why", () => {
    const reason = (overrides: Partial<RelationshipInput>, myName = "Anna Holm", lang: Language = "en"): string => {
      const plan = planRelationship(input(overrides), settings({ myName }), lang, today);
      return plan.ok ? "accepted" : plan.reason;
    };
    const why = "cannot go into a note: %% and <!-- start a comment, which would hide the rest of the note.";
    const refused = (text: string): string => `The text "${text}" ${why}`;
    expect(reason({ name: "Jane %% Doe" })).toBe(refused("Jane %% Doe"));
    expect(reason({ name: "Jane <!-- Doe" })).toBe(refused("Jane <!-- Doe"));
    expect(reason({}, "Me %%")).toBe(refused("Me %%"));
    expect(reason({ goals: ["Lead <!-- a meeting"] })).toBe(refused("Lead <!-- a meeting"));
    expect(reason({ name: "Jane %% Doe" }, "Anna Holm", "da")).toBe('Teksten »Jane %% Doe« kan ikke stå i en note: %% og <!-- starter en kommentar, som ville skjule resten af noten.');
    // A comment that closes again hides nothing after it, and 50% is no comment.
    expect(reason({ name: "Jane 50% Doe", goals: ["Lead a meeting %%my own note%%"] })).toBe("accepted");
  });

  it("writes me as the mentee when that is my role", () => {
    const plan = planRelationship(input({ role: "mentee", name: "Søren Ærø" }), settings(), "da", today);
    if (!plan.ok) throw new Error(plan.reason);
    const agreement = agreementOf(plan.files[0]?.path ?? "", plan.files[0]?.text ?? "");
    expect(agreement).toMatchObject({ mentee: "Anna Holm", mentor: "Søren Ærø", role: "mentee" });
  });

  describe("with my name not set, the agreement still reads naturally", () => {
    const cases: Array<{ lang: Language; role: "mentor" | "mentee"; title: string; sentence: string }> = [
      { lang: "en", role: "mentor", title: "# Mentoring agreement with Anna Berg", sentence: "Anna Berg is the mentee; the mentor is not named yet." },
      { lang: "en", role: "mentee", title: "# Mentoring agreement with Anna Berg", sentence: "Anna Berg is the mentor; the mentee is not named yet." },
      { lang: "da", role: "mentor", title: "# Mentoraftale med Anna Berg", sentence: "Anna Berg er mentee; der står endnu ikke et navn på mentor." },
      { lang: "da", role: "mentee", title: "# Mentoraftale med Anna Berg", sentence: "Anna Berg er mentor; der står endnu ikke et navn på mentee." },
    ];
    for (const { lang, role, title, sentence } of cases) {
      it(`${lang}, I am the ${role}: the title and the roles sentence name only Anna Berg`, () => {
        const plan = planRelationship(input({ role, name: "Anna Berg" }), settings({ myName: "" }), lang, today);
        if (!plan.ok) throw new Error(plan.reason);
        const text = plan.files[0]?.text ?? "";
        expect(text.split("\n")).toContain(title);
        expect(text).toContain(sentence);
        expect(text).not.toMatch(/[^ \n] {2,}[^ \n]/);
        expect(text).not.toMatch(/(and|og) (Mentor|Mentee)\b/);
      });
    }

    it("with both names known, the sentence names both, as before", () => {
      const plan = planRelationship(input({ name: "Jane Doe" }), settings(), "en", today);
      if (!plan.ok) throw new Error(plan.reason);
      expect(plan.files[0]?.text).toContain("Jane Doe is the mentee and Anna Holm the mentor.");
      expect(plan.files[0]?.text).toContain("# Mentoring agreement: Jane Doe and Anna Holm\n");
    });
  });

  it("without an end date: the frame says so with a question mark, {{end}} is left empty and no end key is written", () => {
    for (const [lang, period] of [
      ["en", "- The relationship runs from 2026-09-01 to ?."],
      ["da", "- Forløbet løber fra 2026-09-01 til ?."],
    ] as const) {
      const plan = planRelationship(input({ end: null }), settings(), lang, today);
      if (!plan.ok) throw new Error(plan.reason);
      expect(plan.files[0]?.text.split("\n")).toContain(period);
      expect(agreementOf(plan.files[0]?.path ?? "", plan.files[0]?.text ?? "").end).toBeNull();
    }
    const own = planRelationship(input({ end: null }), settings(), "en", today, { agreement: "# {{title}}\n\nFrom {{start}} to {{end}}.\n" });
    if (!own.ok) throw new Error(own.reason);
    expect(own.files[0]?.text.split("\n")).toContain("From 2026-09-01 to .");
  });

  it("merges a user template's own frontmatter after ours, ours winning, and reports unknown placeholders", () => {
    const template = "---\ntype: something-else\ntags: [mentoring]\n---\n# {{title}}\n\n## Goals\n\n{{goals}}\n\nMood: {{mood}}\n";
    const plan = planRelationship(input(), settings(), "en", today, { agreement: template });
    if (!plan.ok) throw new Error(plan.reason);
    const text = plan.files[0]?.text ?? "";
    expect(agreementOf("Mentoring/Jane Doe/Agreement.md", text).goals).toHaveLength(3);
    expect(text).toContain("tags:");
    expect(text).toContain("Mood: {{mood}}");
    expect(plan.files[0]?.unknownPlaceholders).toEqual(["mood"]);
    expect(plan.files[1]?.unknownPlaceholders).toEqual([]);
  });

  it("says exactly why it refuses, and accepts an end on the start day", () => {
    const reason = (overrides: Parameters<typeof input>[0]): string => {
      const plan = planRelationship(input(overrides), settings(), "en", today);
      return plan.ok ? "accepted" : plan.reason;
    };
    expect(reason({ name: "  " })).toBe("Give the other person's name.");
    expect(reason({ start: "2026-13-01" })).toBe("2026-13-01 is not a date in the form YYYY-MM-DD.");
    expect(reason({ end: "2027-02-30" })).toBe("2027-02-30 is not a date in the form YYYY-MM-DD.");
    expect(reason({ end: "2026-08-31" })).toBe("The end date comes before the start date.");
    expect(reason({ start: "2026-09-01", end: "2026-09-01", meetingsPlanned: 1 })).toBe("accepted");
  });

  it("writes my name without the blanks around it in the settings", () => {
    const plan = planRelationship(input(), settings({ myName: "  Anna Holm  " }), "en", today);
    if (!plan.ok) throw new Error(plan.reason);
    const text = plan.files[0]?.text ?? "";
    expect(text).toContain("\n# Mentoring agreement: Jane Doe and Anna Holm\n");
    expect(agreementOf(plan.files[0]?.path ?? "", text).mentor).toBe("Anna Holm");
  });

  it("writes my name, the other's and each goal on one line: a line break in them adds no heading, goal or action", () => {
    const injected = "\n## Goals\n- [ ] Injected goal";
    const plan = planRelationship(input({ name: `Jane${injected}`, goals: [`Real goal${injected}`] }), settings({ myName: `Me${injected}` }), "en", today);
    if (!plan.ok) throw new Error(plan.reason);
    const [agreementFile, firstFile] = plan.files;
    const agreement = agreementOf(agreementFile?.path ?? "", agreementFile?.text ?? "");
    expect(agreement.mentor).toBe("Me ## Goals - [ ] Injected goal");
    expect(agreement.goals.map((goal) => goal.text)).toEqual(["Real goal ## Goals - [ ] Injected goal"]);
    const first = sessionOf(firstFile?.path ?? "", firstFile?.text ?? "");
    expect(first.actions).toHaveLength(1);
    // As many headings as with plain names, and no line of its own for the injected task.
    const plain = planRelationship(input({ name: "Jane", goals: ["Real goal"] }), settings({ myName: "Me" }), "en", today);
    const shape = (files: Array<{ text: string }>) => files.map((file) => file.text.split("\n").filter((line) => /^(#|- \[ \] Injected)/.test(line)).length);
    expect(shape(plan.files)).toEqual(plain.ok ? shape(plain.files) : null);
  });

  it("writes tasks once when a user's template repeats {{goals}} or {{carried_actions}}: no goal or action twice", () => {
    const templates = { agreement: "## Goals\n\n{{goals}}\n\n{{goals}}\n", firstSession: "## Actions\n\n{{carried_actions}}\n{{carried_actions}}\n" };
    const plan = planRelationship(input({ goals: ["Lead a meeting", "Speak up"] }), settings(), "en", "2026-09-01", templates);
    if (!plan.ok) throw new Error(plan.reason);
    const [agreement, first] = plan.files;
    expect(agreementOf(agreement?.path ?? "", agreement?.text ?? "").goals.map((goal) => goal.text)).toEqual(["Lead a meeting", "Speak up"]);
    expect(sessionOf(first?.path ?? "", first?.text ?? "").actions).toHaveLength(1);
  });

  it("asks for the goals in a comment under Goals when none are given", () => {
    const plan = planRelationship(input({ goals: [] }), settings(), "en", today);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.files[0]?.text).toContain(
      "\n## Goals\n\n<!-- At most three goals for the whole relationship. Tick a goal when it is reached. -->\n\n## Practical frame\n",
    );
  });

  const bodyOf = (text: string | undefined): string[] => (text ?? "").slice((text ?? "").indexOf("\n---\n") + 5).split("\n");

  it("gives a user's agreement template my role, the dates, and \"me\" for my own name before the settings have it", () => {
    const template = "{{role}}: {{mentee}} and {{mentor}}, {{start}} to {{end}}\n\n{{signatures}}\n";
    const cases = [
      {
        role: "mentor" as const,
        lines: [
          "mentor: Jane Doe and me, 2026-09-01 to 2027-03-01",
          "",
          "We have talked this agreement through and agree to it.",
          "",
          "- Mentee (Jane Doe): signature ____________________ date ____________",
          "- Mentor (me): signature ____________________ date ____________",
          "",
        ],
      },
      {
        role: "mentee" as const,
        lines: [
          "mentee: me and Jane Doe, 2026-09-01 to 2027-03-01",
          "",
          "We have talked this agreement through and agree to it.",
          "",
          "- Mentee (me): signature ____________________ date ____________",
          "- Mentor (Jane Doe): signature ____________________ date ____________",
          "",
        ],
      },
    ];
    for (const { role, lines } of cases) {
      const plan = planRelationship(input({ role, end: "2027-03-01" }), settings({ myName: "" }), "en", today, { agreement: template });
      if (!plan.ok) throw new Error(plan.reason);
      expect(bodyOf(plan.files[0]?.text)).toEqual(lines);
    }
  });

  it("gives a user's first-session template the first meeting's values, and empty text for what belongs to the agreement or a later session", () => {
    const template = [
      "# {{title}}",
      "Number {{number}}, phase {{phase}}, previous: {{previous_link}}",
      "Goals: [{{goals}}] Since: [{{since_last_time}}] Before: [{{before_meeting}}]",
      "Agreement only: [{{working_together}}][{{signatures}}]",
      "{{role}}, until {{end}}",
      "",
      "{{first_meeting_intro}}",
      "",
    ].join("\n");
    const plan = planRelationship(input({ end: "2027-03-01" }), settings(), "en", today, { firstSession: template });
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.files[1]?.unknownPlaceholders).toEqual([]);
    expect(bodyOf(plan.files[1]?.text)).toEqual([
      "# First meeting with Jane Doe",
      "Number 1, phase start, previous: none, this is the first",
      "Goals: [] Since: [] Before: []",
      "Agreement only: [][]",
      "mentor, until 2027-03-01",
      "",
      "The first meeting is for getting to know each other and charting the course: what Jane Doe wants from the relationship, how we will work together, and whether we both believe in it. Write what we agree in the agreement.",
      "",
    ]);
  });
});

describe("defaultRelationshipInput", () => {
  it("fills the form from the settings, with no name or goals yet, starting today and ending one cadence after the last planned meeting", () => {
    const mine = settings({ defaultRole: "mentee", cadenceDays: 21, meetingsPlanned: 6, meetingMinutes: 45 });
    expect(defaultRelationshipInput(mine, "2026-09-01")).toEqual({
      name: "",
      role: "mentee",
      goals: [],
      start: "2026-09-01",
      end: "2027-01-05",
      meetingsPlanned: 6,
      cadenceDays: 21,
      meetingMinutes: 45,
    });
    expect(plannedEnd("2026-09-01", 8, 14)).toBe("2026-12-22");
    expect(plannedEnd("2026-13-01", 8, 14)).toBeNull();
  });
});
