// The form that starts a new relationship.
export const newRelationship = {
  "modal.newRelationship.title": "Start a new mentoring relationship",
  "modal.otherName.name": "Name of the other person",
  "modal.otherName.desc": "Also the name of the relationship's folder.",
  "modal.myRole.name": "My role",
  "modal.goals.name": "Goals",
  "modal.goals.desc": "Up to three goals, one per line. You can also agree them at the first meeting.",
  "modal.start.name": "Start date",
  "modal.end.name": "End date",
  "modal.dateDesc": "Year, month and day, such as 2026-11-22.",
  "modal.meetingsPlanned.name": "Planned meetings",
  "modal.cadence.name": "Days between meetings",
  "modal.meetingMinutes.name": "Meeting length in minutes",
  "modal.create": "Create",
  "modal.cancel": "Cancel",
  "form.errorsBelow": "Some fields need a change; see the messages under them.",
  "form.goalsHint": "Ctrl+Enter creates the relationship. Cmd+Enter does the same.",
} as const;
