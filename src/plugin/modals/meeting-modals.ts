// The small dialogs of the meeting commands: a fuzzy choice, the offer after closing a session, and the
// confirmation before ending a relationship. They only ask; the commands decide what to write.
import { FuzzySuggestModal, Modal, Setting } from "obsidian";
import { isIsoDate } from "../../core/syntax/dates";
import type { MentoringContext } from "../context";
import { FormField, submitOnEnter } from "./form-field";

/** Picks one item from a fuzzy list; `picked`, when given, lists what was chosen before, above the list. */
export class ChoiceModal<T> extends FuzzySuggestModal<T> {
  constructor(
    ctx: MentoringContext,
    placeholder: string,
    private readonly items: T[],
    private readonly label: (item: T) => string,
    private readonly onPick: (item: T) => void,
    picked: readonly string[] = [],
  ) {
    super(ctx.app);
    this.setPlaceholder(placeholder);
    this.inputEl.setAttribute("aria-label", placeholder);
    if (picked.length > 0) {
      const box = createDiv({ cls: "mentoring-picked" });
      box.createDiv({ cls: "mentoring-picked-title", text: ctx.t("timeOut.picked") });
      const list = box.createEl("ol");
      for (const text of picked) list.createEl("li", { text });
      this.modalEl.insertBefore(box, this.resultContainerEl);
    }
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

/**
 * After closing: offer the end-of-meeting evaluation for my role, and the next date from the cadence,
 * typed as YYYY-MM-DD like every other date (a bad date is named under its field and nothing is saved).
 */
export class CloseSessionModal extends Modal {
  private insertEvaluation = true;
  private nextDate: string;
  private dateField: FormField | null = null;

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
    this.contentEl.addClass("mentoring-form");
    // A plain checkbox named by its row: one control, labelled, first in the tab order after the date.
    const offer = new Setting(this.contentEl).setName(ctx.t("close.offerEvaluation", { role: this.offer.roleName }));
    offer.nameEl.id = "mentoring-close-session-evaluation-name";
    const box = offer.controlEl.createEl("input", {
      type: "checkbox",
      cls: "mentoring-checkbox",
      attr: { "aria-labelledby": offer.nameEl.id },
    });
    box.checked = this.insertEvaluation;
    box.addEventListener("change", () => (this.insertEvaluation = box.checked));
    const next = new Setting(this.contentEl).setName(ctx.t("close.nextMeeting")).setDesc(ctx.t("close.nextMeetingDesc"));
    next.addText((text) => {
      text.inputEl.setAttribute("inputmode", "numeric");
      text.setPlaceholder(ctx.today()).setValue(this.nextDate).onChange((value) => (this.nextDate = value));
      this.dateField = new FormField(next, text.inputEl, "mentoring-close-session-next");
    });
    new Setting(this.contentEl)
      .addButton((button) => button.setButtonText(ctx.t("close.skip")).onClick(() => this.close()))
      .addButton((button) => button.setButtonText(ctx.t("close.apply")).setCta().onClick(() => this.apply()));
    submitOnEnter(this.contentEl, () => this.apply());
    this.dateField?.control.focus();
  }

  private apply(): void {
    const next = this.nextDate.trim();
    if (next !== "" && !isIsoDate(next)) {
      this.dateField?.showError(this.ctx.t("close.dateInvalid", { value: next }));
      this.dateField?.control.focus();
      return;
    }
    this.close();
    void this.offer.onApply(this.insertEvaluation, next);
  }

  override onClose(): void {
    this.dateField = null;
    this.contentEl.empty();
  }
}

/** Asks before ending a relationship; nothing is written unless the user confirms. */
export class EndRelationshipModal extends Modal {
  constructor(
    private readonly ctx: MentoringContext,
    /** The other person's name, so the question says whose relationship ends. */
    private readonly name: string,
    private readonly onConfirm: () => Promise<void>,
  ) {
    super(ctx.app);
  }

  override onOpen(): void {
    const { ctx } = this;
    this.setTitle(ctx.t("end.modalTitle"));
    this.contentEl.createEl("p", { text: ctx.t("end.confirm", { name: this.name }) });
    const buttons = new Setting(this.contentEl)
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
    // The safe choice has the focus, as in Obsidian's own confirmations.
    buttons.controlEl.querySelector("button")?.focus();
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
