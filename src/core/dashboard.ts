// The dashboard model: what the view, the code block and the command line draw, built from the index
// for one "today" and one set of filters. Pure: no clock, no I/O; the same index and options give the
// same model.
import { addDays } from "./dates";
import { DEFAULT_SETTINGS } from "./settings";
import { phaseFor } from "./session-plan";
import { MAX_GOALS, parseNote } from "./model";
import { basenameOf } from "./paths";
import type { IndexedRelationship, VaultIndex } from "./vault-index";
import type { Action, ActionState, AgreementStatus, IsoDate, Phase, Problem, Role, Session } from "./types";

export type OwnerFilter = "me" | "other" | "all";

export interface DashboardOptions {
  today: IsoDate;
  /** A relationship's folder, its name (the other person) or its folder's name; any case. */
  relationship?: string;
  /** Actions owned by me (my role in the agreement), by the other side, or all. Default all. */
  owner?: OwnerFilter;
  /** Add done actions after the open ones of each group. Default false. */
  showDone?: boolean;
}

export interface ActionRow {
  /** The relationship's folder. */
  readonly relationship: string;
  readonly relationshipName: string;
  readonly text: string;
  readonly owner: Role;
  /** The action is mine: its owner is my role in the agreement. */
  readonly mine: boolean;
  readonly due: IsoDate | null;
  readonly state: ActionState;
  readonly done: boolean;
  readonly completed: IsoDate | null;
  readonly overdue: boolean;
  readonly file: string;
  /** 0-based line index in the note. */
  readonly line: number;
  /** The source line as read, to check before writing back. */
  readonly raw: string;
  readonly session: { file: string; number: number | null; date: IsoDate | null };
}

export interface ActionGroup {
  folder: string;
  name: string;
  actions: ActionRow[];
}

export interface GoalRow {
  text: string;
  achieved: boolean;
  completed: IsoDate | null;
  file: string;
  line: number;
  raw: string;
}

export interface RelationshipRow {
  folder: string;
  /** The other person: the mentee when I am the mentor, else the mentor; the folder's name when unknown. */
  name: string;
  role: Role;
  status: AgreementStatus;
  phase: Phase;
  sessionsHeld: number;
  meetingsPlanned: number | null;
  lastMeeting: IsoDate | null;
  nextMeeting: IsoDate | null;
  followUp: boolean;
  end: IsoDate | null;
  agreementFile: string;
  /** At most the first three goals of the agreement. */
  goals: GoalRow[];
  /** How many goals the agreement lists (more than three is a warning). */
  goalCount: number;
  tooManyGoals: boolean;
}

/** Read-only: rows are shared between builds (see `drawnCache`), so a consumer must not change them. */
export interface DashboardModel {
  today: IsoDate;
  filter: { relationship: string | null; owner: OwnerFilter; showDone: boolean };
  /** False when a relationship filter was given and no relationship matches it. */
  relationshipFound: boolean;
  /** Ordered by name (any case), then folder. */
  relationships: RelationshipRow[];
  /** One group per relationship with at least one shown action, in the order of `relationships`. */
  groups: ActionGroup[];
  problems: Problem[];
}

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
    followUpBefore: addDays(today, -FOLLOW_UP_AFTER_DAYS),
    owner,
    showDone,
    cache,
  };
  // A relationship filter picks before drawing: one relationship costs one relationship.
  let candidates = index.relationships();
  if (filter !== null) candidates = candidates.filter((relationship) => matchesRelationship(filter, relationship.folder, relationshipName(relationship)));
  const chosen = candidates.map((relationship) => drawn(relationship, draw));
  chosen.sort((a, b) => NAME_ORDER.compare(a.row.name, b.row.name) || (a.folder < b.folder ? -1 : 1));

  const relationships: RelationshipRow[] = [];
  const groups: ActionGroup[] = [];
  for (const { folder, row, actions } of chosen) {
    relationships.push(row);
    if (actions.length > 0) groups.push({ folder, name: row.name, actions });
  }

  let problems = [...index.problems()];
  if (filter !== null) {
    const folders = new Set(chosen.map(({ folder }) => folder));
    problems = problems.filter((problem) => folders.has(index.relationshipFolderOf(problem.file) ?? ""));
  }
  return {
    today,
    filter: { relationship: filter, owner, showDone },
    relationshipFound: filter === null || chosen.length > 0,
    relationships,
    groups,
    problems,
  };
}

