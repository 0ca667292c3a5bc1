// What is shared outside the notes: the session summary and the calendar file.
export const share = {
  "calendar.name": "Mentoring",
  "calendar.meeting": "Mentoring meeting with {name}",
  "calendar.action": "{text} ({owner}, {name})",
  "calendar.written": "Wrote the calendar to {path}. A calendar app that subscribes to this file shows the next meetings and due actions.",
  "summary.title": "Session {number} with {name}, {date}",
  "summary.titleNoName": "Session {number}, {date}",
  "summary.topic": "Topic",
  "summary.focus": "Focus",
  "summary.empty": "Nothing written.",
  "summary.action": "Action",
  "summary.due": "Due",
  "summary.state": "Status",
  "summary.notSession": "This note is not a mentoring session, so there is no session summary to make.",
  "summary.copied": "Copied the summary of {note}.",
} as const;
