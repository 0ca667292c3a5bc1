// The plugin's settings: defaults, and a forgiving reader for data.json that keeps every good value,
// falls back to the default for each broken one, and says which.
import type { ActionFormat, Language, Role } from "./types";
import { sanitizeRootFolder } from "../syntax/paths";
import { LANGUAGES } from "../i18n";

export type CarryOver = "live" | "move";
export type TimeOutMode = "pick" | "next";
export type LanguageSetting = Language | "auto";

export interface TemplatePaths {
  agreement: string;
  session: string;
  firstSession: string;
}

export interface MentoringSettings {
  rootFolder: string;
  myName: string;
  defaultRole: Role;
  language: LanguageSetting;
  actionFormat: ActionFormat;
  carryOver: CarryOver;
  cadenceDays: number;
  meetingMinutes: number;
  meetingsPlanned: number;
  templates: TemplatePaths;
  timeOutMode: TimeOutMode;
  /** Rewrite `<root>/mentoring.ics` whenever the notes change. */
  keepCalendar: boolean;
}

export const DEFAULT_SETTINGS: Readonly<MentoringSettings> = Object.freeze({
  rootFolder: "Mentoring",
  myName: "",
  defaultRole: "mentor",
  language: "auto",
  actionFormat: "tasks",
  carryOver: "live",
  cadenceDays: 28,
  meetingMinutes: 60,
  meetingsPlanned: 6,
  templates: Object.freeze({ agreement: "", session: "", firstSession: "" }),
  timeOutMode: "pick",
  keepCalendar: false,
});

export interface SettingsRead {
  settings: MentoringSettings;
  /** Keys whose saved value was unusable and was replaced by the default. */
  invalidKeys: string[];
}

type SettingKey = Exclude<keyof MentoringSettings, "templates">;
export type NumberSetting = "cadenceDays" | "meetingMinutes" | "meetingsPlanned";

/** What a setting takes; a choice lists only values of the setting's own type. */
export type SettingRule = Rule<string> | Rule<number> | Rule<boolean>;
type Rule<T> = [T] extends [number]
  ? { kind: "number"; min: number; max: number }
  : [T] extends [boolean]
    ? { kind: "switch" }
    : { kind: "text" | "folder" } | { kind: "choice"; choices: readonly T[] };

/**
 * What each setting takes: the one place the reader below, the settings tab, the new-relationship form
 * and `mentoring config` check values by. Templates are paths (text) and are checked apart.
 */
export const SETTING_RULES: { readonly [K in SettingKey]: Rule<MentoringSettings[K]> } = {
  rootFolder: { kind: "folder" },
  myName: { kind: "text" },
  defaultRole: { kind: "choice", choices: ["mentor", "mentee"] },
  language: { kind: "choice", choices: ["auto", ...LANGUAGES] },
  actionFormat: { kind: "choice", choices: ["tasks", "dataview"] },
  carryOver: { kind: "choice", choices: ["live", "move"] },
  cadenceDays: { kind: "number", min: 1, max: 366 },
  meetingMinutes: { kind: "number", min: 5, max: 600 },
  meetingsPlanned: { kind: "number", min: 1, max: 200 },
  timeOutMode: { kind: "choice", choices: ["pick", "next"] },
  keepCalendar: { kind: "switch" },
};

function fits(rule: SettingRule, value: unknown): boolean {
  if (rule.kind === "number") return typeof value === "number" && Number.isInteger(value) && value >= rule.min && value <= rule.max;
  if (rule.kind === "choice") return typeof value === "string" && rule.choices.includes(value);
  if (rule.kind === "switch") return typeof value === "boolean";
  return typeof value === "string";
}

/** A number setting typed by the user: a whole number within the setting's bounds, or null. */
export function readWholeNumber(text: string, key: NumberSetting): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return fits(SETTING_RULES[key], value) ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads saved settings (already parsed JSON, or anything else) into complete, valid settings. */
export function readSettings(saved: unknown): SettingsRead {
  const settings: MentoringSettings = { ...DEFAULT_SETTINGS, templates: { ...DEFAULT_SETTINGS.templates } };
  const invalidKeys: string[] = [];
  if (saved === undefined || saved === null) return { settings, invalidKeys };
  if (!isRecord(saved)) return { settings, invalidKeys: ["(whole file)"] };

  const target = settings as unknown as Record<string, unknown>;
  for (const key of Object.keys(SETTING_RULES) as SettingKey[]) {
    if (!(key in saved)) continue;
    const value = saved[key];
    if (fits(SETTING_RULES[key], value)) target[key] = value;
    else invalidKeys.push(key);
  }
  if ("templates" in saved && !isRecord(saved.templates)) invalidKeys.push("templates");
  const templates = isRecord(saved.templates) ? saved.templates : {};
  for (const kind of Object.keys(settings.templates) as Array<keyof TemplatePaths>) {
    if (!(kind in templates)) continue;
    const value = templates[kind];
    if (typeof value === "string") settings.templates[kind] = value;
    else invalidKeys.push(`templates.${kind}`);
  }
  const cleanRoot = sanitizeRootFolder(settings.rootFolder);
  if (cleanRoot !== settings.rootFolder) {
    if (settings.rootFolder.trim() !== "") invalidKeys.push("rootFolder");
    settings.rootFolder = cleanRoot;
  }
  return { settings, invalidKeys };
}

/**
 * What data.json holds after a save: what was saved, with the settings over it. Keys we do not know (from
 * a newer version, or added by hand) stay, inside `templates` too.
 */
export function settingsToSave(saved: Record<string, unknown>, settings: MentoringSettings): Record<string, unknown> {
  const savedTemplates = isRecord(saved.templates) ? saved.templates : {};
  return { ...saved, ...settings, templates: { ...savedTemplates, ...settings.templates } };
}

/** Reads data.json text; invalid JSON gives the defaults and says so. */
export function readSettingsJson(text: string | null): SettingsRead {
  if (text === null) return readSettings(undefined);
  try {
    return readSettings(JSON.parse(text) as unknown);
  } catch {
    return { settings: readSettings(undefined).settings, invalidKeys: ["(whole file)"] };
  }
}

/** The language notes and UI use: the setting, or the app's language when it says "auto". */
export function effectiveLanguage(setting: LanguageSetting, appLanguage: string): Language {
  if (setting !== "auto") return setting;
  return appLanguage.toLowerCase().startsWith("da") ? "da" : "en";
}
