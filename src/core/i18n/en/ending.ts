// Ending a relationship.
export const ending = {
  "end.modalTitle": "End mentoring relationship",
  "end.confirm": "End the relationship with {name}? Its status becomes ended, today becomes the end date, and a closing checklist and a final evaluation are added. Sessions are not changed.",
  "end.cancel": "Cancel",
  "end.action": "End relationship",
  "end.done": "Ended the relationship with {name}.",
  "end.heading": "Ending",
  "end.checklistTitle": "Checklist",
  "end.evaluationTitle": "Evaluation",
  "end.signsTitle": "Signs that it is time to end",
  "end.openedAgreement": "Opened the agreement with {name}, where the ending was written.",
} as const;
