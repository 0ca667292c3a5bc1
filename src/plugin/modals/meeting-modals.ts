// The small dialogs of the meeting commands: a fuzzy choice, the offer after closing a session, and the
// confirmation before ending a relationship. They only ask; the commands decide what to write.
import { FuzzySuggestModal, Modal, Setting } from "obsidian";
import type { MentoringContext } from "../context";

/** Picks one item from a fuzzy list. */
export class ChoiceModal<T> extends FuzzySuggestModal<T> {
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

export interface CloseOffer {
  /** The role whose end-of-meeting questions are offered, already in words ("mentor"). */
  roleName: string;
  /** The proposed next meeting date, `YYYY-MM-DD`, or "" when there is none. */
  nextDate: string;
  onApply(insertEvaluation: boolean, nextDate: string): Promise<void>;
}

/** After closing: offer the end-of-meeting evaluation for my role, and the next date from the cadence. */
export class CloseSessionModal extends Modal {
  private insertEvaluation = true;
  private nextDate: string;

  constructor(
    private readonly ctx: MentoringContext,
    private readonly offer: CloseOffer,
  ) {
    super(ctx.app);
    this.nextDate = offer.nextDate;
  }

  override onOpen(): void {
    const { ctx } = this;
    this.setTitle(ctx.t("close.modalTitle"));
    new Setting(this.contentEl)
      .setName(ctx.t("close.offerEvaluation", { role: this.offer.roleName }))
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
            void this.offer.onApply(this.insertEvaluation, this.nextDate.trim());
          }),
      );
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}

/** Asks before ending a relationship; nothing is written unless the user confirms. */
export class EndRelationshipModal extends Modal {
  constructor(
    private readonly ctx: MentoringContext,
    private readonly noteName: string,
    private readonly onConfirm: () => Promise<void>,
  ) {
    super(ctx.app);
  }

  override onOpen(): void {
    const { ctx } = this;
    this.setTitle(ctx.t("end.modalTitle"));
    this.contentEl.createEl("p", { text: ctx.t("end.confirm", { note: this.noteName }) });
    new Setting(this.contentEl)
      .addButton((button) => button.setButtonText(ctx.t("end.cancel")).onClick(() => this.close()))
      .addButton((button) =>
        button
          .setButtonText(ctx.t("end.action"))
          // The class Obsidian gives destructive buttons; setDestructive is too new for minAppVersion.
          .setClass("mod-warning")
          .onClick(() => {
            this.close();
            void this.onConfirm();
          }),
      );
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
