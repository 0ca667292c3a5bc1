// Questions for the first meeting(s): getting to know each other, the mentee's aims, and how the two
// want to work together. The first session note lists a few of them (`firstMeetingStarters`); the
// "Insert conversation starters" command inserts them all.
import type { QuestionSet } from "./types";

export const conversationStarters: QuestionSet = {
  title: { en: "Conversation starters", da: "Samtalestartere" },
  questions: {
    // Three themes, in this order: getting to know each other (0-8), the mentee's aims (9-10), and how we
    // work together (11-15).
    en: [
      "What are the biggest challenges you face right now?",
      "What have you achieved that you are especially proud of, and why?",
      "What have your successes and your setbacks taught you?",
      "What sets you apart: your interests, your skills, your style and what you care about?",
      "What matters most to you at work, and where does your job live up to it, and where not?",
      "Looking back, which tasks, jobs or roles pushed you hardest, and which hardly at all? What made the difference?",
      "What is hardest about making work and the rest of life fit together?",
      "What have you done yourself to shape your career so far, and where could I help?",
      "Which part of your education or experience has served you best?",
      "Which kind of mentor do you need: someone to ask questions, share experience, open doors, or challenge you?",
      "What should be different for you when this relationship comes to an end?",
      "What would make you say after a meeting: that was worth it?",
      "Is there anything either of us wants to keep out of our conversations?",
      "How do you like to get feedback, and how do we give each other feedback along the way?",
      "When and where do we meet, and for how long?",
      "How do we keep in touch between meetings, and how do we cancel if we have to?",
    ],
    da: [
      "Hvad er de største udfordringer for dig lige nu?",
      "Hvad har du opnået, som du er særligt stolt af, og hvorfor?",
      "Hvad har dine succeser og dine nederlag lært dig?",
      "Hvad kendetegner dig: dine interesser, dine evner, din stil og det, du brænder for?",
      "Hvad betyder mest for dig i arbejdet, og hvor lever dit job op til det, og hvor gør det ikke?",
      "Hvilke opgaver, job eller roller har udfordret dig mest indtil nu, og hvilke næsten ikke? Hvad gjorde forskellen?",
      "Hvad er sværest ved at få arbejdet og resten af livet til at hænge sammen?",
      "Hvad har du selv gjort for at forme din karriere indtil nu, og hvor kan jeg hjælpe?",
      "Hvilken del af din uddannelse eller erfaring har du haft mest gavn af?",
      "Hvilken slags mentor har du brug for: en, der spørger, deler erfaringer, åbner døre eller udfordrer dig?",
      "Hvad skal være anderledes for dig, når forløbet slutter?",
      "Hvad skal der til, for at du efter et møde tænker: det var tiden værd?",
      "Er der emner, som en af os helst vil holde uden for samtalerne?",
      "Hvordan vil du helst have feedback, og hvordan giver vi hinanden feedback undervejs?",
      "Hvornår og hvor mødes vi, og hvor længe?",
      "Hvordan holder vi kontakten mellem møderne, og hvordan aflyser vi, hvis det bliver nødvendigt?",
    ],
  },
};

/**
 * The starters a first session note lists, by index into the bank (so both languages ask the same):
 * two per theme, in bank order. Getting to know each other: the challenges now, and what the mentee is
 * proud of; the mentee's aims: the kind of mentor needed, and what should be different at the end;
 * working together: what makes a meeting worth it, and feedback. The practical questions (when, where,
 * keeping in touch) are left out: the agreement's practical frame answers them.
 */
export const FIRST_MEETING_STARTERS: readonly number[] = [0, 1, 9, 10, 11, 13];

export const firstMeetingStarters: QuestionSet = {
  title: conversationStarters.title,
  questions: {
    en: FIRST_MEETING_STARTERS.map((i) => conversationStarters.questions.en[i] ?? ""),
    da: FIRST_MEETING_STARTERS.map((i) => conversationStarters.questions.da[i] ?? ""),
  },
};
