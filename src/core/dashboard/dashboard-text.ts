// The dashboard model as text: `text` for a terminal (grouped, aligned columns, colour only when asked)
// and `markdown` to paste into a note or an e-mail. Pure: the caller decides whether colour is wanted.
// Actions are drawn as table rows, never as `- [ ]` tasks: a pasted dashboard must not become a second
// open copy of each action in the vault. Every word comes from the catalogue of the language asked for.
import type { ActionRow, DashboardModel, RelationshipRow } from "./model";
import { translatorFor, type MessageKey, type Translate } from "../i18n";
import type { ProgressRow } from "./progress";
import { problemText } from "../notes/problems";
import { BACK_LINK, linkedNoteName, noteNameOf, replaceLinkNotes } from "../notes/move-links";
import type { Language } from "../notes/types";
import { displayWidth } from "./display-width";
import { basenameOf } from "../syntax/paths";
import { tableCell } from "../syntax/markdown";

export interface MarkdownOptions {
  /** The language of the labels; English when not given. Note text is shown as written. */
  lang?: Language;
}

export interface TextOptions extends MarkdownOptions {
  /** ANSI colour and bold; only when the output is a terminal that wants it. */
  color: boolean;
}

const ANSI = { reset: "\u001b[0m", bold: "\u001b[1m", dim: "\u001b[2m", red: "\u001b[31m", green: "\u001b[32m", yellow: "\u001b[33m" };
type Style = keyof typeof ANSI;

/** The dashboard for a terminal. Lines end with `\n`, no trailing spaces. */
export function dashboardToText(model: DashboardModel, options: TextOptions): string {
  const t = translatorFor(options.lang ?? "en");
  const paint = (text: string, ...styles: Style[]): string =>
    options.color && text !== "" ? `${styles.map((style) => ANSI[style]).join("")}${text}${ANSI.reset}` : text;
  const out: string[] = [paint(`${t("dashboard.title")} · ${model.today}`, "bold"), ""];

  out.push(paint(t("dashboard.relationships"), "bold"));
  if (model.relationships.length === 0) out.push(`  ${t("dashboard.noRelationshipsFound")}`);
  else {
    const header = relationshipHeader(t);
    const rows = model.relationships.map((row) => relationshipCells(row, t, plain(row.name), row.nextMeeting ?? "—"));
    const widths = columnWidths([header, ...rows]);
    out.push(`  ${paint(alignRow(header, widths), "dim")}`);
    model.relationships.forEach((row, i) => {
      const line = alignRow(rows[i] ?? [], widths);
      const flags = [row.followUp ? t("dashboardText.followUpSince") : null, row.endPassed ? t("dashboardText.endPassed") : null].filter((flag) => flag !== null);
      out.push(`  ${line}${flags.map((flag) => `  ${paint(flag, "yellow")}`).join("")}`);
    });
  }
  out.push("");

  out.push(paint(actionsHeading(model, t), "bold"));
  if (model.groups.length === 0) out.push(`  ${noActions(model, t)}`);
  else {
    const cells = model.groups.map((group) => group.actions.map((action) => actionCells(action, model, t)));
    const widths = columnWidths(cells.flat());
    model.groups.forEach((group, g) => {
      out.push(`  ${paint(plain(group.name), "bold")}`);
      group.actions.forEach((action, a) => {
        const row = cells[g]?.[a] ?? [];
        const [state = "", ...rest] = alignCells(row, widths);
        const stateStyle: Style[] = action.overdue ? ["red", "bold"] : action.done ? ["green"] : [];
        const source = rest.pop() ?? "";
        // No action is overdue or done: the state column is empty and takes no room.
        const first = widths[0] === 0 ? [] : [paint(state, ...stateStyle)];
        out.push(`    ${[...first, ...rest, paint(source, "dim")].join("  ")}`.trimEnd());
      });
    });
  }
  out.push("");

  out.push(paint(t("dashboard.goals"), "bold"));
  const withGoals = model.relationships.filter((row) => row.goals.length > 0 || row.tooManyGoals);
  if (withGoals.length === 0) out.push(`  ${t("dashboard.noGoalsInAgreements")}`);
  for (const row of withGoals) {
    out.push(`  ${paint(plain(row.name), "bold")}`);
    for (const goal of row.goals) {
      const mark = goal.achieved ? paint("[x]", "green") : "[ ]";
      out.push(`    ${mark} ${plain(goal.text)}${goal.completed ? paint(`  ${t("dashboardText.achievedOn", { date: goal.completed })}`, "dim") : ""}`);
    }
    if (row.tooManyGoals) out.push(`    ${paint(t("dashboard.tooManyGoalsShown", { count: row.goalCount }), "yellow")}`);
  }

  const withSessions = model.relationships.filter((row) => row.progress.length > 0);
  if (withSessions.length > 0) out.push("", paint(t("progress.title"), "bold"));
  for (const row of withSessions) {
    out.push(`  ${paint(plain(row.name), "bold")}`);
    const table = [progressHeader(t), ...row.progress.map(progressCells)];
    const widths = columnWidths(table);
    table.forEach((cells, i) => out.push(`    ${i === 0 ? paint(alignRow(cells, widths), "dim") : alignRow(cells, widths)}`));
  }

  if (model.problems.length > 0) {
    out.push("", paint(`${t("dashboard.notesWithProblems")} (${model.problems.length})`, "bold"));
    for (const problem of model.problems) {
      out.push(`  ${paint(`${plain(problem.file)}${problem.line === undefined ? "" : `:${problem.line}`}`, "yellow")}`);
      out.push(`    ${plain(problemText(problem, t))}`);
    }
  }
  return `${out.join("\n")}\n`;
}

