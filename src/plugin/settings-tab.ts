// The settings tab: every choice a user makes once, saved as soon as it changes. Numbers are checked by
// the settings' own rules, so a typo never reaches data.json.
import { PluginSettingTab, Setting, type SettingDefinitionItem } from "obsidian";
import type { MessageKey } from "../core/i18n";
import { sanitizeRootFolder } from "../core/syntax/paths";
import {
  readWholeNumber,
  SETTING_RULES,
  type CarryOver,
  type LanguageSetting,
  type MentoringSettings,
  type NumberSetting,
  type TemplatePaths,
  type TimeOutMode,
} from "../core/notes/settings";
import type { ActionFormat, Role } from "../core/notes/types";
import type { MentoringContext } from "./context";
import { FormField } from "./modals/form-field";

/** Settings keys as the declarative tab names them: top-level keys, and `templates.<kind>`. */
type ControlKey = keyof MentoringSettings | `templates.${keyof TemplatePaths}`;

/**
 * Obsidian 1.13 and later draw the tab from `getSettingDefinitions` (and search it); older apps (the
 * plugin supports 1.8.7) call `display`, which draws the same settings by hand.
 */
class MentoringSettingTab extends PluginSettingTab {
  constructor(private readonly ctx: MentoringContext) {
    super(ctx.app, ctx.plugin);
  }

  override getSettingDefinitions(): SettingDefinitionItem[] {
    const t = (key: MessageKey): string => this.ctx.t(key);
    const dropdown = (key: ControlKey, name: MessageKey, desc: MessageKey, options: Record<string, string>) => ({
      name: t(name),
      desc: t(desc),
      control: { type: "dropdown" as const, key, options },
    });
    const number = (key: NumberSetting, name: MessageKey, desc: MessageKey) => {
      const { min, max } = SETTING_RULES[key];
      return {
        name: t(name),
        desc: t(desc),
        control: {
          type: "number" as const,
          key,
          min,
          max,
          step: 1,
          validate: (value: number) =>
            readWholeNumber(String(value), key) === null ? this.ctx.t("settings.numberError", { value, min, max, saved: this.ctx.settings[key] }) : undefined,
        },
      };
    };
    const template = (kind: keyof TemplatePaths, name: MessageKey) => ({
      name: t(name),
      desc: t("settings.template.desc"),
      control: { type: "file" as const, key: `templates.${kind}` },
    });
    return [
      {
        type: "group",
        heading: t("settings.heading.notes"),
        items: [
          { name: t("settings.rootFolder.name"), desc: t("settings.rootFolder.desc"), control: { type: "folder", key: "rootFolder" } },
          { name: t("settings.myName.name"), desc: t("settings.myName.desc"), control: { type: "text", key: "myName" } },
          dropdown("defaultRole", "settings.defaultRole.name", "settings.defaultRole.desc", { mentor: t("role.mentorLabel"), mentee: t("role.menteeLabel") }),
          dropdown("language", "settings.language.name", "settings.language.desc", { auto: t("language.auto"), en: t("language.en"), da: t("language.da") }),
          dropdown("actionFormat", "settings.actionFormat.name", "settings.actionFormat.desc", {
            tasks: t("settings.actionFormat.tasks"),
            dataview: t("settings.actionFormat.dataview"),
          }),
          dropdown("carryOver", "settings.carryOver.name", "settings.carryOver.desc", { live: t("settings.carryOver.live"), move: t("settings.carryOver.move") }),
          { name: t("settings.keepCalendar.name"), desc: t("settings.keepCalendar.desc"), control: { type: "toggle", key: "keepCalendar" } },
        ],
      },
      {
        type: "group",
        heading: t("settings.heading.meetings"),
        items: [
          // The new-relationship form's words, so a setting and the field it fills read the same.
          number("cadenceDays", "word.daysBetweenMeetings", "settings.cadence.desc"),
          number("meetingMinutes", "word.meetingLength", "settings.meetingMinutes.desc"),
          number("meetingsPlanned", "word.meetingsPlanned", "settings.meetingsPlanned.desc"),
          dropdown("timeOutMode", "settings.timeOutMode.name", "settings.timeOutMode.desc", { pick: t("settings.timeOutMode.pick"), next: t("settings.timeOutMode.next") }),
        ],
      },
      {
        type: "group",
        heading: t("settings.heading.templates"),
        items: [
          template("agreement", "settings.template.agreement.name"),
          template("session", "settings.template.session.name"),
          template("firstSession", "settings.template.firstSession.name"),
        ],
      },
    ];
  }

