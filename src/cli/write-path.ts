// The command line's one way to change notes. A command plans every note it will write, then hands the
// whole plan here: all of it is written, or the vault is left exactly as it was.
//
// How, for each planned note: the new bytes go to a short hidden temporary file in the note's folder
// (written in a loop until every byte is down, mode and owner copied from the note, synced). Only when
// every temporary file is complete are they moved into place, each right after re-reading its note to
// check it still holds what the command read (so an edit made meanwhile is never overwritten); the
// original is kept under a second hidden name (a hard link, which needs no free space) until all moves
// and folder syncs succeeded. On any failure the moves are undone from those links, new notes and
// folders are removed, and the temporary files deleted; a moved note is put back only while it still
// holds exactly what this command wrote, so that an editor's save made since is never undone. A crash before the moves leaves only hidden
// `.mentoring-*.tmp` files, which no command reads (they are neither Markdown nor visible in Obsidian).
//
// write-file-atomic does most of this for one file, but it cannot re-check the note between its temporary
// write and its rename, nor keep several notes all-or-nothing, so the steps are written out here.
import { constants } from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
import { errorCode, ignoreErrors, readRegularFile, type FsOps } from "./fs-ops";
import type { Translate } from "../core/i18n";
import { ensureFolder, resolveInVault, vaultPathOf, type Vault } from "./vault-fs";

/** One note a command writes: its new text, and the text it had when read (null: it must not exist yet). */
export interface NoteChange {
  path: string;
  text: string;
  expected: string | null;
}

/** A refusal the write path says in words, as opposed to an error from the disk. */
class Refusal extends Error {}

/**
 * Written, or not: `undone` says whether the vault is as before (every note as it was read). When it is
 * not, the reason names each note that could not be put back and where its text from before is kept.
 */
export type WriteResult = { ok: true } | { ok: false; reason: string; undone: boolean };

interface Prepared {
  change: NoteChange;
  destination: string;
  folder: string;
  temporary: string;
}

/** A note moved into place, and its text from before under a hidden second name (null: the note is new). */
interface Moved {
  change: NoteChange;
  destination: string;
  backup: string | null;
}

/** Writes every change or none; the reason names the note and the step that failed. */
export function applyChanges(vault: Vault, changes: readonly NoteChange[]): WriteResult {
  const fs = vault.fs;
  // Temporary files and new folders to remove on failure; the notes moved into place are in `moved`.
  const undo: Array<() => void> = [];
  const moved: Moved[] = [];
  const folders = new Set<string>();
  let current = changes[0]?.path ?? "";
  try {
    const prepared: Prepared[] = [];
    for (const change of changes) {
      current = change.path;
      prepared.push(prepare(vault, change, undo, folders));
    }
    for (const step of prepared) {
      current = step.change.path;
      commit(fs, vault.t, step, undo, moved);
    }
    for (const folder of folders) syncFolder(fs, folder);
  } catch (error) {
    const notBack = rollBack(vault, undo, moved, folders);
    const reason = error instanceof Refusal ? error.message : vault.t("cli.write.failed", { path: current, code: errorCode(error) });
    if (notBack.length === 0) return { ok: false, reason: vault.t("cli.write.nothingChanged", { reason }), undone: true };
    return { ok: false, reason: vault.t("cli.write.notUndone", { reason, notes: notBack.join("; ") }), undone: false };
  }
  // Done: the originals' second names are no longer needed. One that cannot be removed is a hidden
  // hard link to the old text, harmless; the notes are already right.
  for (const { backup } of moved) if (backup !== null) ignoreErrors(() => fs.unlinkSync(backup));
  return { ok: true };
}

function prepare(vault: Vault, change: NoteChange, undo: Array<() => void>, folders: Set<string>): Prepared {
  const fs = vault.fs;
  const target = resolveInVault(vault, change.path);
  if (!target.ok) throw new Refusal(vault.t("cli.write.leadsOutside", { path: change.path }));
  const folder = ensureFolder(vault, dirname(target.absolute), (created) => {
    undo.push(() => fs.rmdirSync(created));
    folders.add(dirname(created));
  });
  if (!folder.ok) throw new Refusal(folder.reason);
  folders.add(folder.real);
  const destination = join(folder.real, basename(target.absolute));
  const found = checkDestination(fs, vault.t, destination, change);
  const temporary = join(folder.real, hiddenName("tmp"));
  undo.push(() => fs.unlinkSync(temporary));
  writeWhole(fs, temporary, Buffer.from(change.text, "utf8"), found);
  return { change, destination, folder: folder.real, temporary };
}

interface Found {
  mode: number;
  uid: number;
  gid: number;
}

/** What is at the destination now, refusing anything but the expected note (or nothing, for a new one). */
function checkDestination(fs: FsOps, t: Translate, destination: string, change: NoteChange): Found | null {
  const { path, expected } = change;
  let stat;
  try {
    stat = fs.lstatSync(destination);
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw error;
    if (expected !== null) throw new Refusal(t("cli.write.deleted", { path }));
    return null;
  }
  if (stat.isSymbolicLink()) throw new Refusal(t("cli.write.link", { path }));
  if (expected === null) throw new Refusal(t("cli.write.exists", { path }));
  if (!stat.isFile()) throw new Refusal(t("cli.write.notFile", { path }));
  // By the mode bits, not access(): the superuser may write anywhere, but a 444 note says "leave me".
  if ((stat.mode & 0o222) === 0) throw new Refusal(t("cli.write.readOnly", { path }));
  if (!sameBytes(fs, destination, expected)) throw new Refusal(t("cli.write.changed", { path }));
  return { mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid };
}

