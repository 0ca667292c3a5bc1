// Picking a catalogue and filling in a message. Every user-facing word comes through here, so the
// plugin, the command line and the notes speak the language the user chose.
import { da } from "./da";
import { en } from "./en";
import type { Language, MessageKey, Messages, ProblemMessage } from "./messages";

export type { Language, MessageKey, Messages, ProblemMessage } from "./messages";
export { LANGUAGES } from "./messages";

/** A message of the user's catalogue with its values filled in: how UI code and core texts speak. */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const CATALOGUES: Record<Language, Messages> = { en, da };

export function catalogue(lang: Language): Messages {
  return CATALOGUES[lang];
}

// `{name}`: a word of letters, digits and `_`. Anything else in braces is text, not a placeholder.
const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** The placeholder names in a message, each once, in order. */
export function placeholdersOf(message: string): string[] {
  const names: string[] = [];
  for (const match of message.matchAll(PLACEHOLDER)) {
    const name = match[1];
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * The message for `key` in `lang`, with each `{name}` replaced by `vars[name]`. A placeholder with no
 * value stays as written, so a missing value shows instead of vanishing. Values are never re-read.
 */
export function translate(lang: Language, key: MessageKey, vars?: Record<string, string | number>): string {
  const message = catalogue(lang)[key];
  if (!vars) return message;
  return message.replace(PLACEHOLDER, (whole: string, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

/** `translate` with the language fixed: the `t` that core texts and views are given. */
export function translatorFor(lang: Language): Translate {
  return (key, vars) => translate(lang, key, vars);
}

/** Danish for `da`, `da-DK`, `da_DK` (any case); English for everything else. */
export function languageFromLocale(locale: string): Language {
  const primary = locale.trim().toLowerCase().split(/[-_]/)[0];
  return primary === "da" ? "da" : "en";
}

export function message(key: MessageKey, values?: ProblemMessage["values"]): ProblemMessage {
  return values === undefined ? { key } : { key, values };
}

/** A message's words as `t` gives them; values that are messages are translated first. */
export function messageText(text: ProblemMessage, t: Translate): string {
  if (text.values === undefined) return t(text.key);
  const vars: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.values)) vars[name] = typeof value === "object" ? messageText(value, t) : value;
  return t(text.key, vars);
}
