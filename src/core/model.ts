// Parses one note's text into the model: an agreement, a session, an unreadable mentoring note, or
// nothing of ours. Text in, data out: the plugin, the command line and the tests all use this.
import { actionState, parseTaskLine } from "./actions";
import { readFrontmatter, readFrontmatterType } from "./frontmatter";
import { scanMarkdown, type MarkdownLine } from "./markdown";
import { NOTE_TYPES, readAgreementFields, readSessionFields } from "./schema";
import { sectionOfLines, type SectionId } from "./sections";
import { folderOf } from "./paths";
import type { Action, Agreement, Goal, ParsedNote, Problem, Session, TaskLine } from "./types";

export const MAX_GOALS = 3;

/** Is this note one of ours? Looks only at the frontmatter `type`, so ordinary notes cost next to nothing. */
export function mentoringTypeOf(text: string): "agreement" | "session" | null {
  const type = readFrontmatterType(text);
  if (type === NOTE_TYPES.agreement) return "agreement";
  if (type === NOTE_TYPES.session) return "session";
  return null;
}

export function parseNote(file: string, text: string): ParsedNote {
  const kind = mentoringTypeOf(text);
  if (kind === null) return { kind: "other" };
  const problems: Problem[] = [];
  const frontmatter = readFrontmatter(text);
  let data: Record<string, unknown> = {};
  if (frontmatter.kind === "ok") data = frontmatter.data;
  else if (frontmatter.kind === "problem") {
    problems.push({ file, reason: `Frontmatter cannot be read: ${frontmatter.reason}`, line: frontmatter.line });
  }
  const lines = scanMarkdown(text);
  const folder = folderOf(file);

  if (kind === "agreement") {
    const { fields, problems: fieldProblems } = readAgreementFields(data, file);
    problems.push(...fieldProblems);
    const goals = tasksInSection(lines, "goals").map(({ index, raw, task }) => toGoal(file, index, raw, task));
    if (goals.length > MAX_GOALS) {
      problems.push({
        file,
        reason: `The agreement lists ${goals.length} goals; an agreement holds at most ${MAX_GOALS}. Only the first ${MAX_GOALS} are shown.`,
        line: (goals[MAX_GOALS]?.line ?? 0) + 1,
      });
    }
    const note: Agreement = { kind: "agreement", file, folder, ...fields, goals };
    return { kind: "agreement", note, problems };
  }

  const { fields, problems: fieldProblems } = readSessionFields(data, file);
  problems.push(...fieldProblems);
  const actions: Action[] = tasksInSection(lines, "actions").map(({ index, raw, task }) => ({
    file,
    line: index,
    raw,
    task,
    state: actionState(task.status),
  }));
  const note: Session = { kind: "session", file, folder, ...fields, actions };
  return { kind: "session", note, problems };
}

interface FoundTask {
  index: number;
  raw: string;
  task: TaskLine;
}

/** Task lines in every section with this id (nested tasks included; code, comments and frontmatter never). */
export function tasksInSection(lines: readonly MarkdownLine[], id: SectionId): FoundTask[] {
  const sectionOfLine = sectionOfLines(lines);
  const found: FoundTask[] = [];
  for (const line of lines) {
    if (line.block !== "body" || sectionOfLine[line.index] !== id) continue;
    const task = parseTaskLine(line.text);
    if (task) found.push({ index: line.index, raw: line.text, task });
  }
  return found;
}

function toGoal(file: string, line: number, raw: string, task: TaskLine): Goal {
  const state = actionState(task.status);
  return { file, line, raw, text: task.text, achieved: state === "done", completion: task.completion };
}
