import { describe, expect, it } from "vitest";
import {
  closingChecklist,
  conversationStarters,
  endingSigns,
  ethicsQuestions,
  evaluationQuestions,
  finalEvaluation,
  mentorExperienceQuestions,
  mentorReflection,
  mentorRoleQuestions,
  mentorRoles,
  mentorTensionQuestions,
  menteeRoles,
  backSeatQuestions,
  relationshipCheckQuestions,
  timeOutQuestions,
  values,
  valuesExerciseSteps,
  waysOfHelping,
  type LocalizedText,
  type QuestionBank,
} from "../../../src/core/method/banks";
import type { Language } from "../../../src/core/notes/types";

const LANGUAGES: readonly Language[] = ["en", "da"];

/** Every list bank, with the least it must hold: the seeds' count or more, as the issue asks. */
const BANKS: ReadonlyArray<{ name: string; bank: QuestionBank; min: number; questions: boolean }> = [
  { name: "time-out", bank: timeOutQuestions, min: 10, questions: true },
  { name: "conversation starters", bank: conversationStarters.questions, min: 10, questions: true },
  { name: "before the meeting, mentee", bank: evaluationQuestions.before.mentee.questions, min: 5, questions: true },
  { name: "before the meeting, mentor", bank: evaluationQuestions.before.mentor.questions, min: 3, questions: true },
  { name: "end of meeting, mentee", bank: evaluationQuestions.end.mentee.questions, min: 4, questions: true },
  { name: "end of meeting, mentor", bank: evaluationQuestions.end.mentor.questions, min: 4, questions: true },
  { name: "reflection: role", bank: mentorRoleQuestions.questions, min: 6, questions: true },
  { name: "reflection: ethics", bank: ethicsQuestions.questions, min: 5, questions: true },
  { name: "reflection: experience", bank: mentorExperienceQuestions.questions, min: 3, questions: true },
  { name: "reflection: relationship", bank: relationshipCheckQuestions.questions, min: 5, questions: true },
  { name: "reflection: the four tensions", bank: mentorTensionQuestions.questions, min: 4, questions: true },
  { name: "final phase: the back seat", bank: backSeatQuestions.questions, min: 3, questions: true },
  { name: "values", bank: values, min: 40, questions: false },
  { name: "values exercise steps", bank: valuesExerciseSteps, min: 6, questions: false },
  { name: "ending signs", bank: endingSigns, min: 6, questions: false },
  { name: "closing checklist", bank: closingChecklist, min: 7, questions: false },
  { name: "final evaluation", bank: finalEvaluation, min: 5, questions: true },
];

/** Every short localized text: titles, role names and descriptions, the ways of helping. */
const TEXTS: ReadonlyArray<{ name: string; text: LocalizedText }> = [
  { name: "starters title", text: conversationStarters.title },
  ...mentorReflection.map((set, i) => ({ name: `reflection title ${i}`, text: set.title })),
  ...(["before", "end"] as const).flatMap((moment) =>
    (["mentee", "mentor"] as const).map((role) => ({
      name: `evaluation title ${moment} ${role}`,
      text: evaluationQuestions[moment][role].title,
    })),
  ),
  { name: "back seat title", text: backSeatQuestions.title },
  ...menteeRoles.flatMap((role) => [
    { name: `${role.id} name`, text: role.name },
    { name: `${role.id} description`, text: role.description },
  ]),
  ...mentorRoles.flatMap((role) => [
    { name: `${role.id} name`, text: role.name },
    { name: `${role.id} description`, text: role.description },
  ]),
  ...waysOfHelping.flatMap((way) => [
    { name: `${way.id} name`, text: way.name },
    { name: `${way.id} description`, text: way.description },
    { name: `${way.id} responsibility`, text: way.responsibility },
    { name: `${way.id} example`, text: way.example },
  ]),
];

/** Case, accents and blanks folded, so near-duplicates count as duplicates. */
const fold = (text: string): string => text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

const lastMark = (text: string): string => {
  const last = text.trim().slice(-1);
  return ".?!:…".includes(last) ? last : "";
};

const numbersIn = (text: string): string[] => text.match(/\d+/g) ?? [];

