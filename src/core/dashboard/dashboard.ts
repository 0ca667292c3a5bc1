// The dashboard model: what the view, the code block and the command line draw, built from the index
// for one "today" and one set of filters. Pure: no clock, no I/O; the same index and options give the
// same model.
import { addDays } from "../syntax/dates";
import { DEFAULT_SETTINGS } from "../notes/settings";
import { phaseFor } from "../notes/session-plan";
import { actionRowsOf } from "./dashboard-rows";
import { matchRelationships, type RelationshipHint } from "./relationship-match";
import { MAX_GOALS } from "../notes/parse-note";
import { basenameOf } from "../syntax/paths";
import { insertionPoint } from "../index/relationship";
import type { IndexedRelationship, VaultIndex } from "../index/vault-index";
import type { IsoDate, Session } from "../notes/types";
import { progressOf } from "./progress";
import type { ActionGroup, ActionRow, DashboardModel, DashboardOptions, OwnerFilter, RelationshipRow } from "./model";

export type { ActionGroup, ActionRow, DashboardModel, DashboardOptions, GoalRow, OwnerFilter, RelationshipRow } from "./model";

/** More than this many days past the next meeting, with no newer session, asks for a follow-up. */
export const FOLLOW_UP_AFTER_DAYS = 7;

const NAME_ORDER = new Intl.Collator(undefined, { sensitivity: "accent", numeric: true });

export function buildDashboard(index: VaultIndex, options: DashboardOptions): DashboardModel {
  const { today } = options;
  const owner = options.owner ?? "all";
  const showDone = options.showDone ?? false;
  const filter = options.relationship?.trim() ? options.relationship.trim() : null;

  let cache = drawnByIndex.get(index);
  if (cache === undefined) {
    cache = new Map();
    drawnByIndex.set(index, cache);
  }
  const draw: DrawOptions = {
    key: `${today}|${owner}|${String(showDone)}`,
    today,
    // Near 0000-01-01 there is no such day, and nothing can be that late: "" orders before every date.
    followUpBefore: addDays(today, -FOLLOW_UP_AFTER_DAYS) ?? "",
    owner,
    showDone,
    cache,
  };
  // A relationship filter picks before drawing: one relationship costs one relationship.
  let candidates = index.relationships();
  let relationshipHint: RelationshipHint | null = null;
  if (filter !== null) {
    const match = matchRelationships(filter, candidates.map((relationship) => ({ folder: relationship.folder, name: relationshipName(relationship), relationship })));
    candidates = match.chosen.map(({ relationship }) => relationship);
    relationshipHint = match.hint;
  }
  const chosen = candidates.map((relationship) => drawn(relationship, draw));
  chosen.sort((a, b) => NAME_ORDER.compare(a.row.name, b.row.name) || (a.row.folder < b.row.folder ? -1 : 1));

  const relationships: RelationshipRow[] = [];
  const groups: ActionGroup[] = [];
  for (const { row, actions } of chosen) {
    relationships.push(row);
    if (actions.length > 0) groups.push({ folder: row.folder, name: row.name, actions });
  }

  let problems = [...index.problems()];
  if (filter !== null) {
    const folders = new Set(chosen.map(({ row }) => row.folder));
    problems = problems.filter((problem) => folders.has(index.relationshipFolderOf(problem.file) ?? ""));
  }
  return {
    today,
    filter: { relationship: filter, owner, showDone },
    relationshipFound: filter === null || chosen.length > 0,
    relationshipHint,
    relationships,
    groups,
    problems,
  };
}

interface DrawnRelationship {
  /** The relationship object these rows were drawn from. */
  source: IndexedRelationship;
  key: string;
  row: RelationshipRow;
  actions: ActionRow[];
}

/** One build's settings, worked out once for every relationship. */
interface DrawOptions {
  key: string;
  today: IsoDate;
  /** A next meeting before this day, with no newer session, asks for a follow-up. */
  followUpBefore: IsoDate;
  owner: OwnerFilter;
  showDone: boolean;
  cache: Map<string, DrawnRelationship>;
}

