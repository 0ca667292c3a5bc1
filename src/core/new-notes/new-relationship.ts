// The notes "start a relationship" writes, planned as text: the agreement and the first session, shared by
// the plugin and the command line. The frontmatter is always ours (built by the schema); the template gives
// the body. Nothing here touches a file: the callers write what is planned.
import { formatTaskLine } from "../syntax/task-line";
import { addDays, parseIsoDate } from "../syntax/dates";
import { translatorFor, type MessageKey, type Translate } from "../i18n";
import { MAX_GOALS } from "../notes/parse-note";
import { agreementLink, BUILT_IN_TEMPLATES, firstMeetingStartersText, goalList, peopleSentence, renderNote, typedText, type TemplateOverrides } from "./new-notes";
import { relationshipFolderPath } from "../syntax/paths";
import { visibleText } from "../syntax/markdown";
import { agreementFrontmatter, sessionFrontmatter } from "../notes/schema";
import { agreementPathFor, sessionPathFor } from "./note-names";
import type { MentoringSettings } from "../notes/settings";
import type { TemplateValues } from "./templates";
import type { IsoDate, Language, Role } from "../notes/types";

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

export interface PlannedFile {
  path: string;
  text: string;
  /** Placeholders of a user template that have no value (kept as written). */
  unknownPlaceholders: string[];
}

export type RelationshipPlan = { ok: true; files: PlannedFile[] } | { ok: false; reason: string };

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
  // As typed in the notes (the YAML writer quotes what needs it); only the folder name is sanitised.
  const other = typedText(input.name);
  if (other === "") return { ok: false, reason: t("notice.nameRequired") };
  const goals = input.goals.map(typedText).filter((goal) => goal !== "");
  if (goals.length > MAX_GOALS) return { ok: false, reason: t("notice.tooManyGoals", { count: goals.length }) };
  const me = typedText(settings.myName);
  // A comment left open (`%%`, `<!--`) would hide the rest of the note, its first action too.
  const opensComment = [other, me, ...goals].find((text) => visibleText(text, null).comment !== null);
  if (opensComment !== undefined) return { ok: false, reason: t("notice.opensComment", { text: opensComment }) };
  for (const date of [input.start, input.end]) {
    if (date !== null && parseIsoDate(date) === null) return { ok: false, reason: t("notice.invalidDate", { value: date }) };
  }
  if (input.end !== null && input.end < input.start) return { ok: false, reason: t("notice.endBeforeStart") };

  const mentee = input.role === "mentor" ? other : me;
  const mentor = input.role === "mentor" ? me : other;
  const folder = relationshipFolderPath(settings.rootFolder, other);
  const agreementFile = agreementPathFor(settings.rootFolder, other, lang);
  const link = agreementLink(agreementFile, t("note.agreementLink"));
  // In the text, a name not set yet (my own, before the settings have it) reads "me", never a blank.
  const menteeText = mentee || t("note.me");
  const mentorText = mentor || t("note.me");
  const common: TemplateValues = {
    date: today,
    mentee: menteeText,
    mentor: mentorText,
    people: peopleSentence(mentee, mentor, t),
    other,
    role: t(`role.${input.role}`),
    agreement_link: link,
    goal_list: goalList(goals.map((text) => ({ text, achieved: false })), t),
    cadence: String(input.cadenceDays),
    meeting_minutes: String(input.meetingMinutes),
    meetings_planned: String(input.meetingsPlanned),
    start: input.start,
    end: input.end ?? "",
  };

  const agreement = renderNote(
    agreementFrontmatter({ ...input, mentee, mentor, status: "active" }),
    templates.agreement ?? BUILT_IN_TEMPLATES.agreement[lang],
    {
      ...common,
      // Without my name the title names the other person alone, rather than a role word in its place.
      title: mentee !== "" && mentor !== "" ? t("note.agreementTitle", { mentee, mentor }) : t("note.agreementTitleWith", { other }),
      goals: goals.length === 0 ? `<!-- ${t("note.goalsPrompt")} -->` : goals.map((text) => formatTaskLine({ text })).join("\n"),
      practical_frame: practicalFrame(input, t),
      ground_rules: groundRules(t),
      working_together: workingTogether(t),
      signatures: signatureLines(menteeText, mentorText, t),
    },
  );

  const first = renderNote(
    sessionFrontmatter({ mentee, mentor, number: 1, date: today, phase: "start", topic: "", status: "open", agreement: link }),
    templates.firstSession ?? BUILT_IN_TEMPLATES.firstSession[lang],
    {
      ...common,
      title: t("note.firstSessionTitle", { other }),
      number: "1",
      phase: t("phase.start"),
      previous_link: t("note.noPreviousSession"),
      first_meeting_intro: t("note.firstMeetingIntro", { mentee: mentee || t("role.mentee") }),
      conversation_starters: firstMeetingStartersText(lang, t),
      carried_actions: formatTaskLine({ text: t("note.firstMeetingAction") }),
    },
  );

  return {
    ok: true,
    files: [
      { path: agreementFile, ...agreement },
      { path: sessionPathFor(folder, today, 1, lang), ...first },
    ],
  };
}

/** Lines as a Markdown list. */
function bulletList(lines: readonly string[]): string {
  return lines.map((line) => `- ${line}`).join("\n");
}

function practicalFrame(input: RelationshipInput, t: Translate): string {
  return bulletList([
    t("note.frame.confidentiality"),
    t("note.frame.noReview"),
    t("note.frame.cadence", { cadence: input.cadenceDays, planned: input.meetingsPlanned }),
    t("note.frame.initiative"),
    t("note.frame.cancel"),
    t("note.frame.length", { minutes: input.meetingMinutes }),
    t("note.frame.period", { start: input.start, end: input.end ?? "?" }),
  ]);
}

/** The ground rules, then the questions about what each expects, under one line of introduction. */
function groundRules(t: Translate): string {
  const rules = (["prepared", "ownership", "workLife"] as const).map((rule) => t(`note.groundRules.${rule}`));
  const expectations = ["help", "menteeHope", "mentorHope", "limits", "evaluate"] as const;
  const questions = expectations.map((question) => t(`note.expectations.${question}`));
  return [t("note.groundRules.intro"), "", bulletList([...rules, ...questions])].join("\n");
}

/** Tips for working together, in an order of our own. */
function workingTogether(t: Translate): string {
  const tips = ["ask", "praise", "promise", "trust", "flexible", "both", "light"] as const;
  return bulletList(tips.map((tip) => t(`note.together.${tip}`)));
}

/** A line to sign for each of the two, with room for the date: the agreement is signed on paper or on screen. */
function signatureLines(mentee: string, mentor: string, t: Translate): string {
  const line = (role: MessageKey, name: string): string => `- ${t("note.sign.line", { role: t(role), name })}`;
  return [t("note.sign.intro"), "", line("role.menteeLabel", mentee), line("role.mentorLabel", mentor)].join("\n");
}
