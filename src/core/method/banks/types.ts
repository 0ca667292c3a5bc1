// The shapes of the question banks. A bank is data: the same entries in every language, index i in one
// language meaning the same as index i in the other, so a note written in Danish and one in English
// ask the same things.
import type { Language } from "../../i18n";

/** One list per language; equal lengths, aligned by index. */
export type QuestionBank = Record<Language, readonly string[]>;

/** A short text in every language (a title, a name, a one-line description). */
export type LocalizedText = Record<Language, string>;

/** A titled group of questions, inserted under its title. */
export interface QuestionSet {
  title: LocalizedText;
  questions: QuestionBank;
}

/** When evaluation questions are answered: before the meeting, or in its last minutes. */
export type EvaluationMoment = "before" | "end";

/** A named item with a one-line description (a mentor role, a way of helping). */
export interface DescribedItem<Id extends string = string> {
  id: Id;
  name: LocalizedText;
  description: LocalizedText;
}
