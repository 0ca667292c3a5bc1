// The note "start a session" writes, planned as text: the next session of a relationship, shared by the
// plugin and the command line. The frontmatter is always ours (built by the schema); the template gives the
// body. Nothing here touches a file: the callers write what is planned and forward the moved actions.
import { planCarryOver, type CarryOverPlan } from "../edits/carry-over";
import { backSeatQuestions, evaluationQuestions } from "../method/banks";
import { translatorFor, type MessageKey } from "../i18n";
import { agreementLink, BUILT_IN_TEMPLATES, firstMeetingStartersText, goalList, peopleSentence, questions, renderNote, typedText } from "./new-notes";
import { basenameOf } from "../syntax/paths";
import { sessionFrontmatter } from "../notes/schema";
import { nextSessionNumber, phaseFor, previousSession, sessionOnDay } from "../notes/session-plan";
import { sessionPathFor } from "./note-names";
import type { CarryOver, MentoringSettings } from "../notes/settings";
import type { IndexedRelationship } from "../index/relationship";
import type { IsoDate, Language, Phase, Role } from "../notes/types";

/** What a new session needs of its relationship. */
export type RelationshipState = Pick<IndexedRelationship, "folder" | "agreement" | "sessions">;

export type SessionPlan =
  | { kind: "exists"; path: string }
  | { kind: "create"; path: string; text: string; unknownPlaceholders: string[]; moves: CarryOverPlan };

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
  const path = sessionPathFor(folder, today, number, lang);
  const previous = previousSession(relationship.sessions);
  const { role } = agreement;
  const mentee = typedText(agreement.mentee ?? "");
  const mentor = typedText(agreement.mentor ?? "");
  const other = (role === "mentor" ? mentee : mentor) || basenameOf(folder);
  const moves = planCarryOver(settings.carryOver === "move" ? relationship.sessions : [], path, lang);
  const link = agreementLink(agreement.file, t("note.agreementLink"));

  const rendered = renderNote(
    sessionFrontmatter({ mentee, mentor, number, date: today, phase, topic: "", status: "open", agreement: link }),
    templateOverride ?? BUILT_IN_TEMPLATES.session[lang],
    {
      title: t("note.sessionTitle", { number, other }),
      date: today,
      mentee,
      mentor,
      people: peopleSentence(mentee, mentor, t),
      other,
      role: t(`role.${role}`),
      number: String(number),
      phase: t(`phase.${phase}`),
      agreement_link: link,
      previous_link: previous ? `[[${basenameOf(previous.file)}]]` : t("note.noPreviousSession"),
      goals: agreement.goals.map((goal) => goal.raw.trim()).join("\n"),
      goal_list: goalList(agreement.goals, t),
      since_last_time: sinceLastTime(folder, settings.carryOver, t),
      carried_actions: moves.lines.join("\n"),
      before_meeting: beforeMeeting(role, phase, lang),
      conversation_starters: firstMeetingStartersText(lang, t),
      cadence: String(agreement.cadenceDays ?? settings.cadenceDays),
      meeting_minutes: String(agreement.meetingMinutes ?? settings.meetingMinutes),
      meetings_planned: String(planned),
      start: agreement.start ?? "",
      end: agreement.end ?? "",
    },
  );
  return { kind: "create", path, ...rendered, moves };
}

/**
 * The live view of the relationship's open actions: one line saying what it is, and, in "move" mode, that
 * the actions were moved into this note, then the block.
 */
function sinceLastTime(folder: string, carryOver: CarryOver, t: (key: MessageKey) => string): string {
  return [t(carryOver === "move" ? "note.sinceLastTimeMoved" : "note.sinceLastTime"), "", "```mentoring-dashboard", `relationship: ${folder}`, "show: actions", "```"].join("\n");
}

/** The before-the-meeting questions for my role; in the final phase a mentor is also asked to take the back seat. */
function beforeMeeting(role: Role, phase: Phase, lang: Language): string {
  const own = questions(evaluationQuestions.before[role], lang);
  if (role !== "mentor" || phase !== "final") return own;
  return `${own}\n\n${questions(backSeatQuestions, lang, true)}`;
}
