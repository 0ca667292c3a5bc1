// The dashboard model: what the view, the code block and the command line draw, built from the index
// for one "today" and one set of filters. Pure: no clock, no I/O; the same index and options give the
// same model.
import { addDays } from "../syntax/dates";
import { DEFAULT_SETTINGS } from "../notes/settings";
import { phaseFor } from "../notes/session-plan";
import { actionRowsOf } from "./dashboard-rows";
import { matchRelationships, wikiLink } from "./relationship-match";
import { MAX_GOALS } from "../notes/parse-note";
import { basenameOf, compareCodeUnits } from "../syntax/paths";
import { insertionPoint } from "../index/relationship";
import type { IndexedRelationship, VaultIndex } from "../index/vault-index";
import type { Agreement, IsoDate, Session } from "../notes/types";
import { progressOf } from "./progress";
import type { ActionGroup, DashboardModel, DashboardOptions, RelationshipRow } from "./model";

export type { ActionGroup, ActionRow, DashboardModel, DashboardOptions, GoalRow, OwnerFilter, RelationshipRow } from "./model";
export { isOwnerFilter } from "./model";

/** More than this many days past the next meeting, with no newer session, asks for a follow-up. */
const FOLLOW_UP_AFTER_DAYS = 7;

const NAME_ORDER = new Intl.Collator(undefined, { sensitivity: "accent", numeric: true });

/** The order relationships are listed in: by the other person's name (any case, numbers as numbers), then folder. */
export function compareByName(a: { name: string; folder: string }, b: { name: string; folder: string }): number {
  return NAME_ORDER.compare(a.name, b.name) || compareCodeUnits(a.folder, b.folder);
}

export function buildDashboard(index: VaultIndex, options: DashboardOptions): DashboardModel {
  const { today } = options;
  const owner = options.owner ?? "all";
  const showDone = options.showDone ?? false;
  const filter = options.relationship?.trim() || null;
  const candidates = index.relationships().map((relationship) => ({ folder: relationship.folder, name: relationshipName(relationship), relationship }));
  // A relationship filter picks before the rows are made: one relationship costs one relationship.
  const match = filter === null ? { chosen: candidates, hint: null } : matchRelationships(filter, candidates);
  const chosen = match.chosen.sort(compareByName);
  // Near 0000-01-01 there is no such day, and nothing can be that late: "" orders before every date.
  const followUpBefore = addDays(today, -FOLLOW_UP_AFTER_DAYS) ?? "";
  const groups: ActionGroup[] = chosen
    .map(({ folder, name, relationship }) => ({ folder, name, actions: actionRowsOf(relationship, name, today, owner, showDone) }))
    .filter((group) => group.actions.length > 0);
  const folders = new Set(chosen.map(({ folder }) => folder));
  return {
    today,
    filter: { relationship: filter, owner, showDone },
    relationshipFound: filter === null || chosen.length > 0,
    relationshipHint: match.hint,
    relationships: chosen.map(({ name, relationship }) => relationshipRow(relationship, name, today, followUpBefore)),
    groups,
    problems: index.problems().filter((problem) => filter === null || folders.has(index.relationshipFolderOf(problem.file) ?? "")),
  };
}

/**
 * The other person's name; a wiki link (`[[Jane Doe|Jane]]`) reads as what it shows. Without one, the
 * folder's name, and at the vault's root (no folder name) the agreement note's name.
 */
export function relationshipName(relationship: IndexedRelationship): string {
  const { agreement } = relationship;
  const other = (agreement.role === "mentor" ? agreement.mentee : agreement.mentor) ?? "";
  const link = wikiLink(other);
  const name = (link === null ? other : (link.alias ?? basenameOf(link.target))).trim();
  return name === "" ? basenameOf(relationship.folder) || basenameOf(agreement.file) : name;
}

function relationshipRow(relationship: IndexedRelationship, name: string, today: IsoDate, followUpBefore: IsoDate): RelationshipRow {
  const { agreement, sessions } = relationship;
  // Sessions come by date, undated last: those held so far are the first `held`, the latest dated is the
  // last dated one. Found by search, so a relationship row reads a few sessions, not all of them.
  const held = insertionPoint(sessions, (session) => (session.date !== null && session.date <= today ? -1 : 1));
  const latest: Session | undefined = sessions[held - 1];
  const lastMeeting = latest?.date ?? null;
  // An ended relationship has no next meeting to show.
  const nextMeeting = agreement.status === "ended" ? null : nextMeetingOf(latest, agreement, lastMeeting);
  // The last dated session stands just before the undated ones.
  const lastDated = sessions[insertionPoint(sessions, (session) => (session.date !== null ? -1 : 1)) - 1];
  // More than a week before today: earlier than today minus seven days (ISO dates compare as text).
  const followUp = nextMeeting !== null && nextMeeting < followUpBefore && !((lastDated?.date ?? "") > nextMeeting);
  const planned = agreement.meetingsPlanned;
  return {
    folder: relationship.folder,
    name,
    role: agreement.role,
    status: agreement.status,
    phase: latest?.phase ?? phaseFor(held, planned ?? DEFAULT_SETTINGS.meetingsPlanned),
    focus: latest?.focus ?? null,
    sessionsHeld: held,
    meetingsPlanned: planned,
    lastMeeting,
    nextMeeting,
    followUp,
    end: agreement.end,
    agreementFile: agreement.file,
    goals: agreement.goals.slice(0, MAX_GOALS).map(({ file, line, raw, text, achieved, completion }) => ({ file, line, raw, text, achieved, completed: completion })),
    goalCount: agreement.goals.length,
    tooManyGoals: agreement.goals.length > MAX_GOALS,
    endPassed: agreement.status === "active" && agreement.end !== null && agreement.end < today,
    progress: progressOf(relationship),
  };
}

/** The latest session's `next`, else the agreement's, else the last meeting plus the cadence, else the start. */
function nextMeetingOf(latest: Session | undefined, agreement: Agreement, lastMeeting: IsoDate | null): IsoDate | null {
  if (latest?.next) return latest.next;
  if (agreement.next) return agreement.next;
  // An agreement without a cadence still has meetings: assume the usual one rather than show nothing.
  const { cadenceDays } = agreement;
  if (lastMeeting !== null) return addDays(lastMeeting, cadenceDays !== null && cadenceDays > 0 ? cadenceDays : DEFAULT_SETTINGS.cadenceDays);
  return agreement.start;
}

export { dashboardToJson, type DashboardJson } from "./dashboard-json";
