// The vault folder on disk, for the command line: reading Markdown notes (as the index wants them) and
// writing through one guarded function that can only ever write inside the real vault folder, atomically,
// and never over a note that changed since it was read.
import { closeSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { randomBytes } from "node:crypto";

export type FsResult<T> = ({ ok: true } & T) | { ok: false; reason: string };

/** A vault folder, resolved once: `root` is its real path (symlinks followed). */
export interface Vault {
  root: string;
}

/** Folders Obsidian itself does not show as notes: its config folder, the trash, and any hidden folder. */
function isSkippedFolder(name: string): boolean {
  return name.startsWith(".");
}

/** Opens a vault folder: it must exist and be a folder. */
export function openVault(path: string): FsResult<{ vault: Vault }> {
  let root: string;
  try {
    root = realpathSync(resolve(path));
  } catch {
    return { ok: false, reason: `The vault folder ${path} does not exist.` };
  }
  if (!statSync(root).isDirectory()) return { ok: false, reason: `The vault ${path} is not a folder.` };
  return { ok: true, vault: { root } };
}

/**
 * Every Markdown note below `under` (vault-relative, `""` for all), as `[path, text]` with `/` paths in
 * code-unit order. Hidden folders (`.obsidian`, `.trash`) and symbolic links are skipped, so a link can
 * neither loop nor pull in notes from outside the vault. Unreadable files are left out and reported.
 */
export function readVaultNotes(vault: Vault, under = ""): { notes: Array<[string, string]>; unreadable: Array<{ file: string; reason: string }> } {
  const notes: Array<[string, string]> = [];
  const unreadable: Array<{ file: string; reason: string }> = [];
  const start = under === "" ? { ok: true as const, absolute: vault.root } : resolveInVault(vault, under);
  if (!start.ok) return { notes, unreadable };
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name)) walk(full);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) {
        const file = vaultPathOf(vault, full);
        const read = readNote(vault, file);
        if (read.ok) notes.push([file, read.text]);
        else unreadable.push({ file, reason: read.reason });
      }
    }
  };
  walk(start.absolute);
  notes.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { notes, unreadable };
}

function vaultPathOf(vault: Vault, full: string): string {
  return relative(vault.root, full).split(sep).join("/");
}

/**
 * The absolute path of a vault-relative path, or why it is not allowed: absolute paths, `..` segments
 * and anything that resolves outside the vault are refused before the disk is touched.
 */
