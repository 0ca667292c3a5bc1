// The commands a mentor runs while talking: time-out, close with the four headings, evaluation, values
// exercise, conversation starters, reflection, roles, the relationship check, and ending the relationship; plus the meeting timer.
// Every text is built in src/core; this file only finds the note, asks, and writes.
import { MarkdownView, Notice, TFile, type Editor, type MarkdownFileInfo } from "obsidian";
import { closeSession, closingKeys, nextMeetingDate } from "../../core/edits/close-session";
import { isIsoDate } from "../../core/syntax/dates";
import { endRelationshipText } from "../../core/edits/end-relationship";
import { isInsideFrontmatter, readFrontmatter } from "../../core/syntax/frontmatter";
import { scanMarkdown } from "../../core/syntax/markdown";
import { setFrontmatterKeys } from "../../core/syntax/frontmatter-edit";
import {
  clockTime,
  describedList,
  nextUnusedQuestion,
  placeBlock,
  privateQuestions,
  questionList,
  relationshipCheck,
  questionSection,
  textInsertions,
  timeOutCallout,
  unusedQuestions,
  valuesExercise,
  type InsertBlock,
} from "../../core/edits/inserts";
import { meetingTexts, type EvaluationMoment } from "../../core/method/meeting-texts";
import { relationshipName } from "../../core/dashboard/dashboard";
import { mentoringTypeOf } from "../../core/notes/parse-note";
import { problemText } from "../../core/notes/problems";
import type { ProblemMessage } from "../../core/i18n";
import { SESSION_KEYS } from "../../core/notes/schema";
import { dominantEol } from "../../core/syntax/text";
import type { Role } from "../../core/notes/types";
import { processNote, writeFailedText } from "../background-edit";
import { applyInOneTransaction, replacementBetween } from "../editor-changes";
import type { MentoringContext } from "../context";
import { ChoiceModal, CloseSessionModal, EndRelationshipModal } from "../modals/meeting-modals";
import { agreementFields, agreementFileOf, mentoringTypeOfFile, sessionFields } from "../note-fields";
import { MeetingTimer } from "../timer";

export const CLOSE_SESSION_ID = "close-session";

type NoteView = MarkdownView | MarkdownFileInfo;

/** Inserts a block at the cursor as one transaction, then puts the cursor where the answer goes. */
export function insertAtCursor(editor: Editor, block: InsertBlock): void {
  const cursor = editor.getCursor();
  const previous = cursor.line > 0 ? editor.getLine(cursor.line - 1) : "";
  const placement = placeBlock(block, editor.getLine(cursor.line), cursor.ch, dominantEol(editor.getValue()), previous);
  editor.transaction({ changes: [{ from: cursor, text: placement.text }] });
  // Set after the edit, in the document the edit made, so the position is the editor's own.
  editor.setCursor({ line: cursor.line + placement.cursor.line, ch: placement.cursor.ch });
}

/** Refuses, with a notice, when the cursor is in the note's properties, where an inserted block would break them. */
function refusedInProperties(ctx: MentoringContext, editor: Editor): boolean {
  if (!isInsideFrontmatter(editor.getValue(), editor.posToOffset(editor.getCursor()))) return false;
  new Notice(ctx.t("notice.cursorInProperties"));
  return true;
}

/** Appends a block at the end of the note as one transaction. */
function appendToNote(editor: Editor, block: InsertBlock): void {
  editor.setCursor({ line: editor.lastLine(), ch: editor.getLine(editor.lastLine()).length });
  insertAtCursor(editor, block);
}

function agreementOf(ctx: MentoringContext, file: TFile): TFile | null {
  return agreementFileOf(ctx, file);
}

/** The vault owner's role in this relationship: the agreement's, else (no agreement) the setting. */
function myRole(ctx: MentoringContext, file: TFile): Role {
  const agreement = agreementOf(ctx, file);
  return (agreement ? agreementFields(ctx.app, agreement)?.role : undefined) ?? ctx.settings.defaultRole;
}

function evaluationBlock(ctx: MentoringContext, moment: EvaluationMoment, role: Role): InsertBlock {
  const texts = meetingTexts(ctx.language());
  const title = texts.evaluationTitle(moment, role);
  return privateQuestions(title, [{ title, questions: texts.evaluation(moment, role) }]);
}

/** The mentor's (or mentee's) end-of-meeting questions under their own heading, apart from the actions. */
function evaluationSection(ctx: MentoringContext, role: Role): InsertBlock {
  const texts = meetingTexts(ctx.language());
  return questionSection({ title: texts.evaluationTitle("end", role), questions: texts.evaluation("end", role) });
}

