// The commands of the command line: each reads the vault, asks the core (the same functions the
// plugin's commands call) what to write, and writes only through the write path, holding the vault's
// lock. Returns the exit status. The writers of new notes are here; the others in their own files.
import type { CliCommand, DashboardFormat } from "./args";
import { noteExists, readNote } from "./vault-fs";
import { applyChanges, type NoteChange } from "./write-path";
import { withVaultLock } from "./vault-lock";
import {
  EXIT,
  findRelationship,
  indexOf,
  noRelationship,
  notePath,
  openWithSettings,
  refuse,
  rootInside,
  say,
  today,
  warn,
  writeFailed,
  type CliIo,
  type Opened,
} from "./context";
import { endRelationship, insertBlock } from "./meeting-commands";
import { calendar, summary } from "./share-commands";
import { config } from "./config-command";
import { noteAfterMoves, type PlannedMove } from "../core/edits/carry-over";
import { closeSessionText } from "../core/edits/close-session";
import { buildDashboard, dashboardToJson, relationshipName, type DashboardModel } from "../core/dashboard/dashboard";
import { dashboardToMarkdown, dashboardToText } from "../core/dashboard/dashboard-text";
import type { MessageKey } from "../core/i18n";
import type { NoteKind, TemplateOverrides } from "../core/new-notes/new-notes";
import { defaultRelationshipInput, plannedEnd, planRelationship } from "../core/new-notes/new-relationship";
import { planSession } from "../core/new-notes/new-session";
import { checkNewSession } from "../core/new-notes/session-checks";
import { problemText } from "../core/notes/problems";
import { basenameOf, normalizeVaultPath, sanitizeRootFolder } from "../core/syntax/paths";
import { existingAgreementPaths } from "../core/new-notes/note-names";
import type { MentoringSettings } from "../core/notes/settings";
import type { Language } from "../core/notes/types";

export { EXIT, localeLanguage, type CliIo } from "./context";

type Command = Exclude<CliCommand, { kind: "help" } | { kind: "version" }>;

export function runCommand(command: Command, io: CliIo): number {
  const opened = openWithSettings(command.vault, command.lang, io);
  if (!opened) return EXIT.problem;
  // Readers need no lock: they write nothing.
  if (command.kind === "dashboard") return dashboard(opened, command, io);
  if (command.kind === "summary") return summary(opened, command, io);
  if (command.kind === "config" && command.action === "get") return config(opened, command, io);
  if (command.kind === "calendar" && command.out === "-") return calendar(opened, command, io);
  // Writers take turns, and each plans from the notes as they are once it has its turn.
  const locked = withVaultLock(opened.vault, () => {
    switch (command.kind) {
      case "new-session":
        return newSession(opened, command, io);
      case "close-session":
        return closeSession(opened, command, io);
      case "new-relationship":
        return newRelationship(opened, command, io);
      case "end-relationship":
        return endRelationship(opened, command, io);
      case "insert":
        return insertBlock(opened, command, io);
      case "calendar":
        return calendar(opened, command, io);
      case "config":
        return config(opened, command, io);
    }
  });
  if (locked.ok) return locked.value;
  say(io, locked.reason);
  return EXIT.problem;
}

function dashboard(opened: Opened, command: Extract<Command, { kind: "dashboard" }>, io: CliIo): number {
  // Without --root the dashboard covers the whole vault, as the plugin's does; --root narrows it.
  const root = command.root === null ? "" : sanitizeRootFolder(command.root);
  if (root !== "" && !noteExists(opened.vault, root, "folder")) {
    say(io, opened.t("cli.rootMissing", { root, vault: command.vault }));
    return EXIT.problem;
  }
  if (!rootInside(opened, root, io)) return EXIT.problem;
  const { index, unreadable } = indexOf(opened.vault, root);
  const built = buildDashboard(index, { today: today(io, command.today), showDone: command.all });
  // Files that could not even be read are problems too; the model's rows are shared, so copy, not push.
  const model: DashboardModel = unreadable.length === 0 ? built : { ...built, problems: [...built.problems, ...unreadable] };
  // The same language as the notes this vault's commands write: --lang, else the saved setting, else the locale.
  io.out(render(model, command.format, io.color, opened.language));
  return EXIT.ok;
}

/** JSON is for programs, so its keys and values stay language-neutral; text and Markdown are for people. */
function render(model: DashboardModel, format: DashboardFormat, color: boolean, lang: Language): string {
  if (format === "json") return `${JSON.stringify(dashboardToJson(model), null, 2)}\n`;
  if (format === "markdown") return dashboardToMarkdown(model, { lang });
  return dashboardToText(model, { color, lang });
}

