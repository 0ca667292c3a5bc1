// Problems as messages: each is made once from a catalogue message, which gives its English reason (the
// command line's JSON contract and the logs) and lets the dashboard show it in the user's language.
import { messageText, translatorFor, type ProblemMessage, type Translate } from "../i18n";
import type { Problem } from "./types";

/** A problem with its message and the message's English words as its reason. */
export function problemOf(file: string, text: ProblemMessage, line?: number): Problem {
  const reason = messageText(text, translatorFor("en"));
  return line === undefined ? { file, reason, message: text } : { file, reason, line, message: text };
}

/** What to show for a problem (or a refused edit) in the language `t` speaks: its message, or its reason when it has none. */
export function problemText(problem: Pick<Problem, "reason" | "message">, t: Translate): string {
  return problem.message === undefined ? problem.reason : messageText(problem.message, t);
}
