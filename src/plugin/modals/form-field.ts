// One field of a dialog's form: its control named by the setting's name, described by its description,
// and an error line under the row (error colour, announced, `aria-invalid` on the control). Also the
// form's keys: Enter submits from a text field or a list, Mod+Enter from a multi-line box.
import { Keymap, type Setting } from "obsidian";

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export class FormField {
  private readonly errorEl: HTMLElement;
  private readonly describedBy: string;

  constructor(
    private readonly setting: Setting,
    readonly control: Control,
    id: string,
  ) {
    setting.nameEl.id = `${id}-name`;
    setting.descEl.id = `${id}-desc`;
    control.id = id;
    control.setAttribute("aria-labelledby", setting.nameEl.id);
    this.describedBy = setting.descEl.textContent ? setting.descEl.id : "";
    if (this.describedBy) control.setAttribute("aria-describedby", this.describedBy);
    this.errorEl = setting.settingEl.createDiv({ cls: "mentoring-field-error", attr: { id: `${id}-error` } });
    this.errorEl.hide();
  }

  /** Marks the field invalid and says why, under it; a screen reader hears it (role alert). */
  showError(message: string): void {
    this.errorEl.setText(message);
    this.errorEl.setAttribute("role", "alert");
    this.errorEl.show();
    this.setting.settingEl.addClass("mentoring-field-invalid");
    this.control.setAttribute("aria-invalid", "true");
    this.control.setAttribute("aria-describedby", [this.describedBy, this.errorEl.id].filter((id) => id !== "").join(" "));
  }

  clearError(): void {
    this.errorEl.empty();
    this.errorEl.removeAttribute("role");
    this.errorEl.hide();
    this.setting.settingEl.removeClass("mentoring-field-invalid");
    this.control.removeAttribute("aria-invalid");
    if (this.describedBy) this.control.setAttribute("aria-describedby", this.describedBy);
    else this.control.removeAttribute("aria-describedby");
  }
}

/**
 * Enter in a one-line field or a list submits, as in Obsidian's own dialogs; a multi-line box keeps Enter
 * for new lines and submits on Mod+Enter. Buttons keep their own Enter.
 */
export function submitOnEnter(formEl: HTMLElement, submit: () => void): void {
  formEl.addEventListener("keydown", (evt: KeyboardEvent) => {
    if (evt.key !== "Enter" || evt.isComposing) return;
    const target = evt.target;
    const multiLine = target instanceof HTMLTextAreaElement;
    const field = multiLine || target instanceof HTMLInputElement || target instanceof HTMLSelectElement;
    if (!field || (multiLine && !Keymap.isModifier(evt, "Mod"))) return;
    evt.preventDefault();
    submit();
  });
}

/** A multi-line box that grows with its lines (up to `max` rows), so a fourth goal never hides. */
export function growWithLines(area: HTMLTextAreaElement, min: number, max: number): void {
  const fit = (): void => {
    area.rows = Math.max(min, Math.min(max, area.value.split("\n").length + 1));
  };
  area.addEventListener("input", fit);
  fit();
}
