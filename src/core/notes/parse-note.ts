// Parses one note's text into the model: an agreement, a session, an unreadable mentoring note, or
// nothing of ours. Text in, data out: the plugin, the command line and the tests all use this.
import { actionState, parseTaskLine } from "../syntax/task-line";
import { actionOf } from "./action";
import { locateFrontmatter, readFrontmatterType, readFrontmatterValues, type FrontmatterValues } from "../syntax/frontmatter";
import { scanMarkdown, type MarkdownLine } from "../syntax/markdown";
import { agreementOf, NOTE_TYPES, sessionOf } from "./schema";
import type { SectionId } from "./section-names";
import { sectionOfLines } from "./sections";
import { folderOf } from "../syntax/paths";
import { message } from "../i18n";
import { problemOf } from "./problems";
import type { Goal, ParsedNote, Problem } from "./types";

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
  const data: FrontmatterValues = frontmatter.kind === "ok" ? frontmatter.values : { get: () => undefined };
  // A note's problems in reading order: its frontmatter, its fields, then its body.
  const problems: Problem[] = [];
  if (frontmatter.kind === "problem") problems.push(problemOf(file, message("problem.frontmatter", { reason: frontmatter.message }), frontmatter.line));
  const folder = folderOf(file);
  const scan = scanMarkdown(text);
  const sections = sectionOfLines(scan);

  if (kind === "agreement") {
    const goals = linesOf(scan, sections, "goals").flatMap((line): Goal[] => {
      const task = parseTaskLine(line.text);
      if (task === null) return [];
      return [{ file, line: line.index, raw: line.text, text: task.text, achieved: actionState(task.status) === "done", completion: task.completion }];
    });
    const agreement = agreementOf(data, file, folder, goals);
    problems.push(...agreement.problems);
    const extra = goals[MAX_GOALS];
    if (extra) problems.push(problemOf(file, message("problem.tooManyGoals", { count: goals.length, max: MAX_GOALS }), extra.line + 1));
    return { kind: "agreement", note: agreement.note, problems };
  }

  const actions = linesOf(scan, sections, "actions").flatMap((line) => actionOf(file, line.index, line.text) ?? []);
  const session = sessionOf(data, file, folder, actions);
  problems.push(...session.problems);
  return { kind: "session", note: session.note, problems };
}

/** The body lines of the sections with this id (never a heading, code, comment or frontmatter). */
function linesOf(scan: readonly MarkdownLine[], sections: ReadonlyArray<SectionId | null>, id: SectionId): MarkdownLine[] {
  return scan.filter((line) => line.block === "body" && line.heading === null && sections[line.index] === id);
}
