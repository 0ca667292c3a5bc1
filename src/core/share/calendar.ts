// The iCalendar file that lets a phone's calendar remind the user while Obsidian is closed: one event
// for each active relationship's next meeting, one for each open action with a due date. UIDs depend
// only on what an event is about (the relationship and the meeting's number, the action's words), so a
// calendar that subscribes to the file updates an event instead of adding a second one.
import ical from "ical-generator";
import type { DashboardModel } from "../dashboard/dashboard";
import type { Translate } from "../i18n";
import type { IsoDate } from "../notes/types";

const UID_DOMAIN = "mentoring-notes";

/**
 * The calendar of a dashboard model (built without done actions) as iCalendar text, its events in the
 * model's order. `stamp` is the day the file is made (DTSTAMP): passed in, so the same vault on the same
 * day gives the same bytes.
 */
export function calendarText(model: DashboardModel, stamp: IsoDate, t: Translate): string {
  const calendar = ical({ name: t("calendar.name"), prodId: { company: UID_DOMAIN, product: UID_DOMAIN } });
  const addEvent = (uid: string, date: IsoDate, summary: string, description: string): void => {
    calendar.createEvent({ id: uid, start: utcDay(date), allDay: true, stamp: utcDay(stamp), summary, description });
  };
  const active = new Set(model.relationships.filter((row) => row.status !== "ended").map((row) => row.folder));
  for (const row of model.relationships) {
    if (!active.has(row.folder) || row.nextMeeting === null) continue;
    // The meeting after the sessions held so far: a new date for it keeps its UID.
    const uid = `meeting-${stableHash(row.folder)}-${row.sessionsHeld + 1}@${UID_DOMAIN}`;
    addEvent(uid, row.nextMeeting, t("calendar.meeting", { name: row.name }), row.folder);
  }
  for (const group of model.groups) {
    if (!active.has(group.folder)) continue;
    const seen = new Map<string, number>();
    for (const action of group.actions) {
      if (action.state !== "open" || action.due === null) continue;
      // Two open actions with the same words in one relationship are told apart by their order.
      const occurrence = (seen.get(action.text) ?? 0) + 1;
      seen.set(action.text, occurrence);
      const uid = `action-${stableHash(`${group.folder}\n${action.text}`)}-${occurrence}@${UID_DOMAIN}`;
      const summary = t("calendar.action", { text: action.text, owner: t(`role.${action.owner}`), name: group.name });
      addEvent(uid, action.due, summary, action.file);
    }
  }
  return calendar.toString();
}

function utcDay(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** FNV-1a over the UTF-16 code units, as eight hex digits: short, stable across runs and platforms. */
function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
