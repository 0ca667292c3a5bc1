// Problems as messages: each is made once from a catalogue message, which gives its English reason (the
// command line's JSON contract and the logs) and lets the dashboard show it in the user's language.
import { translatorFor, type MessageKey, type Translate } from "../i18n";
import type { Problem, ProblemMessage } from "./types";

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

const english = translatorFor("en");

/** A refused edit: the message, and its English words as the reason. */
export function refusal(text: ProblemMessage): { ok: false; reason: string; message: ProblemMessage } {
  return { ok: false, reason: messageText(text, english), message: text };
}

/** The problems of a note without any: most notes, so one shared, read-only empty list. */
export const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);

/** A problem with its message and the message's English words as its reason. */
export function problemOf(file: string, text: ProblemMessage, line?: number): Problem {
  const reason = messageText(text, english);
  return line === undefined ? { file, reason, message: text } : { file, reason, line, message: text };
}

/** What to show for a problem (or a refused edit) in the language `t` speaks: its message, or its reason when it has none. */
export function problemText(problem: Pick<Problem, "reason" | "message">, t: Translate): string {
  return problem.message === undefined ? problem.reason : messageText(problem.message, t);
}