/** The dashboard as Markdown: headings, tables for relationships and actions, a list for goals. */
export function dashboardToMarkdown(model: DashboardModel, options: MarkdownOptions = {}): string {
  const t = translatorFor(options.lang ?? "en");
  const out: string[] = [`# ${t("dashboard.title")}, ${model.today}`, "", `## ${t("dashboard.relationships")}`, ""];
  if (model.relationships.length === 0) out.push(t("dashboard.noRelationshipsFound"));
  else {
    const header = relationshipHeader(t);
    out.push(tableRow(header.map(cell)), tableRow(header.map(() => "---")));
    for (const row of model.relationships) {
      const next =
        row.nextMeeting === null ? "—" : row.followUp ? `**${row.nextMeeting}** (${t("dashboardText.followUp")})` : row.nextMeeting;
      out.push(tableRow(relationshipCells(row, t, cell(row.name), next)));
    }
  }

  out.push("", `## ${actionsHeading(model, t)}`, "");
  if (model.groups.length === 0) out.push(noActions(model, t));
  const actionHeader = [t("dashboard.column.due"), t("dashboard.column.action"), t("dashboard.owner"), t("dashboard.column.from")];
  for (const group of model.groups) {
    out.push(`### ${plain(group.name)}`, "", tableRow(actionHeader.map(cell)), tableRow(actionHeader.map(() => "---")));
    for (const action of group.actions) {
      const due = action.due === null ? "—" : action.overdue ? `**${action.due}** (${t("actionState.overdue")})` : action.due;
      const done = `${t("actionState.done")}${action.completed ? ` ${action.completed}` : ""}`;
      const words = cell(actionWords(action, model, t));
      const text = action.done ? `~~${words}~~ (${done})` : words;
      const from = t("dashboard.atLine", { place: basenameOf(action.file), line: action.line + 1 });
      out.push(tableRow([due, text, t(`role.${action.owner}`), cell(from)]));
    }
    out.push("");
  }
  if (model.groups.length > 0) out.pop();

  out.push("", `## ${t("dashboard.goals")}`, "");
  const withGoals = model.relationships.filter((row) => row.goals.length > 0 || row.tooManyGoals);
  if (withGoals.length === 0) out.push(t("dashboard.noGoalsInAgreements"));
  for (const row of withGoals) {
    out.push(`### ${plain(row.name)}`, "");
    for (const goal of row.goals) out.push(goal.achieved ? `- ~~${plain(goal.text)}~~ ✅${goal.completed ? ` ${goal.completed}` : ""}` : `- ${plain(goal.text)}`);
    if (row.tooManyGoals) out.push("", `> ${t("dashboard.tooManyGoalsShown", { count: row.goalCount })}`);
    out.push("");
  }
  if (withGoals.length > 0) out.pop();

  const withSessions = model.relationships.filter((row) => row.progress.length > 0);
  if (withSessions.length > 0) out.push("", `## ${t("progress.title")}`);
  for (const row of withSessions) {
    const header = progressHeader(t);
    out.push("", `### ${plain(row.name)}`, "", tableRow(header.map(cell)), tableRow(header.map(() => "---")));
    for (const progress of row.progress) out.push(tableRow(progressCells(progress)));
  }

  if (model.problems.length > 0) {
    out.push("", `## ${t("dashboard.notesWithProblems")}`, "");
    for (const problem of model.problems) {
      const place = problem.line === undefined ? code(problem.file) : t("dashboard.atLine", { place: code(problem.file), line: problem.line });
      out.push(`- ${place}: ${plain(problemText(problem, t))}`);
    }
  }
  return `${out.join("\n")}\n`;
}

