// Progress over a relationship: the chart, its text alternative and the table.
export const progress = {
  "progress.title": "Progress",
  "progress.session": "Session",
  "progress.date": "Date",
  "progress.agreed": "Agreed",
  "progress.done": "Done",
  "progress.forwarded": "Moved on",
  "progress.cancelled": "Cancelled",
  "progress.open": "Open",
  "progress.days": "Days since the last",
  "progress.cadence": "Agreed rhythm: every {days} days",
  "progress.none": "No sessions yet.",
  "progress.chartLabel": "Actions per session with {name}: done, moved on, cancelled and still open",
} as const;
