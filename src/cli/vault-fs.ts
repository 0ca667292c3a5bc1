// The vault folder on disk, for the command line: reading Markdown notes (as the index wants them),
// turning vault paths into real paths that stay inside the vault, and creating folders. Writing goes
// through write-path.ts alone.
//
// Vault paths are Unicode NFC throughout, as the core compares them; a name stored decomposed (NFD, as
// macOS and some sync tools write) is found on disk by comparing NFC forms.
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { errorCode, nodeFs, readRegularFile, type FsOps } from "./fs-ops";
import { translatorFor, type Translate } from "../core/i18n";
import type { Problem } from "../core/notes/types";

export type FsResult<T> = ({ ok: true } & T) | { ok: false; reason: string };

/** Where Obsidian keeps the plugin's saved settings, as a vault path. */
export const PLUGIN_DATA_PATH = ".obsidian/plugins/mentoring-notes/data.json";

/** A vault folder, resolved once: `root` is its real path (symlinks followed); `fs` does the disk calls. */
export interface Vault {
  root: string;
  fs: FsOps;
  /** The language of the reasons it gives. */
  t: Translate;
}

/** Folders Obsidian itself does not show as notes: its config folder, the trash, and any hidden folder. */
function isSkippedFolder(name: string): boolean {
  return name.startsWith(".");
}

/** Opens a vault folder: it must exist and be a folder. */
export function openVault(path: string, fs: FsOps = nodeFs, t: Translate = translatorFor("en")): FsResult<{ vault: Vault }> {
  let root: string;
  try {
    root = fs.realpathSync(resolve(path));
  } catch {
    return { ok: false, reason: t("cli.vaultMissing", { path }) };
  }
  if (!fs.statSync(root).isDirectory()) return { ok: false, reason: t("cli.vaultNotFolder", { path }) };
  return { ok: true, vault: { root, fs, t } };
}

/**
 * Every Markdown note below `under` (vault-relative, `""` for all), as `[path, text]` with `/` paths in
 * code-unit order. Hidden folders (`.obsidian`, `.trash`) and symbolic links are skipped, so a link can
 * neither loop nor pull in notes from outside the vault; only regular files are read (a named pipe would
 * block). A note or folder that cannot be read is a problem, never a silent gap.
 */
export function readVaultNotes(vault: Vault, under = ""): { notes: Array<[string, string]>; unreadable: Problem[] } {
  const notes: Array<[string, string]> = [];
  const unreadable: Problem[] = [];
  const start = under === "" ? { ok: true as const, absolute: vault.root } : resolveFolder(vault, under);
  if (!start.ok) return { notes, unreadable: [{ file: under, reason: start.reason }] };
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = vault.fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const folder = vaultPathOf(vault, dir);
      unreadable.push({ file: `${folder}/`, reason: vault.t("cli.folderUnreadable", { path: folder, code: errorCode(error) }) });
      return;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name)) walk(full);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) {
        const file = vaultPathOf(vault, full);
        const read = decodeNote(vault, file, () => readRegularFile(vault.fs, full));
        if (read.ok) notes.push([file, read.text]);
        else unreadable.push({ file, reason: read.reason });
      }
    }
  };
  walk(start.absolute);
  notes.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { notes, unreadable };
}

/** A folder of the vault to read from: it must be a real folder inside the vault, not a link to elsewhere. */
export function resolveFolder(vault: Vault, vaultPath: string): FsResult<{ absolute: string }> {
  const target = resolveInVault(vault, vaultPath);
  if (!target.ok) return target;
  try {
    if (!isInside(vault.root, vault.fs.realpathSync(target.absolute))) return { ok: false, reason: vault.t("cli.notFollowed", { path: vaultPath }) };
    if (!vault.fs.statSync(target.absolute).isDirectory()) return { ok: false, reason: vault.t("cli.notFolder", { path: vaultPath }) };
  } catch (error) {
    return { ok: false, reason: vault.t("cli.cannotOpenFolder", { path: vaultPath, code: errorCode(error) }) };
  }
  return { ok: true, absolute: target.absolute };
}

/** The vault path of an absolute path inside the vault: `/` separators, NFC. */
export function vaultPathOf(vault: Vault, full: string): string {
  return relative(vault.root, full).split(sep).join("/").normalize("NFC");
}

/**
 * The absolute path of a vault-relative path, or why it is not allowed: absolute paths, `..` segments
 * and anything that resolves outside the vault are refused before the disk is touched. Each existing
 * segment is the name on disk, found by its NFC form when the disk holds another form.
 */
export function resolveInVault(vault: Vault, vaultPath: string): FsResult<{ absolute: string }> {
  const segments = vaultPath.replace(/\\/g, "/").split("/");
  if (isAbsolute(vaultPath) || /^[a-zA-Z]:/.test(vaultPath) || segments.includes("..")) {
    return { ok: false, reason: vault.t("cli.notInsideVault", { path: vaultPath }) };
  }
  let absolute = vault.root;
  for (const segment of segments.filter((part) => part !== "" && part !== ".")) absolute = join(absolute, nameOnDisk(vault.fs, absolute, segment));
  if (!isInside(vault.root, absolute) || absolute === vault.root) return { ok: false, reason: vault.t("cli.notInsideVault", { path: vaultPath }) };
  return { ok: true, absolute };
}

