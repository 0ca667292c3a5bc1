// Loading and saving data.json. A hand-edited or corrupt file loads with defaults for the broken values,
// says so once, and is left untouched until the user changes a setting (then unknown keys are kept).
import type { Plugin } from "obsidian";
import { readSettings, settingsToSave, type MentoringSettings } from "../core/notes/settings";

export interface LoadedSettings {
  settings: MentoringSettings;
  invalidKeys: string[];
}

export class SettingsStore {
  /** What was saved, as read: keys we do not know (from a newer version, or the user) survive a save. */
  private saved: Record<string, unknown> = {};

  constructor(private readonly plugin: Plugin) {}

  async load(): Promise<LoadedSettings> {
    let raw: unknown;
    try {
      raw = await this.plugin.loadData();
    } catch {
      // Invalid JSON: defaults for everything, and the file stays as it is until a setting changes.
      return { settings: readSettings(undefined).settings, invalidKeys: ["(whole file)"] };
    }
    if (typeof raw === "object" && raw !== null && !Array.isArray(raw)) this.saved = { ...(raw as Record<string, unknown>) };
    return readSettings(raw);
  }

  async save(settings: MentoringSettings): Promise<void> {
    this.saved = settingsToSave(this.saved, settings);
    await this.plugin.saveData(this.saved);
  }
}