function relationshipHeader(t: Translate): string[] {
  return [
    t("dashboard.column.name"),
    t("dashboard.column.myRole"),
    t("dashboard.column.status"),
    t("dashboard.phase"),
    t("dashboard.column.sessions"),
    t("dashboard.lastMeeting"),
    t("dashboard.nextMeeting"),
    t("dashboard.column.end"),
  ];
}

function progressHeader(t: Translate): string[] {
  return ["session", "date", "agreed", "done", "forwarded", "cancelled", "open", "days"].map((key) => t(`progress.${key}` as MessageKey));
}

function progressCells(row: ProgressRow): string[] {
  const numbers = [row.agreed, row.done, row.forwarded, row.cancelled, row.open].map(String);
  return [row.number === null ? "—" : String(row.number), row.date ?? "—", ...numbers, row.daysSincePrevious === null ? "—" : String(row.daysSincePrevious)];
}

function actionsHeading(model: DashboardModel, t: Translate): string {
  return t(model.filter.showDone ? "dashboard.actionsOpenAndDone" : "dashboard.openActions");
}

function noActions(model: DashboardModel, t: Translate): string {
  return t(model.filter.showDone ? "dashboard.noActions" : "dashboard.noOpenActions");
}

function actionCells(action: ActionRow, model: DashboardModel, t: Translate): string[] {
  const state = action.overdue ? t("actionState.overdue") : action.done ? t("actionState.done") : action.state === "open" ? "" : t(`actionState.${action.state}`);
  return [state, action.due ?? "—", t(`role.${action.owner}`), plain(actionWords(action, model, t)), `${plain(action.file)}:${action.line + 1}`];
}

/**
 * The action's text with each link back of a move said in words ("(from Session 3)"): a link in a
 * terminal cannot be followed, and pasted into a note it would add a backlink for every row.
 */
function actionWords(action: ActionRow, model: DashboardModel, t: Translate): string {
  return replaceLinkNotes(action.text, BACK_LINK, (target) => {
    const number = linkedSession(action, model, target)?.number ?? null;
    const place = number === null ? linkedNoteName(target) : t("dashboardText.session", { number });
    return `(${t("dashboardText.movedFrom", { place })})`;
  });
}

/** The session of the action's relationship a link names, compared as Obsidian does (by note name, in any case). */
function linkedSession(action: ActionRow, model: DashboardModel, target: string): ProgressRow | undefined {
  const sessions = model.relationships.find((row) => row.folder === action.relationship)?.progress ?? [];
  return sessions.filter((session) => noteNameOf(session.file) === noteNameOf(target)).pop();
}

/** A relationship's cells in the order of `relationshipHeader`; the name and the next meeting as each format shows them. */
function relationshipCells(row: RelationshipRow, t: Translate, name: string, nextMeeting: string): string[] {
  const sessions =
    row.meetingsPlanned === null ? String(row.sessionsHeld) : t("dashboard.sessionsOf", { held: row.sessionsHeld, planned: row.meetingsPlanned });
  return [name, t(`role.${row.role}`), t(`status.${row.status}`), t(`phase.${row.phase}`), sessions, row.lastMeeting ?? "—", nextMeeting, row.end ?? "—"];
}

/**
 * Note text made safe to print: control characters (an escape sequence in a note could move the cursor
 * or recolour the terminal) become U+FFFD.
 */
export function plain(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "\uFFFD");
}

function cell(text: string): string {
  return tableCell(plain(text));
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function code(text: string): string {
  const safe = plain(text);
  return safe.includes("`") ? `\`\` ${safe} \`\`` : `\`${safe}\``;
}

function columnWidths(rows: readonly (readonly string[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((text, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(text))));
  return widths;
}

/** Each cell padded to its column's width (the last one left as is). */
function alignCells(row: readonly string[], widths: readonly number[]): string[] {
  return row.map((text, i) => (i === row.length - 1 ? text : text + " ".repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(text)))));
}

function alignRow(row: readonly string[], widths: readonly number[]): string {
  return alignCells(row, widths).join("  ").trimEnd();
}
