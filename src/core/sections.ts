// The sections of our notes: their names in both languages, finding headings and spans, and adding the
// missing ones of a list of sections as a pure text edit that never touches an existing byte.
import { headingOf, scanMarkdown, type MarkdownLine } from "./markdown";
import { message, refusal } from "./problems";
import { BOM, dominantEol } from "./text";
import type { EditResult, Language } from "./types";

export type SectionId =
  | "summary"
  | "insights"
  | "ideas"
  | "actions"
  | "goals"
  | "topic"
  | "sinceLastTime"
  | "beforeMeeting"
  | "agreementFrame"
  | "groundRules"
  | "conversationStarters"
  | "evaluation"
  | "closingChecklist"
  | "previousSession";

/** The title each section is written with, per language. */
export const SECTION_TITLES: Record<SectionId, Record<Language, string>> = {
  summary: { en: "Summary", da: "Opsummering" },
  insights: { en: "Insights", da: "Indsigter" },
  ideas: { en: "Ideas", da: "Idéer" },
  actions: { en: "Actions", da: "Handlinger" },
  goals: { en: "Goals", da: "Mål" },
  topic: { en: "Topic", da: "Emne" },
  sinceLastTime: { en: "Since last time", da: "Siden sidst" },
  beforeMeeting: { en: "Before the meeting", da: "Før mødet" },
  agreementFrame: { en: "Practical frame", da: "Praktiske rammer" },
  groundRules: { en: "Ground rules and expectations", da: "Spilleregler og forventninger" },
  conversationStarters: { en: "Conversation starters", da: "Samtalestartere" },
  evaluation: { en: "Evaluation", da: "Evaluering" },
  closingChecklist: { en: "Closing checklist", da: "Afslutningstjekliste" },
  previousSession: { en: "Previous session", da: "Forrige møde" },
};

/**
 * Other ways people write a few titles, accepted when reading and never written. Kept small on purpose:
 * each alias must mean that section and nothing else.
 */
const SECTION_ALIASES: ReadonlyArray<{ id: SectionId; lang: Language; title: string }> = [
  { id: "ideas", lang: "da", title: "Ideer" }, // without the accent
  { id: "actions", lang: "en", title: "Action items" },
  { id: "actions", lang: "da", title: "Handlingspunkter" },
  { id: "summary", lang: "da", title: "Resumé" },
  { id: "goals", lang: "da", title: "Målsætninger" },
  { id: "previousSession", lang: "da", title: "Forrige session" },
  { id: "previousSession", lang: "en", title: "Previous meeting" },
];

/** The four headings a session closes with, in this order. */
export const CLOSING_SECTIONS: readonly SectionId[] = ["summary", "insights", "ideas", "actions"];

/**
 * The comparable form of a heading title: NFC, without surrounding emphasis or a trailing colon, inner
 * blanks collapsed, lower case. `toLowerCase` rather than `toLocaleLowerCase` on purpose: a Turkish
 * locale would turn the `I` of `INSIGHTS` into a dotless `ı`; `toLowerCase` still folds `É` to `é`.
 */
function normaliseTitle(title: string): string {
  let text = title.normalize("NFC").trim();
  for (let pass = 0; pass < 3; pass += 1) {
    const before = text;
    if (text.endsWith(":")) text = text.slice(0, -1).trimEnd();
    const emphasis = /^(\*\*|__|\*|_|==)(.*)\1$/.exec(text);
    if (emphasis) text = (emphasis[2] ?? "").trim();
    if (text === before) break;
  }
  return text.replace(/\s+/g, " ").toLowerCase();
}

interface KnownTitle {
  id: SectionId;
  lang: Language;
}

const KNOWN_TITLES: ReadonlyMap<string, KnownTitle> = (() => {
  const known = new Map<string, KnownTitle>();
  for (const id of Object.keys(SECTION_TITLES) as SectionId[]) {
    for (const lang of ["en", "da"] as const) known.set(normaliseTitle(SECTION_TITLES[id][lang]), { id, lang });
  }
  for (const alias of SECTION_ALIASES) {
    const key = normaliseTitle(alias.title);
    if (!known.has(key)) known.set(key, { id: alias.id, lang: alias.lang });
  }
  return known;
})();

