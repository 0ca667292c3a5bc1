// Ending a relationship, on the agreement's text: `status: ended`, the end date, and the closing
// checklist and final evaluation appended under their own heading. Sessions are never touched.
import { readFrontmatter } from "../syntax/frontmatter";
import { setFrontmatterKeys } from "../syntax/frontmatter-edit";
import { checklist, questionList } from "./inserts";
import { scanMarkdown } from "../syntax/markdown";
import { mentoringTypeOf } from "../notes/parse-note";
import { message } from "../i18n";
import { refusal } from "../syntax/edit-result";
import { AGREEMENT_KEYS } from "../notes/schema";
import { dominantEol, isBlankLine, splitLines, type Line } from "../syntax/text";
import type { EditResult, IsoDate } from "../notes/types";

export interface EndingText {
  /** The heading the block goes under, e.g. "Ending". */
  heading: string;
  /** Every language's heading, so a block written in another language still counts as there. */
  knownHeadings: readonly string[];
  checklistTitle: string;
  checklist: readonly string[];
  evaluationTitle: string;
  evaluation: readonly string[];
}

/**
 * The level for the new heading: the level of the note's sections, so the block is never read as part of
 * Goals, whose tasks are the goals. A single level-1 heading that comes first is the note's title, not a
 * section, and is passed over. Two when the note has no section heading.
 */
function topHeadingLevel(text: string): number {
  const levels: number[] = [];
  for (const line of scanMarkdown(text)) {
    if (line.heading) levels.push(line.heading.level);
  }
  const titled = levels[0] === 1 && levels.filter((level) => level === 1).length === 1;
  const sections = titled ? levels.slice(1) : levels;
  return sections.length === 0 ? 2 : Math.min(...sections);
}

function hasEndingHeading(text: string, known: readonly string[]): boolean {
  const titles = new Set(known.map((title) => title.trim().toLowerCase()));
  return scanMarkdown(text).some((line) => line.heading !== null && titles.has(line.heading.title.trim().toLowerCase()));
}

/** The closing block's lines: heading, checklist, final evaluation with blanks. */
function endingBlock(ending: EndingText, level: number): string[] {
  const evaluation = questionList([{ title: ending.evaluationTitle, questions: ending.evaluation }]);
  return [
    `${"#".repeat(level)} ${ending.heading}`,
    "",
    ...checklist(ending.checklistTitle, ending.checklist),
    "",
    ...evaluation.lines,
  ];
}

/**
 * Appends the closing block at the end of the agreement (once: a note that already has the ending
 * heading is left as it is). Every existing byte stays; new lines use the note's line ending.
 */
function appendEnding(text: string, ending: EndingText): EditResult {
  if (mentoringTypeOf(text) !== "agreement") {
    return refusal(message("refusal.notAgreement"));
  }
  if (hasEndingHeading(text, [ending.heading, ...ending.knownHeadings])) return { ok: true, text, changed: false };
  const eol = dominantEol(text);
  const lines = endingBlock(ending, topHeadingLevel(text));
  // questionList ends with an empty line: joined, that gives the final line ending.
  const out = text + blankLineBefore(text, eol) + lines.join(eol);
  // Proof of idempotence: a note that ends inside an unclosed code block or comment would swallow the
  // heading, and every later run would append the block again. Then nothing is written.
  if (!hasEndingHeading(out, [ending.heading])) {
    return refusal(message("refusal.endingUnclosed"));
  }
  return { ok: true, text: out, changed: true };
}

/** What to add to `text` so that one blank line parts it from a block appended after it. */
function blankLineBefore(text: string, eol: string): string {
  if (text.length === 0) return "";
  const lines = splitLines(text);
  // A text that ends with a line break ends with an empty last "line" after it.
  if ((lines.at(-1) as Line).text !== "") return eol + eol;
  const lastLine = lines.at(-2);
  return lines.length > 2 && lastLine !== undefined && isBlankLine(lastLine.text) ? "" : eol;
}

/** The whole ending on text (for the command line): frontmatter first, then the appended block. */
export function endRelationshipText(text: string, endDate: IsoDate, ending: EndingText): EditResult {
  if (mentoringTypeOf(text) !== "agreement") return appendEnding(text, ending);
  const frontmatter = readFrontmatter(text);
  if (frontmatter.kind === "problem") return refusal(frontmatter.message);
  const data = frontmatter.kind === "ok" ? frontmatter.data : {};
  let current = text;
  if (data[AGREEMENT_KEYS.status] !== "ended") {
    const keys = { [AGREEMENT_KEYS.status]: "ended", [AGREEMENT_KEYS.end]: endDate };
    const withKeys = setFrontmatterKeys(current, keys);
    if (!withKeys.ok) return withKeys;
    current = withKeys.text;
  }
  const appended = appendEnding(current, ending);
  if (!appended.ok) return appended;
  return { ok: true, text: appended.text, changed: appended.text !== text };
}
