// The four commands of the command line: each reads the vault, asks the core (the same functions the
// plugin's commands call) what to write, and writes only through vault-fs. Returns the exit status.
import type { CliCommand, DashboardFormat } from "./args";
import { noteExists, openVault, readNote, readPluginData, readVaultNotes, resolveFolder, type Vault } from "./vault-fs";
import { applyChanges, type NoteChange } from "./write-path";
import { withVaultLock } from "./vault-lock";
import type { FsOps } from "./fs-ops";
import { withoutCarried, type PlannedMove } from "../core/edits/carry-over";
import { closeSessionText } from "../core/edits/close-session";
import { buildDashboard, dashboardToJson, relationshipName, type DashboardModel } from "../core/dashboard/dashboard";
import { dashboardToMarkdown, dashboardToText } from "../core/dashboard/dashboard-text";
import { toIsoDate } from "../core/syntax/dates";
import { languageFromLocale, translate, translatorFor, type MessageKey } from "../core/i18n";
import type { NoteKind, TemplateOverrides } from "../core/new-notes/new-notes";
import { defaultRelationshipInput, planRelationship } from "../core/new-notes/new-relationship";
import { planSession } from "../core/new-notes/new-session";
import { checkNewSession } from "../core/new-notes/session-checks";
import { problemText } from "../core/notes/problems";
import { basenameOf, normalizeVaultPath, sanitizeRootFolder } from "../core/syntax/paths";
import { existingAgreementPaths } from "../core/new-notes/note-names";
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

/** Exit statuses: done, nothing written because of a problem, usage error. */
export const EXIT = { ok: 0, problem: 1, usage: 2 } as const;

interface Opened {
  vault: Vault;
  settings: MentoringSettings;
  language: Language;
}

type Command = Exclude<CliCommand, { kind: "help" } | { kind: "version" }>;

export function runCommand(command: Command, io: CliIo): number {
  const opened = openWithSettings(command.vault, io);
  if (!opened) return EXIT.problem;
  if (command.kind === "dashboard") return dashboard(opened, command, io);
  // Writers take turns, and each plans from the notes as they are once it has its turn.
  const locked = withVaultLock(opened.vault, () => {
    switch (command.kind) {
      case "new-session":
        return newSession(opened, command, io);
      case "close-session":
        return closeSession(opened, command, io);
      case "new-relationship":
        return newRelationship(opened, command, io);
    }
  });
  if (locked.ok) return locked.value;
  io.err(`mentoring: ${locked.reason}\n`);
  return EXIT.problem;
}

function openWithSettings(path: string, io: CliIo): Opened | null {
  const opened = openVault(path, io.fs);
  if (!opened.ok) {
    io.err(`mentoring: ${opened.reason}\n`);
    return null;
  }
  const data = readPluginData(opened.vault);
  if (!data.ok) {
    io.err(`mentoring: ${data.reason} Nothing was written.\n`);
    return null;
  }
  const { settings, invalidKeys } = readSettingsJson(data.text);
  // The plugin follows Obsidian's language; here the terminal's locale stands in for it.
  const locale = io.env["LC_ALL"] || io.env["LC_MESSAGES"] || io.env["LANG"] || "en";
  const language = effectiveLanguage(settings.language, languageFromLocale(locale));
  if (invalidKeys.length > 0) {
    io.err(`mentoring: warning: ${translate(language, "notice.settingsInvalid", { keys: invalidKeys.join(", ") })}\n`);
  }
  return { vault: opened.vault, settings, language };
}

function indexOf(vault: Vault, under = ""): { index: VaultIndex; unreadable: Problem[] } {
  const { notes, unreadable } = readVaultNotes(vault, under);
  return { index: new VaultIndex(notes), unreadable };
}

/** The root folder, when it exists, must be a real folder of the vault: a link to elsewhere is not followed. */
function rootInside(vault: Vault, root: string, io: CliIo): boolean {
  if (root === "" || !noteExists(vault, root, "any")) return true;
  const folder = resolveFolder(vault, root);
  if (!folder.ok) io.err(`mentoring: ${folder.reason} Nothing was written.\n`);
  return folder.ok;
}

function today(io: CliIo, given: IsoDate | null): IsoDate {
  return given ?? toIsoDate(io.now());
}

