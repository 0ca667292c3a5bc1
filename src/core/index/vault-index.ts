// The index of every mentoring note in the vault: kept current one file at a time, never rebuilt on a
// change. Ordinary notes leave nothing behind. Grouping (which sessions belong to which relationship) is
// derived lazily and cached per relationship, so one changed session only dirties its own relationship.
import { sameData } from "../syntax/same-data";
import { parseNote } from "../notes/parse-note";
import { message } from "../i18n";
import { problemOf } from "../notes/problems";
import { basenameOf, compareCodeUnits, folderOf } from "../syntax/paths";
import { AgreementFolders } from "./agreement-folders";
import { IndexedRelationship, SessionFolder } from "./relationship";
import type { Agreement, ParsedNote, Problem, Session } from "../notes/types";

export type { IndexedRelationship } from "./relationship";

/** What the index keeps of a mentoring note: the parse result without the "not ours" case. */
export type IndexedNote = Exclude<ParsedNote, { kind: "other" }>;

export class VaultIndex {
  private readonly notes = new Map<string, IndexedNote>();
  /**
   * Sessions by the folder they sit in, each with its open actions (see `StoredSession`). Grouping sessions
   * into relationships then looks up each folder's nearest agreement once, not each session's.
   */
  private readonly sessionFolders = new Map<string, SessionFolder>();
  /** The notes that have problems (few): listing problems reads these, not every note. */
  private readonly notesWithProblems = new Set<string>();
  private readonly agreementFolders = new AgreementFolders();
  /** Session membership, valid until the set of agreement folders changes. */
  private membership: Membership | null = null;
  private readonly relationshipCache = new Map<string, IndexedRelationship>();
  private relationshipList: IndexedRelationship[] | null = null;
  private problemList: Problem[] | null = null;
  private changes = 0;

  constructor(files: Iterable<readonly [string, string]> = []) {
    for (const [path, text] of files) this.set(path, text);
  }

  /** Increments on every change that can alter what a dashboard shows; equal re-parses leave it alone. */
  get version(): number {
    return this.changes;
  }

  /** The number of mentoring notes held (agreements and sessions, readable or not); ordinary notes are not kept. */
  get noteCount(): number {
    return this.notes.size;
  }

  has(path: string): boolean {
    return this.notes.has(path);
  }

  get(path: string): IndexedNote | undefined {
    return this.notes.get(path);
  }

  /** Adds or replaces one note from its text. */
  set(path: string, text: string): void {
    const parsed = parseNote(path, text);
    if (parsed.kind === "other") {
      this.delete(path);
      return;
    }
    const previous = this.notes.get(path);
    // An edit outside the actions and fields (a summary line, say) parses the same: nothing to redraw.
    if (previous && sameData(previous, parsed)) return;
    this.replace(path, previous, parsed);
  }

  delete(path: string): void {
    const previous = this.notes.get(path);
    if (previous) this.replace(path, previous, undefined);
  }

  /** Removes every note below a deleted folder (a folder's deletion may be the only event). */
  deleteFolder(folder: string): void {
    const prefix = `${folder}/`;
    for (const path of [...this.notes.keys()].filter((key) => key.startsWith(prefix))) this.delete(path);
  }

  /**
   * Re-keys a note (or every note below a renamed folder) without reading its text again. A note moved
   * to a name that is not Markdown is no longer a note and leaves the index.
   */
  rename(oldPath: string, newPath: string): void {
    if (oldPath === newPath) return;
    const note = this.notes.get(oldPath);
    if (note) {
      this.replace(oldPath, note, undefined);
      if (newPath.toLowerCase().endsWith(".md")) this.replace(newPath, this.notes.get(newPath), movedNote(note, newPath));
      return;
    }
    const prefix = `${oldPath}/`;
    const moved = [...this.notes.keys()].filter((path) => path.startsWith(prefix));
    for (const path of moved) this.rename(path, `${newPath}/${path.slice(prefix.length)}`);
  }

  /** Every relationship, sorted by folder. */
  relationships(): readonly IndexedRelationship[] {
    this.relationshipList ??= this.agreementFolders.folders.map((folder) => this.relationship(folder) as IndexedRelationship);
    return this.relationshipList;
  }

  /** The relationship keyed by this folder, if an agreement sits there. */
  relationship(folder: string): IndexedRelationship | undefined {
    const cached = this.relationshipCache.get(folder);
    if (cached) return cached;
    const agreementPath = this.agreementFolders.pathsIn(folder)[0];
    const agreementNote = agreementPath === undefined ? undefined : this.notes.get(agreementPath);
    if (agreementNote?.kind !== "agreement") return undefined;
    const relationship = new IndexedRelationship(folder, agreementNote.note, this.currentMembership().sessionFoldersByOwner.get(folder) ?? []);
    this.relationshipCache.set(folder, relationship);
    return relationship;
  }

  /**
   * The folder of the relationship a note (or folder) belongs to: the nearest agreement at or above it.
   * A note's path is never a folder's, so the walk up finds nothing there and goes on from the note's folder.
   */
  relationshipFolderOf(path: string): string | null {
    return this.agreementFolders.nearest(path);
  }

  /** Every agreement, sorted by path (a second agreement in a folder included). */
  agreements(): Agreement[] {
    return this.sortedNotes().flatMap((note) => (note.kind === "agreement" ? [note.note] : []));
  }

