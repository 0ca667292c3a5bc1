// Ord, der bruges overalt: pluginnets navn, roller, faser, fokus, sprog og ét ord for hver ting.
import type { words as english } from "../en/words";

export const words: Record<keyof typeof english, string> = {
  "plugin.name": "Mentornoter",
  "role.mentor": "mentor",
  "role.mentee": "mentee",
  "role.mentorLabel": "Mentor",
  "role.menteeLabel": "Mentee",
  "phase.start": "opstart",
  "phase.middle": "arbejdsfase",
  "phase.final": "afslutning",
  "focus.personal": "personlig",
  "focus.professional": "faglig",
  "focus.relational": "relationel",
  "language.en": "Engelsk",
  "language.da": "Dansk",
  "language.auto": "Samme som Obsidian",
  "word.me": "Mig",
  "word.otherPerson": "Den anden person",
  "word.everyone": "Alle",
  "word.daysBetweenMeetings": "Dage mellem møderne",
  "word.meetingLength": "Mødelængde i minutter",
  "word.meetingsPlanned": "Planlagte møder",
};
