// What the dashboard shows, as data: the rows the view, the code block and the command line draw.
import type { ActionState, AgreementStatus, Focus, Goal, IsoDate, Phase, Problem, Role, Session } from "../notes/types";
import type { ProgressRow } from "./progress";
import type { RelationshipHint } from "./relationship-match";

/** Whose actions to show: mine (my role in the agreement), the other side's, or all. */
export const OWNER_FILTERS = ["me", "other", "all"] as const;
export type OwnerFilter = (typeof OWNER_FILTERS)[number];

export function isOwnerFilter(value: unknown): value is OwnerFilter {
  return (OWNER_FILTERS as readonly unknown[]).includes(value);
}

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
  /** The session the action was agreed in. */
  readonly session: Readonly<Pick<Session, "file" | "number" | "date">>;
}

export interface ActionGroup {
  folder: string;
  name: string;
  actions: ActionRow[];
}

/** An agreement's goal, its completion date named as an action row names it. */
export type GoalRow = Omit<Goal, "completion"> & { completed: IsoDate | null };

export interface RelationshipRow {
  folder: string;
  /** The other person: the mentee when I am the mentor, else the mentor; the folder's name when unknown. */
  name: string;
  role: Role;
  status: AgreementStatus;
  phase: Phase;
  /** The focus of the latest session held (personal, professional or relational), if it names one. */
  focus: Focus | null;
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
  /** Active, and its end date is before today: time to end it, or to agree a new end. */
  endPassed: boolean;
  /** Each session in meeting order with its actions counted (see progress.ts). */
  progress: ProgressRow[];
}

export interface DashboardModel {
  today: IsoDate;
  filter: { relationship: string | null; owner: OwnerFilter; showDone: boolean };
  /** False when a relationship filter was given and no relationship matches it. */
  relationshipFound: boolean;
  /** When the filter picked nothing: the nearest name, or the names a part of a name fits. */
  relationshipHint: RelationshipHint | null;
  /** Ordered by name (any case), then folder. */
  relationships: RelationshipRow[];
  /** One group per relationship with at least one shown action, in the order of `relationships`. */
  groups: ActionGroup[];
  problems: Problem[];
}
