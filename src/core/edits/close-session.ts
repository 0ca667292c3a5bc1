// Closing a session with the four headings: add whichever of Summary, Insights, Ideas and Actions is
// missing, each in its place with a one-line prompt, never touching what is there. The plugin adds the
// headings in one editor transaction and sets the keys with setFrontmatterKeys in vault.process; the
// command line uses closeSessionText, which does both: the same bytes either way.
import { addDays, parseIsoDate } from "../syntax/dates";
import { readFrontmatter } from "../syntax/frontmatter";
import { refusal } from "../syntax/edit-result";
import { setFrontmatterKeys } from "../syntax/frontmatter-edit";
import { translate, type MessageKey } from "../i18n";
import { mentoringTypeOf } from "../notes/parse-note";
import { isEmpty, readsAs, SESSION_KEYS } from "../notes/schema";
import { CLOSING_SECTIONS, type SectionId } from "../notes/section-names";
import { ensureSections, findHeadings, findSection, languageOfHeadings } from "../notes/sections";
import { headingOf, LIST_MARKER, scanMarkdown, type MarkdownLine } from "../syntax/markdown";
import { withoutPrivateParts } from "../syntax/private-parts";
import type { EditResult, IsoDate, Language } from "../notes/types";

// Only the closing sections have a prompt; any other section gets none.
const PROMPT_KEYS: Partial<Record<SectionId, MessageKey>> = {
  summary: "close.prompt.summary",
  insights: "close.prompt.insights",
  ideas: "close.prompt.ideas",
  actions: "close.prompt.actions",
};

/** The one-line prompt under a new closing heading: an HTML comment, so it guides without showing. */
function closingPrompt(id: SectionId, lang: Language): string {
  const key = PROMPT_KEYS[id];
  return key ? `<!-- ${translate(lang, key)} -->` : "";
}

function notASession(lang: Language): { ok: false; reason: string } {
  return { ok: false, reason: translate(lang, "close.notSession") };
}

/**
 * Adds the missing closing headings. The language of new headings is the note's own (read from its
 * headings), else `lang`, else English. Only the body changes; a note that is not a session is refused.
 * `scan` is the note's `scanMarkdown`, when the caller has it already.
 */
export function closeSession(text: string, lang?: Language, scan: readonly MarkdownLine[] = scanMarkdown(text)): EditResult {
  const noteLanguage = languageOfHeadings(findHeadings(text, scan)) ?? lang ?? "en";
  if (mentoringTypeOf(text) !== "session") return notASession(lang ?? noteLanguage);
  return ensureSections(text, CLOSING_SECTIONS, noteLanguage, (id: SectionId) => closingPrompt(id, noteLanguage), undefined, scan);
}

/** The next meeting: the session's date (or today) plus the cadence. Null for a date that cannot be read. */
export function nextMeetingDate(from: IsoDate, cadenceDays: number): IsoDate | null {
  const date = parseIsoDate(from);
  if (!date || !Number.isFinite(cadenceDays) || cadenceDays < 1) return null;
  return addDays(date, Math.round(cadenceDays));
}

/** A bullet or number that starts a list item: not part of the topic's words. */
const LIST_ITEM_START = new RegExp(`^(?:${LIST_MARKER})[ \\t]+`);

/**
 * The first written line of the Topic section (Emne in Danish), without a list marker. Code, sub-headings
 * and private parts (comments, private callouts) are skipped: they never leak into the frontmatter. Null
 * when the note has no Topic section or nothing is written in it.
 */
function topicFromSection(text: string, lines: readonly MarkdownLine[]): string | null {
  const span = findSection(text, "topic", lines);
  if (!span) return null;
  // Code and sub-headings are blanked (each ends a private callout anyway); comment lines stay as written, so
  // a private callout's text continues through them as it does in the note, and withoutPrivateParts hides them.
  const written = lines
    .slice(span.startLine, span.endLine)
    .map((line) => (line.block === "code" || (line.block === "body" && headingOf(line.text)) ? { ...line, text: "" } : line));
  for (const line of withoutPrivateParts(written)) {
    const words = line.trim().replace(LIST_ITEM_START, "").trim();
    if (words !== "") return words;
  }
  return null;
}

/**
 * The keys closing sets: `status: closed`, and `topic` from the Topic section when the note's topic is
 * empty or missing (one the user wrote is never replaced). Both the plugin and the command line use it,
 * on the note as it was before its headings were added. `scan` is the note's `scanMarkdown`, when the
 * caller has it already.
 */
export function closingKeys(data: Readonly<Record<string, unknown>>, text: string, scan?: readonly MarkdownLine[]): Record<string, string> {
  const keys: Record<string, string> = {};
  if (!readsAs(data[SESSION_KEYS.status], "closed")) keys[SESSION_KEYS.status] = "closed";
  const written = isEmpty(data[SESSION_KEYS.topic]) ? topicFromSection(text, scan ?? scanMarkdown(text)) : null;
  if (written !== null) keys[SESSION_KEYS.topic] = written;
  return keys;
}

/**
 * Everything "close session" does, on text: the headings, `status: closed`, an empty `topic` filled, and
 * `next` from the cadence when the note has no `next` yet. Closing a closed note a second time changes nothing.
 */
export function closeSessionText(text: string, today: IsoDate, cadenceDays: number, lang?: Language): EditResult {
  // Headings and keys are both read from the note as it was, from one scan (new headings hold no topic).
  const scan = scanMarkdown(text);
  const headings = closeSession(text, lang, scan);
  if (!headings.ok) return headings;
  const frontmatter = readFrontmatter(text);
  if (frontmatter.kind !== "ok") {
    return frontmatter.kind === "problem" ? refusal(frontmatter.message) : notASession(lang ?? "en");
  }
  const data = frontmatter.data;
  const keys = closingKeys(data, text, scan);
  if (data[SESSION_KEYS.next] === undefined || data[SESSION_KEYS.next] === null) {
    // From the session's own date when it has a readable one (none when that runs past 9999-12-31), else from today.
    const sessionDate = parseIsoDate(data[SESSION_KEYS.date]) ?? today;
    const next = nextMeetingDate(sessionDate, cadenceDays);
    if (next) keys[SESSION_KEYS.next] = next;
  }
  if (Object.keys(keys).length === 0) return headings;
  const withKeys = setFrontmatterKeys(headings.text, keys);
  if (!withKeys.ok) return withKeys;
  return { ok: true, text: withKeys.text, changed: withKeys.text !== text };
}