  override getControlValue(key: string): unknown {
    const settings = this.ctx.settings;
    if (key.startsWith("templates.")) return settings.templates[key.slice("templates.".length) as keyof TemplatePaths];
    return settings[key as keyof MentoringSettings];
  }

  override async setControlValue(key: string, value: unknown): Promise<void> {
    const settings = this.ctx.settings;
    if (key.startsWith("templates.")) {
      const kind = key.slice("templates.".length) as keyof TemplatePaths;
      if (kind in settings.templates && typeof value === "string") settings.templates[kind] = value.trim();
    } else if (key === "rootFolder" && typeof value === "string") {
      settings.rootFolder = sanitizeRootFolder(value);
    } else if (key in settings) {
      (settings as unknown as Record<string, unknown>)[key] = typeof value === "string" ? value.trim() : value;
    }
    await this.ctx.saveSettings();
    if (key === "language" || key === "keepCalendar") this.ctx.refreshDashboards();
  }

  /** The same settings drawn by hand, for Obsidian before 1.13. */
  override display(): void {
    const { containerEl } = this;
    const t = (key: MessageKey, vars?: Record<string, string | number>): string => this.ctx.t(key, vars);
    const settings = this.ctx.settings;
    containerEl.empty();

    new Setting(containerEl).setName(t("settings.heading.notes")).setHeading();
    new Setting(containerEl)
      .setName(t("settings.rootFolder.name"))
      .setDesc(t("settings.rootFolder.desc"))
      .addText((text) =>
        text
          .setPlaceholder("Mentoring")
          .setValue(settings.rootFolder)
          .onChange(async (value) => {
            settings.rootFolder = sanitizeRootFolder(value);
            await this.ctx.saveSettings();
          }),
      );
    new Setting(containerEl)
      .setName(t("settings.myName.name"))
      .setDesc(t("settings.myName.desc"))
      .addText((text) =>
        text.setValue(settings.myName).onChange(async (value) => {
          settings.myName = value.trim();
          await this.ctx.saveSettings();
        }),
      );
    new Setting(containerEl)
      .setName(t("settings.defaultRole.name"))
      .setDesc(t("settings.defaultRole.desc"))
      .addDropdown((dropdown) =>
        dropdown
          .addOption("mentor", t("role.mentorLabel"))
          .addOption("mentee", t("role.menteeLabel"))
          .setValue(settings.defaultRole)
          .onChange(async (value) => {
            settings.defaultRole = value as Role;
            await this.ctx.saveSettings();
          }),
      );
    new Setting(containerEl)
      .setName(t("settings.language.name"))
      .setDesc(t("settings.language.desc"))
      .addDropdown((dropdown) =>
        dropdown
          .addOption("auto", t("language.auto"))
          .addOption("en", t("language.en"))
          .addOption("da", t("language.da"))
          .setValue(settings.language)
          .onChange(async (value) => {
            settings.language = value as LanguageSetting;
            await this.ctx.saveSettings();
            this.ctx.refreshDashboards();
          }),
      );

    new Setting(containerEl)
      .setName(t("settings.actionFormat.name"))
      .setDesc(t("settings.actionFormat.desc"))
      .addDropdown((dropdown) =>
        dropdown
          .addOption("tasks", t("settings.actionFormat.tasks"))
          .addOption("dataview", t("settings.actionFormat.dataview"))
          .setValue(settings.actionFormat)
          .onChange(async (value) => {
            settings.actionFormat = value as ActionFormat;
            await this.ctx.saveSettings();
          }),
      );
    new Setting(containerEl)
      .setName(t("settings.carryOver.name"))
      .setDesc(t("settings.carryOver.desc"))
      .addDropdown((dropdown) =>
        dropdown
          .addOption("live", t("settings.carryOver.live"))
          .addOption("move", t("settings.carryOver.move"))
          .setValue(settings.carryOver)
          .onChange(async (value) => {
            settings.carryOver = value as CarryOver;
            await this.ctx.saveSettings();
          }),
      );
    new Setting(containerEl)
      .setName(t("settings.keepCalendar.name"))
      .setDesc(t("settings.keepCalendar.desc"))
      .addToggle((toggle) =>
        toggle.setValue(settings.keepCalendar).onChange(async (value) => {
          settings.keepCalendar = value;
          await this.ctx.saveSettings();
          // The file is written at once when turned on (the keeper listens to this refresh).
          this.ctx.refreshDashboards();
        }),
      );

    new Setting(containerEl).setName(t("settings.heading.meetings")).setHeading();
    this.numberSetting(containerEl, "cadenceDays", t("word.daysBetweenMeetings"), t("settings.cadence.desc"));
    this.numberSetting(containerEl, "meetingMinutes", t("word.meetingLength"), t("settings.meetingMinutes.desc"));
    this.numberSetting(containerEl, "meetingsPlanned", t("word.meetingsPlanned"), t("settings.meetingsPlanned.desc"));
    new Setting(containerEl)
      .setName(t("settings.timeOutMode.name"))
      .setDesc(t("settings.timeOutMode.desc"))
      .addDropdown((dropdown) =>
        dropdown
          .addOption("pick", t("settings.timeOutMode.pick"))
          .addOption("next", t("settings.timeOutMode.next"))
          .setValue(settings.timeOutMode)
          .onChange(async (value) => {
            settings.timeOutMode = value as TimeOutMode;
            await this.ctx.saveSettings();
          }),
      );

    new Setting(containerEl).setName(t("settings.heading.templates")).setHeading();
    this.templateSetting(containerEl, "agreement", t("settings.template.agreement.name"), t("settings.template.desc"));
    this.templateSetting(containerEl, "session", t("settings.template.session.name"), t("settings.template.desc"));
    this.templateSetting(containerEl, "firstSession", t("settings.template.firstSession.name"), t("settings.template.desc"));
    nameEveryControl(containerEl);
  }