/**
 * Headings repeat across a vault ("Actions", "Summary" in every session), and normalising a title costs
 * more than the rest of reading the heading: the answer is remembered per title, a bounded number of them.
 */
const idByTitle = new Map<string, SectionId | null>();
const MAX_REMEMBERED_TITLES = 4096;

/** Which section a heading title names, in either language, any case, `**Actions:**` included. */
export function sectionIdOf(title: string): SectionId | null {
  const remembered = idByTitle.get(title);
  if (remembered !== undefined) return remembered;
  const id = KNOWN_TITLES.get(normaliseTitle(title))?.id ?? null;
  if (idByTitle.size >= MAX_REMEMBERED_TITLES) idByTitle.clear();
  idByTitle.set(title, id);
  return id;
}

/**
 * Titles of known sections met lately, for `sectionIdAt`: a handful of spellings fill a whole vault, so a
 * heading is matched in place, without slicing and hashing its title. Cleared when full.
 */
const knownTitles: string[] = [];
const knownTitleIds: SectionId[] = [];
const MAX_KNOWN_TITLES = 64;
let nextKnownTitle = 0;

/** Digits outlive normalising, and no known title holds one: a title with one (`Session 3`, a date) is none of ours. */
const KNOWN_TITLES_HOLD_DIGITS = [...KNOWN_TITLES.keys()].some((key) => /[0-9]/.test(key));
function holdsDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

/** `sectionIdOf` for the title `text[start, end)`. */
export function sectionIdAt(text: string, start: number, end: number): SectionId | null {
  const length = end - start;
  const count = knownTitles.length;
  // Notes repeat their headings in the same order: the search starts after the title met last.
  for (let tried = 0; tried < count; tried += 1) {
    const i = (nextKnownTitle + tried) % count;
    const title = knownTitles[i] as string;
    if (title.length === length && text.charCodeAt(start) === title.charCodeAt(0) && text.startsWith(title, start)) {
      nextKnownTitle = i + 1;
      return knownTitleIds[i] as SectionId;
    }
  }
  if (!KNOWN_TITLES_HOLD_DIGITS && holdsDigit(text, start, end)) return null;
  const title = text.slice(start, end);
  const id = sectionIdOf(title);
  if (id !== null) {
    if (knownTitles.length >= MAX_KNOWN_TITLES) {
      knownTitles.length = 0;
      knownTitleIds.length = 0;
    }
    knownTitles.push(title);
    knownTitleIds.push(id);
  }
  return id;
}

export interface Heading {
  /** 0-based line index. */
  line: number;
  level: number;
  title: string;
  id: SectionId | null;
}

/** Every ATX heading in the note's body (never in frontmatter, code or comments). */
export function findHeadings(text: string, scan?: readonly MarkdownLine[]): Heading[] {
  const lines = scan ?? scanMarkdown(text);
  const headings: Heading[] = [];
  for (const line of lines) {
    if (line.block !== "body") continue;
    const heading = headingOf(line.text);
    if (heading) headings.push({ line: line.index, level: heading.level, title: heading.title, id: sectionIdOf(heading.title) });
  }
  return headings;
}

export interface SectionSpan {
  heading: Heading;
  /** The first line after the heading. */
  startLine: number;
  /** Exclusive: the next heading of the same or a higher level (smaller number), or the line count. */
  endLine: number;
}

function spanOf(headings: readonly Heading[], at: number, lineCount: number): SectionSpan {
  const heading = headings[at] as Heading;
  let endLine = lineCount;
  for (let k = at + 1; k < headings.length; k += 1) {
    const next = headings[k] as Heading;
    if (next.level <= heading.level) {
      endLine = next.line;
      break;
    }
  }
  return { heading, startLine: heading.line + 1, endLine };
}

