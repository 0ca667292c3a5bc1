// The settings tab: every choice a user makes once, saved as soon as it changes. Values are checked here
// with the same bounds the settings reader uses, so a typo never reaches data.json.
import { PluginSettingTab, Setting } from "obsidian";
import type { MessageKey } from "../core/i18n";
import { sanitizeRootFolder } from "../core/paths";
import type { CarryOver, LanguageSetting, MentoringSettings, TemplatePaths, TimeOutMode } from "../core/settings";
import type { ActionFormat, Role } from "../core/types";
import type { MentoringContext } from "./context";

type NumberKey = "cadenceDays" | "meetingMinutes" | "meetingsPlanned";

const NUMBER_BOUNDS: Record<NumberKey, { min: number; max: number }> = {
  cadenceDays: { min: 1, max: 366 },
  meetingMinutes: { min: 5, max: 600 },
  meetingsPlanned: { min: 1, max: 200 },
};

/** A whole number within bounds, or null. */
export function readWholeNumber(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}

export class MentoringSettingTab extends PluginSettingTab {
  constructor(private readonly ctx: MentoringContext) {
    super(ctx.app, ctx.plugin);
  }

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
          .addOption("mentor", t("role.mentor"))
          .addOption("mentee", t("role.mentee"))
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
            this.display(); // the tab itself speaks the new language
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

    new Setting(containerEl).setName(t("settings.heading.meetings")).setHeading();
    this.numberSetting(containerEl, "cadenceDays", t("settings.cadence.name"), t("settings.cadence.desc"));
    this.numberSetting(containerEl, "meetingMinutes", t("settings.meetingMinutes.name"), t("settings.meetingMinutes.desc"));
    this.numberSetting(containerEl, "meetingsPlanned", t("settings.meetingsPlanned.name"), t("settings.meetingsPlanned.desc"));
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
  }

  private numberSetting(containerEl: HTMLElement, key: NumberKey, name: string, desc: string): void {
    const { min, max } = NUMBER_BOUNDS[key];
    const settings: MentoringSettings = this.ctx.settings;
    new Setting(containerEl)
      .setName(name)
      .setDesc(desc)
      .addText((text) => {
        text.inputEl.type = "number";
        text.inputEl.min = String(min);
        text.inputEl.max = String(max);
        text.setValue(String(settings[key])).onChange(async (value) => {
          const parsed = readWholeNumber(value, min, max);
          if (parsed === null) return; // keep the saved value until the input is a valid number
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

/** Adds the settings tab to the plugin. */
export function registerSettingsTab(ctx: MentoringContext): void {
  ctx.plugin.addSettingTab(new MentoringSettingTab(ctx));
}
