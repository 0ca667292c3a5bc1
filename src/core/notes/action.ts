// An action is a task line under a session's Actions heading, read once into a plain object.
import { actionState, parseTaskLine } from "../syntax/task-line";
import { dayNumber } from "../syntax/dates";
import type { Action } from "./types";

/** The action on line `line` (0-based) of `file`, whose text is `raw`; null when `raw` is no task line. */
export function actionOf(file: string, line: number, raw: string): Action | null {
  const task = parseTaskLine(raw);
  if (task === null) return null;
  return { file, line, raw, state: actionState(task.status), due: task.due, dueDay: dayNumber(task.due), owner: task.owner, task };
}
