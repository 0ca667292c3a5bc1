// Det, der deles uden for noterne: mødeopsummeringen og kalenderfilen.
import type { share as english } from "../en/share";

export const share: Record<keyof typeof english, string> = {
  "calendar.name": "Mentorforløb",
  "calendar.meeting": "Mentormøde med {name}",
  "calendar.action": "{text} ({owner}, forløbet med {name})",
  "calendar.written": "Kalenderen er skrevet til {path}. En kalender-app, der abonnerer på filen, viser de næste møder og handlingernes frister.",
  "summary.title": "Møde {number} med {name}, {date}",
  "summary.titleNoName": "Møde {number}, {date}",
  "summary.topic": "Emne",
  "summary.focus": "Fokus",
  "summary.empty": "Intet skrevet.",
  "summary.action": "Handling",
  "summary.due": "Frist",
  "summary.state": "Status",
  "summary.notSession": "Denne note er ikke et mentormøde, så der er ingen opsummering at lave.",
  "summary.copied": "Opsummeringen af {note} er kopieret.",
};
