// The roles a mentor can take, to talk through at the start which ones this mentee needs, the roles the
// mentee takes in return, and the four ways of helping, from the mentor holding all the responsibility to the mentee holding all of it.
import type { DescribedItem, LocalizedText } from "./types";

export type MentorRoleId =
  | "guide"
  | "ally"
  | "catalyst"
  | "insider"
  | "advocate"
  | "roleModel"
  | "advisor"
  | "devilsAdvocate"
  | "resourcePerson"
  | "cheerleader";

export const mentorRoles: ReadonlyArray<DescribedItem<MentorRoleId>> = [
  {
    id: "guide",
    name: { en: "Guide", da: "Vejviser" },
    description: {
      en: "Passes on knowledge and experience, and teaches a skill from a field the mentor knows well.",
      da: "Giver viden og erfaring videre og lærer fra sig inden for et felt, mentor kender godt.",
    },
  },
  {
    id: "ally",
    name: { en: "Ally", da: "Sparringspartner" },
    description: {
      en: "A sounding board who speaks plainly and gives a reality check on ideas and plans.",
      da: "Taler lige ud og giver et realitetstjek på idéer og planer.",
    },
  },
  {
    id: "catalyst",
    name: { en: "Catalyst", da: "Katalysator" },
    description: {
      en: "Asks the questions that spark new approaches and ideas.",
      da: "Stiller de spørgsmål, der sætter gang i nye tilgange og idéer.",
    },
  },
  {
    id: "insider",
    name: { en: "Insider", da: "Insider" },
    description: {
      en: "Knows the organisation: introduces people across units and levels, and explains priorities and culture.",
      da: "Kender organisationen: præsenterer mentee for folk på tværs af afdelinger og niveauer og forklarer prioriteter og kultur.",
    },
  },
  {
    id: "advocate",
    name: { en: "Advocate", da: "Fortaler" },
    description: {
      en: "Speaks well of the mentee to people who decide, and points out openings.",
      da: "Taler godt om mentee over for dem, der beslutter, og peger på muligheder.",
    },
  },
  {
    id: "roleModel",
    name: { en: "Role model", da: "Rollemodel" },
    description: {
      en: "Lets the mentee see how the mentor works, to learn from the example.",
      da: "Lader mentee se, hvordan mentor arbejder, så mentee kan lære af eksemplet.",
    },
  },
  {
    id: "advisor",
    name: { en: "Advisor", da: "Rådgiver" },
    description: {
      en: "Gives advice on a particular situation, after first helping the mentee find their own answer.",
      da: "Giver råd om en bestemt situation, efter først at have hjulpet mentee med at finde sit eget svar.",
    },
  },
  {
    id: "devilsAdvocate",
    name: { en: "Devil's advocate", da: "Djævelens advokat" },
    description: {
      en: "Challenges decisions and plans, even when it is not what the mentee wants to hear, so risks and consequences are weighed.",
      da: "Udfordrer beslutninger og planer, også når mentee ikke har lyst til at høre det, så risici og konsekvenser bliver vejet.",
    },
  },
  {
    id: "resourcePerson",
    name: { en: "Resource person", da: "Ressourceperson" },
    description: {
      en: "Points to books, courses and people that help the mentee grow, and widens the mentee's network.",
      da: "Peger på bøger, kurser og mennesker, der kan hjælpe mentee videre, og udvider mentees netværk.",
    },
  },
  {
    id: "cheerleader",
    name: { en: "Cheerleader", da: "Heppekor" },
    description: {
      en: "Encourages the mentee to step out of the comfort zone, celebrates wins big and small, and supports after setbacks.",
      da: "Opmuntrer mentee til at træde ud af komfortzonen, fejrer sejre store og små og støtter efter nederlag.",
    },
  },
];

export type MenteeRoleId = "planner" | "investigator" | "student";

/** The roles the mentee takes, beside the mentor's: the mentee drives the relationship. */
export const menteeRoles: ReadonlyArray<DescribedItem<MenteeRoleId>> = [
  {
    id: "planner",
    name: { en: "Planner", da: "Planlægger" },
    description: {
      en: "Books the meetings, sets the goals and their deadlines, and turns each conversation into a plan.",
      da: "Booker møderne, sætter målene og deres frister og gør hver samtale til en plan.",
    },
  },
  {
    id: "investigator",
    name: { en: "Investigator", da: "Undersøger" },
    description: {
      en: "Comes with open questions, digs into the answers, and tells the mentor how things went since last time.",
      da: "Kommer med åbne spørgsmål, graver i svarene og fortæller mentor, hvordan det er gået siden sidst.",
    },
  },
  {
    id: "student",
    name: { en: "Student", da: "Lærende" },
    description: {
      en: "Takes in what the mentor shares, tries it out in practice, and keeps learning between meetings and after the relationship.",
      da: "Tager imod det, mentor deler, prøver det af i praksis og bliver ved med at lære mellem møderne og efter forløbet.",
    },
  },
];

export type HelpingWayId = "instruction" | "advice" | "guidance" | "questions";

export interface HelpingWay extends DescribedItem<HelpingWayId> {
  /** Who carries the responsibility for the answer. */
  responsibility: LocalizedText;
  /** What the mentor typically says in this way of helping. */
  example: LocalizedText;
}

/** From most to least mentor responsibility. */
export const waysOfHelping: readonly HelpingWay[] = [
  {
    id: "instruction",
    name: { en: "Instruction", da: "Instruktion" },
    description: {
      en: "The mentor says what should be done, and the mentee does it.",
      da: "Mentor siger, hvad der skal gøres, og mentee gør det.",
    },
    responsibility: { en: "The mentor holds all the responsibility.", da: "Mentor har hele ansvaret." },
    example: { en: "“Do this first, then that.”", da: "»Gør først det her, og så det der.«" },
  },
  {
    id: "advice",
    name: { en: "Advice", da: "Råd" },
    description: {
      en: "The mentor says what they would do in the mentee's place.",
      da: "Mentor siger, hvad mentor selv ville gøre i mentees sted.",
    },
    responsibility: { en: "The mentor holds most of the responsibility.", da: "Mentor har det meste af ansvaret." },
    example: { en: "“In your place, I would…”", da: "»Hvis jeg var dig, ville jeg …«" },
  },
  {
    id: "guidance",
    name: { en: "Guidance", da: "Vejledning" },
    description: {
      en: "The mentor suggests options and the mentee weighs them.",
      da: "Mentor foreslår muligheder, og mentee vejer dem.",
    },
    responsibility: { en: "Mentor and mentee share the responsibility.", da: "Mentor og mentee deler ansvaret." },
    example: { en: "“Have you thought of trying…?”", da: "»Har du overvejet at prøve …?«" },
  },
  {
    id: "questions",
    name: { en: "Questions", da: "Spørgsmål" },
    description: {
      en: "The mentor asks, and the mentee finds the answer.",
      da: "Mentor spørger, og mentee finder svaret.",
    },
    responsibility: { en: "The mentee holds all the responsibility.", da: "Mentee har hele ansvaret." },
    example: { en: "“What do you plan to do?”", da: "»Hvad har du tænkt dig at gøre?«" },
  },
];