function dashboard(opened: Opened, command: Extract<Command, { kind: "dashboard" }>, io: CliIo): number {
  // Without --root the dashboard covers the whole vault, as the plugin's does; --root narrows it.
  const root = command.root === null ? "" : sanitizeRootFolder(command.root);
  if (root !== "" && !noteExists(opened.vault, root, "folder")) {
    io.err(`mentoring: the root folder ${root} does not exist in ${command.vault}.\n`);
    return EXIT.problem;
  }
  if (!rootInside(opened.vault, root, io)) return EXIT.problem;
  const { index, unreadable } = indexOf(opened.vault, root);
  const built = buildDashboard(index, { today: today(io, command.today), showDone: command.all });
  // Files that could not even be read are problems too; the model's rows are shared, so copy, not push.
  const model: DashboardModel = unreadable.length === 0 ? built : { ...built, problems: [...built.problems, ...unreadable] };
  // The same language as the notes this vault's commands write: --lang, else the saved setting, else the locale.
  io.out(render(model, command.format, io.color, command.lang ?? opened.language));
  return EXIT.ok;
}

/** JSON is for programs, so its keys and values stay language-neutral; text and Markdown are for people. */
function render(model: DashboardModel, format: DashboardFormat, color: boolean, lang: Language): string {
  if (format === "json") return `${JSON.stringify(dashboardToJson(model), null, 2)}\n`;
  if (format === "markdown") return dashboardToMarkdown(model, { lang });
  return dashboardToText(model, { color, lang });
}

