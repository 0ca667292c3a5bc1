// A relationship as the dashboard reads it: an agreement with its sessions in meeting order and its
// actions by due date, and the folders of sessions it is made from, which the index keeps in order as
// notes change so that making a relationship orders next to nothing.
import { compareSessions } from "../notes/session-order";
import type { Action, Agreement, Session } from "../notes/types";
import { compareCodeUnits } from "../syntax/paths";

/**
 * The sessions of one folder, kept in order one note at a time as notes are stored (a binary search and an
 * insert): in file order, in meeting order, and their open actions in the order a dashboard shows them.
 * Making a relationship then copies a few short lists instead of sorting and visiting every session.
 */
export class SessionFolder {
  readonly byFile: Session[] = [];
  readonly byMeeting: Session[] = [];
  /** The open actions of every session in the dashboard's order (`compareByDue`). */
  openActions: Action[] = [];
  /** Counts changes, so that a relationship can tell whether the lists are still the ones it was made from. */
  version = 0;

  get size(): number {
    return this.byFile.length;
  }

  /** Adds a session, or replaces the one stored under its file (`previous`, the session it replaces). */
  put(session: Session, previous: Session | undefined): void {
    this.version += 1;
    const at = this.positionOf(session.file);
    const stored = this.byFile[at];
    if (stored?.file === session.file) {
      this.removeOpen(stored);
      this.byFile[at] = session;
    } else this.byFile.splice(at, 0, session);
    if (previous) this.removeFromMeetings(previous);
    this.byMeeting.splice(insertionPoint(this.byMeeting, (other) => compareSessions(other, session)), 0, session);
    for (const action of session.actions) {
      if (action.state === "open") this.openActions.splice(insertionPoint(this.openActions, (other) => compareByDue(other, action)), 0, action);
    }
  }

  /** Removes the session stored under its file, if any. */
  remove(previous: Session): void {
    this.version += 1;
    const at = this.positionOf(previous.file);
    const stored = this.byFile[at];
    if (stored?.file === previous.file) {
      this.removeOpen(stored);
      this.byFile.splice(at, 1);
    }
    this.removeFromMeetings(previous);
  }

  private positionOf(file: string): number {
    return insertionPoint(this.byFile, (stored) => compareCodeUnits(stored.file, file));
  }

  /** Takes the open actions of `stored` (a session in `byFile`) out of `openActions`: the ones in its file. */
  private removeOpen(stored: Session): void {
    this.openActions = this.openActions.filter((action) => action.file !== stored.file);
  }

  private removeFromMeetings(previous: Session): void {
    const at = this.byMeeting.indexOf(previous);
    if (at >= 0) this.byMeeting.splice(at, 1);
  }
}

/** The dashboard's order of actions: due day (undated last), then file, then line. */
export function compareByDue(a: Action, b: Action): number {
  return a.dueDay - b.dueDay || compareCodeUnits(a.file, b.file) || a.line - b.line;
}

/** The first position whose element does not order before the sought one (`compare(element) < 0` means before). */
export function insertionPoint<T>(sorted: readonly T[], compare: (element: T) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (compare(sorted[middle] as T) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * One relationship: the agreement of a folder and every session below it (nearest agreement wins). Its
 * sessions and their actions are ordered once when the relationship is first asked for (after one of its
 * notes changes, the index makes a new one), each list when first asked for: listing relationships (a
 * picker, a filtered dashboard) orders no actions, and done actions wait for "show done".
 */
export class IndexedRelationship {
  /** Sorted by date (undated last), then number, then file. */
  readonly sessions: readonly Session[];
  /** The one folder this relationship was made from, and its version then. */
  private readonly source: { folder: SessionFolder; version: number } | null;
  private open: Action[] | null = null;
  private done: Action[] | null = null;
  private sessionByFile: Map<string, Session> | null = null;

  constructor(
    /** The folder holding the agreement: the relationship's key. */
    readonly folder: string,
    readonly agreement: Agreement,
    folders: readonly SessionFolder[],
  ) {
    // One folder (the usual case) is already in every order needed; several are merged and ordered here.
    // `sessions` is a copy: the folder's lists change with the next note stored.
    const only = folders.length === 1 ? folders[0] : undefined;
    this.source = only ? { folder: only, version: only.version } : null;
    this.sessions = only ? only.byMeeting.slice() : folders.flatMap((folder) => folder.byMeeting).sort(compareSessions);
  }

  /**
   * The open actions by due date (undated last), then file, then line. "Overdue first, then by due date"
   * is this same order, whatever today is. Taken as the folder keeps them; a relationship read after its
   * folder changed (the index has made a newer one by then) sorts them from its own sessions instead.
   */
  get openActions(): readonly Action[] {
    if (this.open === null) {
      const { source } = this;
      const current = source !== null && source.folder.version === source.version;
      this.open = current ? source.folder.openActions.slice() : this.byDue((action) => action.state === "open");
    }
    return this.open;
  }

  /** The done actions in the same order; sorted when first asked for (when done ones are shown). */
  doneActions(): readonly Action[] {
    this.done ??= this.byDue((action) => action.state === "done");
    return this.done;
  }

  /** The session a note of this relationship is (the one an action was agreed in), by its file. */
  sessionOf(file: string): Session | undefined {
    this.sessionByFile ??= new Map(this.sessions.map((session) => [session.file, session]));
    return this.sessionByFile.get(file);
  }

  private byDue(wanted: (action: Action) => boolean): Action[] {
    return this.sessions.flatMap((session) => session.actions.filter(wanted)).sort(compareByDue);
  }
}
