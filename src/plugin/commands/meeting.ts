// The commands a mentor runs while talking: time-out, close with the four headings, evaluation, values
// exercise, conversation starters, reflection, and ending the relationship; plus the meeting timer.
// Every text is built in src/core; this file only finds the note, asks, and writes.
import {
  FuzzySuggestModal,
  MarkdownView,
  Modal,
  Notice,
  Setting,
  TFile,
  type Editor,
  type MarkdownFileInfo,
} from "obsidian";
import { closeSession, nextMeetingDate } from "../../core/close-session";
import { appendEnding } from "../../core/end-relationship";
import {
  clockTime,
  nextUnusedQuestion,
  placeBlock,
  questionList,
  textInsertions,
  timeOutCallout,
  unusedQuestions,
  valuesExercise,
  type InsertBlock,
} from "../../core/inserts";
import { mentoringTypeOf } from "../../core/model";
import { dominantEol } from "../../core/text";
import type { Role } from "../../core/types";
import type { MentoringContext } from "../context";
import { MeetingTimer } from "../timer";
import { meetingTexts, type EvaluationMoment } from "../../core/meeting-texts";

export const CLOSE_SESSION_ID = "close-session";

type Kind = "agreement" | "session";

function kindOf(editor: Editor): Kind | null {
  return mentoringTypeOf(editor.getValue());
}

/** Inserts a block at the cursor as one transaction and leaves the cursor where the answer goes. */
export function insertAtCursor(editor: Editor, block: InsertBlock): void {
  const cursor = editor.getCursor();
  const lineText = editor.getLine(cursor.line);
  const previous = cursor.line > 0 ? editor.getLine(cursor.line - 1) : "";
  const placement = placeBlock(block, lineText, cursor.ch, dominantEol(editor.getValue()), previous);
  const target = {
    line: cursor.line + placement.cursor.line,
    ch: placement.cursor.ch,
  };
  editor.transaction({ changes: [{ from: cursor, text: placement.text }], selection: { from: target } });
}

/** Appends a block at the end of the note as one transaction. */
function appendToNote(editor: Editor, block: InsertBlock): void {
  const lastLine = editor.lastLine();
  const end = { line: lastLine, ch: editor.getLine(lastLine).length };
  const placement = placeBlock(block, editor.getLine(lastLine), end.ch, dominantEol(editor.getValue()), lastLine > 0 ? editor.getLine(lastLine - 1) : "");
  editor.transaction({
    changes: [{ from: end, text: placement.text }],
    selection: { from: { line: lastLine + placement.cursor.line, ch: placement.cursor.ch } },
  });
}

class ChoiceModal<T> extends FuzzySuggestModal<T> {
  constructor(
    ctx: MentoringContext,
    placeholder: string,
    private readonly items: T[],
    private readonly label: (item: T) => string,
    private readonly onPick: (item: T) => void,
  ) {
    super(ctx.app);
    this.setPlaceholder(placeholder);
  }
  getItems(): T[] {
    return this.items;
  }
  getItemText(item: T): string {
    return this.label(item);
  }
  onChooseItem(item: T): void {
    this.onPick(item);
  }
}

type TimeOutChoice = { kind: "question"; text: string } | { kind: "done" };

/** Picks time-out questions one by one; once one is picked, the first entry inserts the picked ones. */
function pickTimeOuts(ctx: MentoringContext, bank: readonly string[], picked: string[], done: (questions: string[]) => void): void {
  const remaining = bank.filter((question) => !picked.includes(question));
  const items: TimeOutChoice[] = remaining.map((text) => ({ kind: "question" as const, text }));
  if (picked.length > 0) items.unshift({ kind: "done" });
  const label = (item: TimeOutChoice): string =>
    item.kind === "done" ? ctx.t("timeOut.insertPicked", { count: picked.length }) : item.text;
  new ChoiceModal<TimeOutChoice>(ctx, ctx.t("timeOut.pickPlaceholder"), items, label, (item) => {
    if (item.kind === "done") done(picked);
    else if (remaining.length === 1) done([...picked, item.text]);
    else pickTimeOuts(ctx, bank, [...picked, item.text], done);
  }).open();
}

function insertTimeOut(ctx: MentoringContext, editor: Editor): void {
  const texts = meetingTexts(ctx.language());
  const write = (questions: string[]): void => {
    if (questions.length === 0) return;
    insertAtCursor(editor, timeOutCallout(texts.timeOutLabel, clockTime(ctx.now()), questions));
  };
  if (ctx.settings.timeOutMode === "next") {
    const question = nextUnusedQuestion(editor.getValue(), texts.timeOut);
    if (question) write([question]);
    return;
  }
  const unused = unusedQuestions(editor.getValue(), texts.timeOut);
  pickTimeOuts(ctx, unused.length > 0 ? unused : texts.timeOut, [], write);
}

/** The vault owner's role in this relationship: the agreement's `role`, else the setting. */
function myRole(ctx: MentoringContext, file: TFile | null): Role {
  const agreement = file ? agreementOf(ctx, file) : null;
  const role = agreement ? ctx.app.metadataCache.getFileCache(agreement)?.frontmatter?.role : undefined;
  return role === "mentee" || role === "mentor" ? role : ctx.settings.defaultRole;
}

