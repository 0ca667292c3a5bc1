// The questions a reader answers for themself (the evaluation before and at the end of a meeting) are
// chosen by the reader's role and written in that reader's own voice: "I" is the reader, the other side is
// named ("my mentor", "the mentee"), never "you". A mentee's note must not speak as the mentor does.
import { describe, expect, it } from "vitest";
import { evaluationQuestions } from "../../../src/core/method/banks";
import { meetingTexts } from "../../../src/core/method/meeting-texts";
import { planRelationship } from "../../../src/core/new-notes/new-relationship";
import { planSession } from "../../../src/core/new-notes/new-session";
import { findSection } from "../../../src/core/notes/sections";
import type { Language, Role } from "../../../src/core/notes/types";
import { agreementOf, input, settings, today } from "../../fixtures/planning";

const SECOND_PERSON: Record<Language, RegExp> = {
  en: /\b(you|your|yours|yourself)\b/i,
  da: /(^|[^\p{L}])(du|dig|din|dit|dine|dig selv)(?=$|[^\p{L}])/iu,
};
/** The first person, in each language: the reader speaks. */
const FIRST_PERSON: Record<Language, RegExp> = {
  en: /\b(I|me|my|myself)\b/,
  da: /(^|[^\p{L}])(jeg|mig|min|mit|mine)(?=$|[^\p{L}])/iu,
};
const OTHER_SIDE: Record<Role, Record<Language, RegExp>> = {
  mentee: { en: /\bmy mentor\b/i, da: /\bmin mentor\b/i },
  mentor: { en: /\bthe mentee\b/i, da: /\bmentee\b/i },
};
const LANGUAGES: readonly Language[] = ["en", "da"];
const ROLES: readonly Role[] = ["mentee", "mentor"];

describe("evaluation questions speak in the reader's voice", () => {
  for (const moment of ["before", "end"] as const) {
    for (const role of ROLES) {
      for (const lang of LANGUAGES) {
        it(`${moment}, ${role}, ${lang}: no "you", the reader says "I"`, () => {
          const questions = evaluationQuestions[moment][role].questions[lang];
          for (const question of questions) expect(question, question).not.toMatch(SECOND_PERSON[lang]);
          expect(questions.filter((question) => FIRST_PERSON[lang].test(question)).length).toBeGreaterThan(questions.length / 2);
        });
      }
    }
  }

  it("each side names the other as the other side; a mentee never speaks as the mentor", () => {
    for (const lang of LANGUAGES) {
      for (const role of ROLES) {
        const all = [...evaluationQuestions.before[role].questions[lang], ...evaluationQuestions.end[role].questions[lang]];
        expect(all.some((question) => OTHER_SIDE[role][lang].test(question))).toBe(true);
      }
    }
    expect(evaluationQuestions.end.mentee.questions.en.join(" ")).not.toMatch(/\bthe mentor\b/i);
    expect(evaluationQuestions.before.mentee.questions.en.join(" ")).not.toContain("I should know about");
    expect(evaluationQuestions.before.mentee.questions.da.join(" ")).not.toContain("jeg bør kende til");
  });

  it("the insert picks the reader's set", () => {
    for (const lang of LANGUAGES) {
      for (const role of ROLES) expect(meetingTexts(lang).evaluation("end", role)).toEqual(evaluationQuestions.end[role].questions[lang]);
    }
  });
});

describe("a session note asks its reader in the reader's own voice", () => {
  for (const role of ROLES) {
    for (const lang of LANGUAGES) {
      it(`${role}, ${lang}`, () => {
        const plan = planRelationship(input({ role }), settings({ defaultRole: role }), lang, "2026-09-01");
        if (!plan.ok) throw new Error(plan.reason);
        const agreementFile = plan.files[0];
        if (!agreementFile) throw new Error("no agreement");
        const agreement = agreementOf(agreementFile.path, agreementFile.text);
        expect(agreement.role).toBe(role);
        const session = planSession({ folder: "Mentoring/Jane Doe", agreement, sessions: [] }, settings(), lang, today);
        if (session.kind !== "create") throw new Error("expected a new note");
        const span = findSection(session.text, "beforeMeeting");
        if (!span) throw new Error("no Before the meeting section");
        const lines = session.text.split("\n").slice(span.startLine, span.endLine).filter((line) => line.startsWith("- "));
        expect(lines.map((line) => line.slice(2))).toEqual(evaluationQuestions.before[role].questions[lang]);
        for (const line of lines) expect(line, line).not.toMatch(SECOND_PERSON[lang]);
      });
    }
  }
});