/** Whether the regular file at `path` holds exactly `text`; never blocks on a pipe or follows a link. */
export function sameBytes(fs: FsOps, path: string, text: string): boolean {
  const bytes = readRegularFile(fs, path);
  return bytes !== null && bytes.equals(Buffer.from(text, "utf8"));
}


/** Every byte into a new file (a short write is continued, never ignored), with the note's mode and owner, synced. */
function writeWhole(fs: FsOps, path: string, bytes: Buffer, found: Found | null): void {
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
  // A new note gets the usual 666 less the umask, as any editor would give it; a rewritten one its own mode.
  const fd = fs.openSync(path, flags, found === null ? 0o666 : 0o600);
  try {
    let offset = 0;
    while (offset < bytes.length) {
      const written = fs.writeSync(fd, bytes, offset, bytes.length - offset);
      if (written <= 0) throw Object.assign(new Error("no progress writing"), { code: "EIO" });
      offset += written;
    }
    if (found !== null) {
      const now = fs.fstatSync(fd);
      if (now.uid !== found.uid || now.gid !== found.gid) fs.fchownSync(fd, found.uid, found.gid);
      fs.fchmodSync(fd, found.mode);
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Moves one temporary file into place, right after checking the note is still as it was read. */
function commit(fs: FsOps, t: Translate, step: Prepared, undo: Array<() => void>, moved: Moved[]): void {
  const { change, destination, temporary, folder } = step;
  checkDestination(fs, t, destination, change);
  if (change.expected === null) {
    // A hard link fails if something took the name meanwhile, where a rename would replace it.
    fs.linkSync(temporary, destination);
    moved.push({ change, destination, backup: null });
    fs.unlinkSync(temporary);
    return;
  }
  const backup = join(folder, hiddenName("old"));
  fs.linkSync(destination, backup);
  try {
    fs.renameSync(temporary, destination);
  } catch (error) {
    // The note was not replaced, so its second name is not needed.
    ignoreErrors(() => fs.unlinkSync(backup));
    throw error;
  }
  moved.push({ change, destination, backup });
}

/**
 * Undoes what was done, newest first: the notes moved into place, then temporary files and new folders
 * (a step that finds nothing to undo is fine). Returns what it says of each note it could not put back.
 */
function rollBack(vault: Vault, undo: ReadonlyArray<() => void>, moved: readonly Moved[], folders: ReadonlySet<string>): string[] {
  const notBack: string[] = [];
  for (const step of [...moved].reverse()) {
    const left = putBack(vault, step);
    if (left !== null) notBack.push(left);
  }
  for (const step of [...undo].reverse()) ignoreErrors(step);
  for (const folder of folders) ignoreErrors(() => syncFolder(vault.fs, folder));
  return notBack;
}

/**
 * Takes one moved note back: the text from before renamed over it, or a new note removed. Only while the
 * note holds exactly what this command wrote: otherwise another editor saved it since, and taking it back
 * would lose that save. A note left as it is (changed since, or the disk refused) keeps its text from
 * before under its second name, and what is said of it is returned; null when it was put back.
 */
function putBack(vault: Vault, step: Moved): string | null {
  const { fs, t } = vault;
  const { change, destination, backup } = step;
  let why: string;
  try {
    if (sameBytes(fs, destination, change.text)) {
      if (backup === null) fs.unlinkSync(destination);
      else fs.renameSync(backup, destination);
      return null;
    }
    why = t("cli.write.changedSinceOurs");
  } catch (error) {
    // A new note that is gone already is as good as removed.
    if (backup === null && errorCode(error) === "ENOENT") return null;
    why = errorCode(error);
  }
  if (backup === null) return t("cli.write.notRemoved", { path: change.path, why });
  return t("cli.write.notRestored", { path: change.path, why, backup: vaultPathOf(vault, backup) });
}

/** A folder's entries (a rename, a new name) last only once the folder itself is synced. */
function syncFolder(fs: FsOps, folder: string): void {
  const fd = fs.openSync(folder, constants.O_RDONLY | constants.O_DIRECTORY);
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** A short hidden name, whatever the note's length: `.mentoring-<12 hex>.tmp` is 27 bytes. */
function hiddenName(kind: "tmp" | "old"): string {
  return `.mentoring-${randomBytes(6).toString("hex")}.${kind}`;
}

/** Temporary and kept-original names the write path uses; a leftover one is never read as a note. */
export const HIDDEN_WRITE_NAME = /^\.mentoring-[0-9a-f]{12}\.(tmp|old)$/;

/**
 * Writes one note through the write path (see applyChanges): `expected` is the text the note had when
 * it was read (null: the note must not exist yet).
 */
export function writeNote(vault: Vault, vaultPath: string, text: string, expected: string | null): WriteResult {
  return applyChanges(vault, [{ path: vaultPath, text, expected }]);
}