/** The agreement of a session (its `agreement` link, else `Agreement.md` in its folder), or the note itself. */
export function agreementOf(ctx: MentoringContext, file: TFile): TFile | null {
  const frontmatter = ctx.app.metadataCache.getFileCache(file)?.frontmatter;
  if (frontmatter?.type === "mentoring-agreement") return file;
  const link = typeof frontmatter?.agreement === "string" ? frontmatter.agreement.replace(/^\[\[|\]\]$/g, "").split("|")[0] : null;
  const linked = link ? ctx.app.metadataCache.getFirstLinkpathDest(link, file.path) : null;
  if (linked) return linked;
  const folder = file.parent?.path ?? "";
  const sibling = ctx.app.vault.getFileByPath(folder ? `${folder}/Agreement.md` : "Agreement.md");
  return sibling;
}

function evaluationBlock(ctx: MentoringContext, moment: EvaluationMoment, role: Role): InsertBlock {
  const texts = meetingTexts(ctx.language());
  return questionList([{ title: texts.evaluationTitle(moment, role), questions: texts.evaluation(moment, role) }]);
}

/** Closes the session in the editor: headings (one transaction), status (frontmatter), then the offer. */
export async function closeSessionInEditor(ctx: MentoringContext, editor: Editor, file: TFile | null): Promise<void> {
  const before = editor.getValue();
  const result = closeSession(before, ctx.language());
  if (!result.ok) {
    new Notice(result.reason);
    return;
  }
  if (result.changed) {
    const insertions = textInsertions(before, result.text) ?? [];
    editor.transaction({
      changes: insertions.map(({ offset, text }) => ({ from: editor.offsetToPos(offset), text })),
    });
  }
  const alreadyClosed = file ? ctx.app.metadataCache.getFileCache(file)?.frontmatter?.status === "closed" : false;
  if (file && !alreadyClosed) {
    await ctx.app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
      frontmatter.status = "closed";
    });
  }
  if (!result.changed && alreadyClosed) {
    new Notice(ctx.t("close.alreadyClosed"));
    return;
  }
  if (file) new CloseSessionModal(ctx, editor, file).open();
}

/** After closing: offer the end-of-meeting evaluation for my role, and the next date from the cadence. */
export class CloseSessionModal extends Modal {
  private insertEvaluation = true;
  private nextDate: string;

  constructor(
    private readonly ctx: MentoringContext,
    private readonly editor: Editor,
    private readonly file: TFile,
  ) {
    super(ctx.app);
    const frontmatter = ctx.app.metadataCache.getFileCache(file)?.frontmatter;
    const agreement = agreementOf(ctx, file);
    const cadence = agreement ? Number(ctx.app.metadataCache.getFileCache(agreement)?.frontmatter?.cadence_days) : Number.NaN;
    const from = typeof frontmatter?.date === "string" ? frontmatter.date : ctx.today();
    const days = Number.isFinite(cadence) && cadence > 0 ? cadence : ctx.settings.cadenceDays;
    this.nextDate = (typeof frontmatter?.next === "string" ? frontmatter.next : null) ?? nextMeetingDate(from, days) ?? nextMeetingDate(ctx.today(), days) ?? "";
  }

  override onOpen(): void {
    const { ctx } = this;
    const role = myRole(ctx, this.file);
    this.setTitle(ctx.t("close.modalTitle"));
    new Setting(this.contentEl)
      .setName(ctx.t("close.offerEvaluation", { role: ctx.t(role === "mentor" ? "role.mentor" : "role.mentee") }))
      .addToggle((toggle) => toggle.setValue(this.insertEvaluation).onChange((value) => (this.insertEvaluation = value)));
    new Setting(this.contentEl)
      .setName(ctx.t("close.nextMeeting"))
      .setDesc(ctx.t("close.nextMeetingDesc"))
      .addText((text) => {
        text.inputEl.type = "date";
        text.setValue(this.nextDate).onChange((value) => (this.nextDate = value));
      });
    new Setting(this.contentEl)
      .addButton((button) => button.setButtonText(ctx.t("close.skip")).onClick(() => this.close()))
      .addButton((button) =>
        button
          .setButtonText(ctx.t("close.apply"))
          .setCta()
          .onClick(() => {
            this.close();
            void this.apply(role);
          }),
      );
  }

  async apply(role: Role): Promise<void> {
    if (this.insertEvaluation) appendToNote(this.editor, evaluationBlock(this.ctx, "end", role));
    const next = this.nextDate.trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(next)) {
      await this.ctx.app.fileManager.processFrontMatter(this.file, (frontmatter: Record<string, unknown>) => {
        if (frontmatter.next !== next) frontmatter.next = next;
      });
    }
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}

/** Asks for confirmation, then ends the relationship on its agreement only. */
export class EndRelationshipModal extends Modal {
  constructor(
    private readonly ctx: MentoringContext,
    private readonly agreement: TFile,
  ) {
    super(ctx.app);
  }

