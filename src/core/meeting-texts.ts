// The texts the meeting commands insert, gathered from the question banks for one language, in the
// shape the block builders take. The banks own the words; this file only arranges them.
import type { EndingText } from "./end-relationship";
import type { QuestionGroup, ValuesExerciseText } from "./inserts";
import type { Language, Role } from "./types";

export type EvaluationMoment = "before" | "end";

export interface MeetingTexts {
  /** The word in the time-out callout's title, before the time. */
  timeOutLabel: string;
  timeOut: readonly string[];
  evaluationTitle(moment: EvaluationMoment, role: Role): string;
  evaluation(moment: EvaluationMoment, role: Role): readonly string[];
  starters: QuestionGroup;
  reflection: readonly QuestionGroup[];
  values: ValuesExerciseText;
  ending: EndingText;
}

export declare function meetingTexts(lang: Language): MeetingTexts;
