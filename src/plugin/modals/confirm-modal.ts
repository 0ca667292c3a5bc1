// A yes-or-no question before a command goes on against what the notes say (a relationship that has
// ended, say): nothing happens unless the user confirms.
import { Modal, Setting } from "obsidian";
import type { MentoringContext } from "../context";

export interface Confirmation {
  title: string;
  question: string;
  /** The confirming button's text: says what happens ("Start anyway"). */
  action: string;
  onConfirm(): Promise<void>;
}

export class ConfirmModal extends Modal {
  constructor(
    private readonly ctx: MentoringContext,
    private readonly confirmation: Confirmation,
  ) {
    super(ctx.app);
  }

  override onOpen(): void {
    const { ctx, confirmation } = this;
    this.setTitle(confirmation.title);
    this.contentEl.createEl("p", { text: confirmation.question });
    new Setting(this.contentEl)
      .addButton((button) => button.setButtonText(ctx.t("modal.cancel")).onClick(() => this.close()))
      .addButton((button) =>
        button
          .setButtonText(confirmation.action)
          .setCta()
          .onClick(() => {
            this.close();
            void confirmation.onConfirm();
          }),
      );
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