  /** Every session, sorted by path (sessions without a relationship included). */
  sessions(): Session[] {
    return this.sortedNotes().flatMap((note) => (note.kind === "session" ? [note.note] : []));
  }

  /** Every problem: from parsing, sessions without an agreement, second agreements in a folder. By file, then line. */
  problems(): readonly Problem[] {
    this.problemList ??= this.collectProblems();
    return this.problemList;
  }

  private sortedNotes(): IndexedNote[] {
    return [...this.notes.keys()].sort(compareCodeUnits).map((path) => this.notes.get(path) as IndexedNote);
  }

  /** The one place a stored note changes: keeps agreement folders, membership and caches in step. */
  private replace(path: string, previous: IndexedNote | undefined, next: IndexedNote | undefined): void {
    if (next) this.notes.set(path, next);
    else this.notes.delete(path);
    if (next !== undefined && next.problems.length > 0) this.notesWithProblems.add(path);
    else if (previous !== undefined && previous.problems.length > 0) this.notesWithProblems.delete(path);
    // A folder that gains its first session or loses its last one changes which folders are grouped.
    if (this.storeSession(previous, next)) this.membership = null;
    this.changes += 1;
    this.problemList = null;

    const wasAgreement = previous?.kind === "agreement";
    const isAgreement = next?.kind === "agreement";
    if (wasAgreement !== isAgreement) {
      if (wasAgreement) this.agreementFolders.remove(path);
      else this.agreementFolders.add(path);
      // Which sessions belong where may have changed anywhere below this folder: regroup lazily.
      this.membership = null;
      this.relationshipCache.clear();
      this.relationshipList = null;
      return;
    }
    if (isAgreement) {
      // Same agreement path, new content: only its relationship changes (its name may reorder the list).
      this.relationshipCache.delete(folderOf(path));
      this.relationshipList = null;
      return;
    }
    // Neither note is an agreement, so the one that changed is a session. Nothing drawn from the index yet
    // (a first build): no relationship to forget.
    if (this.relationshipCache.size === 0 && this.relationshipList === null) return;
    const owner = this.agreementFolders.nearest(folderOf(path));
    if (owner !== null) {
      this.relationshipCache.delete(owner);
      this.relationshipList = null;
    }
  }

  /** Keeps `sessionFolders` in step; true when a folder of sessions appeared or disappeared. */
  private storeSession(previous: IndexedNote | undefined, next: IndexedNote | undefined): boolean {
    const before = previous?.kind === "session" ? previous.note : undefined;
    if (next?.kind === "session") {
      const added = !this.sessionFolders.has(next.note.folder);
      if (added) this.sessionFolders.set(next.note.folder, new SessionFolder());
      this.sessionFolders.get(next.note.folder)?.put(next.note, before);
      return added;
    }
    if (before === undefined) return false;
    const sessions = this.sessionFolders.get(before.folder);
    if (sessions === undefined) return false;
    sessions.remove(before);
    if (sessions.size > 0) return false;
    this.sessionFolders.delete(before.folder);
    return true;
  }

  private currentMembership(): Membership {
    if (!this.membership) {
      const membership = new Membership();
      for (const folder of this.agreementFolders.folders) membership.sessionFoldersByOwner.set(folder, []);
      for (const [folder, sessions] of this.sessionFolders) {
        const owner = this.agreementFolders.nearest(folder);
        if (owner === null) membership.orphanFolders.push(sessions);
        else membership.sessionFoldersByOwner.get(owner)?.push(sessions);
      }
      this.membership = membership;
    }
    return this.membership;
  }

  private collectProblems(): Problem[] {
    const problems = [...this.notesWithProblems].flatMap((path) => this.notes.get(path)?.problems ?? []);
    for (const [kept = "", ...extras] of this.agreementFolders.allPaths()) {
      for (const extra of extras) problems.push(problemOf(extra, message("problem.secondAgreement", { kept: basenameOf(kept) })));
    }
    for (const path of this.currentMembership().orphanFolders.flatMap((sessions) => sessions.byFile.map((session) => session.file))) {
      problems.push(problemOf(path, message("problem.orphanSession")));
    }
    return problems.sort(compareProblems);
  }
}

/** Which folders of sessions belong to which relationship folder, and which to none. */
class Membership {
  /** Agreement folder -> the folders of sessions whose nearest agreement it is. */
  readonly sessionFoldersByOwner = new Map<string, SessionFolder[]>();
  /** Folders of sessions with no agreement at or above them. */
  readonly orphanFolders: SessionFolder[] = [];
}

/** The same parsed note under a new path: every `file` and `folder` field rewritten, nothing re-read. */
function movedNote(note: IndexedNote, path: string): IndexedNote {
  const folder = folderOf(path);
  const problems = note.problems.map((problem) => ({ ...problem, file: path }));
  if (note.kind === "agreement") {
    const goals = note.note.goals.map((goal) => ({ ...goal, file: path }));
    return { kind: "agreement", note: { ...note.note, file: path, folder, goals }, problems };
  }
  const actions = note.note.actions.map((action) => ({ ...action, file: path }));
  return { kind: "session", note: { ...note.note, file: path, folder, actions }, problems };
}

function compareProblems(a: Problem, b: Problem): number {
  return compareCodeUnits(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareCodeUnits(a.reason, b.reason);
}
