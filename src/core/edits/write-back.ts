// Ticking (or unticking) an action from the dashboard, as a text edit on its source note. The dashboard
// may be stale: the line is checked first, found again by content when it moved, and refused when it
// changed or is ambiguous. Only that one line changes; every other byte, line endings included, stays.
import { completeTaskLine, uncompleteTaskLine } from "../syntax/task-line";
import { parseIsoDate } from "../syntax/dates";
import { joinLines, splitLines, type Line } from "../syntax/text";
import type { ActionFormat, IsoDate } from "../notes/types";

/** What the dashboard showed: the 0-based line and the exact text it had then. */
export interface ExpectedLine {
  line: number;
  raw: string;
}

export type WriteBackResult = { ok: true; text: string; line: number } | { ok: false; reason: string };

/** Marks the action done with today's completion date (written in its own format, else `fallbackFormat`). */
export function completeActionInText(text: string, expected: ExpectedLine, today: IsoDate, fallbackFormat: ActionFormat): WriteBackResult {
  if (parseIsoDate(today) === null) return { ok: false, reason: `"${today}" is not a date in YYYY-MM-DD form; nothing was written.` };
  return editTaskLine(text, expected, (raw) => completeTaskLine(raw, today, fallbackFormat));
}

/** Opens a done action again, removing its completion date. */
export function uncompleteActionInText(text: string, expected: ExpectedLine): WriteBackResult {
  return editTaskLine(text, expected, uncompleteTaskLine);
}

/** `edit` gives the edited line, or null when the line is not a task (task-line.ts owns the task syntax). */
function editTaskLine(text: string, expected: ExpectedLine, edit: (raw: string) => string | null): WriteBackResult {
  const lines = splitLines(text);
  const found = findExpectedLine(lines, expected);
  if (!found.ok) {
    const reason =
      found.matches === 0
        ? `The task shown at line ${expected.line + 1} is no longer in the note (it was changed or removed); nothing was written.`
        : `The task shown at line ${expected.line + 1} moved, and ${found.matches} identical lines now match it; nothing was written so as not to tick the wrong one.`;
    return { ok: false, reason };
  }
  const line = lines[found.line] as Line;
  const newText = edit(line.text);
  if (newText === null) return { ok: false, reason: `Line ${found.line + 1} is not a task line any more; nothing was written.` };
  if (newText.includes("\n") || newText.includes("\r")) return { ok: false, reason: `The edit of line ${found.line + 1} would split it in two; nothing was written.` };
  lines[found.line] = { text: newText, eol: line.eol };
  return { ok: true, text: joinLines(lines), line: found.line };
}

/**
 * Where a line read earlier is now: at its place if it still reads the same, else the one line in the note
 * that reads exactly the same (lines above it were added or removed). Otherwise how many lines read the
 * same: none (it changed or went away), or several (which one was meant cannot be told).
 */
export function findExpectedLine(lines: readonly { text: string }[], expected: ExpectedLine): { ok: true; line: number } | { ok: false; matches: number } {
  if (lines[expected.line]?.text === expected.raw) return { ok: true, line: expected.line };
  const matches = lines.flatMap((line, index) => (line.text === expected.raw ? [index] : []));
  return matches.length === 1 ? { ok: true, line: matches[0] as number } : { ok: false, matches: matches.length };
}
