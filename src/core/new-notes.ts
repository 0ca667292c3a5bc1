// The notes "start a relationship" and "start a session" write, planned as text: one function per note
// kind, shared by the plugin and the command line. The frontmatter is always ours (built by the schema);
// the template gives the body. Nothing here touches a file: the callers write what is planned.
import { formatTaskLine } from "./actions";
import { planCarryOver, type CarryOverPlan } from "./carry-over";
import { conversationStarters, evaluationQuestions, firstMeetingStarters, type QuestionSet } from "./banks";
import { addDays, parseIsoDate } from "./dates";
import { readFrontmatter, renderFrontmatter, type FrontmatterValue } from "./frontmatter";
import { translatorFor, type MessageKey, type Translate } from "./i18n";
import { questionList, type QuestionGroup } from "./inserts";
import { findHeadings } from "./sections";
import { MAX_GOALS } from "./model";
import { basenameOf, relationshipFolderPath, sanitizeName } from "./paths";
import { agreementFrontmatter, sessionFrontmatter } from "./schema";
import { agreementPath, nextSessionNumber, phaseFor, previousSession, sessionOnDay, sessionPath } from "./session-plan";
import type { CarryOver, MentoringSettings } from "./settings";
import { renderTemplate, type TemplateValues } from "./templates";
import type { Agreement, IsoDate, Language, Role, Session } from "./types";
import agreementEn from "./templates/agreement.en.md";
import agreementDa from "./templates/agreement.da.md";
import sessionEn from "./templates/session.en.md";
import sessionDa from "./templates/session.da.md";
import firstSessionEn from "./templates/first-session.en.md";
import firstSessionDa from "./templates/first-session.da.md";

export type NoteKind = "agreement" | "session" | "firstSession";

export const BUILT_IN_TEMPLATES: Record<NoteKind, Record<Language, string>> = {
  agreement: { en: agreementEn, da: agreementDa },
  session: { en: sessionEn, da: sessionDa },
  firstSession: { en: firstSessionEn, da: firstSessionDa },
};

/** What the user gives when starting a relationship. */
export interface RelationshipInput {
  /** The other person's name: also the relationship's folder name (sanitised). */
  name: string;
  /** My role in this relationship. */
  role: Role;
  goals: readonly string[];
  start: IsoDate;
  end: IsoDate | null;
  meetingsPlanned: number;
  cadenceDays: number;
  meetingMinutes: number;
}

/** A user's own template per note kind (the text of the template note), replacing the built-in one. */
export type TemplateOverrides = Partial<Record<NoteKind, string>>;

export interface PlannedFile {
  path: string;
  text: string;
  /** Placeholders of a user template that have no value (kept as written). */
  unknownPlaceholders: string[];
}

export type RelationshipPlan = { ok: true; files: PlannedFile[] } | { ok: false; reason: string };

/** What a new session needs of its relationship: the index's relationship fits. */
export interface RelationshipState {
  folder: string;
  agreement: Agreement;
  sessions: readonly Session[];
}

export type SessionPlan =
  | { kind: "exists"; path: string }
  | { kind: "create"; path: string; text: string; unknownPlaceholders: string[]; moves: CarryOverPlan };

/** Defaults for the "new relationship" form: settings, today, and an end date from the plan. */
export function defaultRelationshipInput(settings: MentoringSettings, today: IsoDate): RelationshipInput {
  return {
    name: "",
    role: settings.defaultRole,
    goals: [],
    start: today,
    end: plannedEnd(today, settings.meetingsPlanned, settings.cadenceDays),
    meetingsPlanned: settings.meetingsPlanned,
    cadenceDays: settings.cadenceDays,
    meetingMinutes: settings.meetingMinutes,
  };
}

/** The end date a plan implies: one cadence after the last planned meeting. */
export function plannedEnd(start: IsoDate, meetingsPlanned: number, cadenceDays: number): IsoDate | null {
  return parseIsoDate(start) ? addDays(start, meetingsPlanned * cadenceDays) : null;
}

