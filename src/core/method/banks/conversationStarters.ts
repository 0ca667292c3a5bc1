// Questions for the first meeting(s): getting to know each other, the mentee's aims, and how the two
// want to work together. The first session note lists a few of them (`firstMeetingStarters`); the
// "Insert conversation starters" command inserts them all.
import type { QuestionSet } from "./types";

export const conversationStarters: QuestionSet = {
  title: { en: "Conversation starters", da: "Samtalestartere" },
  questions: {
    en: [
      "Which tasks, jobs or roles have stretched you the most so far, and which the least? Why?",
      "What have you achieved that you are especially proud of, and why?",
      "What matters most to you at work, and where does your job live up to it or fall short?",
      "What sets you apart: your interests, skills, style, what you care about?",
      "Which part of your education or experience has been most useful to you?",
      "What have you done so far to steer your career, and where could I help?",
      "What have your successes and your setbacks taught you?",
      "What is hardest about making work and the rest of life fit together?",
      "What are the biggest challenges you face right now?",
      "What would you like to be different when this relationship ends?",
      "Which kind of mentor do you need: someone to ask questions, share experience, open doors, or challenge you?",
      "How do you like to get feedback, and how do we give each other feedback here?",
      "How do we keep in touch between meetings, and how do we cancel if we must?",
      "When and where do we meet, and for how long?",
      "What should stay out of our conversations, for either of us?",
      "What would make you say after a meeting: that was worth it?",
    ],
    da: [
      "Hvilke opgaver, job eller roller har strakt dig mest indtil nu, og hvilke mindst? Hvorfor?",
      "Hvad har du opnået, som du er særligt stolt af, og hvorfor?",
      "Hvad betyder mest for dig i arbejdet, og hvor lever dit job op til det eller ikke?",
      "Hvad kendetegner dig: dine interesser, evner, stil, det du brænder for?",
      "Hvilken del af din uddannelse eller erfaring har været mest værd for dig?",
      "Hvad har du indtil nu gjort for at styre din karriere, og hvor kan jeg hjælpe?",
      "Hvad har dine succeser og dine nederlag lært dig?",
      "Hvad er sværest ved at få arbejdet og resten af livet til at hænge sammen?",
      "Hvad er de største udfordringer, du står over for lige nu?",
      "Hvad vil du gerne have, der er anderledes, når forløbet slutter?",
      "Hvilken slags mentor har du brug for: en, der spørger, deler erfaringer, åbner døre eller udfordrer dig?",
      "Hvordan vil du helst have feedback, og hvordan giver vi hinanden feedback her?",
      "Hvordan holder vi kontakten mellem møderne, og hvordan aflyser vi, hvis vi må?",
      "Hvornår og hvor mødes vi, og hvor længe?",
      "Hvad skal holdes uden for vores samtaler, for hver af os?",
      "Hvad skulle få dig til at sige efter et møde: det var umagen værd?",
    ],
  },
};

/**
 * The starters a first session note lists, by index into the bank (so both languages ask the same):
 * two per theme, in bank order. Getting to know each other: what the mentee is proud of, and the
 * challenges now; the mentee's aims: what should be different at the end, and the kind of mentor
 * needed; working together: feedback, and what makes a meeting worth it. The practical questions (when,
 * where, keeping in touch) are left out: the agreement's practical frame answers them.
 */
export const FIRST_MEETING_STARTERS: readonly number[] = [1, 8, 9, 10, 11, 15];

export const firstMeetingStarters: QuestionSet = {
  title: conversationStarters.title,
  questions: {
    en: FIRST_MEETING_STARTERS.map((i) => conversationStarters.questions.en[i] ?? ""),
    da: FIRST_MEETING_STARTERS.map((i) => conversationStarters.questions.da[i] ?? ""),
  },
};