  private numberSetting(containerEl: HTMLElement, key: NumberSetting, name: string, desc: string): void {
    const { min, max } = SETTING_RULES[key];
    const settings: MentoringSettings = this.ctx.settings;
    const setting = new Setting(containerEl).setName(name).setDesc(desc);
    setting.addText((text) => {
      text.inputEl.type = "number";
      text.inputEl.min = String(min);
      text.inputEl.max = String(max);
      const field = new FormField(setting, text.inputEl, `mentoring-setting-${key}`);
      text.setValue(String(settings[key])).onChange(async (value) => {
        const parsed = readWholeNumber(value, key);
        if (parsed === null) {
          // The saved value stays until the input is a valid number; the message says which one that is.
          field.showError(this.ctx.t("settings.numberError", { value: value.trim() || "\u2014", min, max, saved: settings[key] }));
          return;
        }
        field.clearError();
        settings[key] = parsed;
        await this.ctx.saveSettings();
      });
    });
  }

  private templateSetting(containerEl: HTMLElement, kind: keyof TemplatePaths, name: string, desc: string): void {
    new Setting(containerEl).setName(name).setDesc(desc).addText((text) =>
      text
        .setValue(this.ctx.settings.templates[kind])
        .onChange(async (value) => {
          this.ctx.settings.templates[kind] = value.trim();
          await this.ctx.saveSettings();
        }),
    );
  }
}

/** Gives each control without a name its setting's name, so a screen reader says what it sets. */
function nameEveryControl(containerEl: HTMLElement): void {
  for (const control of Array.from(containerEl.querySelectorAll<HTMLElement>(".setting-item-control :is(input, select, textarea)"))) {
    if (control.hasAttribute("aria-label") || control.hasAttribute("aria-labelledby")) continue;
    const name = control.closest(".setting-item")?.querySelector(".setting-item-name")?.textContent ?? "";
    if (name !== "") control.setAttribute("aria-label", name);
  }
}

/** Adds the settings tab to the plugin. */
export function registerSettingsTab(ctx: MentoringContext): void {
  ctx.plugin.addSettingTab(new MentoringSettingTab(ctx));
}
