// A note's sections: finding its headings and the spans they open, the section of each line, the
// language its headings are written in, and adding the missing ones of a list of sections as a pure text
// edit that never touches an existing byte.
import { scanMarkdown, type MarkdownLine } from "../syntax/markdown";
import { message } from "../i18n";
import { refusal } from "../syntax/edit-result";
import { knownTitle, SECTION_TITLES, sectionIdOf, type SectionId } from "./section-names";
import { appendBlock, appendText, BOM, dominantEol, isBlankLine, LINE_BREAK } from "../syntax/text";
import type { EditResult, Language } from "./types";

export interface Heading {
  /** 0-based line index. */
  line: number;
  level: number;
  title: string;
  id: SectionId | null;
}

/** Every heading in the note's body (never in frontmatter, code or comments), ATX or setext. */
export function findHeadings(text: string, scan?: readonly MarkdownLine[]): Heading[] {
  const headings: Heading[] = [];
  for (const { index, heading } of scan ?? scanMarkdown(text)) {
    if (heading) headings.push({ line: index, level: heading.level, title: heading.title, id: sectionIdOf(heading.title) });
  }
  return headings;
}

export interface SectionSpan {
  heading: Heading;
  /** The first line after the heading (after its underline, for a setext heading). */
  startLine: number;
  /** Exclusive: the next heading of the same or a higher level (smaller number), or the line count. */
  endLine: number;
}

/** The first section with this id, or null. */
export function findSection(text: string, id: SectionId, scan?: readonly MarkdownLine[]): SectionSpan | null {
  const lines = scan ?? scanMarkdown(text);
  const headings = findHeadings(text, lines);
  const at = headings.findIndex((heading) => heading.id === id);
  const heading = headings[at];
  if (heading === undefined) return null;
  const next = headings.slice(at + 1).find((later) => later.level <= heading.level);
  return { heading, startLine: (lines[heading.line]?.heading?.underline ?? heading.line) + 1, endLine: next?.line ?? lines.length };
}

/**
 * For every line, the innermost known section it sits in (null when none), in one pass: a line under
 * `### For the mentor` inside `## Actions` belongs to actions; one under `### Ideas` there to ideas.
 * Heading lines belong to the section around them.
 */
export function sectionOfLines(scan: readonly MarkdownLine[]): Array<SectionId | null> {
  /** The open headings, outermost first, each with the innermost known section from it outwards. */
  const open: Array<{ level: number; section: SectionId | null }> = [];
  const innermost = (): SectionId | null => open[open.length - 1]?.section ?? null;
  return scan.map(({ heading }) => {
    if (heading === null) return innermost();
    while ((open[open.length - 1]?.level ?? 0) >= heading.level) open.pop();
    const around = innermost();
    open.push({ level: heading.level, section: sectionIdOf(heading.title) ?? around });
    return around;
  });
}

/**
 * The language the note's known headings are written in: the one most of them use, the first one's on
 * a tie. Without a known heading: the fallback, or null when none is given.
 */
export function detectNoteLanguage(text: string): Language | null;
export function detectNoteLanguage(text: string, fallback: Language): Language;
export function detectNoteLanguage(text: string, fallback?: Language): Language | null {
  return languageOfHeadings(findHeadings(text)) ?? fallback ?? null;
}

/** `detectNoteLanguage` for headings already found; null without a known one. */
export function languageOfHeadings(headings: readonly Heading[]): Language | null {
  const counts: Record<Language, number> = { en: 0, da: 0 };
  let first: Language | null = null;
  for (const heading of headings) {
    const known = knownTitle(heading.title);
    if (!known) continue;
    counts[known.lang] += 1;
    first ??= known.lang;
  }
  if (first === null) return null;
  if (counts.en === counts.da) return first;
  return counts.en > counts.da ? "en" : "da";
}

/** Would this prompt line open a code block or comment, or close a frontmatter, for the lines after it? */
function promptIsOneQuietLine(prompt: string): boolean {
  if (LINE_BREAK.test(prompt)) return false;
  const probe = scanMarkdown(`${prompt}\nafter`);
  return probe[0]?.block === "body" && probe[1]?.block === "body";
}

