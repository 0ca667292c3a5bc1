// Forløbet indtil nu: diagrammet, dets tekstalternativ og tabellen.
import type { progress as english } from "../en/progress";

export const progress: Record<keyof typeof english, string> = {
  "progress.title": "Forløbet indtil nu",
  "progress.session": "Møde",
  "progress.date": "Dato",
  "progress.agreed": "Aftalt",
  "progress.done": "Udført",
  "progress.forwarded": "Flyttet",
  "progress.cancelled": "Annulleret",
  "progress.open": "Åbne",
  "progress.days": "Dage siden sidst",
  "progress.cadence": "Aftalt rytme: hver {days}. dag",
  "progress.none": "Ingen møder endnu.",
  "progress.chartLabel": "Handlinger pr. møde med {name}: udført, flyttet, annulleret og stadig åbne",
};
