import { describe, it, expect } from "vitest";
import { evaluationQuestions, timeOutQuestions, values } from "../../../src/core/method/banks";
import { endRelationshipText } from "../../../src/core/edits/end-relationship";
import { describedList, questionList, valuesExercise } from "../../../src/core/edits/inserts";
import { meetingTexts } from "../../../src/core/method/meeting-texts";
import type { Language, Role } from "../../../src/core/notes/types";

const LANGS: readonly Language[] = ["en", "da"];
const ROLES: readonly Role[] = ["mentor", "mentee"];
const MOMENTS = ["before", "end"] as const;

describe("meetingTexts", () => {
  for (const lang of LANGS) {
    it(`${lang}: every text is there and comes from the banks of that language`, () => {
      const texts = meetingTexts(lang);
      expect(texts.timeOut).toEqual(timeOutQuestions[lang]);
      expect(texts.values.values).toEqual(values[lang]);
      for (const moment of MOMENTS) {
        for (const role of ROLES) {
          expect(texts.evaluation(moment, role)).toEqual(evaluationQuestions[moment][role].questions[lang]);
          expect(texts.evaluationTitle(moment, role)).toBe(evaluationQuestions[moment][role].title[lang]);
        }
      }
      const strings = [
        texts.timeOutLabel,
        texts.starters.title,
        ...texts.starters.questions,
        ...texts.reflection.flatMap((group) => [group.title, ...group.questions]),
        ...texts.rolesAndHelping.flatMap((group) => [group.title, ...group.items.flatMap((item) => [item.name, item.description])]),
        texts.values.title,
        texts.values.pickPrompt,
        texts.values.trianglePrompt,
        texts.values.stepsTitle,
        ...texts.values.steps,
        texts.ending.heading,
        texts.ending.checklistTitle,
        ...texts.ending.checklist,
        texts.ending.evaluationTitle,
        ...texts.ending.evaluation,
      ];
      for (const text of strings) expect(text.trim(), "no empty text").not.toBe("");
      expect(texts.reflection.length).toBeGreaterThanOrEqual(3);
      expect(texts.rolesAndHelping[0]?.items).toHaveLength(10);
      expect(texts.rolesAndHelping[1]?.items).toHaveLength(3);
      expect(texts.rolesAndHelping[2]?.items).toHaveLength(4);
      expect(texts.check.signs.length).toBeGreaterThanOrEqual(6);
      for (const text of [texts.reflectionTitle, texts.check.title, texts.check.prompt]) expect(text.trim()).not.toBe("");
      expect(texts.values.cornerLabel).toContain("{n}");
      expect(texts.values.linkLabel).toContain("{a}");
      expect(texts.values.linkLabel).toContain("{b}");
    });
  }

  it("the two languages ask the same number of things, in different words", () => {
    const [en, da] = LANGS.map(meetingTexts) as [ReturnType<typeof meetingTexts>, ReturnType<typeof meetingTexts>];
    expect(da.timeOut).toHaveLength(en.timeOut.length);
    expect(da.starters.questions).toHaveLength(en.starters.questions.length);
    expect(da.reflection.map((g) => g.questions.length)).toEqual(en.reflection.map((g) => g.questions.length));
    expect(da.ending.checklist).toHaveLength(en.ending.checklist.length);
    expect(da.ending.heading).not.toBe(en.ending.heading);
    expect(da.starters.questions[0]).not.toBe(en.starters.questions[0]);
  });

  it("an ending written in one language counts as there in the other", () => {
    const agreement = "---\ntype: mentoring-agreement\n---\n# Agreement\n";
    const danish = endRelationshipText(agreement, "2026-12-05", meetingTexts("da").ending);
    if (!danish.ok) throw new Error(danish.reason);
    const again = endRelationshipText(danish.text, "2026-12-05", meetingTexts("en").ending);
    expect(again).toEqual({ ok: true, text: danish.text, changed: false });
  });

  it("builds blocks whose lines carry the bank's words", () => {
    const texts = meetingTexts("da");
    const starters = questionList([texts.starters]).lines.join("\n");
    for (const question of texts.starters.questions) expect(starters).toContain(`- ${question}`);
    const roles = describedList(texts.rolesAndHelping).lines;
    expect(roles[0]).toBe(`**${texts.rolesAndHelping[0]?.title ?? ""}**`);
    expect(roles).toContain(`- **${texts.rolesAndHelping[0]?.items[0]?.name ?? ""}**: ${texts.rolesAndHelping[0]?.items[0]?.description ?? ""}`);
    const exercise = valuesExercise(texts.values).lines.join("\n");
    expect(exercise).toContain("Værdi 1");
    expect(exercise).toContain("Forbindelse mellem 1 og 2");
    expect(exercise).not.toContain("{n}");
  });
});