  override onOpen(): void {
    const { ctx } = this;
    this.setTitle(ctx.t("end.modalTitle"));
    this.contentEl.createEl("p", { text: ctx.t("end.confirm", { note: this.agreement.basename }) });
    new Setting(this.contentEl)
      .addButton((button) => button.setButtonText(ctx.t("end.cancel")).onClick(() => this.close()))
      .addButton((button) =>
        button
          .setButtonText(ctx.t("end.action"))
          .setClass("mod-warning")
          .onClick(() => {
            this.close();
            void endRelationship(ctx, this.agreement);
          }),
      );
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}

export async function endRelationship(ctx: MentoringContext, agreement: TFile): Promise<void> {
  const ending = meetingTexts(ctx.language()).ending;
  let problem: string | null = null;
  await ctx.app.fileManager.processFrontMatter(agreement, (frontmatter: Record<string, unknown>) => {
    if (frontmatter.status !== "ended") {
      frontmatter.status = "ended";
      frontmatter.end = ctx.today();
    }
  });
  await ctx.app.vault.process(agreement, (text) => {
    const result = appendEnding(text, ending);
    if (result.ok) return result.text;
    problem = result.reason;
    return text;
  });
  new Notice(problem ?? ctx.t("end.done", { note: agreement.basename }));
}

function fileOf(info: MarkdownView | MarkdownFileInfo): TFile | null {
  return info.file ?? null;
}

export function registerMeeting(ctx: MentoringContext): void {
  const { plugin } = ctx;
  const onSession = (editor: Editor): boolean => kindOf(editor) === "session";
  const onMentoringNote = (editor: Editor): boolean => kindOf(editor) !== null;

  plugin.addCommand({
    id: "insert-time-out",
    name: ctx.t("command.insertTimeOut"),
    editorCheckCallback: (checking, editor) => {
      if (!onSession(editor)) return false;
      if (!checking) insertTimeOut(ctx, editor);
      return true;
    },
  });

  plugin.addCommand({
    id: CLOSE_SESSION_ID,
    name: ctx.t("command.closeSession"),
    editorCheckCallback: (checking, editor, info) => {
      if (!onSession(editor)) return false;
      if (!checking) void closeSessionInEditor(ctx, editor, fileOf(info));
      return true;
    },
  });

  plugin.addCommand({
    id: "insert-evaluation",
    name: ctx.t("command.insertEvaluation"),
    editorCheckCallback: (checking, editor, info) => {
      if (!onSession(editor)) return false;
      if (checking) return true;
      const role = myRole(ctx, fileOf(info));
      const options: Array<{ moment: EvaluationMoment; role: Role }> = [
        { moment: "before", role },
        { moment: "end", role },
        { moment: "before", role: role === "mentor" ? "mentee" : "mentor" },
        { moment: "end", role: role === "mentor" ? "mentee" : "mentor" },
      ];
      const texts = meetingTexts(ctx.language());
      new ChoiceModal(ctx, ctx.t("evaluation.pickPlaceholder"), options, (o) => texts.evaluationTitle(o.moment, o.role), (o) =>
        insertAtCursor(editor, evaluationBlock(ctx, o.moment, o.role)),
      ).open();
      return true;
    },
  });

  plugin.addCommand({
    id: "insert-values-exercise",
    name: ctx.t("command.insertValues"),
    editorCheckCallback: (checking, editor) => {
      if (!onMentoringNote(editor)) return false;
      if (!checking) insertAtCursor(editor, valuesExercise(meetingTexts(ctx.language()).values));
      return true;
    },
  });

  plugin.addCommand({
    id: "insert-conversation-starters",
    name: ctx.t("command.insertStarters"),
    editorCheckCallback: (checking, editor) => {
      if (!onMentoringNote(editor)) return false;
      if (!checking) insertAtCursor(editor, questionList([meetingTexts(ctx.language()).starters]));
      return true;
    },
  });

  plugin.addCommand({
    id: "insert-mentor-reflection",
    name: ctx.t("command.insertReflection"),
    editorCheckCallback: (checking, editor) => {
      if (!onMentoringNote(editor)) return false;
      if (!checking) insertAtCursor(editor, questionList(meetingTexts(ctx.language()).reflection));
      return true;
    },
  });

  plugin.addCommand({
    id: "end-relationship",
    name: ctx.t("command.endRelationship"),
    checkCallback: (checking) => {
      const file = ctx.app.workspace.getActiveFile();
      const type = file ? ctx.app.metadataCache.getFileCache(file)?.frontmatter?.type : undefined;
      if (!file || (type !== "mentoring-agreement" && type !== "mentoring-session")) return false;
      const agreement = agreementOf(ctx, file);
      if (!agreement) return false;
      if (!checking) new EndRelationshipModal(ctx, agreement).open();
      return true;
    },
  });

  const timer = new MeetingTimer(ctx, () => {
    const view = ctx.app.workspace.getActiveViewOfType(MarkdownView);
    if (view) void closeSessionInEditor(ctx, view.editor, view.file);
    else new Notice(ctx.t("close.notSession"));
  });
  timer.register();
}
