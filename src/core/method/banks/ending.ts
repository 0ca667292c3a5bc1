// Ending a relationship on purpose rather than letting it fade: the signs that it is time, the
// checklist for a good ending, and the last evaluation both sides answer.
import type { QuestionBank } from "./types";

/** Signs that a relationship should end, or needs an honest talk about whether it should go on. */
export const endingSigns: QuestionBank = {
  en: [
    "The chemistry between mentor and mentee never took hold.",
    "The mentee's goals have been reached.",
    "The period we agreed on is over.",
    "One of us cannot give the relationship the time it needs.",
    "The mentor feels weighed down by what the mentee asks for.",
    "The mentee no longer takes responsibility for progress or for the relationship.",
    "We rarely give each other feedback any more.",
    "It has turned into teacher and pupil, and the mentor has stopped learning.",
    "The mentor is steering: giving advice and solutions, shaping the mentee after themselves.",
    "The help needed lies outside what the mentor knows.",
    "Too much time passes between meetings.",
    "Confidentiality has been broken.",
  ],
  da: [
    "Kemien mellem mentor og mentee har aldrig rigtig fungeret.",
    "Mentees mål er nået.",
    "Den periode, vi aftalte, er slut.",
    "En af os kan ikke give forløbet den tid, det kræver.",
    "Mentor føler sig tynget af det, mentee beder om.",
    "Mentee tager ikke længere ansvar for fremdriften eller for forløbet.",
    "Vi giver sjældent hinanden feedback længere.",
    "Det er blevet til lærer og elev, og mentor er holdt op med at lære.",
    "Mentor styrer: giver råd og løsninger og former mentee efter sig selv.",
    "Den hjælp, der er brug for, ligger uden for det, mentor kan.",
    "Der går for lang tid mellem møderne.",
    "Fortroligheden er blevet brudt.",
  ],
};

/** What to go through together to end well; written as a checklist in the agreement. */
export const closingChecklist: QuestionBank = {
  en: [
    "Talk openly about whether the relationship should end, instead of letting it fade out.",
    "Agree that it ends, and when.",
    "Agree how: stop now, or taper off with a last meeting or two.",
    "Agree whether and how the mentee may get in touch later.",
    "Look back at the goals in this agreement: what was reached?",
    "Celebrate what has been achieved.",
    "Talk about what is still to do, and the mentee's plan for it.",
    "Share your thoughts about how the mentoring itself worked.",
    "Agree what happens to these notes, and that confidentiality still holds.",
    "Thank each other for the time, the learning and what you gave each other.",
  ],
  da: [
    "Tal åbent om, hvorvidt forløbet skal slutte, i stedet for at lade det løbe ud i sandet.",
    "Aftal, at det slutter, og hvornår.",
    "Aftal hvordan: stop nu, eller trap ned med et sidste møde eller to.",
    "Aftal, om og hvordan mentee kan kontakte mentor senere.",
    "Se tilbage på målene i denne aftale: hvad blev nået?",
    "Fejr det, der er opnået.",
    "Tal om det, der stadig mangler, og mentees plan for det.",
    "Del jeres tanker om, hvordan selve mentorforløbet har fungeret.",
    "Aftal, hvad der sker med disse noter, og at fortroligheden stadig gælder.",
    "Tak hinanden for tiden, læringen og det, I har givet hinanden.",
  ],
};

/** The last evaluation, for both sides, when the relationship ends. */
export const finalEvaluation: QuestionBank = {
  en: [
    "Looking back, what has this relationship meant to you?",
    "Which of the goals did we reach, and what helped or stood in the way?",
    "What can you do now that you could not, or did not dare, when we started?",
    "Which meeting, question or moment made the most difference?",
    "What would you have wanted more of, or less of?",
    "What will you keep working on without a mentor?",
    "What did you learn about yourself along the way?",
    "What would you tell the next person who starts a mentoring relationship?",
  ],
  da: [
    "Hvad har dette forløb betydet for dig, når du ser tilbage?",
    "Hvilke af målene nåede vi, og hvad hjalp eller stod i vejen?",
    "Hvad kan du nu, som du ikke kunne eller turde, da vi begyndte?",
    "Hvilket møde, spørgsmål eller øjeblik gjorde størst forskel?",
    "Hvad ville du have ønsket mere af, eller mindre af?",
    "Hvad vil du arbejde videre med uden en mentor?",
    "Hvad har du lært om dig selv undervejs?",
    "Hvad vil du sige til den næste, der begynder på et mentorforløb?",
  ],
};
