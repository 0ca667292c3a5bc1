// The one order of a relationship's sessions, the order they were held in: by date, then number, then
// file. An undated or unnumbered session sorts after the others, as where it belongs is unknown.
import { compareCodeUnits } from "../syntax/paths";
import type { Session } from "./types";

export function compareSessions(a: Pick<Session, "date" | "number" | "file">, b: Pick<Session, "date" | "number" | "file">): number {
  return compareMissingLast(a.date, b.date) || compareMissingLast(a.number, b.number) || compareCodeUnits(a.file, b.file);
}

/** Ascending, with null last. ISO dates compare correctly as strings. */
function compareMissingLast<T extends string | number>(a: T | null, b: T | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