export function resolveInVault(vault: Vault, vaultPath: string): FsResult<{ absolute: string }> {
  const segments = vaultPath.replace(/\\/g, "/").split("/");
  if (isAbsolute(vaultPath) || /^[a-zA-Z]:/.test(vaultPath) || segments.includes("..")) {
    return { ok: false, reason: `${vaultPath} is not a path inside the vault.` };
  }
  const absolute = resolve(vault.root, ...segments.filter((segment) => segment !== "" && segment !== "."));
  if (!isInside(vault.root, absolute) || absolute === vault.root) return { ok: false, reason: `${vaultPath} is not a path inside the vault.` };
  return { ok: true, absolute };
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/**
 * A note's text. Refused when the file is not valid UTF-8: decoding would replace bytes, and a later
 * write would lose them. A symbolic link is followed only when it stays inside the vault.
 */
export function readNote(vault: Vault, vaultPath: string): FsResult<{ text: string }> {
  const target = resolveInVault(vault, vaultPath);
  if (!target.ok) return target;
  let bytes: Buffer;
  try {
    if (!isInside(vault.root, realpathSync(target.absolute))) return { ok: false, reason: `${vaultPath} points outside the vault.` };
    bytes = readFileSync(target.absolute);
  } catch (error) {
    return { ok: false, reason: `${vaultPath} could not be read (${errorCode(error)}).` };
  }
  const text = bytes.toString("utf8");
  if (!Buffer.from(text, "utf8").equals(bytes)) return { ok: false, reason: `${vaultPath} is not UTF-8 text, so it is left alone.` };
  return { ok: true, text };
}

/**
 * Writes a note, the only way the command line writes. `expected` is the text the note had when it was
 * read (null: the note must not exist yet); the write is refused if the note now differs, so an edit made
 * meanwhile in another editor is never overwritten. Missing folders are created one by one, each checked
 * to be inside the real vault. The bytes go to a temporary file in the same folder, then take the note's
 * name in one step (rename, or a hard link for a new note, which fails rather than replace a file).
 */
export function writeNote(vault: Vault, vaultPath: string, text: string, expected: string | null): FsResult<object> {
  const target = resolveInVault(vault, vaultPath);
  if (!target.ok) return target;
  const folder = ensureFolder(vault, dirname(target.absolute));
  if (!folder.ok) return folder;
  const destination = join(folder.real, basename(target.absolute));

  const current = currentText(destination);
  if (current.kind === "link") return { ok: false, reason: `${vaultPath} is a symbolic link; it is not replaced.` };
  if (expected === null && current.kind !== "missing") return { ok: false, reason: `${vaultPath} already exists; it is not overwritten.` };
  if (expected !== null) {
    if (current.kind === "missing") return { ok: false, reason: `${vaultPath} was deleted since it was read.` };
    if (current.kind !== "text" || current.text !== expected) return { ok: false, reason: `${vaultPath} changed since it was read; nothing was written.` };
  }

  const temporary = join(folder.real, `.${basename(destination)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const fd = openSync(temporary, "wx");
    try {
      writeSync(fd, Buffer.from(text, "utf8"));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (expected === null) {
      linkSync(temporary, destination);
      unlinkSync(temporary);
    } else {
      renameSync(temporary, destination);
    }
    return { ok: true };
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Already gone (renamed) or never made: nothing to clean up.
    }
    const code = errorCode(error);
    return { ok: false, reason: code === "EEXIST" ? `${vaultPath} already exists; it is not overwritten.` : `Could not write ${vaultPath} (${code}).` };
  }
}

type CurrentText = { kind: "missing" } | { kind: "link" } | { kind: "text"; text: string } | { kind: "unreadable" };

function currentText(path: string): CurrentText {
  try {
    if (lstatSync(path).isSymbolicLink()) return { kind: "link" };
    return { kind: "text", text: readFileSync(path, "utf8") };
  } catch (error) {
    return errorCode(error) === "ENOENT" ? { kind: "missing" } : { kind: "unreadable" };
  }
}

/** Creates `folder` and any missing folder above it, refusing any step whose real path leaves the vault. */
function ensureFolder(vault: Vault, folder: string): FsResult<{ real: string }> {
  const outside: FsResult<{ real: string }> = { ok: false, reason: `${vaultPathOf(vault, folder)} leads outside the vault; nothing was written.` };
  const rel = relative(vault.root, folder);
  let real = vault.root;
  for (const segment of rel === "" ? [] : rel.split(sep)) {
    const next = join(real, segment);
    try {
      mkdirSync(next);
    } catch (error) {
      if (errorCode(error) !== "EEXIST") return { ok: false, reason: `Could not create the folder ${vaultPathOf(vault, next)} (${errorCode(error)}).` };
    }
    try {
      real = realpathSync(next);
    } catch (error) {
      return { ok: false, reason: `Could not open the folder ${vaultPathOf(vault, next)} (${errorCode(error)}).` };
    }
    if (!isInside(vault.root, real)) return outside;
    if (!statSync(real).isDirectory()) return { ok: false, reason: `${vaultPathOf(vault, next)} is a file, not a folder.` };
  }
  return { ok: true, real };
}

function errorCode(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") return error.code;
  return error instanceof Error ? error.message : String(error);
}

/** The plugin's saved settings file, if the vault has one (null when missing or unreadable). */
export function readPluginData(vault: Vault): string | null {
  try {
    return readFileSync(join(vault.root, ".obsidian", "plugins", "mentoring-notes", "data.json"), "utf8");
  } catch {
    return null;
  }
}

/** Whether something is at a vault path (any kind, a file, or a folder); a path outside the vault is never there. */
export function noteExists(vault: Vault, vaultPath: string, kind: "any" | "file" | "folder"): boolean {
  const target = resolveInVault(vault, vaultPath);
  if (!target.ok) return false;
  try {
    if (kind === "any") return lstatSync(target.absolute) !== undefined;
    const stat = statSync(target.absolute);
    return kind === "file" ? stat.isFile() : stat.isDirectory();
  } catch {
    return false;
  }
}
