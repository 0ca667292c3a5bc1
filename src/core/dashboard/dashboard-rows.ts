// The rows of the dashboard's action groups: plain objects, each read once from the action it stands for.
import { lostMoves, reopened } from "../notes/lost-moves";
import { compareByDue } from "../index/relationship";
import type { ActionRow, OwnerFilter } from "./model";
import type { IndexedRelationship } from "../index/vault-index";
import type { Action, IsoDate } from "../notes/types";

/** The rows of one relationship's actions for a build: its open ones, then (with `showDone`) its done ones. */
export function actionRowsOf(relationship: IndexedRelationship, name: string, today: IsoDate, owner: OwnerFilter, showDone: boolean): ActionRow[] {
  const myRole = relationship.agreement.role;
  const keep = (action: Action): boolean => owner === "all" || (action.owner === myRole) === (owner === "me");
  const shown = withLostMoves(relationship).filter(keep);
  if (showDone) shown.push(...relationship.doneActions().filter(keep));
  // One description of each session, shared by the rows of its actions.
  const sessions = new Map<string, ActionRow["session"]>();
  return shown.map((action) => {
    let session = sessions.get(action.file);
    if (session === undefined) {
      const note = relationship.sessionOf(action.file);
      session = { file: action.file, number: note?.number ?? null, date: note?.date ?? null };
      sessions.set(action.file, session);
    }
    return {
      relationship: relationship.folder,
      relationshipName: name,
      text: action.task.text,
      owner: action.owner,
      mine: action.owner === myRole,
      due: action.due,
      state: action.state,
      done: action.state === "done",
      completed: action.task.completion,
      overdue: action.state === "open" && action.due !== null && action.due < today,
      file: action.file,
      line: action.line,
      raw: action.raw,
      session,
    };
  });
}

/**
 * The relationship's open actions with the forwarded ones whose new session lost them (see lost-moves.ts),
 * in the same order: due day (undated last), then file, then line.
 */
function withLostMoves(relationship: IndexedRelationship): readonly Action[] {
  const lost = lostMoves(relationship.sessions);
  if (lost.length === 0) return relationship.openActions;
  return [...relationship.openActions, ...lost.map(reopened)].sort(compareByDue);
}