/** The agreement and the first session of a new relationship, or why not. */
export function planRelationship(
  input: RelationshipInput,
  settings: MentoringSettings,
  lang: Language,
  today: IsoDate,
  templates: TemplateOverrides = {},
): RelationshipPlan {
  const t = translatorFor(lang);
  const name = input.name.trim();
  if (name === "") return { ok: false, reason: t("notice.nameRequired") };
  const goals = input.goals.map((goal) => goal.trim()).filter((goal) => goal !== "");
  if (goals.length > MAX_GOALS) return { ok: false, reason: t("notice.tooManyGoals", { count: goals.length }) };
  for (const date of [input.start, input.end]) {
    if (date !== null && parseIsoDate(date) === null) return { ok: false, reason: t("notice.invalidDate", { value: date }) };
  }
  if (input.end !== null && input.end < input.start) return { ok: false, reason: t("notice.endBeforeStart") };

  const other = sanitizeName(name);
  const me = settings.myName.trim();
  const mentee = input.role === "mentor" ? other : me;
  const mentor = input.role === "mentor" ? me : other;
  const folder = relationshipFolderPath(settings.rootFolder, name);
  const agreementFile = agreementPath(settings.rootFolder, name);
  const firstPath = sessionPath(folder, today, 1);
  const common: TemplateValues = {
    date: today,
    mentee,
    mentor,
    other,
    role: t(`role.${input.role}`),
    agreement_link: agreementLink(agreementFile, t("note.agreementLink")),
    topic: "",
    cadence: String(input.cadenceDays),
    meeting_minutes: String(input.meetingMinutes),
    meetings_planned: String(input.meetingsPlanned),
    start: input.start,
    end: input.end ?? "",
  };

  const agreement = renderNote(
    agreementFrontmatter({
      mentee,
      mentor,
      role: input.role,
      start: input.start,
      end: input.end,
      meetingsPlanned: input.meetingsPlanned,
      cadenceDays: input.cadenceDays,
      meetingMinutes: input.meetingMinutes,
      status: "active",
    }),
    templates.agreement ?? BUILT_IN_TEMPLATES.agreement[lang],
    {
      ...common,
      title: t("note.agreementTitle", { mentee: mentee || t("role.menteeLabel"), mentor: mentor || t("role.mentorLabel") }),
      goals: goals.length === 0 ? `<!-- ${t("note.goalsPrompt")} -->` : goals.map((goal) => goalTaskLine(goal)).join("\n"),
      goal_list: goalList(goals.map((text) => ({ text, achieved: false })), t),
      practical_frame: practicalFrame(input, t),
      ground_rules: groundRules(t),
    },
  );

  const first = renderNote(
    sessionFrontmatter({ mentee, mentor, number: 1, date: today, phase: "start", topic: "", status: "open", agreement: agreementLink(agreementFile, t("note.agreementLink")) }),
    templates.firstSession ?? BUILT_IN_TEMPLATES.firstSession[lang],
    {
      ...common,
      title: t("note.firstSessionTitle", { other }),
      number: "1",
      phase: t("phase.start"),
      previous_link: t("note.noPreviousSession"),
      goals: "",
      goal_list: goalList(goals.map((text) => ({ text, achieved: false })), t),
      first_meeting_intro: t("note.firstMeetingIntro", { mentee: mentee || t("role.mentee") }),
      conversation_starters: firstStarters(lang, t),
      since_last_time: "",
      before_meeting: "",
      carried_actions: goalTaskLine(t("note.firstMeetingAction")),
    },
  );

  return {
    ok: true,
    files: [
      { path: agreementFile, ...agreement },
      { path: firstPath, ...first },
    ],
  };
}

/**
 * The next session of a relationship, or the one already dated today. In "move" mode the planned
 * carried actions are in the text and `moves` says how to forward their originals.
 */
