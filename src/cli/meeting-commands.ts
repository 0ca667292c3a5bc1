// The palette's meeting commands on the command line: ending a relationship, and the insert commands
// (time-out, evaluation, values exercise, conversation starters, reflection, roles). The blocks are the
// core's, as the plugin builds them; without a cursor they go where the plugin puts a block then: at the
// end of the note. Each writes one note through the write path.
import type { CliCommand } from "./args";
import { readNote } from "./vault-fs";
import { EXIT, findRelationship, indexOf, noRelationship, notePath, refuse, say, today, writeAll, type CliIo, type Opened } from "./context";
import { endRelationshipText } from "../core/edits/end-relationship";
import { appendBlock } from "../core/syntax/text";
import {
  clockTime,
  describedList,
  nextUnusedQuestion,
  questionList,
  timeOutCallout,
  valuesExercise,
  type InsertBlock,
} from "../core/edits/inserts";
import { meetingTexts } from "../core/method/meeting-texts";
import { mentoringTypeOf } from "../core/notes/parse-note";
import { problemText } from "../core/notes/problems";
import { sanitizeRootFolder } from "../core/syntax/paths";
import type { Role } from "../core/notes/types";

type End = Extract<CliCommand, { kind: "end-relationship" }>;
type Insert = Extract<CliCommand, { kind: "insert" }>;

export function endRelationship(opened: Opened, command: End, io: CliIo): number {
  const { vault, t } = opened;
  const root = sanitizeRootFolder(command.root ?? opened.settings.rootFolder);
  const { index } = indexOf(vault);
  const relationship = findRelationship(index, root, command.relationship);
  if (!relationship) return noRelationship(io, opened, index, root, command.relationship);
  const path = relationship.agreement.file;
  const read = readNote(vault, path);
  if (!read.ok) return refuse(io, t, read.reason);
  const result = endRelationshipText(read.text, today(io, command.today), meetingTexts(opened.language).ending);
  if (!result.ok) return refuse(io, t, `${path}: ${problemText(result, t)}`);
  if (!result.changed) {
    say(io, t("cli.end.already", { path }));
    io.out(`${path}\n`);
    return EXIT.ok;
  }
  return writeAll(vault, io, [{ path, text: result.text, expected: read.text }]);
}

export function insertBlock(opened: Opened, command: Insert, io: CliIo): number {
  const { vault, t } = opened;
  const path = notePath(vault, command.note);
  const read = readNote(vault, path);
  if (!read.ok) return refuse(io, t, read.reason);
  const type = mentoringTypeOf(read.text);
  const sessionOnly = command.what === "time-out" || command.what === "evaluation";
  if (sessionOnly && type !== "session") return refuse(io, t, t("cli.insert.needsSession", { path }));
  if (type === null) return refuse(io, t, t("cli.insert.needsMentoringNote", { path }));
  const block = blockFor(opened, command, read.text, myRole(opened, command, path), io);
  return writeAll(vault, io, [{ path, text: appendBlock(read.text, block.lines), expected: read.text }]);
}

/** The block the plugin's command of the same name inserts. */
function blockFor(opened: Opened, command: Insert, text: string, role: Role, io: CliIo): InsertBlock {
  const texts = meetingTexts(opened.language);
  switch (command.what) {
    case "time-out":
      // No list to pick from here: the next question the note does not hold yet, as the "next" mode does.
      return timeOutCallout(texts.timeOutLabel, clockTime(io.now()), [nextUnusedQuestion(text, texts.timeOut) ?? ""]);
    case "evaluation":
      return questionList([{ title: texts.evaluationTitle(command.moment, role), questions: texts.evaluation(command.moment, role) }]);
    case "values":
      return valuesExercise(texts.values);
    case "starters":
      return questionList([texts.starters]);
    case "reflection":
      return questionList(texts.reflection);
    case "roles":
      return describedList(texts.rolesAndHelping);
  }
}

/** --role, else the role in the note's agreement, else the saved default: whose evaluation it is. */
function myRole(opened: Opened, command: Insert, path: string): Role {
  if (command.role !== null) return command.role;
  const { index } = indexOf(opened.vault);
  const folder = index.relationshipFolderOf(path);
  const relationship = folder === null ? undefined : index.relationship(folder);
  return relationship?.agreement.role ?? opened.settings.defaultRole;
}
