// `mentoring config`: the plugin's settings in data.json, shown or changed from the command line. A new
// value is checked by the same reader that loads the settings (so what the plugin would refuse is
// refused here, with the reason, writing nothing), and saved as the plugin saves: every key it does not
// know kept, two-space JSON, through the write path.
import type { CliCommand } from "./args";
import { PLUGIN_DATA_PATH } from "./vault-fs";
import { applyChanges } from "./write-path";
import { EXIT, refuse, say, writeFailed, type CliIo, type Opened } from "./context";
import {
  DEFAULT_SETTINGS,
  readSettings,
  readWholeNumber,
  SETTING_RULES,
  settingsToSave,
  type MentoringSettings,
  type NumberSetting,
  type SettingRule,
  type TemplatePaths,
} from "../core/notes/settings";
import { sanitizeRootFolder } from "../core/syntax/paths";
import type { Translate } from "../core/i18n";

type Config = Extract<CliCommand, { kind: "config" }>;

// Every key `config` knows, in the order `config get` lists them: the settings, then the three templates.
const SETTING_KEYS = [...Object.keys(SETTING_RULES), ...Object.keys(DEFAULT_SETTINGS.templates).map((kind) => `templates.${kind}`)];

/** What a key takes; the templates are paths, so text. */
function ruleOf(key: string): SettingRule {
  return SETTING_RULES[key as keyof typeof SETTING_RULES] ?? { kind: "text" };
}

function valueOf(settings: MentoringSettings, key: string): string | number | boolean {
  if (key.startsWith("templates.")) return settings.templates[key.slice("templates.".length) as keyof TemplatePaths];
  return (settings as unknown as Record<string, string | number | boolean>)[key] ?? "";
}

export function config(opened: Opened, command: Config, io: CliIo): number {
  const { t } = opened;
  if (command.key !== null && !SETTING_KEYS.includes(command.key)) {
    return refuse(io, t, t("cli.config.unknownKey", { key: command.key, keys: SETTING_KEYS.join(", ") }));
  }
  if (command.action === "get") {
    if (command.key !== null) io.out(`${valueOf(opened.settings, command.key)}\n`);
    else io.out(SETTING_KEYS.map((key) => `${key}=${valueOf(opened.settings, key)}\n`).join(""));
    return EXIT.ok;
  }
  const key = command.key ?? "";
  const value = parsed(key, command.value ?? "");
  const candidate = key.startsWith("templates.")
    ? { templates: { ...DEFAULT_SETTINGS.templates, [key.slice("templates.".length)]: value } }
    : { [key]: value };
  if (value === null || readSettings(candidate).invalidKeys.length > 0) {
    return refuse(io, t, t("cli.config.badValue", { key, value: command.value ?? "", expected: expected(key, t) }));
  }
  let saved: Record<string, unknown> = {};
  if (opened.data !== null) {
    try {
      const raw: unknown = JSON.parse(opened.data);
      if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new Error("not an object");
      saved = raw as Record<string, unknown>;
    } catch {
      return refuse(io, t, t("cli.config.unreadable", { path: PLUGIN_DATA_PATH }));
    }
  }
  const settings: MentoringSettings = { ...opened.settings, templates: { ...opened.settings.templates } };
  if (key.startsWith("templates.")) settings.templates[key.slice("templates.".length) as keyof TemplatePaths] = String(value);
  else (settings as unknown as Record<string, unknown>)[key] = value;
  if (valueOf(settings, key) === valueOf(opened.settings, key) && opened.data !== null) {
    say(io, t("cli.config.unchanged", { key }));
    return EXIT.ok;
  }
  // As the plugin's save: what was saved, with the settings over it; unknown keys stay.
  const text = JSON.stringify(settingsToSave(saved, settings), null, 2);
  const written = applyChanges(opened.vault, [{ path: PLUGIN_DATA_PATH, text, expected: opened.data }]);
  if (!written.ok) return writeFailed(io, written);
  io.out(`${key}=${valueOf(settings, key)}\n`);
  return EXIT.ok;
}

/** The value as the settings tab stores it (numbers as numbers, true and false as such, the root folder cleaned, text trimmed), or null. */
function parsed(key: string, text: string): string | number | boolean | null {
  const rule = ruleOf(key);
  if (rule.kind === "number") return readWholeNumber(text, key as NumberSetting);
  if (rule.kind === "switch") return text.trim() === "true" ? true : text.trim() === "false" ? false : null;
  // No fallback here: a name that cleans to nothing is refused rather than quietly made "Mentoring".
  if (rule.kind === "folder") return sanitizeRootFolder(text, "") || null;
  return text.trim();
}

function expected(key: string, t: Translate): string {
  const rule = ruleOf(key);
  if (rule.kind === "choice") return t("cli.config.expectOneOf", { choices: rule.choices.join("|") });
  if (rule.kind === "switch") return t("cli.config.expectOneOf", { choices: "true|false" });
  if (rule.kind === "number") return t("cli.config.expectNumber", { min: rule.min, max: rule.max });
  if (rule.kind === "folder") return t("cli.config.expectFolder");
  return t("cli.config.expectText");
}
