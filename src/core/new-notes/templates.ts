// Template rendering: `{{name}}` placeholders replaced by plain text, and nothing else. No code, no
// expressions, no helpers: a template is text with holes, so a shared template note can never run
// anything. Placeholders we do not know stay exactly as written and are reported, so the user sees them.
//
// The placeholders every note kind receives (empty text where a value does not apply), as the user's guide
// (docs/note-format.md) lists them:
//   title              the note's title line text (e.g. "Session 3 with Jane Doe")
//   date               today as YYYY-MM-DD
//   mentee, mentor     the two people (a name, or empty)
//   people             one sentence saying who is the mentee and who the mentor, naming only who is known
//   other              the other person's name (the relationship's folder name)
//   role               my role, in the note's language ("mentor" / "mentee")
//   number             the session number
//   phase              start / middle / final, in the note's language
//   agreement_link     a link to the agreement: [[Mentoring/Jane Doe/Agreement|Agreement]]
//   previous_link      a link to the previous session, or a dash for the first one
//   goals              the goals as task lines (agreement: `- [ ] ...`)
//   goal_list          the goals as a plain list (sessions: read-only, never a second task)
//   topic              the topic given when the note was made (usually empty)
//   since_last_time    the live view of open actions (a mentoring-dashboard block) with one line saying so
//   carried_actions    actions moved from earlier sessions (carry-over "move"), else empty
//   before_meeting     the "before the meeting" evaluation prompts for my role
//   conversation_starters  the first-meeting conversation starters, and the command that inserts the rest
//   practical_frame    the agreement's practical frame as list lines
//   ground_rules       the agreement's ground rules and the expectation questions, as list lines
//   working_together   the agreement's tips for working together, as list lines
//   signatures         the agreement's lines to sign: both names, a signature and a date
//   first_meeting_intro  the first session's opening paragraph
//   cadence            days between meetings
//   meeting_minutes    meeting length in minutes
//   meetings_planned   planned number of meetings
//   start, end         the relationship's start and end dates
// The frontmatter is never the template's: the code writes our keys (see new-notes.ts), and keys a user
// template adds in its own frontmatter are merged in after ours, with ours winning.

/** The placeholders above by name: each is known in every kind of note, empty where it does not apply. */
export const PLACEHOLDER_NAMES = [
  "title", "date", "mentee", "mentor", "people", "other", "role", "number", "phase", "agreement_link", "previous_link", "goals",
  "goal_list", "topic", "since_last_time", "carried_actions", "before_meeting", "conversation_starters", "practical_frame",
  "ground_rules", "working_together", "signatures", "first_meeting_intro", "cadence", "meeting_minutes", "meetings_planned", "start", "end",
];

export type TemplateValues = Record<string, string>;

export interface RenderedTemplate {
  text: string;
  /** Placeholder names in the template with no value, each once, in order of first appearance. */
  unknown: string[];
}

// `{{ name }}`: letters, digits, `_`, `-` and `.`, blanks allowed inside the braces. A name with a format
// or filter (`{{date:YYYY-MM-DD}}`, `{{date|x}}`, as other template tools write them) is never ours: it is
// kept and reported, format and all. Anything else between braces (`{{#if}}`, `{{a + b}}`) stays text.
const PLACEHOLDER = /\{\{[ \t]*([A-Za-z][A-Za-z0-9_.-]*)([:|][^{}\r\n]*?)?[ \t]*\}\}/g;

// These write task lines: a second copy would be a second open task (each action and goal exists once as
// a task), so only the first place in a template gets them and any later one is left empty.
const WRITTEN_ONCE = new Set(["carried_actions", "goals"]);

/** Replaces every known `{{name}}` with its value as plain text, in one pass (values are never re-read). */
export function renderTemplate(template: string, values: TemplateValues): RenderedTemplate {
  const unknown: string[] = [];
  // A Map, so a name such as `constructor` is never found on an object's prototype.
  const left = new Map(Object.entries(values));
  const text = template.replace(PLACEHOLDER, (whole: string, name: string, format = "") => {
    const value = format === "" ? left.get(name) : undefined;
    if (value !== undefined && WRITTEN_ONCE.has(name)) left.set(name, "");
    if (value !== undefined) return value;
    if (!unknown.includes(name + format)) unknown.push(name + format);
    return whole;
  });
  return { text, unknown };
}
