// Evaluation in every meeting: a few notes before it (what stands out, how the agreed goal and actions
// went) and a few minutes at its end, one set for each side, shared briefly before parting. Each set is
// read by its own side, so it speaks in that reader's voice: "I" is the reader, the other side is named.
import type { Role } from "../../syntax/task-line";
import type { EvaluationMoment, QuestionSet } from "./types";

export const evaluationQuestions: Record<EvaluationMoment, Record<Role, QuestionSet>> = {
  before: {
    mentee: {
      title: { en: "Before the meeting (mentee)", da: "Før mødet (mentee)" },
      questions: {
        en: [
          "What from our last meeting have I thought about most since?",
          "How have I worked on the goal we talked about last time?",
          "What went well for me, and what was hard?",
          "Which of the agreed actions did I carry out, and what came of them?",
          "What has happened since last time that my mentor should know about?",
          "What do I most want to use this meeting for?",
        ],
        da: [
          "Hvad fra vores sidste møde har jeg tænkt mest over siden?",
          "Hvordan har jeg arbejdet med det mål, vi talte om sidst?",
          "Hvad gik godt for mig, og hvad var svært?",
          "Hvilke af de aftalte handlinger fik jeg gjort, og hvad kom der ud af dem?",
          "Hvad er der sket siden sidst, som min mentor bør kende til?",
          "Hvad vil jeg helst bruge dette møde til?",
        ],
      },
    },
    mentor: {
      title: { en: "Before the meeting (mentor)", da: "Før mødet (mentor)" },
      questions: {
        en: [
          "What has stayed with me since our last meeting?",
          "Which goal did we talk about last time, and what did the mentee set out to do?",
          "What do I want to follow up on?",
          "What did I promise to do myself, and have I done it?",
          "How do I want to run the conversation this time, and what should I do less of?",
        ],
        da: [
          "Hvad har sat sig fast hos mig siden vores sidste møde?",
          "Hvilket mål talte vi om sidst, og hvad satte mentee sig for at gøre?",
          "Hvad vil jeg følge op på?",
          "Hvad lovede jeg selv at gøre, og har jeg gjort det?",
          "Hvordan vil jeg lede samtalen denne gang, og hvad skal jeg gøre mindre af?",
        ],
      },
    },
  },
  end: {
    mentee: {
      title: { en: "End of meeting (mentee)", da: "Sidst i mødet (mentee)" },
      questions: {
        en: [
          "Which part of today's conversation was most useful to me?",
          "Where should my mentor put more weight next time?",
          "What will I do with today's conversation before our next meeting?",
          "What will I take with me from today?",
          "Is there anything we should do differently next time?",
        ],
        da: [
          "Hvilken del af dagens samtale fik jeg mest ud af?",
          "Hvad skal min mentor lægge mere vægt på næste gang?",
          "Hvad vil jeg gøre med dagens samtale, før vi ses igen?",
          "Hvad tager jeg med mig fra i dag?",
          "Er der noget, vi skal gøre anderledes næste gang?",
        ],
      },
    },
    mentor: {
      title: { en: "End of meeting (mentor)", da: "Sidst i mødet (mentor)" },
      questions: {
        en: [
          "What caught my interest most today?",
          "What did I understand today that I had not seen before?",
          "What did this meeting show me about myself as a mentor?",
          "Where did I take over the conversation, and where did I leave room?",
          "What will I do differently next time?",
        ],
        da: [
          "Hvad fangede min interesse mest i dag?",
          "Hvad forstod jeg i dag, som jeg ikke havde set før?",
          "Hvad viste mødet mig om mig selv som mentor?",
          "Hvor tog jeg over i samtalen, og hvor gav jeg plads?",
          "Hvad vil jeg gøre anderledes næste gang?",
        ],
      },
    },
  },
};

/**
 * In the final phase the mentor steps back: added to the mentor's before-the-meeting questions, so the
 * mentee asks the questions and finds the answers while the mentor mostly listens.
 */
export const backSeatQuestions: QuestionSet = {
  title: { en: "Final phase: taking the back seat", da: "Sidste fase: på bagsædet" },
  questions: {
    en: [
      "This time, how can I let the mentee lead and ask the questions, while I mostly listen?",
      "Which answers will I hold back, so the mentee finds them alone?",
      "What has the mentee shown they can do, and how will I tell them so?",
      "What does the mentee want to keep doing, and what to stop, once we no longer meet?",
    ],
    da: [
      "Hvordan kan jeg denne gang lade mentee styre og stille spørgsmålene, mens jeg mest lytter?",
      "Hvilke svar vil jeg holde igen med, så mentee selv finder dem?",
      "Hvad har mentee vist, at mentee kan, og hvordan vil jeg sige det højt?",
      "Hvad vil mentee blive ved med, og hvad vil mentee holde op med, når vi ikke længere mødes?",
    ],
  },
};
