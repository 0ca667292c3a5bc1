// Ord inde i en linje af kommandolinjens tekst- og Markdown-overblik (og opsummeringens handlingstabel): med
// små bogstaver, derfor adskilt fra dashboard.*.
import type { dashboardText as english } from "../en/dashboard-text";

export const dashboardText: Record<keyof typeof english, string> = {
  "actionState.open": "åben",
  "dashboardText.endPassed": "slutdatoen er passeret",
  "status.active": "aktivt",
  "status.ended": "afsluttet",
  "actionState.overdue": "forsinket",
  "actionState.done": "udført",
  "actionState.cancelled": "annulleret",
  "actionState.forwarded": "flyttet",
  "dashboardText.followUp": "følg op",
  "dashboardText.followUpSince": "følg op: intet møde siden den planlagte dato",
  "dashboardText.session": "Møde {number}",
  "dashboardText.movedFrom": "fra {place}",
  "dashboardText.achievedOn": "nået {date}",
  "dashboardText.daysAgo": "for {days} dage siden",
  "dashboardText.yesterday": "i går",
};