/** The relationship named on the command line: its folder under the root, or its person's name. */
function findRelationship(index: VaultIndex, root: string, given: string): IndexedRelationship | null {
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

function newSession(opened: Opened, command: Extract<Command, { kind: "new-session" }>, io: CliIo): number {
  const { vault, settings } = opened;
  const root = sanitizeRootFolder(command.root ?? settings.rootFolder);
  const language = command.lang ?? opened.language;
  if (!rootInside(vault, root, io)) return EXIT.problem;
  const { index } = indexOf(vault);
  const relationship = findRelationship(index, root, command.relationship);
  if (!relationship) {
    const known = index.relationships().filter((r) => r.folder.startsWith(`${root}/`)).map((r) => basenameOf(r.folder));
    io.err(
      `mentoring: there is no relationship "${command.relationship}" in ${root}/ (a folder with an agreement note).` +
        (known.length > 0 ? ` Relationships there: ${known.join(", ")}.` : "") +
        " Nothing was written.\n",
    );
    return EXIT.problem;
  }
  const template = userTemplate(opened, "session", io);
  const plan = planSession(relationship, settings, language, today(io, command.date), template.session);
  if (plan.kind === "exists") {
    io.err(`${translate(language, "notice.sessionExists", { name: basenameOf(relationship.folder) })}\n`);
    io.out(`${plan.path}\n`);
    return EXIT.ok;
  }
  const check = checkNewSession(relationship, relationshipName(relationship), (file) => index.get(file)?.problems ?? [], command.force);
  if (!check.ok) {
    io.err(`mentoring: ${problemText(check, translatorFor(language))}${check.ended ? ` ${translate(language, "newSession.endedForce")}` : ""}\n`);
    return EXIT.problem;
  }
  if (noteExists(vault, plan.path, "any")) {
    io.err(`mentoring: ${plan.path} already exists but is not a session of this relationship; nothing was written.\n`);
    return EXIT.problem;
  }
  warnUnknownPlaceholders(io, settings, "session", plan.unknownPlaceholders);

  // The forwarded originals and the new note holding their copies are written together or not at all.
  const changes: NoteChange[] = [];
  const moved: PlannedMove[] = [];
  for (const edit of plan.moves.edits) {
    const read = readNote(vault, edit.file);
    if (!read.ok) {
      io.err(`mentoring: warning: ${read.reason} Its actions stay where they are.\n`);
      continue;
    }
    const result = edit.apply(read.text);
    if (result.moved.length === 0) continue;
    changes.push({ path: edit.file, text: result.text, expected: read.text });
    moved.push(...result.moved);
  }
  const skipped = plan.moves.edits.flatMap((edit) => edit.moves).filter((move) => !moved.includes(move));
  changes.push({ path: plan.path, text: withoutCarried(plan.text, skipped), expected: null });
  const written = applyChanges(vault, changes);
  if (!written.ok) {
    io.err(`mentoring: ${written.reason}\n`);
    return EXIT.problem;
  }
  if (plan.moves.edits.length > 0) io.err(`${countMessage(language, moved.length, "notice.actionMoved", "notice.actionsMoved")}\n`);
  io.out(`${plan.path}\n`);
  return EXIT.ok;
}

function closeSession(opened: Opened, command: Extract<Command, { kind: "close-session" }>, io: CliIo): number {
  const { vault, settings } = opened;
  const language = command.lang ?? opened.language;
  let path = normalizeVaultPath(command.note);
  if (!path.toLowerCase().endsWith(".md") && !noteExists(vault, path, "file") && noteExists(vault, `${path}.md`, "file")) path = `${path}.md`;
  const read = readNote(vault, path);
  if (!read.ok) {
    io.err(`mentoring: ${read.reason} Nothing was written.\n`);
    return EXIT.problem;
  }
  // The cadence of the relationship the note belongs to, as the plugin proposes the next meeting.
  const { index } = indexOf(vault);
  const folder = index.relationshipFolderOf(path);
  const relationship = folder === null ? undefined : index.relationship(folder);
  const cadence = relationship?.agreement.cadenceDays ?? settings.cadenceDays;
  const result = closeSessionText(read.text, today(io, command.today), cadence, language);
  if (!result.ok) {
    io.err(`mentoring: ${path}: ${result.reason} Nothing was written.\n`);
    return EXIT.problem;
  }
  if (!result.changed) {
    io.err(`${translate(language, "close.alreadyClosed")}\n`);
    io.out(`${path}\n`);
    return EXIT.ok;
  }
  const written = applyChanges(vault, [{ path, text: result.text, expected: read.text }]);
  if (!written.ok) {
    io.err(`mentoring: ${written.reason}\n`);
    return EXIT.problem;
  }
  io.out(`${path}\n`);
  return EXIT.ok;
}

function newRelationship(opened: Opened, command: Extract<Command, { kind: "new-relationship" }>, io: CliIo): number {
  const { vault } = opened;
  const settings: MentoringSettings = {
    ...opened.settings,
    rootFolder: sanitizeRootFolder(command.root ?? opened.settings.rootFolder),
    myName: command.myName ?? opened.settings.myName,
  };
  const language = command.lang ?? opened.language;
  const date = today(io, command.date);
  if (!rootInside(vault, settings.rootFolder, io)) return EXIT.problem;
  // By either language's name: a relationship started in one language is there in the other too.
  const existing = existingAgreementPaths(settings.rootFolder, command.name, language).find((path) => noteExists(vault, path, "any"));
  if (command.name.trim() !== "" && existing !== undefined) {
    io.err(`mentoring: ${translate(language, "notice.relationshipExists", { name: command.name.trim() }).replace(/;.*$/, ".")} Nothing was written.\n`);
    io.out(`${existing}\n`);
    return EXIT.problem;
  }
  const templates: TemplateOverrides = { ...userTemplate(opened, "agreement", io), ...userTemplate(opened, "firstSession", io) };
  const input = { ...defaultRelationshipInput(settings, date), name: command.name, role: command.role, goals: command.goals };
  const plan = planRelationship(input, settings, language, date, templates);
  if (!plan.ok) {
    io.err(`mentoring: ${plan.reason} Nothing was written.\n`);
    return EXIT.problem;
  }
  const taken = plan.files.find((file) => noteExists(vault, file.path, "any"));
  if (taken) {
    io.err(`mentoring: ${taken.path} already exists; nothing was written.\n`);
    return EXIT.problem;
  }
  // The agreement and the first session together: a rerun after a failure starts from a clean vault.
  const written = applyChanges(
    vault,
    plan.files.map((file) => ({ path: file.path, text: file.text, expected: null })),
  );
  if (!written.ok) {
    io.err(`mentoring: ${written.reason}\n`);
    return EXIT.problem;
  }
  for (const file of plan.files) {
    warnUnknownPlaceholders(io, settings, file === plan.files[0] ? "agreement" : "firstSession", file.unknownPlaceholders);
    io.out(`${file.path}\n`);
  }
  return EXIT.ok;
}

/** The user's template note for `kind` from the settings, as the plugin reads it; a missing one is said. */
function userTemplate(opened: Opened, kind: NoteKind, io: CliIo): TemplateOverrides {
  const setting = opened.settings.templates[kind].trim();
  if (setting === "") return {};
  const path = normalizeVaultPath(setting.endsWith(".md") ? setting : `${setting}.md`);
  const read = readNote(opened.vault, path);
  if (!read.ok) {
    io.err(`mentoring: warning: ${translate(opened.language, "notice.templateMissing", { path })}\n`);
    return {};
  }
  return { [kind]: read.text };
}

/** A count in a sentence, in the form the language's plural rules pick for it. */
function countMessage(language: Language, count: number, one: MessageKey, other: MessageKey): string {
  const form = new Intl.PluralRules(language).select(count);
  return translate(language, form === "one" ? one : other, { count });
}

function warnUnknownPlaceholders(io: CliIo, settings: MentoringSettings, kind: NoteKind, names: readonly string[]): void {
  const path = settings.templates[kind].trim();
  if (path === "" || names.length === 0) return;
  io.err(`mentoring: warning: the template ${path} uses unknown placeholders, kept as written: ${names.map((name) => `{{${name}}}`).join(", ")}\n`);
}