interface DrawnRelationship {
  /** The relationship object these rows were drawn from. */
  source: IndexedRelationship;
  folder: string;
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
    folder: relationship.folder,
    key: draw.key,
    row: relationshipRow(relationship, name, draw),
    actions: actionRows(relationship, name, draw),
  };
  draw.cache.set(relationship.folder, result);
  return result;
}

function matchesRelationship(filter: string, folder: string, name: string): boolean {
  if (filter === folder) return true;
  const wanted = comparable(filter);
  return wanted === comparable(folder) || wanted === comparable(name) || wanted === comparable(basenameOf(folder));
}

function comparable(text: string): string {
  return text.normalize("NFC").trim().toLowerCase();
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

type SessionRef = ActionRow["session"];

/** What every row of one relationship shares: its names, my role, today, and one reference per session. */
class RowContext {
  /** Made when a row's session is first read: most rows are never drawn. */
  private sessionRefs: Map<string, SessionRef> | null = null;

  constructor(
    readonly folder: string,
    readonly name: string,
    readonly myRole: Role,
    readonly today: IsoDate,
    private readonly relationship: Pick<IndexedRelationship, "sessionOf">,
  ) {}

  sessionRef(file: string): SessionRef {
    this.sessionRefs ??= new Map();
    let session = this.sessionRefs.get(file);
    if (!session) {
      const source = this.relationship.sessionOf(file);
      session = { file, number: source?.number ?? null, date: source?.date ?? null };
      this.sessionRefs.set(file, session);
    }
    return session;
  }
}

/**
 * A row that reads the parsed action it stands for instead of copying it: building the whole-vault model
 * makes one small object per open action and touches none of the actions, which the first dashboard on a
 * big vault would otherwise spend most of its time on. A view draws only the rows it shows.
 */
class ActionRowView implements ActionRow {
  /**
   * One instance kept for the program's lifetime. An object's shape is otherwise held only by live
   * instances: a garbage collection between two builds would drop it, and with it the optimised code that
   * makes rows, to be re-learnt during the next build (measured: rows three times slower).
   */
  static shapeKeeper: ActionRowView | null = null;

  constructor(
    private readonly action: Action,
    private readonly context: RowContext,
    private readonly open: boolean,
  ) {}

  get relationship(): string {
    return this.context.folder;
  }
  get relationshipName(): string {
    return this.context.name;
  }
  get text(): string {
    return this.action.task.text;
  }
  get owner(): Role {
    return this.action.task.owner;
  }
  get mine(): boolean {
    return this.action.task.owner === this.context.myRole;
  }
  get due(): IsoDate | null {
    return this.action.task.due;
  }
  get state(): ActionState {
    return this.action.state;
  }
  get done(): boolean {
    return this.action.state === "done";
  }
  get completed(): IsoDate | null {
    return this.action.task.completion;
  }
  get overdue(): boolean {
    const { due } = this.action.task;
    return this.open && due !== null && due < this.context.today;
  }
  get file(): string {
    return this.action.file;
  }
  get line(): number {
    return this.action.line;
  }
  get raw(): string {
    return this.action.raw;
  }
  get session(): SessionRef {
    return this.context.sessionRef(this.action.file);
  }
}

{
  // One row (and its context) kept for the program's lifetime; see `ActionRowView.shapeKeeper`.
  const parsed = parseNote("Session.md", "---\ntype: mentoring-session\n---\n## Actions\n- [ ] Keep\n");
  const action = parsed.kind === "session" ? parsed.note.actions[0] : undefined;
  if (action) ActionRowView.shapeKeeper = new ActionRowView(action, new RowContext("", "", "mentor", "", { sessionOf: () => undefined }), true);
}

function actionRows(relationship: IndexedRelationship, name: string, { today, owner, showDone }: DrawOptions): ActionRow[] {
  const myRole = relationship.agreement.role;
  const context = new RowContext(relationship.folder, name, myRole, today, relationship);
  const keep = (action: Action): boolean => owner === "all" || (action.task.owner === myRole) === (owner === "me");
  const open = relationship.openActions;
  const rows: ActionRow[] = owner === "all" ? new Array<ActionRow>(open.length) : [];
  if (owner === "all") for (let i = 0; i < open.length; i += 1) rows[i] = new ActionRowView(open[i] as Action, context, true);
  else for (const action of open) if (keep(action)) rows.push(new ActionRowView(action, context, true));
  if (showDone) {
    for (const action of relationship.otherActions()) {
      if (action.state === "done" && keep(action)) rows.push(new ActionRowView(action, context, false));
    }
  }
  return rows;
}

function relationshipRow(relationship: IndexedRelationship, name: string, { today, followUpBefore }: DrawOptions): RelationshipRow {
  const { agreement, sessions } = relationship;
  // Sessions come by date, undated last: those held so far are the first `held`, the latest dated is the
  // last dated one. Found by search, so a relationship row reads a few sessions, not all of them.
  const held = firstAfter(sessions, today);
  const latest: Session | undefined = sessions[held - 1];
  const lastMeeting = latest?.date ?? null;
  const nextMeeting = nextMeetingOf(latest, agreement.next, lastMeeting, agreement.cadenceDays, agreement.start);
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
  };
}

