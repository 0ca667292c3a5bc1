// The question banks: what the method asks, in every language. Data only; the builders in inserts.ts
// and the texts in meeting-texts.ts arrange them into notes.
export type { DescribedItem, EvaluationMoment, LocalizedText, QuestionBank, QuestionSet } from "./types";
export { timeOutQuestions } from "./timeOut";
export { conversationStarters, firstMeetingStarters, FIRST_MEETING_STARTERS } from "./conversationStarters";
export { backSeatQuestions, evaluationQuestions } from "./evaluation";
export {
  ethicsQuestions,
  mentorExperienceQuestions,
  mentorReflection,
  mentorRoleQuestions,
  mentorTensionQuestions,
  relationshipCheckQuestions,
} from "./reflection";
export { values, valuesExerciseSteps } from "./values";
export { menteeRoles, mentorRoles, waysOfHelping, type HelpingWay, type HelpingWayId, type MenteeRoleId, type MentorRoleId } from "./roles";
export { closingChecklist, endingSigns, finalEvaluation } from "./ending";
