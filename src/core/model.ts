// Parses one note's text into the model: an agreement, a session, an unreadable mentoring note, or
// nothing of ours. Text in, data out: the plugin, the command line and the tests all use this.
import { actionState, TaskLineReader } from "./actions";
import { locateFrontmatter, readFrontmatter, readFrontmatterType } from "./frontmatter";
import { headingSpanAt, MarkdownWalker, type HeadingSpan } from "./markdown";
import { NOTE_TYPES, readAgreementFields, readSessionFields } from "./schema";
import { sectionIdAt, SectionTracker, type SectionId } from "./sections";
import { folderOf } from "./paths";
import { message, problemOf } from "./problems";
import type { Action, Agreement, Goal, ParsedNote, Problem, Session, TaskLine } from "./types";

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
  const problems: Problem[] = [];
  const frontmatter = readFrontmatter(text, block);
  let data: Record<string, unknown> = {};
  if (frontmatter.kind === "ok") data = frontmatter.data;
  else if (frontmatter.kind === "problem") {
    problems.push(problemOf(file, message("problem.frontmatter", { reason: frontmatter.reason }), frontmatter.line));
  }
  const folder = folderOf(file);
  const frontmatterEnd = block?.closed ? block.end : 0;

  if (kind === "agreement") {
    const { fields, problems: fieldProblems } = readAgreementFields(data, file);
    problems.push(...fieldProblems);
    const goals: Goal[] = [];
    walkTasks(text, frontmatterEnd, "goals", (line, raw, task) => {
      const state = actionState(task.status);
      goals.push({ file, line, raw, text: task.text, achieved: state === "done", completion: task.completion });
    });
    if (goals.length > MAX_GOALS) {
      problems.push(problemOf(file, message("problem.tooManyGoals", { count: goals.length, max: MAX_GOALS }), (goals[MAX_GOALS]?.line ?? 0) + 1));
    }
    // Every field written out rather than spread: one object shape for every agreement, which the engine
    // keeps, instead of one built key by key that a garbage collection may drop (and code built on it).
    const note: Agreement = {
      kind: "agreement",
      file,
      folder,
      mentee: fields.mentee,
      mentor: fields.mentor,
      role: fields.role,
      start: fields.start,
      end: fields.end,
      meetingsPlanned: fields.meetingsPlanned,
      cadenceDays: fields.cadenceDays,
      meetingMinutes: fields.meetingMinutes,
      status: fields.status,
      next: fields.next,
      goals,
    };
    return { kind: "agreement", note, problems };
  }

  const { fields, problems: fieldProblems } = readSessionFields(data, file);
  problems.push(...fieldProblems);
  const actions: Action[] = [];
  walkTasks(text, frontmatterEnd, "actions", (line, raw, task) => {
    actions.push({ file, line, raw, task, state: actionState(task.status) });
  });
  const note: Session = {
    kind: "session",
    file,
    folder,
    mentee: fields.mentee,
    mentor: fields.mentor,
    number: fields.number,
    date: fields.date,
    phase: fields.phase,
    topic: fields.topic,
    status: fields.status,
    next: fields.next,
    agreementLink: fields.agreementLink,
    actions,
  };
  return { kind: "session", note, problems };
}

/**
 * Calls `found` for every task line in a section with this id (nested tasks included; code, comments and
 * frontmatter never), in one walk over the note: only headings and the task lines of that section are
 * sliced and read, every other line is passed over by its offsets.
 */
function walkTasks(text: string, frontmatterEnd: number, id: SectionId, found: (line: number, raw: string, task: TaskLine) => void): void {
  const walker = new MarkdownWalker(text, frontmatterEnd);
  const sections = new SectionTracker();
  const tasks = new TaskLineReader(text);
  const heading = HEADING;
  while (walker.advance()) {
    if (walker.block !== "body") continue;
    const { start, end } = walker;
    if (headingSpanAt(text, start, end, heading)) {
      sections.enterId(heading.level, sectionIdAt(text, heading.titleStart, heading.titleEnd));
      continue;
    }
    if (sections.current !== id) continue;
    const task = tasks.read(start, end);
    if (task) found(walker.index, text.slice(start, end), task);
  }
}
/** Filled in by each heading the walk meets. */
const HEADING: HeadingSpan = { level: 0, titleStart: 0, titleEnd: 0 };
