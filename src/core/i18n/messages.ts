// The shape every catalogue has: the English keys, each with a string. Kept apart from index.ts so
// that catalogues can name the type without importing the code that picks between them.
import type { en } from "./en";

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
