// The form for a new relationship: the other person, my role, up to three goals, dates and the plan,
// with defaults from the settings. It only collects and checks the values; the command plans and writes.
import { Modal, Setting } from "obsidian";
import type { RelationshipInput } from "../../core/new-notes/new-relationship";
import type { Role } from "../../core/notes/types";
import type { MentoringContext } from "../context";
import { readWholeNumber } from "../settings-tab";

/** Returns null when the input was accepted (the modal closes), or a reason to show (it stays open). */
export type SubmitRelationship = (input: RelationshipInput) => Promise<string | null>;

export class NewRelationshipModal extends Modal {
  private readonly input: RelationshipInput;
  private goalsText: string;
  private numbers: Record<"meetingsPlanned" | "cadenceDays" | "meetingMinutes", string>;
  private submitting = false;

  constructor(
    private readonly ctx: MentoringContext,
    defaults: RelationshipInput,
    private readonly submit: SubmitRelationship,
  ) {
    super(ctx.app);
    this.input = { ...defaults, goals: [...defaults.goals] };
    this.goalsText = defaults.goals.join("\n");
    this.numbers = {
      meetingsPlanned: String(defaults.meetingsPlanned),
      cadenceDays: String(defaults.cadenceDays),
      meetingMinutes: String(defaults.meetingMinutes),
    };
  }

  override onOpen(): void {
    const t = this.ctx.t.bind(this.ctx);
    const { contentEl } = this;
    contentEl.empty();
    this.setTitle(t("modal.newRelationship.title"));

    new Setting(contentEl)
      .setName(t("modal.otherName.name"))
      .setDesc(t("modal.otherName.desc"))
      .addText((text) => text.setValue(this.input.name).onChange((value) => (this.input.name = value)));
    new Setting(contentEl).setName(t("modal.myRole.name")).addDropdown((dropdown) =>
      dropdown
        .addOption("mentor", t("role.mentorLabel"))
        .addOption("mentee", t("role.menteeLabel"))
        .setValue(this.input.role)
        .onChange((value) => (this.input.role = value as Role)),
    );
    new Setting(contentEl)
      .setName(t("modal.goals.name"))
      .setDesc(t("modal.goals.desc"))
      .addTextArea((area) => area.setValue(this.goalsText).onChange((value) => (this.goalsText = value)));
    new Setting(contentEl)
      .setName(t("modal.start.name"))
      .setDesc(t("modal.dateDesc"))
      .addText((text) => text.setValue(this.input.start).onChange((value) => (this.input.start = value.trim())));
    new Setting(contentEl)
      .setName(t("modal.end.name"))
      .setDesc(t("modal.dateDesc"))
      .addText((text) => text.setValue(this.input.end ?? "").onChange((value) => (this.input.end = value.trim() === "" ? null : value.trim())));
    this.numberField(contentEl, "meetingsPlanned", t("modal.meetingsPlanned.name"));
    this.numberField(contentEl, "cadenceDays", t("modal.cadence.name"));
    this.numberField(contentEl, "meetingMinutes", t("modal.meetingMinutes.name"));

    const error = contentEl.createDiv({ cls: "mentoring-form-error" });
    new Setting(contentEl)
      .addButton((button) => button.setButtonText(t("modal.cancel")).onClick(() => this.close()))
      .addButton((button) =>
        button
          .setButtonText(t("modal.create"))
          .setCta()
          .onClick(async () => {
            const reason = await this.trySubmit();
            error.setText(reason ?? "");
            if (reason === null) this.close();
          }),
      );
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  private numberField(contentEl: HTMLElement, key: keyof typeof this.numbers, name: string): void {
    new Setting(contentEl).setName(name).addText((text) => {
      text.inputEl.type = "number";
      text.setValue(this.numbers[key]).onChange((value) => (this.numbers[key] = value));
    });
  }

  /** Checks the numbers here (the form's own fields); everything else is the core's to judge. */
  private async trySubmit(): Promise<string | null> {
    if (this.submitting) return null;
    const bounds = { meetingsPlanned: [1, 200], cadenceDays: [1, 366], meetingMinutes: [5, 600] } as const;
    for (const key of Object.keys(bounds) as Array<keyof typeof bounds>) {
      const [min, max] = bounds[key];
      const value = readWholeNumber(this.numbers[key], min, max);
      if (value === null) return this.ctx.t("notice.invalidNumber", { value: this.numbers[key], min, max });
      this.input[key] = value;
    }
    this.input.goals = this.goalsText.split(/\r?\n/);
    this.submitting = true;
    try {
      return await this.submit({ ...this.input, goals: [...this.input.goals] });
    } finally {
      this.submitting = false;
    }
  }
}
