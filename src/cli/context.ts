// What every command of the command line starts from: the opened vault with its saved settings and the
// language its messages are in, the streams, and the few look-ups several commands share.
import { dirname, basename, isAbsolute, join, resolve } from "node:path";
import type { FsOps } from "./fs-ops";
import { applyChanges, type NoteChange } from "./write-path";
import { noteExists, openVault, readPluginData, readVaultNotes, resolveFolder, vaultPathOf, type Vault } from "./vault-fs";
import { toIsoDate } from "../core/syntax/dates";
import { languageFromLocale, translatorFor, type Translate } from "../core/i18n";
import { basenameOf, normalizeVaultPath } from "../core/syntax/paths";
import { effectiveLanguage, readSettingsJson, type MentoringSettings } from "../core/notes/settings";
import type { IsoDate, Language, Problem } from "../core/notes/types";
import { VaultIndex, type IndexedRelationship } from "../core/index/vault-index";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Colour in the text dashboard: stdout is a terminal and NO_COLOR is not set. */
  color: boolean;
  env: Readonly<Record<string, string | undefined>>;
  now(): Date;
  /** The disk, when not Node's own: only tests pass one (see fs-ops.ts). */
  fs?: FsOps;
}

/**
 * Exit statuses: done, nothing written because of a problem, usage error, and a write that failed and
 * could not be fully undone (the vault is not as before; the message says which notes and where their
 * text from before is kept).
 */
export const EXIT = { ok: 0, problem: 1, usage: 2, notUndone: 3 } as const;

export interface Opened {
  vault: Vault;
  settings: MentoringSettings;
  /** The saved settings' text (null: none saved yet), for `config`. */
  data: string | null;
  /** The language of notes and messages: --lang, else the saved setting, else the locale. */
  language: Language;
  t: Translate;
}

/** The plugin follows Obsidian's language; here the terminal's locale stands in for it. */
export function localeLanguage(env: CliIo["env"]): Language {
  return languageFromLocale(env["LC_ALL"] || env["LC_MESSAGES"] || env["LANG"] || "en");
}

/** `mentoring: <message>` on stderr; a problem's message ends with "Nothing was written." when it says so. */
export function say(io: CliIo, text: string): void {
  io.err(`mentoring: ${text}\n`);
}

export function refuse(io: CliIo, t: Translate, text: string): number {
  say(io, `${text} ${t("cli.nothingWritten")}`);
  return EXIT.problem;
}

export function warn(io: CliIo, t: Translate, text: string): void {
  say(io, t("cli.warning", { text }));
}

export function openWithSettings(path: string, lang: Language | null, io: CliIo): Opened | null {
  const early = translatorFor(lang ?? localeLanguage(io.env));
  const opened = openVault(path, io.fs, early);
  if (!opened.ok) {
    say(io, opened.reason);
    return null;
  }
  const data = readPluginData(opened.vault);
  if (!data.ok) {
    refuse(io, early, data.reason);
    return null;
  }
  const { settings, invalidKeys } = readSettingsJson(data.text);
  const language = lang ?? effectiveLanguage(settings.language, localeLanguage(io.env));
  const t = translatorFor(language);
  const vault = { ...opened.vault, t };
  if (invalidKeys.length > 0) warn(io, t, t("notice.settingsInvalid", { keys: invalidKeys.join(", ") }));
  return { vault, settings, data: data.text, language, t };
}

export function indexOf(vault: Vault, under = ""): { index: VaultIndex; unreadable: Problem[] } {
  const { notes, unreadable } = readVaultNotes(vault, under);
  return { index: new VaultIndex(notes), unreadable };
}

/** The root folder, when it exists, must be a real folder of the vault: a link to elsewhere is not followed. */
export function rootInside(opened: Opened, root: string, io: CliIo): boolean {
  if (root === "" || !noteExists(opened.vault, root, "any")) return true;
  const folder = resolveFolder(opened.vault, root);
  if (!folder.ok) refuse(io, opened.t, folder.reason);
  return folder.ok;
}

export function today(io: CliIo, given: IsoDate | null): IsoDate {
  return given ?? toIsoDate(io.now());
}

/**
 * A note named on the command line as a vault path: relative to the vault, or absolute and inside it
 * (through the vault folder's real path, so a linked temporary folder counts). `.md` may be left off.
 * A path outside the vault is returned as given, and reading it refuses it.
 */
export function notePath(vault: Vault, given: string): string {
  let path = given;
  if (isAbsolute(given)) {
    const inside = (full: string): string | null => {
      const rel = vaultPathOf(vault, full);
      return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? null : rel;
    };
    let real: string | null = null;
    try {
      real = join(vault.fs.realpathSync(dirname(resolve(given))), basename(given));
    } catch {
      // The folder does not exist: compared as written below.
    }
    path = (real === null ? null : inside(real)) ?? inside(resolve(given)) ?? given;
  }
  path = normalizeVaultPath(path);
  if (!path.toLowerCase().endsWith(".md") && !noteExists(vault, path, "file") && noteExists(vault, `${path}.md`, "file")) path = `${path}.md`;
  return path;
}

/** The relationship named on the command line: its folder under the root, or its person's name. */
export function findRelationship(index: VaultIndex, root: string, given: string): IndexedRelationship | null {
  const wanted = normalizeVaultPath(given);
  const exact = index.relationship(`${root}/${wanted}`);
  if (exact) return exact;
  const comparable = (text: string): string => text.normalize("NFC").trim().toLowerCase();
  const matches = index
    .relationships()
    .filter((relationship) => relationship.folder.startsWith(`${root}/`))
    .filter((relationship) => comparable(basenameOf(relationship.folder)) === comparable(wanted));
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

/** "There is no relationship …", with the ones there are; exit 1. */
export function noRelationship(io: CliIo, opened: Opened, index: VaultIndex, root: string, given: string): number {
  const { t } = opened;
  const known = index.relationships().filter((r) => r.folder.startsWith(`${root}/`)).map((r) => basenameOf(r.folder));
  const there = known.length > 0 ? ` ${t("cli.relationshipsThere", { names: known.join(", ") })}` : "";
  return refuse(io, t, `${t("cli.noRelationship", { name: given, root })}${there}`);
}

/** A write that failed, said on stderr: exit 1 when it was undone, else 3. */
export function writeFailed(io: CliIo, written: { reason: string; undone: boolean }): number {
  say(io, written.reason);
  return written.undone ? EXIT.problem : EXIT.notUndone;
}

/** Every change through the write path (all or none); done, the paths written, one a line, on stdout. */
export function writeAll(vault: Vault, io: CliIo, changes: readonly NoteChange[]): number {
  const written = applyChanges(vault, changes);
  if (!written.ok) return writeFailed(io, written);
  io.out(changes.map((change) => `${change.path}\n`).join(""));
  return EXIT.ok;
}
