// The words used everywhere: the plugin's name, roles, phases, focus, languages, and one word for each
// thing.
export const words = {
  "plugin.name": "Mentoring notes",
  "role.mentor": "mentor",
  "role.mentee": "mentee",
  "role.mentorLabel": "Mentor",
  "role.menteeLabel": "Mentee",
  "phase.start": "start",
  "phase.middle": "middle",
  "phase.final": "final",
  "focus.personal": "personal",
  "focus.professional": "professional",
  "focus.relational": "relational",
  "language.en": "English",
  "language.da": "Danish",
  "language.auto": "Same as Obsidian",
  "word.me": "Me",
  "word.otherPerson": "The other person",
  "word.everyone": "Everyone",
  "word.daysBetweenMeetings": "Days between meetings",
  "word.meetingLength": "Meeting length in minutes",
  "word.meetingsPlanned": "Planned meetings",
} as const;
