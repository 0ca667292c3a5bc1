// The one module that knows the task-line syntax: `<indent><marker> [<status>] <body>`, with due and
// completion dates as Tasks emoji (`📅 2026-12-01`, read from the end of the line as Tasks does) or
// Dataview inline fields (`[due:: 2026-12-01]`, anywhere). Every edit changes only the bytes it targets.
// The reading half lives in task-line-scan.ts, task-line-results.ts and task-line-tokens.ts, which only this
// module imports.
import { isIsoDate } from "./dates";
import { SPANS, withoutSpans } from "./task-line-results";
import { scanBody, TaskLineReader } from "./task-line-scan";
import { DONE, isBlank, KEY_COMPLETION, newPrefix, readPrefix, type Prefix } from "./task-line-tokens";
import type { IsoDate } from "./dates";

/** Who an action is for: the mentee unless marked `[owner:: mentor]`. */
export type Role = "mentor" | "mentee";
/** How due and completion dates are written: Tasks emoji (`📅 2026-12-01`) or Dataview fields (`[due:: 2026-12-01]`). */
export type ActionFormat = "tasks" | "dataview";
export type ActionState = "open" | "done" | "cancelled" | "forwarded";

/** One task line as this module reads it. */
export interface TaskLine {
  /** Leading whitespace, kept byte for byte. */
  indent: string;
  /** The list marker: `-`, `*`, `+` or `1.` / `1)`. */
  marker: string;
  /** The character between the brackets: ' ', 'x', 'X', '/', '-', '>', or any other. */
  status: string;
  /** Everything after `] `, as written (fields included). */
  body: string;
  /** The description without dates, owner field, block id: what a person reads. */
  text: string;
  due: IsoDate | null;
  completion: IsoDate | null;
  /** `mentor` when marked `[owner:: mentor]`, else `mentee` (the default owner of an action). */
  owner: Role;
  blockId: string | null;
  /** Which date syntax the line already uses, if any; null when it has no date field. */
  format: ActionFormat | null;
}

export { TaskLineReader };

/** What a new task line is made of; a parsed `TaskLine` fits too (its extra fields are ignored). */
export interface TaskLineInput {
  text: string;
  status?: string;
  due?: IsoDate | null;
  completion?: IsoDate | null;
  owner?: Role;
  indent?: string;
  marker?: string;
  blockId?: string | null;
  format?: ActionFormat | null;
}

const ONE_STATUS = /^[^\]\r\n]$/u;
const LINE_BREAKS = /[\r\n]+/g;

/** Parses one line (without its ending); null when it is not a task line (callouts, `- [] x`, plain items). */
export function parseTaskLine(line: string): TaskLine | null {
  return new TaskLineReader(line).read(0, line.length);
}

/** A line's prefix, or null when it is no task line. */
function matchPrefix(line: string): Prefix | null {
  const prefix = newPrefix();
  return readPrefix(line, 0, line.length, prefix) ? prefix : null;
}

export function actionState(status: string): ActionState {
  if (status === "x" || status === "X") return "done";
  if (status === "-") return "cancelled";
  if (status === ">") return "forwarded";
  return "open";
}

export function isOpenStatus(status: string): boolean {
  return actionState(status) === "open";
}

/** A cheap test before parsing: false means the line is certainly not a task line. */
export function lineHasTaskSyntax(line: string): boolean {
  return hasTaskSyntaxAt(line, 0, line.length);
}

/** `lineHasTaskSyntax` for the line `text[start, end)`, without slicing it. */
export function hasTaskSyntaxAt(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i >= end) return false;
  const code = text.charCodeAt(i);
  if (!(code === 45 || code === 42 || code === 43 || (code >= 48 && code <= 57))) return false;
  const open = text.indexOf("[", i);
  if (open === -1 || open >= end) return false;
  const close = text.indexOf("]", i);
  return close !== -1 && close < end;
}

/** Replaces only the status character; null when not a task line or `status` is not one character. */
export function setTaskStatus(line: string, status: string): string | null {
  const prefix = matchPrefix(line);
  if (!prefix || !ONE_STATUS.test(status)) return null;
  return line.slice(0, prefix.statusStart) + status + line.slice(prefix.statusEnd);
}

/** Inserts ` addition` at `at` (an offset in the body) and sets the status, keeping every other byte. */
function edited(line: string, prefix: Prefix, status: string, at: number, addition: string): string {
  const before = at === prefix.bodyStart && prefix.separated ? "" : " ";
  const after = at < line.length && !isBlank(line.charCodeAt(at)) ? " " : "";
  return line.slice(0, prefix.statusStart) + status + line.slice(prefix.statusEnd, at) + before + addition + after + line.slice(at);
}

/**
 * Ticks a task: status `x` plus a completion date in the line's own date format (`fallbackFormat` when it
 * has none), after its other fields and before a block id. Done lines come back unchanged; null for a
 * line that is not a task or an invalid date.
 */
