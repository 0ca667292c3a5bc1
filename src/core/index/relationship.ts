// A relationship as the dashboard reads it: an agreement with its sessions in meeting order and its
// actions by due date, and the folders of sessions it is made from, which the index keeps in order as
// notes change so that making a relationship orders next to nothing.
import { parseNote } from "../notes/parse-note";
import type { Action, Agreement, Session } from "../notes/types";

/** One relationship: the agreement of a folder and every session below it (nearest agreement wins). */
export interface IndexedRelationship {
  /** The folder holding the agreement: the relationship's key. */
  folder: string;
  agreement: Agreement;
  /** Sorted by date (undated last), then number, then file. */
  sessions: readonly Session[];
  /**
   * The open actions by due date (undated last), then file, then line. "Overdue first, then by due date"
   * is this same order, whatever today is.
   */
  openActions: readonly Action[];
  /** The other actions (done, cancelled, moved on) in the same order; sorted when first asked for. */
  otherActions(): readonly Action[];
  /** The session a note of this relationship is (the one an action was agreed in), by its file. */
  sessionOf(file: string): Session | undefined;
}

/**
 * The sessions of one folder, kept in order one note at a time as notes are stored (a binary search and an
 * insert): in file order, in meeting order, and their open actions in the order a dashboard shows them
 * (a merge of the stored session's few). Making a relationship then copies a few short lists instead of
 * sorting and visiting every session.
 */
export class SessionFolder {
  readonly byFile: Session[] = [];
  readonly byMeeting: Session[] = [];
  /** The open actions of every session by due day (undated last), then file, then line (`compareOpen`). */
  readonly openActions: Action[] = [];
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
    } else insertAt(this.byFile, at, session);
    if (previous) this.removeFromMeetings(previous);
    insertAt(this.byMeeting, insertionPoint(this.byMeeting, (other) => compareSessions(other, session)), session);
    this.addOpen(session);
  }

  /** Removes the session stored under its file, if any. */
  remove(previous: Session): void {
    this.version += 1;
    const at = this.positionOf(previous.file);
    const stored = this.byFile[at];
    if (stored?.file === previous.file) {
      this.removeOpen(stored);
      removeAt(this.byFile, at);
    }
    this.removeFromMeetings(previous);
  }

  private positionOf(file: string): number {
    return insertionPoint(this.byFile, (stored) => compareCodeUnits(stored.file, file));
  }

  /** Merges a session's open actions into `openActions`, from the end: most notes arrive in date order. */
  private addOpen(session: Session): void {
    const added = openInDueOrder(session);
    if (added === 0) return;
    const list = this.openActions;
    let from = list.length - 1;
    let write = list.length + added - 1;
    list.length += added;
    for (let next = added - 1; next >= 0; write -= 1) {
      const candidate = OPEN_ACTIONS[next] as Action;
      const last = from >= 0 ? (list[from] as Action) : undefined;
      if (last !== undefined && compareOpen(last, candidate) > 0) list[write] = list[from--] as Action;
      else list[write] = OPEN_ACTIONS[next--] as Action;
    }
  }

  /**
   * Takes the open actions of `stored` (a session in `byFile`) out of `openActions`. They are the very
   * objects `addOpen` merged in, in the same order, so one pass finds them by identity, comparing no file names.
   */
  private removeOpen(stored: Session): void {
    const count = openInDueOrder(stored);
    if (count === 0) return;
    const list = this.openActions;
    let kept = 0;
    let found = 0;
    for (let i = 0; i < list.length; i += 1) {
      const action = list[i] as Action;
      if (found < count && action === OPEN_ACTIONS[found]) found += 1;
      else list[kept++] = action;
    }
    list.length = kept;
  }

  private removeFromMeetings(previous: Session): void {
    const at = this.byMeeting.indexOf(previous);
    if (at >= 0) removeAt(this.byMeeting, at);
  }
}

/** The dashboard's order of open actions: due day (undated last), then file, then line. */
function compareOpen(a: Action, b: Action): number {
  return a.dueDay - b.dueDay || compareCodeUnits(a.file, b.file) || a.line - b.line;
}

// In place, where `splice` would also make an array of what it removed: these run for every session stored.
/** Puts `item` at `at`, moving the ones from there on up by one. */
export function insertAt<T>(list: T[], at: number, item: T): void {
  list.push(item);
  for (let i = list.length - 1; i > at; i -= 1) list[i] = list[i - 1] as T;
  list[at] = item;
}

/** Takes the item at `at` out, moving the ones after it down by one. */
export function removeAt<T>(list: T[], at: number): void {
  for (let i = at + 1; i < list.length; i += 1) list[i - 1] = list[i] as T;
  list.pop();
}