/** How many sessions (by date, undated last) are dated on or before `day`. */
function firstAfter(sessions: readonly Session[], day: IsoDate): number {
  let low = 0;
  let high = sessions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const date = (sessions[middle] as Session).date;
    if (date !== null && date <= day) low = middle + 1;
    else high = middle;
  }
  return low;
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

/** The command line's `--format json` shape (issue 7): fixed field names, 1-based lines, `/` paths. */
export interface DashboardJson {
  today: IsoDate;
  relationships: Array<{
    folder: string;
    name: string;
    role: Role;
    status: AgreementStatus;
    phase: Phase;
    sessionsHeld: number;
    meetingsPlanned: number | null;
    lastMeeting: IsoDate | null;
    nextMeeting: IsoDate | null;
    followUp: boolean;
    end: IsoDate | null;
    goals: Array<{ text: string; achieved: boolean }>;
    tooManyGoals: boolean;
  }>;
  actions: Array<{
    relationship: string;
    text: string;
    owner: Role;
    due: IsoDate | null;
    done: boolean;
    completed: IsoDate | null;
    overdue: boolean;
    file: string;
    line: number;
    mine: boolean;
    session: { file: string; number: number | null; date: IsoDate | null };
  }>;
  problems: Array<{ file: string; reason: string; line?: number }>;
}

/** The model as the JSON contract: actions flattened in dashboard order. `JSON.stringify` it to print. */
export function dashboardToJson(model: DashboardModel): DashboardJson {
  return {
    today: model.today,
    relationships: model.relationships.map((row) => ({
      folder: row.folder,
      name: row.name,
      role: row.role,
      status: row.status,
      phase: row.phase,
      sessionsHeld: row.sessionsHeld,
      meetingsPlanned: row.meetingsPlanned,
      lastMeeting: row.lastMeeting,
      nextMeeting: row.nextMeeting,
      followUp: row.followUp,
      end: row.end,
      goals: row.goals.map((goal) => ({ text: goal.text, achieved: goal.achieved })),
      tooManyGoals: row.tooManyGoals,
    })),
    actions: model.groups.flatMap((group) =>
      group.actions.map((action) => ({
        relationship: action.relationship,
        text: action.text,
        owner: action.owner,
        due: action.due,
        done: action.done,
        completed: action.completed,
        overdue: action.overdue,
        file: action.file,
        line: action.line + 1,
        mine: action.mine,
        session: { ...action.session },
      })),
    ),
    problems: model.problems.map((problem) =>
      problem.line === undefined
        ? { file: problem.file, reason: problem.reason }
        : { file: problem.file, reason: problem.reason, line: problem.line },
    ),
  };
}
