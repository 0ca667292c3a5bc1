// The summary of one session to share with the other person (the method asks the mentee to send one
// after each meeting): who, which session and when, the focus and the topic, Summary, Insights and Ideas, the actions
// as a table (never task lines, so a pasted summary is no second open copy), and the next meeting.
// Never a private part: private callouts and comments are left out (see private-parts.ts).
import { SECTION_TITLES, type SectionId } from "../notes/section-names";
import { findSection, detectNoteLanguage } from "../notes/sections";
import { parseNote } from "../notes/parse-note";
import { scanMarkdown } from "../syntax/markdown";
import { splitLines, trimBlankLines } from "../syntax/text";
import { withoutPrivateParts } from "../syntax/private-parts";
import { translatorFor, type Translate } from "../i18n";
import type { ActionState, Focus, IsoDate, Language, ProblemMessage, Role } from "../notes/types";

export const SHARED_SECTIONS = ["summary", "insights", "ideas"] as const satisfies readonly SectionId[];
export type SharedSection = (typeof SHARED_SECTIONS)[number];

export interface SessionSummary {
  file: string;
  language: Language;
  mentee: string | null;
  mentor: string | null;
  number: number | null;
  date: IsoDate | null;
  /** The conversation's focus (personal, professional or relational), as the note's `focus` says. */
  focus: Focus | null;
  topic: string | null;
  /** Each shared section's lines without private parts; empty when the note has no such section. */
  sections: Record<SharedSection, string[]>;
  actions: Array<{ text: string; owner: Role; due: IsoDate | null; state: ActionState }>;
  next: IsoDate | null;
}

export type SummaryResult = { ok: true; summary: SessionSummary } | { ok: false; message: ProblemMessage };

/** The summary of a session note, in the note's own language (else `fallback`). */
export function summariseSession(file: string, text: string, fallback: Language): SummaryResult {
  const parsed = parseNote(file, text);
  if (parsed.kind !== "session") return { ok: false, message: { key: "summary.notSession" } };
  const session = parsed.note;
  const scan = scanMarkdown(text);
  const lines = splitLines(text).map((line) => line.text);
  const sections = {} as Record<SharedSection, string[]>;
  for (const id of SHARED_SECTIONS) {
    const span = findSection(text, id, scan);
    sections[id] = span === null ? [] : trimBlankLines(withoutPrivateParts(lines.slice(span.startLine, span.endLine)));
  }
  return {
    ok: true,
    summary: {
      file,
      language: detectNoteLanguage(text, fallback),
      mentee: session.mentee,
      mentor: session.mentor,
      number: session.number,
      date: session.date,
      focus: session.focus,
      topic: session.topic,
      sections,
      actions: session.actions.map((action) => ({ text: action.task.text, owner: action.owner, due: action.due, state: action.state })),
      next: session.next,
    },
  };
}

export type SummaryFormat = "markdown" | "text" | "json";

/** The summary as Markdown (to paste into a note or an e-mail), plain text, or JSON. */
export function renderSummary(summary: SessionSummary, format: SummaryFormat): string {
  if (format === "json") return `${JSON.stringify(summary, null, 2)}\n`;
  const t = translatorFor(summary.language);
  return format === "markdown" ? markdownSummary(summary, t) : textSummary(summary, t);
}

function titleOf(summary: SessionSummary, t: Translate): string {
  const name = summary.mentee ?? summary.mentor ?? "";
  return t("summary.title", { number: summary.number ?? "?", name, date: summary.date ?? "?" });
}

function peopleOf(summary: SessionSummary, t: Translate): string[] {
  const people: string[] = [];
  if (summary.mentee) people.push(`${t("role.menteeLabel")}: ${summary.mentee}`);
  if (summary.mentor) people.push(`${t("role.mentorLabel")}: ${summary.mentor}`);
  return people;
}

function actionCells(action: SessionSummary["actions"][number], t: Translate): string[] {
  return [action.text, t(action.owner === "mentor" ? "role.mentor" : "role.mentee"), action.due ?? "—", t(`actionState.${action.state}`)];
}

function markdownSummary(summary: SessionSummary, t: Translate): string {
  const out: string[] = [`# ${titleOf(summary, t)}`, ""];
  const people = peopleOf(summary, t);
  if (people.length > 0) out.push(people.join(" · "), "");
  if (summary.focus) out.push(`**${t("summary.focus")}:** ${t(`focus.${summary.focus}`)}`, "");
  if (summary.topic) out.push(`**${t("summary.topic")}:** ${summary.topic}`, "");
  for (const id of SHARED_SECTIONS) {
    out.push(`## ${SECTION_TITLES[id][summary.language]}`, "");
    out.push(...(summary.sections[id].length > 0 ? summary.sections[id] : [`*${t("summary.empty")}*`]), "");
  }
  out.push(`## ${SECTION_TITLES.actions[summary.language]}`, "");
  if (summary.actions.length === 0) out.push(`*${t("summary.empty")}*`, "");
  else {
    const header = [t("summary.action"), t("dashboard.owner"), t("summary.due"), t("summary.state")];
    out.push(tableRow(header), tableRow(header.map(() => "---")));
    for (const action of summary.actions) out.push(tableRow(actionCells(action, t)));
    out.push("");
  }
  if (summary.next) out.push(`**${t("dashboard.nextMeeting")}:** ${summary.next}`, "");
  return out.join("\n");
}

/** A table row whose cells cannot break the table or turn into a task line. */
function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((cell) => cell.replace(/\\/g, "\\\\").replace(/\|/g, "\\|")).join(" | ")} |`;
}

function textSummary(summary: SessionSummary, t: Translate): string {
  const out: string[] = [titleOf(summary, t), ""];
  const people = peopleOf(summary, t);
  if (people.length > 0) out.push(people.join(" · "), "");
  if (summary.focus) out.push(`${t("summary.focus")}: ${t(`focus.${summary.focus}`)}`, "");
  if (summary.topic) out.push(`${t("summary.topic")}: ${summary.topic}`, "");
  for (const id of SHARED_SECTIONS) {
    out.push(SECTION_TITLES[id][summary.language]);
    out.push(...(summary.sections[id].length > 0 ? summary.sections[id].map((line) => `  ${line}`) : [`  ${t("summary.empty")}`]), "");
  }
  out.push(SECTION_TITLES.actions[summary.language]);
  if (summary.actions.length === 0) out.push(`  ${t("summary.empty")}`);
  for (const action of summary.actions) {
    const [text, owner, due, state] = actionCells(action, t);
    out.push(`  ${text} (${owner}, ${t("summary.due").toLowerCase()} ${due}, ${state})`);
  }
  out.push("");
  if (summary.next) out.push(`${t("dashboard.nextMeeting")}: ${summary.next}`, "");
  return out.join("\n");
}