type TimeOutChoice = { kind: "question"; text: string } | { kind: "done" };

/** Picks time-out questions one by one; once one is picked, the first entry inserts the picked ones. */
function pickTimeOuts(ctx: MentoringContext, bank: readonly string[], picked: string[], done: (questions: string[]) => void): void {
  const remaining = bank.filter((question) => !picked.includes(question));
  const items: TimeOutChoice[] = remaining.map((text) => ({ kind: "question" as const, text }));
  if (picked.length > 0) items.unshift({ kind: "done" });
  const label = (item: TimeOutChoice): string =>
    item.kind === "done" ? ctx.t("timeOut.insertPicked", { count: picked.length }) : item.text;
  new ChoiceModal<TimeOutChoice>(
    ctx,
    ctx.t("timeOut.pickPlaceholder"),
    items,
    label,
    (item) => {
      if (item.kind === "done") done(picked);
      else if (remaining.length === 1) done([...picked, item.text]);
      else pickTimeOuts(ctx, bank, [...picked, item.text], done);
    },
    picked,
  ).open();
}

function insertTimeOut(ctx: MentoringContext, editor: Editor): void {
  if (refusedInProperties(ctx, editor)) return;
  const texts = meetingTexts(ctx.language());
  const write = (questions: string[]): void => {
    if (questions.length > 0) insertAtCursor(editor, timeOutCallout(texts.timeOutLabel, clockTime(ctx.now()), questions));
  };
  const unused = unusedQuestions(editor.getValue(), texts.timeOut);
  if (unused.length === 0) new Notice(ctx.t("timeOut.allUsed"));
  if (ctx.settings.timeOutMode === "next") {
    const question = nextUnusedQuestion(editor.getValue(), texts.timeOut);
    if (question) write([question]);
    return;
  }
  pickTimeOuts(ctx, unused.length > 0 ? unused : texts.timeOut, [], write);
}

/** The next meeting to propose: the session's `next` if set, else its date (or today) plus the cadence. */
function proposedNextDate(ctx: MentoringContext, file: TFile): string {
  const session = sessionFields(ctx.app, file);
  if (session?.next) return session.next;
  const agreement = agreementOf(ctx, file);
  const days = (agreement ? agreementFields(ctx.app, agreement)?.cadenceDays : null) ?? ctx.settings.cadenceDays;
  return nextMeetingDate(session?.date ?? ctx.today(), days) ?? "";
}

/**
 * Closes the session open in `view`: the missing headings, `status: closed` and an empty topic filled
 * (through the core's frontmatter edit: comments and quoting kept) as one editor transaction, so closing
 * is one undo step and the editor does not reload; then the offer of the evaluation and the next date. On
 * a closed session that already has the four headings and nothing to fill it says so and writes nothing;
 * on any other note, too.
 */
export async function closeSessionInView(ctx: MentoringContext, editor: Editor, view: NoteView): Promise<void> {
  const before = editor.getValue();
  // One scan of the note serves the headings and the keys.
  const scan = scanMarkdown(before);
  const result = closeSession(before, ctx.language(), scan);
  const file = view.file;
  if (!result.ok || !file) {
    new Notice(result.ok ? ctx.t("close.notSession") : problemText(result, (key, vars) => ctx.t(key, vars)));
    return;
  }
  const frontmatter = readFrontmatter(before);
  // Broken frontmatter cannot take `status: closed`: refuse before adding any heading, so nothing is half done.
  if (frontmatter.kind === "problem") {
    new Notice(unreadableText(ctx, file.path, frontmatter));
    return;
  }
  const closing = closingKeys(frontmatter.kind === "ok" ? frontmatter.data : {}, before, scan);
  const nothingToSet = Object.keys(closing).length === 0;
  if (!result.changed && nothingToSet) {
    new Notice(ctx.t("close.alreadyClosed"));
    return;
  }
  const closed = nothingToSet ? { ok: true as const, text: result.text } : setFrontmatterKeys(result.text, closing);
  const keysOnly = nothingToSet ? { ok: true as const, text: before } : setFrontmatterKeys(before, closing);
  const refused = !closed.ok ? closed : !keysOnly.ok ? keysOnly : null;
  if (refused && !refused.ok) {
    new Notice(unreadableText(ctx, file.path, refused));
    return;
  }
  if (!closed.ok || !keysOnly.ok) return;
  const headings = (textInsertions(before, result.text) ?? []).map(({ offset, text }) => ({ from: offset, to: offset, text }));
  // One change per key, each on its own line, so a cursor on another key's line stays where it was.
  const keyChanges = Object.entries(closing).flatMap(([key, value]) => {
    const one = setFrontmatterKeys(before, { [key]: value });
    const change = one.ok ? replacementBetween(before, one.text) : null;
    return change ? [change] : [];
  });
  applyInOneTransaction(editor, [...keyChanges, ...headings], closed.text);
  // Saved at once, as a background edit would be: the index, the timer and the dashboards see it closed.
  if (view instanceof MarkdownView) await view.save();
  const role = myRole(ctx, file);
  new CloseSessionModal(ctx, {
    roleName: ctx.t(role === "mentor" ? "role.mentor" : "role.mentee"),
    nextDate: proposedNextDate(ctx, file),
    onApply: async (insertEvaluation, next) => {
      if (insertEvaluation) appendToNote(editor, evaluationSection(ctx, role));
      if (!isIsoDate(next)) return;
      if (await setNoteFrontmatter(ctx, file, { [SESSION_KEYS.next]: next })) {
        new Notice(ctx.t("notice.nextMeetingSet", { date: next }));
      }
    },
  }).open();
}

