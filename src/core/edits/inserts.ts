// Pure builders for the blocks the meeting commands insert: a time-out callout, question lists with
// blanks to answer, the values exercise. Each block is a list of lines plus where the cursor goes, so the
// plugin can insert it as one editor transaction and the text never depends on the editor.
import { format } from "date-fns";
import { breaksBefore, LINE_BREAK } from "../syntax/text";

export interface InsertBlock {
  /** The block's lines, without line endings. */
  lines: string[];
  /** Where the cursor goes, relative to the block's first line. */
  cursor: { line: number; ch: number };
}

/** One group of questions under a short bold label. */
export interface QuestionGroup {
  title: string;
  questions: readonly string[];
}

/** `HH:MM` on the 24-hour clock, as the time-out callout shows it. */
export function clockTime(date: Date): string {
  return format(date, "HH:mm");
}

/**
 * `> [!question] Time-out HH:MM` with one question per `> ` line, a blank line that ends the callout,
 * and an empty line below it where the mentor writes the answer.
 */
export function timeOutCallout(label: string, time: string, questions: readonly string[]): InsertBlock {
  const lines = [`> [!question] ${label} ${time}`, ...questions.map((question) => `> ${question}`), "", ""];
  return { lines, cursor: { line: lines.length - 1, ch: 0 } };
}

const ANSWER = "\t- ";

/**
 * A bold label (unless `labelled` is false), then each question as a list item with an empty nested item
 * to answer in; the cursor goes to the first answer.
 */
export function questionList(groups: readonly QuestionGroup[], labelled = true): InsertBlock {
  const lines: string[] = [];
  for (const group of groups) {
    if (lines.length > 0) lines.push("");
    if (labelled) lines.push(`**${group.title}**`);
    for (const question of group.questions) lines.push(`- ${question}`, ANSWER);
  }
  lines.push("");
  const firstAnswer = lines.indexOf(ANSWER);
  return { lines, cursor: firstAnswer === -1 ? { line: lines.length - 1, ch: 0 } : { line: firstAnswer, ch: ANSWER.length } };
}

/**
 * A block inside `> [!private] title`: private parts are never copied (the session summary leaves them
 * out). A blank line ends the callout and leaves room to write below it; the cursor stays where the
 * block put it, moved inside the quote.
 */
function privateCallout(title: string, block: InsertBlock): InsertBlock {
  let end = block.lines.length;
  while (end > 0 && (block.lines[end - 1] ?? "").trim() === "") end -= 1;
  const quoted = block.lines.slice(0, end).map((line) => (line === "" ? ">" : `> ${line}`));
  const lines = [title === "" ? "> [!private]" : `> [!private] ${title}`, ...quoted, "", ""];
  const cursor = block.cursor.line < end ? { line: block.cursor.line + 1, ch: block.cursor.ch + 2 } : { line: lines.length - 1, ch: 0 };
  return { lines, cursor };
}

/** Question groups as a private callout; one group named as the callout is not labelled twice. */
export function privateQuestions(title: string, groups: readonly QuestionGroup[]): InsertBlock {
  return privateCallout(title, questionList(groups, groups.length !== 1 || groups[0]?.title !== title));
}

/** The signs that a relationship may be ending, with a prompt, as a private callout; the cursor goes below it. */
export function relationshipCheck(title: string, prompt: string, signs: readonly string[]): InsertBlock {
  return privateCallout(title, { lines: [prompt, "", ...signs.map((sign) => `- ${sign}`)], cursor: { line: signs.length + 2, ch: 0 } });
}

/**
 * The same questions under their own level-2 heading (like the closing sections), so that they never read
 * as part of the section above them, such as the mentee's actions; private by default, in an untitled
 * private callout under the heading.
 */
export function questionSection(group: QuestionGroup): InsertBlock {
  const callout = privateCallout("", questionList([group], false));
  return { lines: [`## ${group.title}`, ...callout.lines], cursor: { line: callout.cursor.line + 1, ch: callout.cursor.ch } };
}

/** A titled list of named items, each with a one-line description (mentor roles, ways of helping). */
export interface DescribedGroup {
  title: string;
  items: ReadonlyArray<{ name: string; description: string }>;
}

/** Each group as a bold label and `- **Name**: description` lines; the cursor goes after the block. */
export function describedList(groups: readonly DescribedGroup[]): InsertBlock {
  const lines: string[] = [];
  for (const group of groups) {
    if (lines.length > 0) lines.push("");
    lines.push(`**${group.title}**`);
    for (const item of group.items) lines.push(`- **${item.name}**: ${item.description}`);
  }
  lines.push("");
  return { lines, cursor: { line: lines.length - 1, ch: 0 } };
}

/** A bold label and a plain checklist (for the closing checklist of a relationship). */
export function checklist(title: string, items: readonly string[]): string[] {
  return [`**${title}**`, ...items.map((item) => `- [ ] ${item}`)];
}

