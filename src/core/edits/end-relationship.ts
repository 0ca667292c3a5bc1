// Ending a relationship, on the agreement's text: `status: ended`, the end date, and the closing
// checklist and final evaluation appended under their own heading. Sessions are never touched.
import { readFrontmatter } from "../syntax/frontmatter";
import { setFrontmatterKeys } from "../syntax/frontmatter-edit";
import { checklist, questionList } from "./inserts";
import { appendBlock } from "../syntax/text";
import { mentoringTypeOf } from "../notes/parse-note";
import { findHeadings, type Heading } from "../notes/sections";
import { message } from "../i18n";
import { refusal } from "../syntax/edit-result";
import { AGREEMENT_KEYS, readsAs } from "../notes/schema";
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
 * Goals, whose tasks are the goals. A level-1 heading that comes first is the note's title, not a section,
 * and is passed over (when more level-1 headings follow, the sections are level 1 all the same), unless it
 * names a section: a first `# Goals` is Goals. Two when the note has no section heading.
 */
function topHeadingLevel(headings: readonly Heading[]): number {
  const sections = headings[0]?.level === 1 && headings[0].id === null ? headings.slice(1) : headings;
  return sections.length === 0 ? 2 : Math.min(...sections.map((heading) => heading.level));
}

function hasEndingHeading(headings: readonly Heading[], known: readonly string[]): boolean {
  const titles = new Set(known.map((title) => title.trim().toLowerCase()));
  return headings.some((heading) => titles.has(heading.title.toLowerCase()));
}

/**
 * The whole ending on text: `status: ended` and the end date in the frontmatter (unless it already says
 * ended), then the closing block at the end of the agreement (once: a note that already has the ending
 * heading is left as it is). Every existing byte stays; new lines use the note's line ending.
 */
export function endRelationshipText(text: string, endDate: IsoDate, ending: EndingText): EditResult {
  if (mentoringTypeOf(text) !== "agreement") return refusal(message("refusal.notAgreement"));
  const frontmatter = readFrontmatter(text);
  if (frontmatter.kind === "problem") return refusal(frontmatter.message);
  const data = frontmatter.kind === "ok" ? frontmatter.data : {};
  let current = text;
  if (!readsAs(data[AGREEMENT_KEYS.status], "ended")) {
    const withKeys = setFrontmatterKeys(current, { [AGREEMENT_KEYS.status]: "ended", [AGREEMENT_KEYS.end]: endDate });
    if (!withKeys.ok) return withKeys;
    current = withKeys.text;
  }
  const headings = findHeadings(current);
  if (hasEndingHeading(headings, [ending.heading, ...ending.knownHeadings])) return { ok: true, text: current, changed: current !== text };
  const evaluation = questionList([{ title: ending.evaluationTitle, questions: ending.evaluation }]);
  const heading = `${"#".repeat(topHeadingLevel(headings))} ${ending.heading}`;
  // questionList ends with an empty line: joined, that gives the final line ending.
  const out = appendBlock(current, [heading, "", ...checklist(ending.checklistTitle, ending.checklist), "", ...evaluation.lines]);
  // Proof of idempotence: a note that ends inside an unclosed code block or comment would swallow the
  // heading, and every later run would append the block again. Then nothing is written.
  if (!hasEndingHeading(findHeadings(out), [ending.heading])) return refusal(message("refusal.endingUnclosed"));
  return { ok: true, text: out, changed: true };
}
