// The texts the meeting commands insert, gathered from the question banks for one language, in the
// shape the block builders take. The banks own the words; this file only arranges them.
import * as banks from "./banks";
import type { DescribedItem, EvaluationMoment, QuestionSet } from "./banks";
import type { EndingText } from "../edits/end-relationship";
import { LANGUAGES, translate, translatorFor } from "../i18n";
import type { DescribedGroup, QuestionGroup, ValuesExerciseText } from "../edits/inserts";
import type { Language, Role } from "../notes/types";

export type { EvaluationMoment } from "./banks";

export interface MeetingTexts {
  /** The word in the time-out callout's title, before the time. */
  timeOutLabel: string;
  timeOut: readonly string[];
  evaluationTitle(moment: EvaluationMoment, role: Role): string;
  evaluation(moment: EvaluationMoment, role: Role): readonly string[];
  starters: QuestionGroup;
  /** The private callout's title, and the groups of the mentor's reflection under it. */
  reflectionTitle: string;
  reflection: readonly QuestionGroup[];
  /** The signs that it may be time to end, with a prompt to weigh them. */
  check: { title: string; prompt: string; signs: readonly string[] };
  /** The mentor's roles, the mentee's roles and the four ways of helping, each with its one-line description. */
  rolesAndHelping: readonly DescribedGroup[];
  values: ValuesExerciseText;
  ending: EndingText;
}

/** A question set of the banks in one language, as the block builders take it. */
export function questionGroup(set: QuestionSet, lang: Language): QuestionGroup {
  return { title: set.title[lang], questions: set.questions[lang] };
}

export function meetingTexts(lang: Language): MeetingTexts {
  const t = translatorFor(lang);
  const described = (items: readonly DescribedItem[]) => items.map((item) => ({ name: item.name[lang], description: item.description[lang] }));
  return {
    timeOutLabel: t("timeOut.label"),
    timeOut: banks.timeOutQuestions[lang],
    evaluationTitle: (moment, role) => banks.evaluationQuestions[moment][role].title[lang],
    evaluation: (moment, role) => banks.evaluationQuestions[moment][role].questions[lang],
    starters: questionGroup(banks.conversationStarters, lang),
    reflectionTitle: t("note.reflection.title"),
    reflection: banks.mentorReflection.map((set) => questionGroup(set, lang)),
    check: { title: t("note.check.title"), prompt: t("note.check.prompt"), signs: banks.endingSigns[lang] },
    rolesAndHelping: [
      { title: t("note.roles.title"), items: described(banks.mentorRoles) },
      { title: t("note.menteeRoles.title"), items: described(banks.menteeRoles) },
      {
        title: t("note.helping.title"),
        items: banks.waysOfHelping.map((way) => ({
          name: way.name[lang],
          description: `${way.description[lang]} ${way.responsibility[lang]} ${way.example[lang]}`,
        })),
      },
    ],
    values: {
      title: t("note.values.title"),
      pickPrompt: t("note.values.pickPrompt"),
      values: banks.values[lang],
      trianglePrompt: t("note.values.trianglePrompt"),
      cornerLabel: t("note.values.corner"),
      linkLabel: t("note.values.link"),
      stepsTitle: t("note.values.stepsTitle"),
      steps: banks.valuesExerciseSteps[lang],
    },
    ending: {
      heading: t("end.heading"),
      knownHeadings: LANGUAGES.map((other) => translate(other, "end.heading")),
      checklistTitle: t("end.checklistTitle"),
      checklist: banks.closingChecklist[lang],
      evaluationTitle: t("end.evaluationTitle"),
      evaluation: banks.finalEvaluation[lang],
    },
  };
}