/** Brings the session at `path` to the front (its open tab, else the current one) and closes it there, as the command does. */
async function closeSessionAt(ctx: MentoringContext, path: string): Promise<void> {
  const { workspace, vault } = ctx.app;
  const file = vault.getFileByPath(path);
  const leaf = workspace.getLeavesOfType("markdown").find((open) => open.view instanceof MarkdownView && open.view.file?.path === path);
  if (leaf) workspace.setActiveLeaf(leaf, { focus: true });
  else if (file) await workspace.getLeaf(false).openFile(file, { active: true });
  const view = workspace.getActiveViewOfType(MarkdownView);
  if (view && view.file?.path === path) await closeSessionInView(ctx, view.editor, view);
  else new Notice(ctx.t("close.notSession"));
}

/**
 * Ends the relationship on its agreement only: status, end date and the closing block, in one
 * `vault.process` through the core edit the command line uses too (every other byte kept).
 */
export async function endRelationship(ctx: MentoringContext, agreement: TFile, opener: TFile | null = null): Promise<void> {
  const ending = meetingTexts(ctx.language()).ending;
  let problem: string | null = null;
  try {
    await processNote(ctx.app, agreement, (text) => {
      const result = endRelationshipText(text, ctx.today(), ending);
      if (result.ok) return result.text;
      // Broken frontmatter or an unclosed block: refuse, so nothing is half done.
      problem = result.message?.key.startsWith("frontmatter.") ? unreadableText(ctx, agreement.path, result) : problemText(result, (key, vars) => ctx.t(key, vars));
      return text;
    });
  } catch (error) {
    problem = writeFailedText(ctx, agreement.path, error);
  }
  if (problem !== null) {
    new Notice(problem);
    return;
  }
  const name = otherPersonOf(ctx, agreement);
  new Notice(ctx.t("end.done", { name }));
  // From a session note, show what changed: the agreement, with its new ending.
  if (opener && opener !== agreement) {
    await ctx.app.workspace.getLeaf(false).openFile(agreement);
    new Notice(ctx.t("end.openedAgreement", { name }));
  }
}

/** Why a note's frontmatter cannot be read or edited, naming the note, in the user's language. */
function unreadableText(ctx: MentoringContext, path: string, refused: { reason: string; message?: ProblemMessage }): string {
  return ctx.t("notice.noteUnreadable", { path, reason: problemText(refused, (key, vars) => ctx.t(key, vars)) });
}

/** The other person of the relationship an agreement holds, by the index; else the agreement's name. */
export function otherPersonOf(ctx: MentoringContext, agreement: TFile): string {
  const folder = ctx.index.relationshipFolderOf(agreement.path);
  const relationship = folder === null ? undefined : ctx.index.relationship(folder);
  return relationship ? relationshipName(relationship) : agreement.basename;
}

/**
 * Sets frontmatter keys with the core's byte-preserving edit inside `vault.process`, rather than
 * `processFrontMatter`, which re-serialises the block and drops the user's comments and quoting.
 */
async function setNoteFrontmatter(ctx: MentoringContext, file: TFile, updates: Record<string, string>): Promise<boolean> {
  let problem: string | null = null;
  try {
    await processNote(ctx.app, file, (text) => {
      const result = setFrontmatterKeys(text, updates);
      if (result.ok) return result.text;
      problem = unreadableText(ctx, file.path, result);
      return text;
    });
  } catch (error) {
    problem = writeFailedText(ctx, file.path, error);
  }
  if (problem !== null) new Notice(problem);
  return problem === null;
}

