// Progress over a whole relationship, one row per session in meeting order: how many actions were agreed
// in it and where they stand now, and how many days passed since the meeting before. What the
// dashboard's chart, the text table and the JSON `progress` show.
import { daysSinceEpoch } from "../syntax/dates";
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
  // The day count of the session before, each date read once; null for none or an undated one.
  let previousDay: number | null = null;
  return relationship.sessions.map((session) => {
    const day = session.date === null ? null : daysSinceEpoch(session.date);
    const row: ProgressRow = {
      file: session.file,
      number: session.number,
      date: session.date,
      agreed: session.actions.length,
      done: 0,
      forwarded: 0,
      cancelled: 0,
      open: 0,
      daysSincePrevious: previousDay !== null && day !== null ? day - previousDay : null,
    };
    for (const action of session.actions) row[action.state] += 1;
    previousDay = day;
    return row;
  });
}
