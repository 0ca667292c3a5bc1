// Words inside a line of the command line's text and Markdown dashboard (and the summary's action table):
// lower case, so kept apart from the dashboard.* labels.
export const dashboardText = {
  "actionState.open": "open",
  "dashboardText.endPassed": "end date passed",
  "status.active": "active",
  "status.ended": "ended",
  "actionState.overdue": "overdue",
  "actionState.done": "done",
  "actionState.cancelled": "cancelled",
  "actionState.forwarded": "forwarded",
  "dashboardText.followUp": "follow up",
  "dashboardText.followUpSince": "follow up: no meeting since the planned date",
  "dashboardText.session": "Session {number}",
  "dashboardText.movedFrom": "from {place}",
  "dashboardText.achievedOn": "achieved {date}",
  "dashboardText.daysAgo": "{days} days ago",
  "dashboardText.yesterday": "yesterday",
} as const;
