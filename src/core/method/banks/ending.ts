// Ending a relationship on purpose rather than letting it fade: the signs that it is time, the
// checklist for a good ending, and the last evaluation both sides answer.
import type { QuestionBank } from "./types";

/** Signs that a relationship should end, or needs an honest talk about whether it should go on. */
export const endingSigns: QuestionBank = {
  en: [
    "Confidentiality has been broken.",
    "The mentee's goals have been reached.",
    "Meetings keep being put off, and the gaps grow longer than we agreed.",
    "It has turned into teacher and pupil, and the mentor has stopped learning.",
    "The mentor feels weighed down by what the mentee asks for.",
    "The period we agreed on is over.",
    "The mentee no longer takes responsibility for progress or for the relationship.",
    "The chemistry between mentor and mentee never took hold.",
    "The help needed lies outside what the mentor knows.",
    "We rarely give each other feedback any more.",
    "The mentor is steering: giving advice and solutions, shaping the mentee after themselves.",
    "One of us cannot give the relationship the time it needs.",
  ],
  da: [
    "Fortroligheden er blevet brudt.",
    "Mentees mål er nået.",
    "Møderne bliver skubbet igen og igen, og der går længere tid imellem dem, end vi aftalte.",
    "Det er blevet til lærer og elev, og mentor er holdt op med at lære.",
    "Mentor føler sig tynget af det, mentee beder om.",
    "Den periode, vi aftalte, er slut.",
    "Mentee tager ikke længere ansvar for fremdriften eller for forløbet.",
    "Kemien mellem mentor og mentee har aldrig rigtig fungeret.",
    "Den hjælp, der er brug for, ligger uden for det, mentor kan.",
    "Vi giver sjældent hinanden feedback længere.",
    "Mentor styrer: giver råd og løsninger og former mentee i sit eget billede.",
    "En af os kan ikke give forløbet den tid, det kræver.",
  ],
};

/** What to go through together to end well; written as a checklist in the agreement. */
export const closingChecklist: QuestionBank = {
  en: [
    "Look back at the goals in this agreement: which were reached, and how?",
    "Say thank you for the time and for what you learned from each other.",
    "Talk openly about whether it is time to stop, rather than letting the meetings fade away.",
    "Agree what happens to these notes, and that confidentiality still holds.",
    "Celebrate what the mentee has achieved, in a way that suits you both.",
    "Name what is left to do, and how the mentee will take it on alone.",
    "Decide together that the relationship ends, and on which date.",
    "Tell each other how the mentoring itself worked: what you would do again, and what differently.",
    "Choose how: a clean stop now, or a last meeting or two further apart.",
    "Agree whether and how the mentee may get in touch later.",
  ],
  da: [
    "Se tilbage på målene i aftalen: hvilke blev nået, og hvordan?",
    "Sig tak for tiden og for det, I har lært af hinanden.",
    "Tal åbent om, hvorvidt det er tid til at stoppe, i stedet for at lade møderne løbe ud i sandet.",
    "Aftal, hvad der sker med disse noter, og at fortroligheden stadig gælder.",
    "Fejr det, mentee har nået, på en måde, der passer jer begge.",
    "Sæt ord på det, der stadig mangler, og på, hvordan mentee selv tager fat på det.",
    "Beslut sammen, at forløbet slutter, og hvornår.",
    "Fortæl hinanden, hvordan selve mentorforløbet har fungeret: hvad I ville gøre igen, og hvad I ville gøre anderledes.",
    "Vælg hvordan: et klart stop nu, eller et sidste møde eller to med længere imellem.",
    "Aftal, om og hvordan mentee kan kontakte mentor senere.",
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
