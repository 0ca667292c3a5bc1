// Where the next session sits in a relationship: its number, its phase and the session before it.
// Pure: sessions in, answers out.
import { compareSessions } from "./session-order";
import type { IsoDate, Phase, Session } from "./types";

/** What planning needs of a session: any parsed session will do. */
export type SessionLike = Pick<Session, "file" | "number" | "date">;

/**
 * The next session number: one more than the highest number so far. A session without a number counts
 * as the one after the highest number dated before it (a gap stays a gap: 1, 2, 5 gives 6; 1, 2, 5 and
 * an unnumbered session dated after 5 gives 7). Sessions out of date order change nothing: numbers win.
 * Never less than the count of sessions plus one, so conflicting data (an unnumbered session dated before
 * session 1) cannot make two notes share a number.
 */
export function nextSessionNumber(sessions: readonly SessionLike[]): number {
  let highest = 0;
  for (const session of [...sessions].sort(compareSessions)) {
    const number = session.number !== null && Number.isInteger(session.number) && session.number > 0 ? session.number : null;
    highest = number === null ? highest + 1 : Math.max(highest, number);
  }
  return Math.max(highest + 1, sessions.length + 1);
}

/**
 * The phase of the meeting that is the `count`-th of the relationship (1-based), against the plan:
 * - the first meeting is the start;
 * - the last quarter of the planned meetings (rounded up, at least the last one) is the final phase,
 *   and so is every meeting beyond the plan;
 * - everything between is the middle.
 * The start wins when the two overlap (a plan of one meeting). A plan below one counts as one.
 */
export function phaseFor(count: number, meetingsPlanned: number): Phase {
  if (count <= 1) return "start";
  const planned = Math.max(1, Math.floor(meetingsPlanned));
  const finalPhase = Math.max(1, Math.ceil(planned / 4));
  return count > planned - finalPhase ? "final" : "middle";
}

/** The session before a new one: the latest by date, then by number. Null when there is none. */
export function previousSession<T extends SessionLike>(sessions: readonly T[]): T | null {
  return sessions.reduce<T | null>((latest, session) => (latest === null || compareSessions(session, latest) > 0 ? session : latest), null);
}

/** The session of this relationship already dated `today`, if any (the newest by number). */
export function sessionOnDay<T extends SessionLike>(sessions: readonly T[], today: IsoDate): T | null {
  return previousSession(sessions.filter((session) => session.date === today));
}