function sectionLines(ids: readonly SectionId[], lang: Language, level: number, prompts: ReadonlyMap<SectionId, string>): string[] {
  const out: string[] = [];
  for (const id of ids) {
    out.push(`${"#".repeat(level)} ${SECTION_TITLES[id][lang]}`);
    const prompt = prompts.get(id);
    if (prompt !== undefined) out.push(prompt);
    out.push("");
  }
  return out;
}

/**
 * Adds whichever of `ids` the note lacks so that they stand in that order: a missing one goes just before
 * the next of `ids` that exists (its first occurrence), or at the end of the note. Each new section is a
 * heading in `lang` (level: `level`, else that of the existing heading it goes before, else that of the
 * last existing one of `ids`, else 2), the prompt line when given, and a blank line; a blank line is
 * added before a block that would touch text. Existing headings in any case, level or language count as
 * present and are never moved, even when they stand out of order, so once every id is present a second
 * run finds nothing to do. New lines use the note's own line ending (see `appendText` for the one
 * exception, after a lone CR). The only change next to an
 * existing byte: a note whose last line has no ending gets one before a block appended after it.
 * `scan` is the note's `scanMarkdown`, when the caller has it already.
 */
export function ensureSections(
  text: string,
  ids: readonly SectionId[],
  lang: Language,
  prompt?: (id: SectionId) => string | null,
  level?: number,
  scan: readonly MarkdownLine[] = scanMarkdown(text),
): EditResult {
  if (level !== undefined && !(Number.isInteger(level) && level >= 1 && level <= 6)) {
    return { ok: false, reason: `A heading level is a whole number from 1 to 6, not ${String(level)}.` };
  }
  const wanted = [...new Set(ids)];
  const firstOf = new Map<SectionId, Heading>();
  for (const heading of findHeadings(text, scan)) if (heading.id && !firstOf.has(heading.id)) firstOf.set(heading.id, heading);
  if (wanted.every((id) => firstOf.has(id))) return { ok: true, text, changed: false };

  const prompts = new Map<SectionId, string>();
  // Where each missing section goes: before the line of the next existing one, or at the end (-1).
  const groups = new Map<number, SectionId[]>();
  for (const [position, id] of wanted.entries()) {
    if (firstOf.has(id)) continue;
    const line = prompt?.(id) ?? null;
    if (line !== null && line.trim() !== "") {
      if (!promptIsOneQuietLine(line)) {
        return { ok: false, reason: `The prompt for ${SECTION_TITLES[id].en} must be one line that does not open a code block or comment.` };
      }
      prompts.set(id, line);
    }
    const next = wanted.slice(position + 1).find((later) => firstOf.has(later));
    const target = next ? (firstOf.get(next) as Heading).line : -1;
    groups.set(target, [...(groups.get(target) ?? []), id]);
  }

  const eol = dominantEol(text);
  const present = [...firstOf.values()].filter((heading) => wanted.includes(heading.id as SectionId));
  const lastPresent = present.reduce<Heading | null>((last, heading) => (last && last.line > heading.line ? last : heading), null);
  let out = "";
  scan.forEach((line, index) => {
    const before = groups.get(index);
    let lineText = line.text;
    if (before) {
      // The line is the heading the block goes before (a setext heading starts on its first line).
      const block = sectionLines(before, lang, level ?? line.heading?.level ?? 2, prompts);
      if (index > 0 && !isBlankLine(scan[index - 1]?.text ?? "")) block.unshift("");
      // A BOM stays the note's first character.
      if (index === 0 && lineText.startsWith(BOM)) {
        out += BOM;
        lineText = lineText.slice(BOM.length);
      }
      out = appendText(out, block.map((added) => added + eol).join(""));
    }
    out += lineText + line.eol;
  });

  const atEnd = groups.get(-1);
  // The last section's blank line ends the note with a line ending after its prompt.
  if (atEnd) out = appendBlock(out, sectionLines(atEnd, lang, level ?? lastPresent?.level ?? 2, prompts));

  // Proof of idempotence: every section must now be found. It is not when the note ends inside an
  // unclosed code block or comment, which would swallow the appended headings; then nothing is written.
  const found = new Set(findHeadings(out).map((heading) => heading.id));
  const lost = wanted.filter((id) => !found.has(id));
  if (lost.length > 0) {
    const names = lost.map((id) => SECTION_TITLES[id][lang]).join(", ");
    return refusal(message("refusal.sectionsUnclosed", { names }));
  }
  return { ok: true, text: out, changed: true };
}
