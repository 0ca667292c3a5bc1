// Afslutning af et forløb.
import type { ending as english } from "../en/ending";

export const ending: Record<keyof typeof english, string> = {
  "end.modalTitle": "Afslut mentorforløb",
  "end.confirm": "Afslut forløbet med {name}? Status bliver afsluttet, dagens dato bliver slutdato, og en tjekliste og en slutevaluering tilføjes. Møderne ændres ikke.",
  "end.cancel": "Annuller",
  "end.action": "Afslut forløbet",
  "end.done": "Forløbet med {name} er afsluttet.",
  "end.heading": "Afslutning",
  "end.checklistTitle": "Tjekliste",
  "end.evaluationTitle": "Evaluering",
  "end.signsTitle": "Tegn på, at det er tid til at slutte",
  "end.openedAgreement": "Aftalen med {name} er åbnet; afslutningen er skrevet der.",
};