/** `segment` as it is spelled in `folder`: itself when it exists, else the one entry with the same NFC form. */
function nameOnDisk(fs: FsOps, folder: string, segment: string): string {
  try {
    fs.lstatSync(join(folder, segment));
    return segment;
  } catch {
    // Not there as given: look for another Unicode form of the same name below.
  }
  const wanted = segment.normalize("NFC");
  try {
    const same = fs.readdirSync(folder).filter((name) => name !== segment && name.normalize("NFC") === wanted);
    return same.length === 1 ? (same[0] ?? segment) : segment;
  } catch {
    return segment;
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/**
 * A note's text. Refused when it is not a regular file (a named pipe would block), or not valid UTF-8:
 * decoding would replace bytes, and a later write would lose them. A symbolic link is followed only when
 * it stays inside the vault.
 */
export function readNote(vault: Vault, vaultPath: string): FsResult<{ text: string }> {
  const target = resolveInVault(vault, vaultPath);
  if (!target.ok) return target;
  let real: string;
  try {
    real = vault.fs.realpathSync(target.absolute);
  } catch (error) {
    return { ok: false, reason: vault.t("cli.cannotRead", { path: vaultPath, code: errorCode(error) }) };
  }
  if (!isInside(vault.root, real)) return { ok: false, reason: vault.t("cli.pointsOutside", { path: vaultPath }) };
  return decodeNote(vault, vaultPath, () => readRegularFile(vault.fs, real));
}

function decodeNote(vault: Vault, vaultPath: string, read: () => Buffer | null): FsResult<{ text: string }> {
  let bytes: Buffer | null;
  try {
    bytes = read();
  } catch (error) {
    return { ok: false, reason: vault.t("cli.cannotRead", { path: vaultPath, code: errorCode(error) }) };
  }
  if (bytes === null) return { ok: false, reason: vault.t("cli.notRegular", { path: vaultPath }) };
  const text = bytes.toString("utf8");
  if (!Buffer.from(text, "utf8").equals(bytes)) return { ok: false, reason: vault.t("cli.notUtf8", { path: vaultPath }) };
  return { ok: true, text };
}


/**
 * Creates `folder` and any missing folder above it, refusing any step whose real path leaves the vault.
 * `created` hears of each folder made, so that a failed command can remove them again.
 */
export function ensureFolder(vault: Vault, folder: string, created: (folder: string) => void): FsResult<{ real: string }> {
  const { fs } = vault;
  const rel = relative(vault.root, folder);
  let real = vault.root;
  for (const segment of rel === "" ? [] : rel.split(sep)) {
    const next = join(real, segment);
    try {
      fs.mkdirSync(next);
      created(next);
    } catch (error) {
      if (errorCode(error) !== "EEXIST") throw error;
    }
    try {
      real = fs.realpathSync(next);
    } catch (error) {
      return { ok: false, reason: vault.t("cli.write.folderFailed", { path: vaultPathOf(vault, next), code: errorCode(error) }) };
    }
    if (!isInside(vault.root, real)) return { ok: false, reason: vault.t("cli.write.leadsOutside", { path: vaultPathOf(vault, next) }) };
    if (!fs.statSync(real).isDirectory()) return { ok: false, reason: vault.t("cli.write.fileNotFolder", { path: vaultPathOf(vault, next) }) };
  }
  return { ok: true, real };
}

/**
 * The plugin's saved settings file: its text, null when there is none, or a refusal when it is not a
 * regular file inside the vault (a link to elsewhere is not followed).
 */
export function readPluginData(vault: Vault): FsResult<{ text: string | null }> {
  const shown = PLUGIN_DATA_PATH;
  const path = join(vault.root, ...PLUGIN_DATA_PATH.split("/"));
  try {
    const real = vault.fs.realpathSync(path);
    if (!isInside(vault.root, real)) return { ok: false, reason: vault.t("cli.notFollowed", { path: shown }) };
    const bytes = readRegularFile(vault.fs, real);
    if (bytes === null) return { ok: false, reason: vault.t("cli.notRead", { path: shown }) };
    return { ok: true, text: bytes.toString("utf8") };
  } catch (error) {
    // Missing is the usual case (settings never saved); one that exists but cannot be read is said.
    return errorCode(error) === "ENOENT" ? { ok: true, text: null } : { ok: false, reason: vault.t("cli.cannotRead", { path: shown, code: errorCode(error) }) };
  }
}

/** Whether something is at a vault path (any kind, a file, or a folder); a path outside the vault is never there. */
export function noteExists(vault: Vault, vaultPath: string, kind: "any" | "file" | "folder"): boolean {
  const target = resolveInVault(vault, vaultPath);
  if (!target.ok) return false;
  try {
    if (kind === "any") return vault.fs.lstatSync(target.absolute) !== undefined;
    const stat = vault.fs.statSync(target.absolute);
    return kind === "file" ? stat.isFile() : stat.isDirectory();
  } catch {
    return false;
  }
}
