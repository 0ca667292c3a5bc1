// Parses one note's text into the model: an agreement, a session, an unreadable mentoring note, or
// nothing of ours. Text in, data out: the plugin, the command line and the tests all use this.
import { actionState, NoteSource, readAction, TaskLineReader } from "./actions";
import { locateFrontmatter, NO_VALUES, readFrontmatterType, readFrontmatterValues, type FrontmatterBlock, type FrontmatterValues } from "./frontmatter";
import { headingSpanAt, MarkdownWalker, type HeadingSpan } from "./markdown";
import { NOTE_TYPES, readAgreementFields, readSessionFields } from "./schema";
import { sectionIdAt, SectionTracker, type SectionId } from "./sections";
import { folderOf } from "./paths";
import { message, problemOf } from "./problems";
import type { Action, Agreement, Goal, ParsedNote, Problem, Session } from "./types";

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
  const problems: Problem[] = [];
  const frontmatter = readFrontmatterValues(text, block);
  let data: FrontmatterValues = NO_VALUES;
  if (frontmatter.kind === "ok") data = frontmatter.values;
  else if (frontmatter.kind === "problem") {
    problems.push(problemOf(file, message("problem.frontmatter", { reason: frontmatter.reason }), frontmatter.line));
  }
  const folder = folderOf(file);
  const frontmatterEnd = block?.closed ? block.end : 0;

  if (kind === "agreement") {
    const { fields, problems: fieldProblems } = readAgreementFields(data, file);
    problems.push(...fieldProblems);
    const goals: Goal[] = [];
    walkSection(text, frontmatterEnd, "goals", (reader, line, start, end) => {
      const task = reader.read(start, end);
      if (task === null) return;
      const state = actionState(task.status);
      goals.push({ file, line, raw: text.slice(start, end), text: task.text, achieved: state === "done", completion: task.completion });
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
  const source = new NoteSource(file, text);
  walkSection(text, frontmatterEnd, "actions", (reader, line, start, end) => {
    const action = readAction(reader, source, line, start, end);
    if (action !== null) actions.push(action);
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
 * Calls `found` for every body line of the sections with this id (code, comments and frontmatter never),
 * in one walk over the note, with a task-line reader for the note: only headings are read on the way,
 * every other line is passed over by its offsets.
 */
function walkSection(text: string, frontmatterEnd: number, id: SectionId, found: (reader: TaskLineReader, line: number, start: number, end: number) => void): void {
  const walker = WALKER.reset(text, frontmatterEnd);
  const sections = SECTIONS.reset();
  const reader = READER.reset(text);
  const heading = HEADING;
  while (walker.advance()) {
    if (walker.block !== "body") continue;
    const { start, end } = walker;
    if (headingSpanAt(text, start, end, heading)) {
      sections.enterId(heading.level, sectionIdAt(text, heading.titleStart, heading.titleEnd));
      continue;
    }
    if (sections.current === id) found(reader, walker.index, start, end);
  }
}
/** Filled in by each heading the walk meets. */
const HEADING: HeadingSpan = { level: 0, titleStart: 0, titleEnd: 0 };
// One walker, tracker and reader serve every note `walkSection` reads (it never runs inside itself).
const WALKER = new MarkdownWalker("");
const SECTIONS = new SectionTracker();
const READER = new TaskLineReader("");