export function completeTaskLine(line: string, date: IsoDate, fallbackFormat: ActionFormat): string | null {
  const prefix = matchPrefix(line);
  if (!prefix || !isIsoDate(date)) return null;
  if (actionState(line.slice(prefix.statusStart, prefix.statusEnd)) === "done") return line;
  const scan = scanBody(new TaskLineReader(line), prefix.bodyStart, line.length);
  if (scan.hasEmoji(DONE) || scan.hasInline(KEY_COMPLETION)) return setTaskStatus(line, "x");
  // A priority or recurrence alone still means Tasks reads this line: keep its emoji readable from the end.
  const format = scan.dateFormat() ?? (scan.emojiCount > 0 ? "tasks" : fallbackFormat);
  return edited(line, prefix, "x", scan.appendAt, format === "tasks" ? `✅ ${date}` : `[completion:: ${date}]`);
}

/** Unticks a done task: status back to a space and its completion field removed. Other lines unchanged. */
export function uncompleteTaskLine(line: string): string | null {
  const prefix = matchPrefix(line);
  if (!prefix) return null;
  if (actionState(line.slice(prefix.statusStart, prefix.statusEnd)) !== "done") return line;
  const scan = scanBody(new TaskLineReader(line), prefix.bodyStart, line.length);
  let count = 0;
  for (let i = 0; i < scan.emojiCount; i++) {
    if (scan.emojiKind[i] !== DONE) continue;
    SPANS[2 * count] = scan.emojiStart[i] as number;
    SPANS[2 * count++ + 1] = scan.emojiEnd[i] as number;
  }
  for (let i = 0; i < scan.inlineCount; i++) {
    if (scan.inlineKey[i] !== KEY_COMPLETION) continue;
    SPANS[2 * count] = scan.inlineStart[i] as number;
    SPANS[2 * count++ + 1] = scan.inlineEnd[i] as number;
  }
  const newBody = count === 0 ? line.slice(prefix.bodyStart) : withoutSpans(line, prefix.bodyStart, line.length, SPANS, count);
  return line.slice(0, prefix.statusStart) + " " + line.slice(prefix.statusEnd, prefix.bodyStart) + newBody;
}

/**
 * Marks a task as moved on (`[>]`) with a note of where to: `link` is a note name (written as
 * `(moved to [[link]])`) or a ready-made note holding a wiki link (e.g. translated). The note goes after
 * the words, before Tasks fields and a block id. Idempotent; null when not a task line or `link` is empty.
 */
export function forwardTaskLine(line: string, link: string): string | null {
  const prefix = matchPrefix(line);
  const trimmed = link.replace(LINE_BREAKS, " ").trim();
  if (!prefix || trimmed === "") return null;
  const note = trimmed.includes("[[") ? trimmed : `(moved to [[${trimmed}]])`;
  if (line.slice(prefix.bodyStart).includes(note)) return setTaskStatus(line, ">");
  return edited(line, prefix, ">", scanBody(new TaskLineReader(line), prefix.bodyStart, line.length).textEnd, note);
}

/**
 * The line without its trailing block id (` ^id` and the blanks before it; blanks after it stay): a copy
 * of a task elsewhere must not claim the original's block. Lines without one come back unchanged; null
 * when not a task line.
 */
export function withoutBlockId(line: string): string | null {
  const prefix = matchPrefix(line);
  if (!prefix) return null;
  const scan = scanBody(new TaskLineReader(line), prefix.bodyStart, line.length);
  if (scan.blockIdStart === -1) return line;
  let start = scan.blockIdStart;
  while (start > prefix.bodyStart && isBlank(line.charCodeAt(start - 1))) start--;
  return line.slice(0, start) + line.slice(scan.blockIdEnd);
}

/**
 * Writes a new task line: words, then the owner field (only for the mentor), then dates, then a block id;
 * Tasks reads its emoji from the end, so nothing else follows them. `format` defaults to the input's own.
 * Line breaks in the text become spaces: one task is one line.
 */
export function formatTaskLine(input: TaskLineInput, format?: ActionFormat): string {
  const chosen = format ?? input.format ?? "tasks";
  const status = input.status !== undefined && ONE_STATUS.test(input.status) ? input.status : " ";
  const parts: string[] = [];
  const text = input.text.replace(LINE_BREAKS, " ").trim();
  if (text !== "") parts.push(text);
  if (input.owner === "mentor") parts.push("[owner:: mentor]");
  if (input.due) parts.push(chosen === "tasks" ? `📅 ${input.due}` : `[due:: ${input.due}]`);
  if (input.completion) parts.push(chosen === "tasks" ? `✅ ${input.completion}` : `[completion:: ${input.completion}]`);
  if (input.blockId) parts.push(`^${input.blockId}`);
  return `${input.indent ?? ""}${input.marker ?? "-"} [${status}] ${parts.join(" ")}`;
}