const EVALUATIONS: ReadonlyArray<{ moment: EvaluationMoment; role: Role }> = [
  { moment: "before", role: "mentee" },
  { moment: "before", role: "mentor" },
  { moment: "end", role: "mentee" },
  { moment: "end", role: "mentor" },
];

/** One command, one picker: the four sets of evaluation questions, my role's first. */
function pickEvaluation(ctx: MentoringContext, editor: Editor, file: TFile | null): void {
  if (refusedInProperties(ctx, editor)) return;
  const mine = file ? myRole(ctx, file) : ctx.settings.defaultRole;
  const ordered = [...EVALUATIONS].sort((a, b) => Number(b.role === mine) - Number(a.role === mine));
  const label = ({ moment, role }: (typeof EVALUATIONS)[number]): string =>
    ctx.t("evaluation.pickLabel", { moment: ctx.t(moment === "before" ? "evaluation.before" : "evaluation.end"), role: ctx.t(role === "mentor" ? "role.mentor" : "role.mentee") });
  new ChoiceModal(ctx, ctx.t("evaluation.pickPlaceholder"), ordered, label, (choice) =>
    insertAtCursor(editor, evaluationBlock(ctx, choice.moment, choice.role)),
  ).open();
}

export function registerMeeting(ctx: MentoringContext): void {
  const { plugin } = ctx;
  const isSession = (editor: Editor): boolean => mentoringTypeOf(editor.getValue()) === "session";
  const isMentoringNote = (editor: Editor): boolean => mentoringTypeOf(editor.getValue()) !== null;
  const insertCommand = (id: string, name: Parameters<MentoringContext["t"]>[0], where: (editor: Editor) => boolean, block: () => InsertBlock): void => {
    plugin.addCommand({
      id,
      name: ctx.t(name),
      editorCheckCallback: (checking, editor) => {
        if (!where(editor)) return false;
        if (!checking && !refusedInProperties(ctx, editor)) insertAtCursor(editor, block());
        return true;
      },
    });
  };

  plugin.addCommand({
    id: "insert-time-out",
    name: ctx.t("command.insertTimeOut"),
    editorCheckCallback: (checking, editor) => {
      if (!isSession(editor)) return false;
      if (!checking) insertTimeOut(ctx, editor);
      return true;
    },
  });

  plugin.addCommand({
    id: CLOSE_SESSION_ID,
    name: ctx.t("command.closeSession"),
    editorCheckCallback: (checking, editor, view) => {
      if (!isSession(editor)) return false;
      if (!checking) void closeSessionInView(ctx, editor, view);
      return true;
    },
  });

  plugin.addCommand({
    id: "insert-evaluation",
    name: ctx.t("command.insertEvaluation"),
    editorCheckCallback: (checking, editor, view) => {
      if (!isSession(editor)) return false;
      if (!checking) pickEvaluation(ctx, editor, view.file);
      return true;
    },
  });
  insertCommand("insert-values-exercise", "command.insertValues", isMentoringNote, () => valuesExercise(meetingTexts(ctx.language()).values));
  insertCommand("insert-conversation-starters", "command.insertStarters", isMentoringNote, () =>
    questionList([meetingTexts(ctx.language()).starters]),
  );
  insertCommand("insert-mentor-reflection", "command.insertReflection", isMentoringNote, () => {
    const texts = meetingTexts(ctx.language());
    return privateQuestions(texts.reflectionTitle, texts.reflection);
  });
  insertCommand("insert-mentor-roles", "command.insertRoles", isMentoringNote, () =>
    describedList(meetingTexts(ctx.language()).rolesAndHelping),
  );

  insertCommand("insert-relationship-check", "command.insertRelationshipCheck", isMentoringNote, () => {
    const { check } = meetingTexts(ctx.language());
    return relationshipCheck(check.title, check.prompt, check.signs);
  });

  plugin.addCommand({
    id: "end-relationship",
    name: ctx.t("command.endRelationship"),
    checkCallback: (checking) => {
      const file = ctx.app.workspace.getActiveFile();
      if (!file || mentoringTypeOfFile(ctx.app, file) === null) return false;
      const agreement = agreementOf(ctx, file);
      if (!agreement) return false;
      if (!checking) new EndRelationshipModal(ctx, otherPersonOf(ctx, agreement), () => endRelationship(ctx, agreement, file)).open();
      return true;
    },
  });

  const timer = new MeetingTimer(ctx, (path) => void closeSessionAt(ctx, path));
  timer.register();
}
