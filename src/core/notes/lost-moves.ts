// Actions a move forwarded to a session that no longer holds them: the new session was deleted (the
// natural undo of "start a session"), or its copy of the action was removed. Such an action has no open
// copy anywhere, so it counts as open again where it was forwarded from: the dashboard shows it and the
// next new session in "move" mode carries it over, pointing its forward link at the new note.
import { BACK_LINK, FORWARD_LINK, linkedNames, noteNameOf, withoutLinkNotes } from "./move-links";
import type { Action, Session } from "./types";

/**
 * The forwarded actions of `sessions` (one relationship's) whose target session is missing or holds
 * fewer copies linking back than were forwarded to it, in session then line order. Only forwards we wrote
 * count (`(moved to [[…]])`); a `[>]` line written by hand is the user's own. A copy counts for the
 * original with the same words; copies whose words were edited count for the originals left over.
 */
export function lostMoves(sessions: readonly Session[]): Action[] {
  // The forwarded originals of one session that link to one note name.
  const groups = new Map<string, { source: Session; target: string; originals: Action[] }>();
  for (const source of sessions) {
    for (const action of source.actions) {
      if (action.state !== "forwarded") continue;
      const target = linkedNames(action.raw, FORWARD_LINK).pop();
      if (target === undefined) continue;
      const key = `${source.file}\n${target}`;
      const group = groups.get(key) ?? { source, target, originals: [] };
      group.originals.push(action);
      groups.set(key, group);
    }
  }
  if (groups.size === 0) return [];

  const byName = new Map<string, Session[]>();
  for (const session of sessions) {
    const name = noteNameOf(session.file);
    const named = byName.get(name);
    if (named === undefined) byName.set(name, [session]);
    else named.push(session);
  }
  const lost = new Set<Action>();
  for (const { source, target, originals } of groups.values()) {
    const sourceName = noteNameOf(source.file);
    const copies = (byName.get(target) ?? [])
      .filter((session) => session !== source)
      .flatMap((session) => session.actions.filter((action) => linkedNames(action.raw, BACK_LINK).includes(sourceName)))
      .map(wordsOf);
    const unmatched = originals.filter((original) => {
      const at = copies.indexOf(wordsOf(original));
      if (at === -1) return true;
      copies.splice(at, 1);
      return false;
    });
    for (const original of unmatched.slice(copies.length)) lost.add(original);
  }
  if (lost.size === 0) return [];
  return sessions.flatMap((session) => session.actions.filter((action) => lost.has(action)));
}

/** What a person reads of an action, without our link notes or spacing differences: what a copy keeps. */
function wordsOf(action: Action): string {
  return withoutLinkNotes(withoutLinkNotes(action.task.text, FORWARD_LINK), BACK_LINK).replace(/\s+/g, " ").trim();
}

/** A lost action as the dashboard lists it: open, with its due date and owner, on its own `[>]` line. */
export function reopened(action: Action): Action {
  return { ...action, state: "open" };
}
