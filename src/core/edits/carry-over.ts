// The "move" carry-over, planned as pure data: every open action of the earlier sessions is written once
// into the new session (with a link back), and its original line becomes `[>]` with a link forward.
// Each action therefore has exactly one open copy in the vault at any time; a forwarded action whose new
// session lost it (lost-moves.ts) moves again, its forward link pointing at the new note. The task syntax
// is actions.ts' alone: this module only decides which lines move and checks they are still what was planned.
import { forwardTaskLine, parseTaskLine, setTaskStatus, withoutBlockId } from "../syntax/task-line";
import { translate } from "../i18n";
import { lostMoves } from "../notes/lost-moves";
import { BACK_LINK, FORWARD_LINK, withoutLinkNotes } from "../notes/move-links";
import { basenameOf } from "../syntax/paths";
import { splitLines, joinLines } from "../syntax/text";
import { findExpectedLine } from "./write-back";
import type { Language, Session, TaskLine } from "../notes/types";

/** One action to move: where it is, what it must still be, and its two new forms. */
export interface PlannedMove {
  file: string;
  /** 0-based line of the original, as parsed. */
  line: number;
  /** The original line exactly as parsed; the move is skipped when the line no longer reads this. */
  raw: string;
  /** The open copy for the new note's Actions section, linking back. */
  carried: string;
  /** The original line, forwarded (`[>]`) and linking to the new note. */
  forwarded: string;
}

export interface SourceEdit {
  file: string;
  moves: readonly PlannedMove[];
  /** Forwards the planned lines that are still as expected; says which were forwarded. */
  apply(text: string): { text: string; moved: PlannedMove[] };
}

export interface CarryOverPlan {
  /** Lines for the new note's Actions section, in session order then line order. */
  lines: string[];
  /** One edit per source file, for one `Vault.process` each. */
  edits: SourceEdit[];
}

/** Obsidian's shortest link to a note in the same folder: its base name. */
function linkTo(path: string): string {
  return `[[${basenameOf(path)}]]`;
}

/**
 * Plans moving the open actions of `sessions` into the note at `targetPath`. Sessions are taken in the
 * order given (the index sorts them by date); the target itself is never a source. Nested open actions
 * move too, written at the top level of the new note, since their parent may stay behind.
 */
export function planCarryOver(sessions: readonly Session[], targetPath: string, lang: Language): CarryOverPlan {
  const backLinkOf = (file: string): string => `(${translate(lang, "note.carriedFrom", { link: linkTo(file) })})`;
  const forwardLink = `(${translate(lang, "note.carriedTo", { link: linkTo(targetPath) })})`;
  const lines: string[] = [];
  const edits: SourceEdit[] = [];
  const lost = new Set(lostMoves(sessions));
  for (const session of sessions) {
    if (session.file === targetPath) continue;
    const moves: PlannedMove[] = [];
    for (const action of session.actions) {
      const open = action.state === "open";
      if (!open && !lost.has(action)) continue;
      // A lost action moves as the open line it was: its stale link forward goes, the new one is added.
      const from = open ? { raw: action.raw, task: action.task } : reopenedLine(action.raw);
      if (from === null) continue;
      const forwarded = forwardTaskLine(open ? action.raw : withoutLinkNotes(action.raw, FORWARD_LINK), forwardLink);
      if (forwarded === null) continue;
      const carried = carriedLine(from.raw, from.task, backLinkOf(session.file));
      if (carried === null) continue;
      moves.push({ file: session.file, line: action.line, raw: action.raw, carried, forwarded });
      lines.push(carried);
    }
    if (moves.length > 0) edits.push(sourceEdit(session.file, moves));
  }
  return { lines, edits };
}

/** A forwarded line as the open line it was before its move: without the link forward, status blank. */
function reopenedLine(raw: string): { raw: string; task: TaskLine } | null {
  const line = setTaskStatus(withoutLinkNotes(raw, FORWARD_LINK), " ");
  const task = line === null ? null : parseTaskLine(line);
  return line === null || task === null ? null : { raw: line, task };
}

/**
 * The open copy of `action` for the new note: the line as the user wrote it (words, Tasks fields,
 * inline fields, status), at the top level, without its block id (which stays with the original), and
 * with one link back to `backLink`'s session. An action that was moved before already holds a link back
 * to the session it came from then: that link is replaced, so the copy links to where it was just moved
 * from, and the chain of forwarded originals tells the rest of its history (each original keeps its own
 * links). Only our own link notes are replaced; every other byte of the line is kept.
 */
function carriedLine(raw: string, task: TaskLine, backLink: string): string | null {
  const atTopLevel = raw.slice(task.indent.length);
  const line = withoutBlockId(atTopLevel) ?? atTopLevel;
  const inLine = [...line.matchAll(BACK_LINK)];
  const inWords = task.text.match(BACK_LINK)?.length ?? 0;
  const last = inLine.at(-1);
  if (last !== undefined && inLine.length === inWords) {
    // Links back of ours, all in the words: the last one becomes the new link, earlier ones (from
    // versions that added a link per move) go, each with the blanks before it.
    const end = last.index + last[0].length;
    return `${withoutLinkNotes(line.slice(0, end), BACK_LINK)} ${backLink}${line.slice(end)}`;
  }
  const linked = forwardTaskLine(line, backLink);
  return linked === null ? null : setTaskStatus(linked, task.status);
}

function sourceEdit(file: string, moves: readonly PlannedMove[]): SourceEdit {
  const apply = (text: string): { text: string; moved: PlannedMove[] } => {
    const lines = splitLines(text);
    const moved: PlannedMove[] = [];
    for (const move of moves) {
      const found = findExpectedLine(lines, move);
      const line = found.ok ? lines[found.line] : undefined;
      if (!line) continue;
      line.text = move.forwarded;
      moved.push(move);
    }
    return { text: moved.length === 0 ? text : joinLines(lines), moved };
  };
  return { file, moves, apply };
}

/**
 * The new note once the originals were forwarded (`moved`: what the edits' `apply` forwarded): the copies of
 * lines that could not be forwarded (they changed in the meantime) are left out, so no action ever has two
 * open copies. Forward first, then write this: both the plugin and the command line do. Only exact, whole lines go,
 * one for each skipped move: of two identical actions, one forwarded keeps its copy.
 */
export function noteAfterMoves(text: string, plan: CarryOverPlan, moved: readonly PlannedMove[]): string {
  const skipped = plan.edits.flatMap((edit) => edit.moves).filter((move) => !moved.includes(move));
  if (skipped.length === 0) return text;
  const lines = splitLines(text);
  for (const move of skipped) {
    // One copy goes per skipped move, the last first: of identical lines, a later one is the one not found.
    const at = lines.map((line) => line.text).lastIndexOf(move.carried);
    if (at !== -1) lines.splice(at, 1);
  }
  return joinLines(lines);
}

/**
 * Puts forwarded lines back as they were before `moves` forwarded them: the undo of a move whose new note
 * could not be written. A line goes back only while it reads exactly as forwarded; one changed since is the
 * user's, and stays (if still forwarded, lost-moves.ts counts it as open). Says which were put back.
 */
export function undoMoves(text: string, moves: readonly PlannedMove[]): { text: string; restored: PlannedMove[] } {
  const lines = splitLines(text);
  const restored: PlannedMove[] = [];
  for (const move of moves) {
    const found = findExpectedLine(lines, { line: move.line, raw: move.forwarded });
    const line = found.ok ? lines[found.line] : undefined;
    if (!line) continue;
    line.text = move.raw;
    restored.push(move);
  }
  return { text: restored.length === 0 ? text : joinLines(lines), restored };
}