function newSession(opened: Opened, command: Extract<Command, { kind: "new-session" }>, io: CliIo): number {
  const { vault, settings } = opened;
  const root = sanitizeRootFolder(command.root ?? settings.rootFolder);
  const { language, t } = opened;
  if (!rootInside(opened, root, io)) return EXIT.problem;
  const { index } = indexOf(vault);
  const relationship = findRelationship(index, root, command.relationship);
  if (!relationship) return noRelationship(io, opened, index, root, command.relationship);
  const template = userTemplate(opened, "session", io);
  const plan = planSession(relationship, settings, language, today(io, command.date), template.session);
  if (plan.kind === "exists") {
    io.err(`${t("notice.sessionExists", { name: basenameOf(relationship.folder) })}\n`);
    io.out(`${plan.path}\n`);
    return EXIT.ok;
  }
  const check = checkNewSession(relationship, relationshipName(relationship), (file) => index.get(file)?.problems ?? [], command.force);
  if (!check.ok) {
    say(io, `${problemText(check, t)}${check.ended ? ` ${t("newSession.endedForce")}` : ""}`);
    return EXIT.problem;
  }
  if (noteExists(vault, plan.path, "any")) return refuse(io, t, t("cli.notSessionOfRelationship", { path: plan.path }));
  warnUnknownPlaceholders(io, opened, "session", plan.unknownPlaceholders);

  // The forwarded originals and the new note holding their copies are written together or not at all.
  const changes: NoteChange[] = [];
  const moved: PlannedMove[] = [];
  for (const edit of plan.moves.edits) {
    const read = readNote(vault, edit.file);
    if (!read.ok) {
      warn(io, t, `${read.reason} ${t("cli.actionsStay")}`);
      continue;
    }
    const result = edit.apply(read.text);
    if (result.moved.length === 0) continue;
    changes.push({ path: edit.file, text: result.text, expected: read.text });
    moved.push(...result.moved);
  }
  changes.push({ path: plan.path, text: noteAfterMoves(plan.text, plan.moves, moved), expected: null });
  const written = applyChanges(vault, changes);
  if (!written.ok) return writeFailed(io, written);
  if (plan.moves.edits.length > 0) io.err(`${countMessage(opened, moved.length, "notice.actionMoved", "notice.actionsMoved")}\n`);
  io.out(`${plan.path}\n`);
  return EXIT.ok;
}

function closeSession(opened: Opened, command: Extract<Command, { kind: "close-session" }>, io: CliIo): number {
  const { vault, settings } = opened;
  const { language, t } = opened;
  const path = notePath(vault, command.note);
  const read = readNote(vault, path);
  if (!read.ok) return refuse(io, t, read.reason);
  // The cadence of the relationship the note belongs to, as the plugin proposes the next meeting.
  const { index } = indexOf(vault);
  const folder = index.relationshipFolderOf(path);
  const relationship = folder === null ? undefined : index.relationship(folder);
  const cadence = relationship?.agreement.cadenceDays ?? settings.cadenceDays;
  const result = closeSessionText(read.text, today(io, command.today), cadence, language);
  if (!result.ok) return refuse(io, t, `${path}: ${problemText(result, t)}`);
  if (!result.changed) {
    io.err(`${t("close.alreadyClosed")}\n`);
    io.out(`${path}\n`);
    return EXIT.ok;
  }
  const written = applyChanges(vault, [{ path, text: result.text, expected: read.text }]);
  if (!written.ok) return writeFailed(io, written);
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
  const { language, t } = opened;
  const date = today(io, command.date);
  if (!rootInside(opened, settings.rootFolder, io)) return EXIT.problem;
  // By either language's name: a relationship started in one language is there in the other too.
  const existing = existingAgreementPaths(settings.rootFolder, command.name, language).find((path) => noteExists(vault, path, "any"));
  if (command.name.trim() !== "" && existing !== undefined) {
    io.out(`${existing}\n`);
    return refuse(io, t, t("cli.relationshipExists", { name: command.name.trim() }));
  }
  const templates: TemplateOverrides = { ...userTemplate(opened, "agreement", io), ...userTemplate(opened, "firstSession", io) };
  // The plan's numbers from the options, else the settings; the end from --end, else what the plan implies.
  const base = defaultRelationshipInput(settings, date);
  const cadenceDays = command.cadence ?? base.cadenceDays;
  const meetingsPlanned = command.meetings ?? base.meetingsPlanned;
  const input = {
    ...base,
    name: command.name,
    role: command.role,
    goals: command.goals,
    cadenceDays,
    meetingsPlanned,
    meetingMinutes: command.minutes ?? base.meetingMinutes,
    end: command.end ?? plannedEnd(base.start, meetingsPlanned, cadenceDays),
  };
  const plan = planRelationship(input, settings, language, date, templates);
  if (!plan.ok) return refuse(io, t, plan.reason);
  const taken = plan.files.find((file) => noteExists(vault, file.path, "any"));
  if (taken) return refuse(io, t, t("cli.alreadyExists", { path: taken.path }));
  // The agreement and the first session together: a rerun after a failure starts from a clean vault.
  const written = applyChanges(
    vault,
    plan.files.map((file) => ({ path: file.path, text: file.text, expected: null })),
  );
  if (!written.ok) return writeFailed(io, written);
  for (const file of plan.files) {
    warnUnknownPlaceholders(io, opened, file === plan.files[0] ? "agreement" : "firstSession", file.unknownPlaceholders);
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
    warn(io, opened.t, opened.t("notice.templateMissing", { path }));
    return {};
  }
  return { [kind]: read.text };
}

/** A count in a sentence, in the form the language's plural rules pick for it. */
function countMessage(opened: Opened, count: number, one: MessageKey, other: MessageKey): string {
  const form = new Intl.PluralRules(opened.language).select(count);
  return opened.t(form === "one" ? one : other, { count });
}

function warnUnknownPlaceholders(io: CliIo, opened: Opened, kind: NoteKind, names: readonly string[]): void {
  const path = opened.settings.templates[kind].trim();
  if (path === "" || names.length === 0) return;
  warn(io, opened.t, opened.t("cli.unknownPlaceholders", { path, names: names.map((name) => `{{${name}}}`).join(", ") }));
}
