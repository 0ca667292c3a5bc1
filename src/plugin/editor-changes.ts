// Turning "the text before" and "the text after" into the changes of one editor transaction, in the
// editor's coordinates before the change, so an edit of the open note is one undo step and the editor
// keeps its cursor, folds and scroll position instead of reloading the file.
import type { Editor, EditorChange } from "obsidian";

/** One replacement, as offsets into the text before. */
export interface TextChange {
  from: number;
  to: number;
  text: string;
}

/** The single change that turns `before` into `after`: what lies between their common start and end. */
export function replacementBetween(before: string, after: string): TextChange | null {
  if (before === after) return null;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end += 1;
  return { from: start, to: before.length - end, text: after.slice(start, after.length - end) };
}

/** Applies changes given in the coordinates of `text` (none may overlap). */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  let out = text;
  for (const change of [...changes].sort((a, b) => b.from - a.from)) out = out.slice(0, change.from) + change.text + out.slice(change.to);
  return out;
}

/**
 * Runs `changes` as one transaction when they turn the editor's text into `expected`; otherwise (they
 * overlap or miss) replaces the text that differs as one change, which is still one undo step.
 */
export function applyInOneTransaction(editor: Editor, changes: readonly TextChange[], expected: string): void {
  const before = editor.getValue();
  const sorted = [...changes].sort((a, b) => a.from - b.from);
  const disjoint = sorted.every((change, i) => i === 0 || (sorted[i - 1]?.to ?? 0) <= change.from);
  const fallback = replacementBetween(before, expected);
  const used = disjoint && applyChanges(before, sorted) === expected ? sorted : fallback ? [fallback] : [];
  if (used.length === 0) return;
  const editorChanges: EditorChange[] = used.map((c) => ({ from: editor.offsetToPos(c.from), to: editor.offsetToPos(c.to), text: c.text }));
  editor.transaction({ changes: editorChanges });
}