/** Every section with this id, in note order (a note may repeat a heading). */
export function findSections(text: string, id: SectionId, scan?: readonly MarkdownLine[]): SectionSpan[] {
  const lines = scan ?? scanMarkdown(text);
  const headings = findHeadings(text, lines);
  const spans: SectionSpan[] = [];
  headings.forEach((heading, at) => {
    if (heading.id === id) spans.push(spanOf(headings, at, lines.length));
  });
  return spans;
}

/** The first section with this id, or null. */
export function findSection(text: string, id: SectionId, scan?: readonly MarkdownLine[]): SectionSpan | null {
  return findSections(text, id, scan)[0] ?? null;
}

/** Is this 0-based line inside one of the spans (below its heading, before its end)? */
export function isLineInSpans(spans: readonly SectionSpan[], line: number): boolean {
  return spans.some((span) => line >= span.startLine && line < span.endLine);
}

/**
 * The innermost known section as a walk over a note's lines meets its headings: a line under
 * `### For the mentor` inside `## Actions` belongs to actions; one under `### Ideas` there to ideas.
 * Feed it every body heading in order; `current` is then the section of the lines that follow.
 */
export class SectionTracker {
  /**
   * One instance kept for the program's lifetime. An object's shape is otherwise held only by live
   * instances: a garbage collection between two index builds would drop it, and with it the optimised
   * code of every function that relied on it, to be re-learnt on the next build.
   */
  static readonly shapeKeeper: SectionTracker = new SectionTracker();

  /** The section of the lines after the last heading fed in (null: none we know). */
  current: SectionId | null = null;
  /** The open headings, outermost first: their levels and section ids, `depth` of them (the arrays are reused). */
  private readonly levels: number[] = [];
  private readonly ids: Array<SectionId | null> = [];
  private depth = 0;

  /** Forgets every heading: a tracker that reads note after note is made once. */
  reset(): this {
    this.current = null;
    this.depth = 0;
    return this;
  }

  /** Enters a heading; returns the section the heading line itself sits in (the one around it). */
  enter(level: number, title: string): SectionId | null {
    return this.enterId(level, sectionIdOf(title));
  }

  /** `enter` for a heading whose title's section id is known already. */
  enterId(level: number, id: SectionId | null): SectionId | null {
    const { levels, ids } = this;
    let depth = this.depth;
    while (depth > 0 && (levels[depth - 1] as number) >= level) depth -= 1;
    const around = this.innermostKnown(depth);
    levels[depth] = level;
    ids[depth] = id;
    this.depth = depth + 1;
    this.current = this.innermostKnown(this.depth);
    return around;
  }

  /** The innermost known section among the first `depth` open headings. */
  private innermostKnown(depth: number): SectionId | null {
    for (let k = depth - 1; k >= 0; k -= 1) {
      const id = this.ids[k] ?? null;
      if (id) return id;
    }
    return null;
  }
}

/**
 * For every line, the innermost known section it sits in (null when none), in one pass (see
 * `SectionTracker`). Heading lines belong to the section around them.
 */
export function sectionOfLines(scan: readonly MarkdownLine[]): Array<SectionId | null> {
  const result = new Array<SectionId | null>(scan.length).fill(null);
  const tracker = new SectionTracker();
  for (const line of scan) {
    const heading = line.block === "body" ? headingOf(line.text) : null;
    result[line.index] = heading ? tracker.enter(heading.level, heading.title) : tracker.current;
  }
  return result;
}

/**
 * The language the note's known headings are written in: the one most of them use, the first one's on
 * a tie. Without a known heading: the fallback, or null when none is given.
 */