describe.each(BANKS)("the $name bank", ({ bank, min, questions }) => {
  it(`holds at least ${min} entries, as many in Danish as in English`, () => {
    expect(bank.en.length).toBeGreaterThanOrEqual(min);
    expect(bank.da.length).toBe(bank.en.length);
  });

  it("has no empty, untrimmed or duplicate entries in either language", () => {
    for (const lang of LANGUAGES) {
      for (const entry of bank[lang]) {
        expect(entry.trim(), lang).not.toBe("");
        expect(entry, lang).toBe(entry.trim());
        expect(entry, `${lang} line break`).not.toMatch(/[\r\n]/);
      }
      expect(new Set(bank[lang].map(fold)).size, lang).toBe(bank[lang].length);
    }
  });

  it("quotes in Danish with »…«, never “…” or straight quotes", () => {
    for (const entry of bank.da) expect(entry).not.toMatch(/[“”„"]/);
  });

  it("pairs entries by index: same closing mark and the same numbers", () => {
    bank.en.forEach((english, i) => {
      const danish = bank.da[i] ?? "";
      expect(lastMark(danish), `${i}: ${english} / ${danish}`).toBe(lastMark(english));
      expect(numbersIn(danish), `${i}: ${english} / ${danish}`).toEqual(numbersIn(english));
    });
  });

  if (questions) {
    it("asks questions, every one translated", () => {
      bank.en.forEach((english, i) => {
        expect(english.endsWith("?"), english).toBe(true);
        expect(bank.da[i], english).not.toBe(english);
      });
    });
  }
});

describe("short texts", () => {
  it.each(TEXTS)("$name is given in both languages", ({ text }) => {
    for (const lang of LANGUAGES) {
      expect(text[lang].trim()).not.toBe("");
      expect(text[lang]).toBe(text[lang].trim());
    }
    expect(text.da, "Danish quotes with »…«").not.toMatch(/[“”„"]/);
  });
});

describe("the values list", () => {
  it("is mostly translated, not copied", () => {
    const same = values.en.filter((value, i) => values.da[i] === value);
    // Loanwords (Service, Status, Tradition) are the same in both; the rest are not.
    expect(same.length).toBeLessThanOrEqual(5);
  });

  it("writes Danish values with æ, ø and å where the words have them", () => {
    const danish = values.da.join(" ");
    expect(danish).toMatch(/æ/);
    expect(danish).toMatch(/ø/);
    expect(danish).toMatch(/Å|å/);
  });

  it("steps cover picking 6-8, the triangle of three, the links, and repeating until the core values recur", () => {
    const steps = valuesExerciseSteps.en.join(" ").toLowerCase();
    for (const part of ["6-8", "triangle", "three", "links", "core values"]) expect(steps).toContain(part);
    expect(valuesExerciseSteps.da.join(" ").toLowerCase()).toContain("kerneværdier");
  });
});

describe("roles and ways of helping", () => {
  it("name the ten roles a mentor can take, once each", () => {
    expect(mentorRoles.map((role) => role.id)).toEqual([
      "guide",
      "ally",
      "catalyst",
      "insider",
      "advocate",
      "roleModel",
      "advisor",
      "devilsAdvocate",
      "resourcePerson",
      "cheerleader",
    ]);
    for (const lang of LANGUAGES) {
      const names = mentorRoles.map((role) => fold(role.name[lang]));
      expect(new Set(names).size, lang).toBe(names.length);
    }
  });

  it("give the four ways of helping from most to least mentor responsibility", () => {
    expect(waysOfHelping.map((way) => way.id)).toEqual(["instruction", "advice", "guidance", "questions"]);
    expect(waysOfHelping[0]?.responsibility.en).toMatch(/mentor/i);
    expect(waysOfHelping[3]?.responsibility.en).toMatch(/mentee/i);
  });
});

describe("the method's lists", () => {
  it("names the four tensions of the mentor role, in order, in both languages", () => {
    expect(mentorTensionQuestions.questions.en.map((question) => question.split(":")[0])).toEqual(["Mentality", "Relating", "Limits", "Direction"]);
    expect(mentorTensionQuestions.questions.da.map((question) => question.split(":")[0])).toEqual(["Mentalitet", "Relation", "Grænser", "Retning"]);
  });

  it("gives the mentee three roles of their own: planner, investigator, student", () => {
    expect(menteeRoles.map((role) => role.id)).toEqual(["planner", "investigator", "student"]);
    expect(menteeRoles.map((role) => role.name.da)).toEqual(["Planlægger", "Undersøger", "Lærende"]);
  });

  it("the values exercise asks to note values that keep clashing, in both languages", () => {
    expect(valuesExerciseSteps.en.some((step) => /keep clashing/.test(step))).toBe(true);
    expect(valuesExerciseSteps.da.some((step) => /igen og igen støder sammen/.test(step))).toBe(true);
  });
});

describe("reflection and evaluation sets", () => {
  it("group the reflection in the order it is inserted, with distinct titles", () => {
    expect(mentorReflection).toEqual([mentorRoleQuestions, mentorTensionQuestions, ethicsQuestions, mentorExperienceQuestions, relationshipCheckQuestions]);
    for (const lang of LANGUAGES) {
      const titles = mentorReflection.map((set) => set.title[lang]);
      expect(new Set(titles).size).toBe(titles.length);
    }
  });

  it("ask the mentee and the mentor different things at the same moment", () => {
    for (const moment of ["before", "end"] as const) {
      const mentee = evaluationQuestions[moment].mentee.questions.en;
      const mentor = evaluationQuestions[moment].mentor.questions.en;
      expect(mentor.filter((question) => mentee.includes(question))).toEqual([]);
    }
  });
});
