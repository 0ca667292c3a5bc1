// A relationship as the dashboard reads it: an agreement with its sessions in meeting order and its
// actions by due date, and the folders of sessions it is made from, which the index keeps in order as
// notes change so that making a relationship orders next to nothing.
import { parseNote } from "./model";
import type { Action, Agreement, Session } from "./types";

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
 * insert): in file order, in meeting order, and their open actions session after session in file order
 * (each session's by due day) with their due days. Making a relationship then copies a few short lists
 * instead of sorting and visiting every session.
 */
export class SessionFolder {
  readonly byFile: StoredSession[] = [];
  readonly byMeeting: Session[] = [];
  /** The open actions of `byFile`, session after session, each session's in due order (`StoredSession`). */
  readonly openActions: Action[] = [];
  readonly openDays: number[] = [];
  /** Counts changes, so that a relationship can tell whether the lists are still the ones it was made from. */
  version = 0;

  get size(): number {
    return this.byFile.length;
  }

  /** Adds a session, or replaces the one stored under its file (`previous`, the session it replaces). */
  put(session: Session, previous: Session | undefined): void {
    this.version += 1;
    const entry: StoredSession = { session, openCount: openInDueOrder(session) };
    const at = this.positionOf(session.file);
    const replaced = this.byFile[at]?.session.file === session.file ? this.byFile[at] : undefined;
    this.spliceOpen(at, replaced?.openCount ?? 0, entry.openCount);
    if (replaced) this.byFile[at] = entry;
    else this.byFile.splice(at, 0, entry);
    if (previous) this.removeFromMeetings(previous);
    this.byMeeting.splice(insertionPoint(this.byMeeting, (other) => compareSessions(other, session)), 0, session);
  }

  /** Removes the session stored under its file, if any. */
  remove(previous: Session): void {
    this.version += 1;
    const at = this.positionOf(previous.file);
    const removed = this.byFile[at];
    if (removed?.session.file === previous.file) {
      this.spliceOpen(at, removed.openCount, 0);
      this.byFile.splice(at, 1);
    }
    this.removeFromMeetings(previous);
  }

  private positionOf(file: string): number {
    return insertionPoint(this.byFile, (stored) => compareCodeUnits(stored.session.file, file));
  }

  /** Replaces the open actions of the session at `at` (`count` of them) by the first `added` of `OPEN_ACTIONS` (and their days). */
  private spliceOpen(at: number, count: number, added: number): void {
    // Notes mostly arrive in file order, so the common case appends without adding up what comes before.
    let offset = this.openActions.length;
    if (at < this.byFile.length) {
      offset = 0;
      for (let i = 0; i < at; i += 1) offset += (this.byFile[i] as StoredSession).openCount;
    }
    spliceInto(this.openActions, offset, count, OPEN_ACTIONS, added);
    spliceInto(this.openDays, offset, count, OPEN_DAYS, added);
  }

  private removeFromMeetings(previous: Session): void {
    const at = this.byMeeting.indexOf(previous);
    if (at >= 0) this.byMeeting.splice(at, 1);
  }
}

/** `array.splice(offset, count, ...items.slice(0, added))` without passing items as arguments (a note may hold thousands). */
function spliceInto<T>(array: T[], offset: number, count: number, items: readonly T[], added: number): void {
  if (count === 0 && added === 0) return;
  if (offset === array.length && count === 0) {
    for (let i = 0; i < added; i += 1) array.push(items[i] as T);
    return;
  }
  const tail = array.slice(offset + count);
  array.length = offset;
  for (let i = 0; i < added; i += 1) array.push(items[i] as T);
  for (const item of tail) array.push(item);
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
    if (source !== null && source.folder.version === source.version) return sortedByDay(source.folder.openActions, source.folder.openDays);
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

/**
 * A stored session and how many open actions it has: its place in its folder's lists of open actions
 * (`SessionFolder`), where they are added in due order (`openInDueOrder`) when the session is stored, so
 * that ordering a relationship's open actions never visits an action.
 */
export interface StoredSession {
  session: Session;
  openCount: number;
}

/** The open actions of the session being stored, and their due days: filled by `openInDueOrder`, reused. */
const OPEN_ACTIONS: Action[] = [];
const OPEN_DAYS: number[] = [];

/**
 * Puts a session's open actions into `OPEN_ACTIONS` by due day (line order on the same day), each one's
 * day (`Action.dueDay`) into `OPEN_DAYS`, and gives their number.
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

/**
 * Due day ascending, undated last, equal days in their given order. The numbers sorted are day number ×
 * count + position, so that no comparator is called on date strings. Each session's open actions come
 * already in due order (`storedSession`) and sessions mostly follow each other in time, so the keys hold
 * a few long ascending runs: a natural merge sort joins them in a few passes (n log n at worst).
 */
function sortedByDay(actions: readonly Action[], days: readonly number[]): Action[] {
  const count = actions.length;
  if (count < 2) return actions.slice();
  if (keyBuffer.length < count) {
    keyBuffer = new Float64Array(Math.max(count, 2 * keyBuffer.length));
    mergeBuffer = new Float64Array(keyBuffer.length);
  }
  // Views of two kept buffers: no new buffer for each relationship's ordering.
  const keys = keyBuffer.subarray(0, count);
  for (let i = 0; i < count; i += 1) keys[i] = (days[i] as number) * count + i;
  const ordered = mergeRuns(keys, mergeBuffer.subarray(0, count));
  const sorted: Action[] = new Array<Action>(count);
  for (let i = 0; i < count; i += 1) {
    const key = ordered[i] as number;
    // The position back from the key; `%` on numbers this large is a slow floating-point remainder.
    sorted[i] = actions[key - Math.floor(key / count) * count] as Action;
  }
  return sorted;
}

let keyBuffer = new Float64Array(256);
let mergeBuffer = new Float64Array(256);

/** Bottom-up natural merge sort of distinct numbers; gives back whichever of the two arrays holds the result. */
function mergeRuns(keys: Float64Array, spare: Float64Array): Float64Array {
  const count = keys.length;
  let from = keys;
  let to = spare;
  for (;;) {
    let runs = 0;
    let start = 0;
    while (start < count) {
      const middle = runEnd(from, start);
      const end = middle < count ? runEnd(from, middle) : count;
      let left = start;
      let right = middle;
      let out = start;
      while (left < middle && right < end) to[out++] = (from[left] as number) < (from[right] as number) ? (from[left++] as number) : (from[right++] as number);
      while (left < middle) to[out++] = from[left++] as number;
      while (right < end) to[out++] = from[right++] as number;
      runs += 1;
      start = end;
    }
    if (runs === 1) return to;
    [from, to] = [to, from];
  }
}

function runEnd(keys: Float64Array, start: number): number {
  let end = start + 1;
  while (end < keys.length && (keys[end - 1] as number) < (keys[end] as number)) end += 1;
  return end;
}