export function detectNoteLanguage(text: string): Language | null;
export function detectNoteLanguage(text: string, fallback: Language): Language;
export function detectNoteLanguage(text: string, fallback?: Language): Language | null {
  const counts: Record<Language, number> = { en: 0, da: 0 };
  let first: Language | null = null;
  for (const heading of findHeadings(text)) {
    const known = KNOWN_TITLES.get(normaliseTitle(heading.title));
    if (!known) continue;
    counts[known.lang] += 1;
    first ??= known.lang;
  }
  if (first === null) return fallback ?? null;
  if (counts.en === counts.da) return first;
  return counts.en > counts.da ? "en" : "da";
}

/** Would this prompt line open a code block or comment, or close a frontmatter, for the lines after it? */
function promptIsOneQuietLine(prompt: string): boolean {
  if (/[\r\n]/.test(prompt)) return false;
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
 * run finds nothing to do. New lines use the note's own line ending. The only change next to an
 * existing byte: a note whose last line has no ending gets one before a block appended after it.
 */
export function ensureSections(
  text: string,
  ids: readonly SectionId[],
  lang: Language,
  prompt?: (id: SectionId) => string | null,
  level?: number,
): EditResult {
  if (level !== undefined && !(Number.isInteger(level) && level >= 1 && level <= 6)) {
    return { ok: false, reason: `A heading level is a whole number from 1 to 6, not ${String(level)}.` };
  }
  const wanted = [...new Set(ids)];
  const scan = scanMarkdown(text);
  const firstOf = new Map<SectionId, Heading>();
  for (const heading of findHeadings(text, scan)) if (heading.id && !firstOf.has(heading.id)) firstOf.set(heading.id, heading);
  if (wanted.every((id) => firstOf.has(id))) return { ok: true, text, changed: false };

  const prompts = new Map<SectionId, string>();
  // Where each missing section goes: before the line of the next existing one, or at the end (-1).
  const groups = new Map<number, SectionId[]>();
  wanted.forEach((id, position) => {
    if (firstOf.has(id)) return;
    const line = prompt?.(id) ?? null;
    if (line !== null && line.trim() !== "") prompts.set(id, line);
    const next = wanted.slice(position + 1).find((later) => firstOf.has(later));
    const target = next ? (firstOf.get(next) as Heading).line : -1;
    groups.set(target, [...(groups.get(target) ?? []), id]);
  });
  for (const [id, line] of prompts) {
    if (!promptIsOneQuietLine(line)) {
      return { ok: false, reason: `The prompt for ${SECTION_TITLES[id].en} must be one line that does not open a code block or comment.` };
    }
  }

  const eol = dominantEol(text);
  const isBlank = (index: number): boolean => (scan[index]?.text ?? "").trim() === "";
  const present = [...firstOf.values()].filter((heading) => wanted.includes(heading.id as SectionId));
  const lastPresent = present.reduce<Heading | null>((last, heading) => (last && last.line > heading.line ? last : heading), null);
  let out = "";
  scan.forEach((line, index) => {
    const before = groups.get(index);
    let lineText = line.text;
    if (before) {
      const heading = present.find((existing) => existing.line === index);
      const block = sectionLines(before, lang, level ?? heading?.level ?? 2, prompts);
      if (index > 0 && !isBlank(index - 1)) block.unshift("");
      // A BOM stays the note's first character.
      if (index === 0 && lineText.startsWith(BOM)) {
        out += BOM;
        lineText = lineText.slice(BOM.length);
      }
      for (const added of block) out += added + eol;
    }
    out += lineText + line.eol;
  });

  const atEnd = groups.get(-1);
  if (atEnd) {
    const block = sectionLines(atEnd, lang, level ?? lastPresent?.level ?? 2, prompts);
    block.pop(); // the note ends right after the last prompt, not with an extra blank line
    if (text !== "") {
      const endsWithEol = (scan[scan.length - 1]?.text ?? "") === "";
      if (!endsWithEol) out += eol; // the one change next to an existing byte: end the last line
      const lastWritten = endsWithEol ? scan.length - 2 : scan.length - 1;
      if (lastWritten >= 0 && !isBlank(lastWritten)) block.unshift("");
    }
    for (const added of block) out += added + eol;
  }

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
