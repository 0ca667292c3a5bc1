// The mentor's own reflection: on the role, on the ethics of the conversations, on their own
// experience, and on how the relationship is going. For the mentor's eyes; grouped so each group can
// be taken on its own.
import type { QuestionSet } from "./types";

export const mentorRoleQuestions: QuestionSet = {
  title: { en: "The role of mentor", da: "Rollen som mentor" },
  questions: {
    en: [
      "What do I expect to learn from being a mentor?",
      "How will I handle what the mentee tells me in confidence?",
      "Are there parts of my career I would rather not share, and what does that mean for our work?",
      "What time and energy do I really have for this, and how much do I want to give?",
      "How far will I open my network to the mentee?",
      "How much does the mentee's personality shape the relationship, and mine?",
      "When do I lead with questions, and when do I walk alongside and encourage?",
    ],
    da: [
      "Hvad forventer jeg at lære af at være mentor?",
      "Hvordan vil jeg håndtere det, mentee fortæller mig i fortrolighed?",
      "Er der dele af min karriere, jeg helst ikke vil dele, og hvad betyder det for vores arbejde?",
      "Hvor meget tid og energi har jeg reelt til det her, og hvor meget vil jeg give?",
      "Hvor langt vil jeg åbne mit netværk for mentee?",
      "Hvor meget præger mentees personlighed forholdet, og hvor meget min egen?",
      "Hvornår går jeg foran med spørgsmål, og hvornår går jeg ved siden af og opmuntrer?",
    ],
  },
};

export const ethicsQuestions: QuestionSet = {
  title: { en: "Ethics", da: "Etik" },
  questions: {
    en: [
      "Could a wrong decision here harm the mentee's reputation, or mine?",
      "Do our conversations feel honest, fitting and fair?",
      "Would someone I look up to handle this topic the way I do?",
      "Could I explain my way of working with the mentee to others without hesitating?",
      "Who besides the two of us is touched by what we talk about, and in what way?",
      "Am I pushing my own values or choices on the mentee?",
    ],
    da: [
      "Kan en forkert beslutning her skade mentees omdømme, eller mit eget?",
      "Føles vores samtaler ærlige, passende og fair?",
      "Ville en, jeg ser op til, håndtere dette emne på samme måde som jeg?",
      "Kunne jeg uden tøven forklare andre, hvordan jeg arbejder med mentee?",
      "Hvem ud over os to bliver berørt af det, vi taler om, og på hvilken måde?",
      "Presser jeg mine egne værdier eller valg ned over mentee?",
    ],
  },
};

export const mentorExperienceQuestions: QuestionSet = {
  title: { en: "My own experience", da: "Mine egne erfaringer" },
  questions: {
    en: [
      "What does success mean to me?",
      "Where am I vulnerable?",
      "How do I handle failure?",
      "Which of my experiences are worth sharing here, and which would only be about me?",
    ],
    da: [
      "Hvad betyder succes for mig?",
      "Hvor er jeg sårbar?",
      "Hvordan håndterer jeg nederlag?",
      "Hvilke af mine erfaringer er værd at dele her, og hvilke ville kun handle om mig selv?",
    ],
  },
};

export const relationshipCheckQuestions: QuestionSet = {
  title: { en: "How the relationship is going", da: "Hvordan forløbet går" },
  questions: {
    en: [
      "Do we give each other enough feedback?",
      "Am I still learning in this relationship, or has it turned into teaching?",
      "Am I trying to shape the mentee in my own image?",
      "Do I have the knowledge this needs, or should I point to someone else?",
      "Am I in the driver's seat: giving advice, proposing solutions, steering too much?",
      "Have we both said clearly what we expect?",
      "Do we meet often enough?",
      "Is the mentee taking the initiative, or am I carrying the relationship?",
    ],
    da: [
      "Giver vi hinanden nok feedback?",
      "Lærer jeg stadig noget i dette forløb, eller er det blevet til undervisning?",
      "Prøver jeg at forme mentee i mit eget billede?",
      "Har jeg den viden, der skal til, eller bør jeg henvise til en anden?",
      "Sidder jeg i førersædet: giver råd, foreslår løsninger, styrer for meget?",
      "Har vi begge sagt tydeligt, hvad vi forventer?",
      "Mødes vi ofte nok?",
      "Tager mentee initiativet, eller er det mig, der holder forløbet i gang?",
    ],
  },
};

/** The four tensions a mentor lives with, one question each: none is solved once, each is held in balance. */
export const mentorTensionQuestions: QuestionSet = {
  title: { en: "Four tensions in the mentor role", da: "Fire spændinger i mentorrollen" },
  questions: {
    en: [
      "Mentality: can I stay calm when I do not know the answer, and work with the uncertainty instead of hurrying to remove it?",
      "Relating: am I close enough to feel what is at stake for the mentee, and far enough away to see it clearly?",
      "Limits: where do I end and the mentee begin, and do I stay myself while I make room for them?",
      "Direction: do I help the mentee build something new, and still respect the conditions they really work under?",
    ],
    da: [
      "Mentalitet: kan jeg bevare roen, når jeg ikke kender svaret, og arbejde med usikkerheden i stedet for at skynde mig at fjerne den?",
      "Relation: er jeg tæt nok på til at mærke, hvad der står på spil for mentee, og langt nok væk til at se det klart?",
      "Grænser: hvor slutter jeg, og hvor begynder mentee, og forbliver jeg mig selv, mens jeg giver plads til mentee?",
      "Retning: hjælper jeg mentee med at skabe noget nyt, og respekterer jeg samtidig de vilkår, mentee reelt arbejder under?",
    ],
  },
};

/** All reflection groups, in the order they are inserted. */
export const mentorReflection: readonly QuestionSet[] = [
  mentorRoleQuestions,
  mentorTensionQuestions,
  ethicsQuestions,
  mentorExperienceQuestions,
  relationshipCheckQuestions,
];
