// Parses one note's text into the model: an agreement, a session, an unreadable mentoring note, or
// nothing of ours. Text in, data out: the plugin, the command line and the tests all use this.
import { actionState, parseTaskLine } from "../syntax/task-line";
import { actionOf } from "./action";
import { locateFrontmatter, NO_VALUES, readFrontmatterType, readFrontmatterValues, type FrontmatterValues } from "../syntax/frontmatter";
import { scanMarkdown, type MarkdownLine } from "../syntax/markdown";
import { agreementOf, NOTE_TYPES, sessionOf } from "./schema";
import type { SectionId } from "./section-names";
import { sectionOfLines } from "./sections";
import { folderOf } from "../syntax/paths";
import { message } from "../i18n";
import { NO_PROBLEMS, problemOf } from "./problems";
import type { Action, Goal, ParsedNote, Problem } from "./types";

export const MAX_GOALS = 3;

/** Is this note one of ours? Looks only at the frontmatter `type`, so ordinary notes cost next to nothing. */
export function mentoringTypeOf(text: string): "agreement" | "session" | null {
  return kindOfType(readFrontmatterType(text));
}

function kindOfType(type: string | null): "agreement" | "session" | null {
  if (type === NOTE_TYPES.agreement) return "agreement";
  if (type === NOTE_TYPES.session) return "session";
  return null;
}


export function parseNote(file: string, text: string): ParsedNote {
  // One look at the frontmatter serves both questions: is the note ours, and what are its fields.
  const block = locateFrontmatter(text);
  const kind = kindOfType(readFrontmatterType(text, block));
  if (kind === null) return { kind: "other" };
  const frontmatter = readFrontmatterValues(text, block);
  let data: FrontmatterValues = NO_VALUES;
  let unreadable: Problem | null = null;
  if (frontmatter.kind === "ok") data = frontmatter.values;
  else if (frontmatter.kind === "problem") {
    unreadable = problemOf(file, message("problem.frontmatter", { reason: frontmatter.message }), frontmatter.line);
  }
  const folder = folderOf(file);
  const scan = scanMarkdown(text);
  const sections = sectionOfLines(scan);

  if (kind === "agreement") {
    const goals: Goal[] = [];
    for (const line of linesOf(scan, sections, "goals")) {
      const task = parseTaskLine(line.text);
      if (task === null) continue;
      goals.push({ file, line: line.index, raw: line.text, text: task.text, achieved: actionState(task.status) === "done", completion: task.completion });
    }
    const { note, problems } = agreementOf(data, file, folder, goals);
    const tooMany =
      goals.length > MAX_GOALS
        ? problemOf(file, message("problem.tooManyGoals", { count: goals.length, max: MAX_GOALS }), (goals[MAX_GOALS]?.line ?? 0) + 1)
        : null;
    return { kind: "agreement", note, problems: problemsOf(unreadable, problems, tooMany) };
  }

  const actions: Action[] = [];
  for (const line of linesOf(scan, sections, "actions")) {
    const action = actionOf(file, line.index, line.text);
    if (action !== null) actions.push(action);
  }
  const { note, problems } = sessionOf(data, file, folder, actions);
  return { kind: "session", note, problems: problemsOf(unreadable, problems, null) };
}

/** A note's problems in reading order: its frontmatter, its fields, then its body. */
function problemsOf(frontmatter: Problem | null, fields: readonly Problem[], body: Problem | null): readonly Problem[] {
  if (frontmatter === null && fields.length === 0 && body === null) return NO_PROBLEMS;
  const problems: Problem[] = [];
  if (frontmatter !== null) problems.push(frontmatter);
  problems.push(...fields);
  if (body !== null) problems.push(body);
  return problems;
}

/** The body lines of the sections with this id (never a heading, code, comment or frontmatter). */
function linesOf(scan: readonly MarkdownLine[], sections: ReadonlyArray<SectionId | null>, id: SectionId): MarkdownLine[] {
  return scan.filter((line) => line.block === "body" && line.heading === null && sections[line.index] === id);
}
