// Progress over a whole relationship, one row per session in meeting order: how many actions were agreed
// in it and where they stand now, and how many days passed since the meeting before. What the
// dashboard's chart, the text table and the JSON `progress` show.
import { daysBetween } from "../syntax/dates";
import type { IndexedRelationship } from "../index/relationship";
import type { IsoDate } from "../notes/types";

export interface ProgressRow {
  file: string;
  number: number | null;
  date: IsoDate | null;
  /** Every action line of the session, whatever its state now. */
  agreed: number;
  done: number;
  forwarded: number;
  cancelled: number;
  open: number;
  /** Days since the meeting before this one; null for the first, or when either date is unknown. */
  daysSincePrevious: number | null;
}

/** The relationship's sessions in meeting order (by date, undated last), each with its actions counted. */
export function progressOf(relationship: IndexedRelationship): ProgressRow[] {
  return relationship.sessions.map((session, i) => {
    const counts = { done: 0, forwarded: 0, cancelled: 0, open: 0 };
    for (const action of session.actions) counts[action.state] += 1;
    const previousDate = relationship.sessions[i - 1]?.date ?? null;
    return {
      file: session.file,
      number: session.number,
      date: session.date,
      agreed: session.actions.length,
      ...counts,
      daysSincePrevious: previousDate !== null && session.date !== null ? daysBetween(previousDate, session.date) : null,
    };
  });
}
