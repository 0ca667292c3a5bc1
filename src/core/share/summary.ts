// The summary of one session to share with the other person (the method asks the mentee to send one
// after each meeting): who, which session and when, the focus and the topic, Summary, Insights and Ideas, the actions
// as a table (never task lines, so a pasted summary is no second open copy), and the next meeting.
// Never a private part: private callouts and comments are left out (see private-parts.ts).
import { SECTION_TITLES, type SectionId } from "../notes/section-names";
import { findSection, detectNoteLanguage } from "../notes/sections";
import { parseNote } from "../notes/parse-note";
import { scanMarkdown, tableCell } from "../syntax/markdown";
import { trimBlankLines } from "../syntax/text";
import { withoutPrivateParts } from "../syntax/private-parts";
import { translatorFor, type Translate } from "../i18n";
import type { ActionState, IsoDate, Language, ProblemMessage, Role, Session } from "../notes/types";

const SHARED_SECTIONS = ["summary", "insights", "ideas"] as const satisfies readonly SectionId[];
export type SharedSection = (typeof SHARED_SECTIONS)[number];

/** The session's own fields as the note has them, and what the summary adds. */
export interface SessionSummary extends Pick<Session, "file" | "mentee" | "mentor" | "number" | "date" | "focus" | "topic" | "next"> {
  language: Language;
  /** Each shared section's lines without private parts; empty when the note has no such section. */
  sections: Record<SharedSection, string[]>;
  actions: Array<{ text: string; owner: Role; due: IsoDate | null; state: ActionState }>;
}

export type SummaryResult = { ok: true; summary: SessionSummary } | { ok: false; message: ProblemMessage };

/** The summary of a session note, in the note's own language (else `fallback`). */
export function summariseSession(file: string, text: string, fallback: Language): SummaryResult {
  const parsed = parseNote(file, text);
  if (parsed.kind !== "session") return { ok: false, message: { key: "summary.notSession" } };
  // Frontmatter that cannot be read leaves every field empty: say why rather than share a hollow summary.
  const unreadable = parsed.problems.find((problem) => problem.message?.key === "problem.frontmatter");
  if (unreadable?.message) return { ok: false, message: unreadable.message };
  const { mentee, mentor, number, date, focus, topic, next } = parsed.note;
  const scan = scanMarkdown(text);
  const sections = {} as Record<SharedSection, string[]>;
  for (const id of SHARED_SECTIONS) {
    const span = findSection(text, id, scan);
    sections[id] = span === null ? [] : trimBlankLines(withoutPrivateParts(scan.slice(span.startLine, span.endLine)));
  }
  const actions = parsed.note.actions.map((action) => ({ text: action.task.text, owner: action.owner, due: action.due, state: action.state }));
  const language = detectNoteLanguage(text, fallback);
  return { ok: true, summary: { file, language, mentee, mentor, number, date, focus, topic, sections, actions, next } };
}

export type SummaryFormat = "markdown" | "text" | "json";

/** The summary as Markdown (to paste into a note or an e-mail), plain text, or JSON. */
export function renderSummary(summary: SessionSummary, format: SummaryFormat): string {
  if (format === "json") return `${JSON.stringify(summary, null, 2)}\n`;
  const t = translatorFor(summary.language);
  return format === "markdown" ? markdownSummary(summary, t) : textSummary(summary, t);
}

/** The title, the people, the focus and the topic: the same lines in both formats, the labels bold in Markdown. */
function headLines(summary: SessionSummary, t: Translate, markdown: boolean): string[] {
  const name = summary.mentee ?? summary.mentor;
  const [number, date] = [summary.number ?? "?", summary.date ?? "?"];
  const title = name ? t("summary.title", { number, name, date }) : t("summary.titleNoName", { number, date });
  const out = [markdown ? `# ${title}` : title, ""];
  const people: string[] = [];
  if (summary.mentee) people.push(`${t("role.menteeLabel")}: ${summary.mentee}`);
  if (summary.mentor) people.push(`${t("role.mentorLabel")}: ${summary.mentor}`);
  if (people.length > 0) out.push(people.join(" · "), "");
  if (summary.focus) out.push(label(t("summary.focus"), t(`focus.${summary.focus}`), markdown), "");
  if (summary.topic) out.push(label(t("summary.topic"), summary.topic, markdown), "");
  return out;
}

function label(name: string, value: string, markdown: boolean): string {
  return markdown ? `**${name}:** ${value}` : `${name}: ${value}`;
}

function actionCells(action: SessionSummary["actions"][number], t: Translate): string[] {
  return [action.text, t(`role.${action.owner}`), action.due ?? "—", t(`actionState.${action.state}`)];
}

function markdownSummary(summary: SessionSummary, t: Translate): string {
  const out = headLines(summary, t, true);
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
  if (summary.next) out.push(label(t("dashboard.nextMeeting"), summary.next, true), "");
  return out.join("\n");
}

/** A table row whose cells cannot break the table or turn into a task line. */
function tableRow(cells: readonly string[]): string {
  return `| ${cells.map(tableCell).join(" | ")} |`;
}

function textSummary(summary: SessionSummary, t: Translate): string {
  const out = headLines(summary, t, false);
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
  if (summary.next) out.push(label(t("dashboard.nextMeeting"), summary.next, false), "");
  return out.join("\n");
}
