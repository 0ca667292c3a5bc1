// The form for a new relationship: the other person, my role, up to three goals, dates and the plan,
// with defaults from the settings. It checks each field where the user sees it (the message under the
// field, the field marked and focused), then hands the values to the command, which plans and writes.
import { Modal, Setting } from "obsidian";
import type { RelationshipInput } from "../../core/new-notes/new-relationship";
import { MAX_GOALS } from "../../core/notes/parse-note";
import { parseIsoDate } from "../../core/syntax/dates";
import { LINE_BREAK } from "../../core/syntax/text";
import type { Role } from "../../core/notes/types";
import type { MentoringContext } from "../context";
import { readWholeNumber, SETTING_RULES, type NumberSetting } from "../../core/notes/settings";
import { FormField, growWithLines, submitOnEnter } from "./form-field";

/** Returns null when the input was accepted (the modal closes), or a reason to show (it stays open). */
export type SubmitRelationship = (input: RelationshipInput) => Promise<string | null>;

type FieldKey = "name" | "role" | "goals" | "start" | "end" | NumberSetting;

/** The number fields in the order the form shows them. */
const NUMBER_FIELDS: readonly NumberSetting[] = ["meetingsPlanned", "cadenceDays", "meetingMinutes"];

export class NewRelationshipModal extends Modal {
  private readonly input: RelationshipInput;
  private goalsText: string;
  private numbers: Record<NumberSetting, string>;
  private submitting = false;
  private readonly fields = new Map<FieldKey, FormField>();
  private formError: HTMLElement | null = null;

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
    contentEl.addClass("mentoring-form");
    this.setTitle(t("modal.newRelationship.title"));

    const name = new Setting(contentEl).setName(t("modal.otherName.name")).setDesc(t("modal.otherName.desc"));
    name.addText((text) => {
      text.setValue(this.input.name).onChange((value) => (this.input.name = value));
      this.field("name", name, text.inputEl);
    });
    const role = new Setting(contentEl).setName(t("modal.myRole.name"));
    role.addDropdown((dropdown) => {
      dropdown
        .addOption("mentor", t("role.mentorLabel"))
        .addOption("mentee", t("role.menteeLabel"))
        .setValue(this.input.role)
        .onChange((value) => (this.input.role = value as Role));
      this.field("role", role, dropdown.selectEl);
    });
    const goals = new Setting(contentEl).setName(t("modal.goals.name")).setDesc(`${t("modal.goals.desc")} ${t("form.goalsHint")}`);
    goals.setClass("mentoring-form-goals");
    goals.addTextArea((area) => {
      area.setValue(this.goalsText).onChange((value) => (this.goalsText = value));
      growWithLines(area.inputEl, MAX_GOALS, 8);
      this.field("goals", goals, area.inputEl);
    });
    this.dateField(contentEl, "start", t("modal.start.name"), this.input.start, (value) => (this.input.start = value));
    this.dateField(contentEl, "end", t("modal.end.name"), this.input.end ?? "", (value) => (this.input.end = value === "" ? null : value));
    this.numberField(contentEl, "meetingsPlanned", t("word.meetingsPlanned"));
    this.numberField(contentEl, "cadenceDays", t("word.daysBetweenMeetings"));
    this.numberField(contentEl, "meetingMinutes", t("word.meetingLength"));

    this.formError = contentEl.createDiv({ cls: "mentoring-form-error", attr: { "aria-live": "polite" } });
    new Setting(contentEl)
      .addButton((button) => button.setButtonText(t("modal.cancel")).onClick(() => this.close()))
      .addButton((button) => button.setButtonText(t("modal.create")).setCta().onClick(() => void this.onSubmit()));
    submitOnEnter(contentEl, () => void this.onSubmit());
    this.fields.get("name")?.control.focus();
  }

  override onClose(): void {
    this.fields.clear();
    this.contentEl.empty();
  }

  private field(key: FieldKey, setting: Setting, control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): void {
    this.fields.set(key, new FormField(setting, control, `mentoring-new-relationship-${key}`));
  }

  private dateField(contentEl: HTMLElement, key: "start" | "end", name: string, value: string, set: (value: string) => void): void {
    const setting = new Setting(contentEl).setName(name).setDesc(this.ctx.t("modal.dateDesc"));
    setting.addText((text) => {
      text.inputEl.setAttribute("inputmode", "numeric");
      text.setPlaceholder(this.ctx.today()).setValue(value).onChange((changed) => set(changed.trim()));
      this.field(key, setting, text.inputEl);
    });
  }

  private numberField(contentEl: HTMLElement, key: NumberSetting, name: string): void {
    const setting = new Setting(contentEl).setName(name);
    setting.addText((text) => {
      text.inputEl.type = "number";
      text.setValue(this.numbers[key]).onChange((value) => (this.numbers[key] = value));
      this.field(key, setting, text.inputEl);
    });
  }

  private async onSubmit(): Promise<void> {
    if (this.submitting) return;
    const errors = this.check();
    for (const [key, field] of this.fields) {
      const message = errors.get(key);
      if (message === undefined) field.clearError();
      else field.showError(message);
    }
    const first = [...this.fields.keys()].find((key) => errors.has(key));
    if (first !== undefined) {
      this.formError?.setText(this.ctx.t("form.errorsBelow"));
      this.fields.get(first)?.control.focus();
      return;
    }
    this.formError?.setText("");
    this.submitting = true;
    let reason: string | null;
    try {
      reason = await this.submit({ ...this.input, goals: [...this.input.goals] });
    } finally {
      this.submitting = false;
    }
    // The core's own refusal, for anything the fields above cannot see.
    if (reason === null) this.close();
    else this.formError?.setText(reason);
  }

  /** Each field's problem, in the words the core uses when it refuses the same input. */
  private check(): Map<FieldKey, string> {
    const t = this.ctx.t.bind(this.ctx);
    const errors = new Map<FieldKey, string>();
    if (this.input.name.trim() === "") errors.set("name", t("notice.nameRequired"));
    this.input.goals = this.goalsText.split(LINE_BREAK);
    const goalCount = this.input.goals.filter((goal) => goal.trim() !== "").length;
    if (goalCount > MAX_GOALS) errors.set("goals", t("notice.tooManyGoals", { count: goalCount }));
    if (parseIsoDate(this.input.start) === null) errors.set("start", t("notice.invalidDate", { value: this.input.start || "\u2014" }));
    if (this.input.end !== null && parseIsoDate(this.input.end) === null) errors.set("end", t("notice.invalidDate", { value: this.input.end }));
    else if (this.input.end !== null && !errors.has("start") && this.input.end < this.input.start) errors.set("end", t("notice.endBeforeStart"));
    for (const key of NUMBER_FIELDS) {
      const { min, max } = SETTING_RULES[key];
      const value = readWholeNumber(this.numbers[key], key);
      if (value === null) errors.set(key, t("notice.invalidNumber", { value: this.numbers[key].trim() || "\u2014", min, max }));
      else this.input[key] = value;
    }
    return errors;
  }
}