export function planSession(
  relationship: RelationshipState,
  settings: MentoringSettings,
  lang: Language,
  today: IsoDate,
  templateOverride?: string,
): SessionPlan {
  const existing = sessionOnDay(relationship.sessions, today);
  if (existing) return { kind: "exists", path: existing.file };

  const t = translatorFor(lang);
  const { agreement, folder } = relationship;
  const number = nextSessionNumber(relationship.sessions);
  const planned = agreement.meetingsPlanned ?? settings.meetingsPlanned;
  const phase = phaseFor(relationship.sessions.length + 1, planned);
  const path = sessionPath(folder, today, number);
  const previous = previousSession(relationship.sessions);
  const role = agreement.role;
  const other = (role === "mentor" ? agreement.mentee : agreement.mentor) ?? basenameOf(folder);
  const moves = settings.carryOver === "move" ? planCarryOver(relationship.sessions, path, lang) : planCarryOver([], path, lang);
  const link = agreementLink(agreement.file, t("note.agreementLink"));

  const rendered = renderNote(
    sessionFrontmatter({
      mentee: agreement.mentee ?? "",
      mentor: agreement.mentor ?? "",
      number,
      date: today,
      phase,
      topic: "",
      status: "open",
      agreement: link,
    }),
    templateOverride ?? BUILT_IN_TEMPLATES.session[lang],
    {
      title: t("note.sessionTitle", { number, other }),
      date: today,
      mentee: agreement.mentee ?? "",
      mentor: agreement.mentor ?? "",
      other,
      role: t(`role.${role}`),
      number: String(number),
      phase: t(`phase.${phase}`),
      agreement_link: link,
      previous_link: previous ? `[[${basenameOf(previous.file)}]]` : t("note.noPreviousSession"),
      goals: agreement.goals.map((goal) => goal.raw.trim()).join("\n"),
      goal_list: goalList(agreement.goals, t),
      topic: "",
      since_last_time: sinceLastTime(folder, settings.carryOver, t),
      carried_actions: moves.lines.join("\n"),
      before_meeting: questions(evaluationQuestions.before[role], lang),
      conversation_starters: questions(conversationStarters, lang),
      practical_frame: "",
      ground_rules: "",
      first_meeting_intro: "",
      cadence: String(agreement.cadenceDays ?? settings.cadenceDays),
      meeting_minutes: String(agreement.meetingMinutes ?? settings.meetingMinutes),
      meetings_planned: String(planned),
      start: agreement.start ?? "",
      end: agreement.end ?? "",
    },
  );
  return { kind: "create", path, ...rendered, moves };
}

type Entries = Array<readonly [string, FrontmatterValue]>;

/**
 * Our frontmatter, then the template's own keys that we do not set (scalars, dates and lists of text;
 * a nested map in a template is left out, since a new note's properties should be flat), then the body.
 */
function renderNote(ours: Entries, template: string, values: TemplateValues): { text: string; unknownPlaceholders: string[] } {
  const { data: theirs, body } = splitTemplate(template);
  const merged: Entries = [...ours];
  const ownKeys = new Set(ours.map(([key]) => key));
  for (const [key, value] of Object.entries(theirs)) {
    const flat = flatValue(value);
    if (!ownKeys.has(key) && flat !== undefined) merged.push([key, flat]);
  }
  const rendered = renderTemplate(body, values);
  const text = `${renderFrontmatter(merged)}${rendered.text.replace(/\r\n?/g, "\n")}`;
  // Empty values at the end (no carried actions) would leave blank lines: the note ends with one newline.
  return { text: `${text.replace(/\s+$/, "")}\n`, unknownPlaceholders: rendered.unknown };
}

/** A template's own frontmatter keys (if it has readable ones) and its body. */
function splitTemplate(template: string): { data: Record<string, unknown>; body: string } {
  const withoutBom = template.startsWith("\uFEFF") ? template.slice(1) : template;
  const frontmatter = readFrontmatter(withoutBom);
  if (frontmatter.kind !== "ok") return { data: {}, body: withoutBom };
  return { data: frontmatter.data, body: withoutBom.slice(frontmatter.block.end).replace(/^(\r?\n)+/, "") };
}

