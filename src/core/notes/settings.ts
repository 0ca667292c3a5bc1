// The plugin's settings: defaults, and a forgiving reader for data.json that keeps every good value,
// falls back to the default for each broken one, and says which.
import type { ActionFormat, Language, Role } from "./types";
import { sanitizeRootFolder } from "../syntax/paths";

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

type Check<T> = (value: unknown) => value is T;

const isString: Check<string> = (value): value is string => typeof value === "string";
const isBoolean: Check<boolean> = (value): value is boolean => typeof value === "boolean";
const oneOf =
  <T extends string>(...options: T[]): Check<T> =>
  (value): value is T =>
    typeof value === "string" && (options as string[]).includes(value);
const wholeNumberIn =
  (min: number, max: number): Check<number> =>
  (value): value is number =>
    typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;

const CHECKS: { [K in Exclude<keyof MentoringSettings, "templates">]: Check<MentoringSettings[K]> } = {
  rootFolder: isString,
  myName: isString,
  defaultRole: oneOf("mentor", "mentee"),
  language: oneOf("auto", "en", "da"),
  actionFormat: oneOf("tasks", "dataview"),
  carryOver: oneOf("live", "move"),
  cadenceDays: wholeNumberIn(1, 366),
  meetingMinutes: wholeNumberIn(5, 600),
  meetingsPlanned: wholeNumberIn(1, 200),
  timeOutMode: oneOf("pick", "next"),
  keepCalendar: isBoolean,
};

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
  for (const key of Object.keys(CHECKS) as Array<keyof typeof CHECKS>) {
    if (!(key in saved)) continue;
    const value = saved[key];
    if (CHECKS[key](value)) target[key] = value;
    else invalidKeys.push(key);
  }
  if ("templates" in saved) {
    const templates = saved.templates;
    if (!isRecord(templates)) invalidKeys.push("templates");
    else {
      for (const kind of Object.keys(settings.templates) as Array<keyof TemplatePaths>) {
        if (!(kind in templates)) continue;
        const value = templates[kind];
        if (isString(value)) settings.templates[kind] = value;
        else invalidKeys.push(`templates.${kind}`);
      }
    }
  }
  const cleanRoot = sanitizeRootFolder(settings.rootFolder);
  if (cleanRoot !== settings.rootFolder) {
    if (settings.rootFolder.trim() !== "") invalidKeys.push("rootFolder");
    settings.rootFolder = cleanRoot;
  }
  return { settings, invalidKeys };
}

/** Reads data.json text; invalid JSON gives the defaults and says so. */
export function readSettingsJson(text: string | null): SettingsRead {
  if (text === null) return readSettings(undefined);
  try {
    return readSettings(JSON.parse(text) as unknown);
  } catch {
    const read = readSettings(undefined);
    return { settings: read.settings, invalidKeys: ["(whole file)"] };
  }
}

/** The language notes and UI use: the setting, or the app's language when it says "auto". */
export function effectiveLanguage(setting: LanguageSetting, appLanguage: string): Language {
  if (setting !== "auto") return setting;
  return appLanguage.toLowerCase().startsWith("da") ? "da" : "en";
}
