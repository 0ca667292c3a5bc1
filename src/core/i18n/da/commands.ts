// Kommandoernes navne, som kommandopaletten viser dem.
import type { commands as english } from "../en/commands";

export const commands: Record<keyof typeof english, string> = {
  "command.writeCalendar": "Skriv mentorkalenderen til en fil",
  "command.copySummary": "Kopiér mødeopsummering",
  "command.startSession": "Start mentormøde",
  "command.newRelationship": "Start et nyt mentorforløb",
  "command.insertTimeOut": "Indsæt time-out-spørgsmål",
  "command.closeSession": "Afslut mødet: opsummering, indsigter, idéer, handlinger",
  "command.insertEvaluation": "Indsæt evalueringsspørgsmål",
  "command.insertEvaluationBeforeMentee": "Indsæt evalueringsspørgsmål: før mødet, mentee",
  "command.insertEvaluationBeforeMentor": "Indsæt evalueringsspørgsmål: før mødet, mentor",
  "command.insertEvaluationEndMentee": "Indsæt evalueringsspørgsmål: sidst i mødet, mentee",
  "command.insertEvaluationEndMentor": "Indsæt evalueringsspørgsmål: sidst i mødet, mentor",
  "command.insertValues": "Indsæt værdiøvelse",
  "command.insertStarters": "Indsæt samtalestartere",
  "command.insertReflection": "Indsæt mentorrefleksion",
  "command.insertRoles": "Indsæt mentorroller og måder at hjælpe på",
  "command.insertRelationshipCheck": "Indsæt tjek af forløbet",
  "command.endRelationship": "Afslut mentorforløb",
  "command.openDashboard": "Åbn mentoroverblik",
  "command.timerStart": "Start eller genoptag mødeuret",
  "command.timerPause": "Sæt mødeuret på pause",
  "command.timerReset": "Nulstil mødeuret",
};
