// What a user takes out of the vault on purpose, from the command line: a session's summary to share
// (the same text the plugin's "Copy session summary" copies) and the calendar file of next meetings and
// due actions (the same file the plugin's command writes).
import { statSync } from "node:fs";
import { dirname, basename, isAbsolute, join, resolve } from "node:path";
import writeFileAtomic from "write-file-atomic";
import type { CliCommand } from "./args";
import { noteExists, readNote, vaultPathOf, type Vault } from "./vault-fs";
import { errorCode } from "./fs-ops";
import { EXIT, indexOf, notePath, refuse, rootInside, say, today, writeAll, type CliIo, type Opened } from "./context";
import { buildDashboard } from "../core/dashboard/dashboard";
import { calendarText } from "../core/share/calendar";
import { renderSummary, summariseSession } from "../core/share/summary";
import { messageText } from "../core/i18n";
import { normalizeVaultPath, sanitizeRootFolder } from "../core/syntax/paths";

type Summary = Extract<CliCommand, { kind: "summary" }>;
type Calendar = Extract<CliCommand, { kind: "calendar" }>;

export const CALENDAR_FILE_NAME = "mentoring.ics";

export function summary(opened: Opened, command: Summary, io: CliIo): number {
  const path = notePath(opened.vault, command.note);
  const read = readNote(opened.vault, path);
  if (!read.ok) {
    say(io, read.reason);
    return EXIT.problem;
  }
  // As the plugin: the note's own language, else the one the vault's notes are written in.
  const result = summariseSession(path, read.text, opened.language);
  if (!result.ok) {
    say(io, `${path}: ${messageText(result.message, opened.t)}`);
    return EXIT.problem;
  }
  io.out(renderSummary(result.summary, command.format));
  return EXIT.ok;
}

export function calendar(opened: Opened, command: Calendar, io: CliIo): number {
  const { vault, t } = opened;
  const day = today(io, command.today);
  const root = sanitizeRootFolder(command.root ?? opened.settings.rootFolder);
  if (!rootInside(opened, root, io)) return EXIT.problem;
  const { index } = indexOf(vault);
  const text = calendarText(buildDashboard(index, { today: day }), day, t);
  if (command.out === "-") {
    io.out(text);
    return EXIT.ok;
  }
  if (command.out === null) return writeInVault(opened, io, normalizeVaultPath(`${root}/${CALENDAR_FILE_NAME}`), text);
  const inside = insideVault(vault, command.out);
  if (inside !== null) {
    // A mistyped --out must not turn a note or a setting into a calendar: only a calendar file is replaced.
    if (!isCalendarName(inside)) return refuse(io, t, t("cli.calendar.outNotIcs", { path: inside }));
    if (inside.split("/").some((segment) => segment.startsWith("."))) return refuse(io, t, t("cli.calendar.outHidden", { path: inside }));
    return writeInVault(opened, io, inside, text);
  }
  // A file outside the vault, named by the user: their choice where to save, written whole or not at all.
  const target = resolve(command.out);
  // A link out here that leads into the vault would replace a note without the write path's checks.
  const real = realPathOf(vault, target);
  if (insideVault(vault, real) !== null) return refuse(io, t, t("cli.calendar.outLinksIntoVault", { path: target }));
  if (!isCalendarName(target) || !isCalendarName(real)) return refuse(io, t, t("cli.calendar.outNotIcs", { path: target }));
  try {
    if (statSync(real, { throwIfNoEntry: false })?.isDirectory() === true) return refuse(io, t, t("cli.calendar.outIsFolder", { path: target }));
    // The path checked above, so what is written is what was checked.
    writeFileAtomic.sync(real, text);
  } catch (error) {
    say(io, t("cli.write.nothingChanged", { reason: t("cli.write.failed", { path: target, code: errorCode(error) }) }));
    return EXIT.problem;
  }
  io.out(`${target}\n`);
  return EXIT.ok;
}

/** The vault path of a file given on the command line, when it is inside the vault (through real paths). */
function insideVault(vault: Vault, given: string): string | null {
  const full = resolve(given);
  let real = full;
  try {
    real = join(vault.fs.realpathSync(dirname(full)), basename(full));
  } catch {
    // Its folder does not exist: compared as written.
  }
  for (const candidate of [real, full]) {
    const rel = vaultPathOf(vault, candidate);
    if (rel !== "" && !rel.startsWith("..") && !isAbsolute(rel)) return rel;
  }
  return null;
}

/** The one kind of file --out may write or replace: a name ending in .ics, in any case. */
function isCalendarName(path: string): boolean {
  return path.toLowerCase().endsWith(".ics");
}

/** Where a path really leads (every link followed); as given when it does not exist yet. */
function realPathOf(vault: Vault, full: string): string {
  try {
    return vault.fs.realpathSync(full);
  } catch {
    return full;
  }
}

/** Created the first time, replaced whole after (only when it changed), through the write path. */
function writeInVault(opened: Opened, io: CliIo, path: string, text: string): number {
  const { vault, t } = opened;
  let expected: string | null = null;
  if (noteExists(vault, path, "any")) {
    const read = readNote(vault, path);
    if (!read.ok) return refuse(io, t, read.reason);
    expected = read.text;
  }
  if (expected !== text) return writeAll(vault, io, [{ path, text, expected }]);
  io.out(`${path}\n`);
  return EXIT.ok;
}
