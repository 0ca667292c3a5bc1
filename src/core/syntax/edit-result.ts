// What every text edit returns: the new text, or a reason and no change. Edits never throw on bad input.
import { messageText, translatorFor, type ProblemMessage } from "../i18n";

export type EditResult = { ok: true; text: string; changed: boolean } | { ok: false; reason: string; message?: ProblemMessage };

/** A refused edit: the message, and its English words as the reason. */
export function refusal(text: ProblemMessage): { ok: false; reason: string; message: ProblemMessage } {
  return { ok: false, reason: messageText(text, translatorFor("en")), message: text };
}