export interface ValuesExerciseText {
  title: string;
  /** Asks the mentee to tick the 6-8 values that matter most. */
  pickPrompt: string;
  values: readonly string[];
  /** Asks for the three most important at the corners and what links each pair. */
  trianglePrompt: string;
  /** Label of a corner, e.g. "Value 1"; `{n}` is replaced with 1, 2 or 3. */
  cornerLabel: string;
  /** Label of a link between two corners, e.g. "Between 1 and 2"; `{a}` and `{b}` are replaced. */
  linkLabel: string;
  stepsTitle: string;
  steps: readonly string[];
}

const PAIRS: ReadonlyArray<readonly [number, number]> = [
  [1, 2],
  [2, 3],
  [1, 3],
];

/**
 * The values exercise: the value checklist inside a callout (so its boxes are never read as actions
 * when inserted under the Actions heading), a Mermaid triangle of the three most important with blanks
 * for the links, the same blanks as answer lines, and the steps to repeat until core values recur.
 */
export function valuesExercise(text: ValuesExerciseText): InsertBlock {
  const corner = (n: number): string => text.cornerLabel.replaceAll("{n}", String(n));
  const link = (a: number, b: number): string => text.linkLabel.replaceAll("{a}", String(a)).replaceAll("{b}", String(b));
  const quoted = (label: string): string => `"${label.replaceAll('"', "'")}"`;
  const lines: string[] = [`> [!abstract] ${text.title}`, `> ${text.pickPrompt}`, ">"];
  for (const value of text.values) lines.push(`> - [ ] ${value}`);
  lines.push("", text.trianglePrompt, "", "```mermaid", "flowchart TD");
  for (const n of [1, 2, 3]) lines.push(`  V${n}[${quoted(`${corner(n)}: ___`)}]`);
  for (const [a, b] of PAIRS) lines.push(`  V${a} ---|${quoted(`${link(a, b)}: ___`)}| V${b}`);
  lines.push("```", "");
  const firstBlank = lines.length;
  for (const n of [1, 2, 3]) lines.push(`- ${corner(n)}: `);
  for (const [a, b] of PAIRS) lines.push(`- ${link(a, b)}: `);
  lines.push("", `**${text.stepsTitle}**`);
  text.steps.forEach((step, index) => lines.push(`${index + 1}. ${step}`));
  lines.push("");
  return { lines, cursor: { line: firstBlank, ch: (lines[firstBlank] ?? "").length } };
}

export interface Placement {
  /** The text to insert at the cursor. */
  text: string;
  /** The cursor after insertion, relative to the insertion point's line and (for line 0) column. */
  cursor: { line: number; ch: number };
}

/**
 * Places a block at the cursor without touching a byte of the line around it: a block never starts in
 * the middle of a line (text before the cursor is kept and followed by a blank line) and text after the
 * cursor moves below the block, after a blank line so Markdown does not glue it to the block.
 */
export function placeBlock(
  block: InsertBlock,
  lineText: string,
  ch: number,
  eol: "\n" | "\r\n" | "\r",
  previousLine = "",
): Placement {
  const after = lineText.slice(ch);
  const breaks = breaksBefore(lineText.slice(0, ch), previousLine);
  // The answer line must not run into the moved text: keep a blank line between them.
  const cursorOnLastLine = block.cursor.line === block.lines.length - 1;
  const suffix = after.trim() === "" ? "" : cursorOnLastLine ? eol + eol : eol;
  const text = eol.repeat(breaks) + block.lines.join(eol) + suffix;
  const cursorLine = breaks + block.cursor.line;
  const cursorCh = cursorLine === 0 ? ch + block.cursor.ch : block.cursor.ch;
  return { text, cursor: { line: cursorLine, ch: cursorCh } };
}

/** Lower case, quote markers and line breaks gone, spaces collapsed: a question wrapped in a callout still matches. */
function normalize(text: string): string {
  const unquoted = text.split(LINE_BREAK).map((line) => line.replace(/^[\s>]+/, ""));
  return unquoted.join(" ").toLowerCase().split(/\s+/).join(" ");
}

/** The bank's questions that the note does not contain yet, in bank order. */
export function unusedQuestions(noteText: string, bank: readonly string[]): string[] {
  const note = normalize(noteText);
  return bank.filter((question) => !note.includes(normalize(question)));
}

/** The first bank question not already in the note; when every one is used, the first again. */
export function nextUnusedQuestion(noteText: string, bank: readonly string[]): string | null {
  return unusedQuestions(noteText, bank)[0] ?? bank[0] ?? null;
}

export interface TextInsertion {
  /** Offset in the original text. */
  offset: number;
  text: string;
}

/**
 * The insertions that turn `before` into `after` when `after` only adds text (as closing the session
 * does), so the editor can apply them as one transaction without rewriting the bytes between them.
 * Null when `after` is not `before` with text added.
 */
export function textInsertions(before: string, after: string): TextInsertion[] | null {
  const insertions: TextInsertion[] = [];
  let next = 0;
  let pending = "";
  for (const char of after) {
    if (next < before.length && before.startsWith(char, next)) {
      if (pending) insertions.push({ offset: next, text: pending });
      pending = "";
      next += char.length;
    } else pending += char;
  }
  if (next !== before.length) return null;
  if (pending) insertions.push({ offset: next, text: pending });
  return insertions;
}