/**
 * The rows of each relationship (by folder), remembered per index for the last (today, filters) they
 * were drawn with. The index hands out a new relationship object whenever one of its notes changes, so
 * after an edit only that relationship is drawn again: a live dashboard costs one relationship, not the
 * vault. Kept per index so that it goes when the index goes.
 */
const drawnByIndex = new WeakMap<VaultIndex, Map<string, DrawnRelationship>>();

function drawn(relationship: IndexedRelationship, draw: DrawOptions): DrawnRelationship {
  const cached = draw.cache.get(relationship.folder);
  if (cached !== undefined && cached.source === relationship && cached.key === draw.key) return cached;
  const name = relationshipName(relationship);
  const result: DrawnRelationship = {
    source: relationship,
    key: draw.key,
    row: relationshipRow(relationship, name, draw),
    actions: actionRowsOf(relationship, name, draw.today, draw.owner, draw.showDone),
  };
  draw.cache.set(relationship.folder, result);
  return result;
}

/** The other person's name; a wiki link (`[[Jane Doe|Jane]]`) reads as what it shows. */
export function relationshipName(relationship: IndexedRelationship): string {
  const { agreement } = relationship;
  const other = agreement.role === "mentor" ? agreement.mentee : agreement.mentor;
  const name = other === null ? "" : linkText(other).trim();
  return name === "" ? basenameOf(relationship.folder) : name;
}

function linkText(value: string): string {
  if (!value.includes("[[")) return value;
  const link = /^\s*\[\[([^\]|]*)(?:\|([^\]]*))?\]\]\s*$/.exec(value);
  if (!link) return value;
  return link[2] ?? basenameOf(link[1] ?? "");
}

function relationshipRow(relationship: IndexedRelationship, name: string, { today, followUpBefore }: DrawOptions): RelationshipRow {
  const { agreement, sessions } = relationship;
  // Sessions come by date, undated last: those held so far are the first `held`, the latest dated is the
  // last dated one. Found by search, so a relationship row reads a few sessions, not all of them.
  const held = insertionPoint(sessions, (session) => (session.date !== null && session.date <= today ? -1 : 1));
  const latest: Session | undefined = sessions[held - 1];
  const lastMeeting = latest?.date ?? null;
  // An ended relationship has no next meeting to show.
  const nextMeeting = agreement.status === "ended" ? null : nextMeetingOf(latest, agreement.next, lastMeeting, agreement.cadenceDays, agreement.start);
  // More than a week before today: earlier than today minus seven days (ISO dates compare as text).
  const followUp =
    agreement.status === "active" &&
    nextMeeting !== null &&
    nextMeeting < followUpBefore &&
    !((lastDated(sessions)?.date ?? "") > nextMeeting);
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
    goals: agreement.goals.slice(0, MAX_GOALS).map((goal) => ({
      text: goal.text,
      achieved: goal.achieved,
      completed: goal.completion,
      file: goal.file,
      line: goal.line,
      raw: goal.raw,
    })),
    goalCount: agreement.goals.length,
    tooManyGoals: agreement.goals.length > MAX_GOALS,
    endPassed: agreement.status === "active" && agreement.end !== null && agreement.end < today,
    progress: progressOf(relationship).rows,
  };
}

function lastDated(sessions: readonly Session[]): Session | undefined {
  for (let i = sessions.length - 1; i >= 0; i -= 1) if ((sessions[i] as Session).date !== null) return sessions[i];
  return undefined;
}

/** The latest session's `next`, else the agreement's, else the last meeting plus the cadence, else the start. */
function nextMeetingOf(
  latest: Session | undefined,
  agreementNext: IsoDate | null,
  lastMeeting: IsoDate | null,
  cadenceDays: number | null,
  start: IsoDate | null,
): IsoDate | null {
  if (latest?.next) return latest.next;
  if (agreementNext) return agreementNext;
  // An agreement without a cadence still has meetings: assume the usual one rather than show nothing.
  if (lastMeeting !== null) return addDays(lastMeeting, cadenceDays !== null && cadenceDays > 0 ? cadenceDays : DEFAULT_SETTINGS.cadenceDays);
  return start;
}

export { dashboardToJson, type DashboardJson } from "./dashboard-json";
