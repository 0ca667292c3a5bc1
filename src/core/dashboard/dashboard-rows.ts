// The rows of the dashboard's action groups: small views that read the parsed action they stand for
// instead of copying it, so that the whole-vault model makes one small object per open action and touches
// none of the actions (a view draws only the rows it shows).
import { lostMoves, reopened } from "../notes/lost-moves";
import { noteNameOf } from "../notes/move-links";
import { compareByDue } from "../index/relationship";
import type { ActionRow, OwnerFilter } from "./model";
import type { IndexedRelationship } from "../index/vault-index";
import type { Action, ActionState, IsoDate, Role } from "../notes/types";

type SessionRef = ActionRow["session"];

/** What every row of one relationship shares: its names, my role, today, and one reference per session. */
class RowContext {
  /** Made when a row's session is first read: most rows are never drawn. */
  private sessionRefs: Map<string, SessionRef> | null = null;
  /** The sessions by the name a link compares by; made when a link is first resolved. */
  private sessionsByName: Map<string, string> | null = null;

  constructor(
    readonly folder: string,
    readonly name: string,
    readonly myRole: Role,
    readonly today: IsoDate,
    private readonly relationship: Pick<IndexedRelationship, "sessionOf" | "sessions">,
  ) {}

  /** The session a wiki link target names, compared as Obsidian does (by note name, in any case). */
  sessionLinked(target: string): SessionRef | null {
    if (!this.sessionsByName) {
      this.sessionsByName = new Map();
      for (const session of this.relationship.sessions) this.sessionsByName.set(noteNameOf(session.file), session.file);
    }
    const file = this.sessionsByName.get(noteNameOf(target));
    return file === undefined ? null : this.sessionRef(file);
  }

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

/** A row: the action it stands for and its relationship's shared context; every field is read from these. */
class ActionRowView implements ActionRow {
  constructor(
    private readonly action: Action,
    private readonly context: RowContext,
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
    return this.action.owner;
  }
  get mine(): boolean {
    return this.action.owner === this.context.myRole;
  }
  get due(): IsoDate | null {
    return this.action.due;
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
    const { due } = this.action;
    return this.action.state === "open" && due !== null && due < this.context.today;
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
  sessionLinked(target: string): SessionRef | null {
    return this.context.sessionLinked(target);
  }
}

/** The rows of one relationship's actions for a build: its open ones, then (with `showDone`) its done ones. */
export function actionRowsOf(relationship: IndexedRelationship, name: string, today: IsoDate, owner: OwnerFilter, showDone: boolean): ActionRow[] {
  const myRole = relationship.agreement.role;
  const context = new RowContext(relationship.folder, name, myRole, today, relationship);
  const keep = (action: Action): boolean => owner === "all" || (action.owner === myRole) === (owner === "me");
  const open = withLostMoves(relationship);
  const rows: ActionRow[] = owner === "all" ? new Array<ActionRow>(open.length) : [];
  if (owner === "all") for (let i = 0; i < open.length; i += 1) rows[i] = new ActionRowView(open[i] as Action, context);
  else for (const action of open) if (keep(action)) rows.push(new ActionRowView(action, context));
  if (showDone) {
    for (const action of relationship.otherActions()) {
      if (action.state === "done" && keep(action)) rows.push(new ActionRowView(action, context));
    }
  }
  return rows;
}

/**
 * The relationship's open actions with the forwarded ones whose new session lost them (see lost-moves.ts),
 * in the same order: due day (undated last), then file, then line.
 */
function withLostMoves(relationship: IndexedRelationship): readonly Action[] {
  const lost = lostMoves(relationship.sessions);
  if (lost.length === 0) return relationship.openActions;
  return [...relationship.openActions, ...lost.map(reopened)].sort(compareByDue);
}