/** The first position whose element does not order before the sought one (`compare(element) < 0` means before). */
export function insertionPoint<T>(sorted: readonly T[], compare: (element: T) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(sorted[middle] as T) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

function compareByFile(a: Session, b: Session): number {
  return compareCodeUnits(a.file, b.file);
}

/**
 * A relationship's sessions and their actions, ordered once when the relationship is first asked for
 * (after one of its notes changes, the index makes a new one), each list when first asked for: listing
 * relationships (a picker, a filtered dashboard) orders no actions, and done actions wait for "show done".
 */
export class Relationship implements IndexedRelationship {
  /**
   * One instance kept for the program's lifetime. An object's shape is otherwise held only by live
   * instances: a garbage collection between two index builds would drop it, and with it the optimised
   * code of every function that relied on it, to be re-learnt on the next build.
   */
  static shapeKeeper: Relationship | null = null;

  readonly sessions: readonly Session[];
  /** The one folder this relationship was made from, and its version then. */
  private readonly source: { folder: SessionFolder; version: number } | null;
  private open: Action[] | null = null;
  private others: Action[] | null = null;
  private sessionByFile: Map<string, Session> | null = null;

  constructor(
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

  get openActions(): readonly Action[] {
    this.open ??= this.openByDue();
    return this.open;
  }

  otherActions(): readonly Action[] {
    this.others ??= this.closedByDue();
    return this.others;
  }

  sessionOf(file: string): Session | undefined {
    if (!this.sessionByFile) {
      this.sessionByFile = new Map();
      for (const session of this.sessions) this.sessionByFile.set(session.file, session);
    }
    return this.sessionByFile.get(file);
  }

  /**
   * Open actions by due date, then file, then line: a stable sort on the due day of the open actions as
   * the folder keeps them (file order, each session's by due day and then line). A relationship read after
   * its folder changed (the index has made a newer one by then) collects them from its own sessions instead.
   */
  private openByDue(): Action[] {
    const { source } = this;
    if (source !== null && source.folder.version === source.version) return source.folder.openActions.slice();
    return this.byDue((action) => action.state === "open");
  }

  /** Done, cancelled and moved-on actions in the same order; asked for only when done ones are shown. */
  private closedByDue(): Action[] {
    return this.byDue((action) => action.state !== "open");
  }

  private byDue(wanted: (action: Action) => boolean): Action[] {
    const actions: Action[] = [];
    const days: number[] = [];
    for (const session of [...this.sessions].sort(compareByFile)) {
      for (const action of session.actions) {
        if (!wanted(action)) continue;
        actions.push(action);
        days.push(action.dueDay);
      }
    }
    return sortedByDay(actions, days);
  }
}

{
  const parsed = parseNote("Agreement.md", "---\ntype: mentoring-agreement\n---\n");
  if (parsed.kind === "agreement") Relationship.shapeKeeper = new Relationship("", parsed.note, [new SessionFolder()]);
}

/** Plain code-unit order: stable across machines and locales, which file paths need. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Dates ascending with null last. ISO dates compare correctly as strings. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function compareNumbers(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

function compareSessions(a: Session, b: Session): number {
  return compareDates(a.date, b.date) || compareNumbers(a.number, b.number) || compareCodeUnits(a.file, b.file);
}

/** The open actions of the session being stored, and their due days: filled by `openInDueOrder`, reused. */
const OPEN_ACTIONS: Action[] = [];
const OPEN_DAYS: number[] = [];

/**
 * Puts a session's open actions into `OPEN_ACTIONS` by due day (line order on the same day, the order
 * they come in), each one's day into `OPEN_DAYS`, and gives their number.
 */
function openInDueOrder(session: Session): number {
  let count = 0;
  for (const action of session.actions) {
    if (action.state !== "open") continue;
    // Inserted in due order: a few actions, sorted while they are at hand.
    const day = action.dueDay;
    let at = count++;
    for (; at > 0 && (OPEN_DAYS[at - 1] as number) > day; at -= 1) {
      OPEN_ACTIONS[at] = OPEN_ACTIONS[at - 1] as Action;
      OPEN_DAYS[at] = OPEN_DAYS[at - 1] as number;
    }
    OPEN_ACTIONS[at] = action;
    OPEN_DAYS[at] = day;
  }
  return count;
}

/** Due day ascending, undated last, equal days in their given order. */
function sortedByDay(actions: readonly Action[], days: readonly number[]): Action[] {
  // Positions ordered by day, ties in their given order (the sort is stable).
  const order = actions.map((_, i) => i);
  order.sort((a, b) => (days[a] as number) - (days[b] as number));
  return order.map((i) => actions[i] as Action);
}

