// Formularen, der opretter et nyt forløb.
import type { newRelationship as english } from "../en/new-relationship";

export const newRelationship: Record<keyof typeof english, string> = {
  "modal.newRelationship.title": "Start et nyt mentorforløb",
  "modal.otherName.name": "Den andens navn",
  "modal.otherName.desc": "Bliver også navnet på forløbets mappe.",
  "modal.myRole.name": "Min rolle",
  "modal.goals.name": "Mål",
  "modal.goals.desc": "Op til tre mål, ét pr. linje. I kan også aftale dem på det første møde.",
  "modal.start.name": "Startdato",
  "modal.end.name": "Slutdato",
  "modal.dateDesc": "År, måned og dag, fx 2026-11-22.",
  "modal.meetingsPlanned.name": "Planlagte møder",
  "modal.cadence.name": "Dage mellem møderne",
  "modal.meetingMinutes.name": "Mødelængde i minutter",
  "modal.create": "Opret",
  "modal.cancel": "Annuller",
  "form.errorsBelow": "Nogle felter skal rettes; se beskederne under dem.",
  "form.goalsHint": "Ctrl+Enter opretter forløbet. Cmd+Enter gør det samme.",
};