function flatValue(value: unknown): FrontmatterValue | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) return parseIsoDate(value) ?? undefined;
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value;
  return undefined;
}

/** A question set from the banks as the insert commands write it: a bold title, questions, room to answer. */
function questions(set: QuestionSet, lang: Language): string {
  const group: QuestionGroup = { title: set.title[lang], questions: set.questions[lang] };
  return blockLines(questionList([group]).lines);
}

/**
 * The few conversation starters of a first meeting, then where the rest are: the command that inserts the
 * whole bank, by the name the command palette shows.
 */
function firstStarters(lang: Language, t: Translate): string {
  const more = t("note.moreStarters", { count: conversationStarters.questions[lang].length, command: t("command.insertStarters") });
  return `${questions(firstMeetingStarters, lang)}\n\n${more}`;
}

/** A wiki link to the agreement, by path so it is never ambiguous between relationships. */
function agreementLink(agreementFile: string, label: string): string {
  const target = agreementFile.endsWith(".md") ? agreementFile.slice(0, -3) : agreementFile;
  return `[[${target}|${label}]]`;
}

function goalTaskLine(text: string): string {
  return formatTaskLine({ text });
}

/** The goals as a plain list: read in the session, ticked only in the agreement (one task per goal). */
function goalList(goals: ReadonlyArray<{ text: string; achieved: boolean }>, t: (key: MessageKey) => string): string {
  if (goals.length === 0) return `- ${t("note.noGoals")}`;
  return goals.map((goal) => (goal.achieved ? `- ~~${goal.text}~~ ✅` : `- ${goal.text}`)).join("\n");
}

function practicalFrame(input: RelationshipInput, t: Translate): string {
  return [
    t("note.frame.confidentiality"),
    t("note.frame.cadence", { cadence: input.cadenceDays, planned: input.meetingsPlanned }),
    t("note.frame.initiative"),
    t("note.frame.cancel"),
    t("note.frame.length", { minutes: input.meetingMinutes }),
    t("note.frame.period", { start: input.start, end: input.end ?? "?" }),
  ]
    .map((line) => `- ${line}`)
    .join("\n");
}

function groundRules(t: (key: MessageKey) => string): string {
  const rules: MessageKey[] = ["note.groundRules.prepared", "note.groundRules.ownership", "note.groundRules.workLife"];
  const questions: MessageKey[] = [
    "note.expectations.help",
    "note.expectations.menteeHope",
    "note.expectations.mentorHope",
    "note.expectations.limits",
    "note.expectations.evaluate",
  ];
  return [t("note.groundRules.intro"), "", ...rules.map((key) => `- ${t(key)}`), ...questions.map((key) => `- ${t(key)}`)].join("\n");
}

/**
 * The live view of the relationship's open actions: one line saying what it is, and, in "move" mode, that
 * the actions were moved into this note, then the block.
 */
function sinceLastTime(folder: string, carryOver: CarryOver, t: (key: MessageKey) => string): string {
  return [t(carryOver === "move" ? "note.sinceLastTimeMoved" : "note.sinceLastTime"), "", "```mentoring-dashboard", `relationship: ${folder}`, "show: actions", "```"].join("\n");
}

/** Lines of a built block, without the trailing blank line the insert builders add. */
function blockLines(lines: readonly string[]): string {
  const trimmed = [...lines];
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === "") trimmed.pop();
  return trimmed.join("\n");
}

/** Where the cursor goes in a new note: the line after the Topic heading's blank line (or right after it). */
export function topicCursor(text: string): { line: number; ch: number } | null {
  const topic = findHeadings(text).find((heading) => heading.id === "topic");
  if (!topic) return null;
  const lines = text.split("\n");
  const next = topic.line + 1;
  const line = lines[next]?.trim() === "" && next + 1 < lines.length && !(lines[next + 1] ?? "").startsWith("#") ? next + 1 : next;
  return { line, ch: (lines[line] ?? "").length };
}
