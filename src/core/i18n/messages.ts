// The shape every catalogue has: the English keys, each with a string. Kept apart from index.ts so
// that catalogues can name the type without importing the code that picks between them.
import type { en } from "./en";

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

/** The languages the product speaks and reads, English first (the reference catalogue). */
export const LANGUAGES = ["en", "da"] as const;
export type Language = (typeof LANGUAGES)[number];

/** A message of the catalogues with its values; a value may itself be a message (translated first). */
export interface ProblemMessage {
  key: MessageKey;
  values?: Record<string, string | number | ProblemMessage>;
}
