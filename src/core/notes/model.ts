// Parses one note's text into the model: an agreement, a session, an unreadable mentoring note, or
// nothing of ours. Text in, data out: the plugin, the command line and the tests all use this.
import { actionState, TaskLineReader } from "../syntax/actions";
import { actionOf } from "./action";
import { locateFrontmatter, NO_VALUES, readFrontmatterType, readFrontmatterValues, type FrontmatterBlock, type FrontmatterValues } from "../syntax/frontmatter";
import { headingSpanAt, MarkdownWalker, type HeadingSpan } from "../syntax/markdown";
import { agreementOf, fieldProblems, NOTE_TYPES, sessionOf } from "./schema";
import { sectionIdAt, SectionTracker, type SectionId } from "./section-names";
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

/** Where each note's frontmatter sits, read and forgotten within `parseNote`: one object serves every note. */
const BLOCK: FrontmatterBlock = { start: 0, bodyStart: 0, bodyEnd: 0, end: 0, eol: "\n", closed: false };
/** What most notes of a vault parse to: one shared, read-only answer. */
const NOT_OURS: ParsedNote = Object.freeze({ kind: "other" });

export function parseNote(file: string, text: string): ParsedNote {
  // One look at the frontmatter serves both questions: is the note ours, and what are its fields.
  const block = locateFrontmatter(text, BLOCK);
  const kind = kindOfType(readFrontmatterType(text, block));
  if (kind === null) return NOT_OURS;
  const frontmatter = readFrontmatterValues(text, block);
  let data: FrontmatterValues = NO_VALUES;
  let unreadable: Problem | null = null;
  if (frontmatter.kind === "ok") data = frontmatter.values;
  else if (frontmatter.kind === "problem") {
    unreadable = problemOf(file, message("problem.frontmatter", { reason: frontmatter.reason }), frontmatter.line);
  }
  const folder = folderOf(file);
  const lines = SECTION_LINES.begin(text, block?.closed ? block.end : 0);

  if (kind === "agreement") {
    const goals: Goal[] = [];
    while (lines.next("goals")) {
      const task = lines.reader.read(lines.start, lines.end);
      if (task === null) continue;
      const state = actionState(task.status);
      goals.push({ file, line: lines.line, raw: text.slice(lines.start, lines.end), text: task.text, achieved: state === "done", completion: task.completion });
    }
    const note = agreementOf(data, file, folder, goals);
    const tooMany =
      goals.length > MAX_GOALS
        ? problemOf(file, message("problem.tooManyGoals", { count: goals.length, max: MAX_GOALS }), (goals[MAX_GOALS]?.line ?? 0) + 1)
        : null;
    return { kind: "agreement", note, problems: problemsOf(unreadable, fieldProblems(), tooMany) };
  }

  // The actions are gathered in one list kept for every note, then copied at their exact number.
  const found = FOUND_ACTIONS;
  while (lines.next("actions")) {
    const action = actionOf(file, lines.line, text.slice(lines.start, lines.end));
    if (action !== null) found.push(action);
  }
  const actions = found.slice();
  found.length = 0;
  const note = sessionOf(data, file, folder, actions);
  return { kind: "session", note, problems: problemsOf(unreadable, fieldProblems(), null) };
}

const FOUND_ACTIONS: Action[] = [];

/** A note's problems in reading order: its frontmatter, its fields, then its body. */
function problemsOf(frontmatter: Problem | null, fields: readonly Problem[], body: Problem | null): readonly Problem[] {
  if (frontmatter === null && fields.length === 0 && body === null) return NO_PROBLEMS;
  const problems: Problem[] = [];
  if (frontmatter !== null) problems.push(frontmatter);
  problems.push(...fields);
  if (body !== null) problems.push(body);
  return problems;
}

/**
 * The body lines of the sections with one id (code, comments and frontmatter never), one at a time, in one
 * walk over the note, with a task-line reader for the note: only headings are read on the way, every other
 * line is passed over by its offsets. One cursor serves every note (`begin`); the parse never nests.
 */
class SectionLines {
  line = 0;
  start = 0;
  end = 0;
  private text = "";
  private readonly walker = new MarkdownWalker("");
  private readonly sections = new SectionTracker();
  readonly reader = new TaskLineReader("");
  /** Filled in by each heading the walk meets. */
  private readonly heading: HeadingSpan = { level: 0, titleStart: 0, titleEnd: 0 };

  begin(text: string, frontmatterEnd: number): this {
    this.text = text;
    this.walker.reset(text, frontmatterEnd);
    this.sections.reset();
    this.reader.reset(text);
    return this;
  }

  /** Moves to the next body line of a section with this id; false at the end of the note. */
  next(id: SectionId): boolean {
    const { walker, sections, heading, text } = this;
    while (walker.advance()) {
      if (walker.block !== "body") continue;
      const { start, end } = walker;
      if (headingSpanAt(text, start, end, heading)) {
        sections.enterId(heading.level, sectionIdAt(text, heading.titleStart, heading.titleEnd));
        continue;
      }
      if (sections.current !== id) continue;
      this.line = walker.index;
      this.start = start;
      this.end = end;
      return true;
    }
    return false;
  }
}

const SECTION_LINES = new SectionLines();
