// What every new note is made of: the built-in templates, our frontmatter merged with a template's own
// keys and body, the pieces both planners write (question sets, the agreement link, the goal list), and
// where the cursor goes. Nothing here touches a file; the planners are new-relationship.ts and new-session.ts.
import { conversationStarters, firstMeetingStarters, type QuestionSet } from "../method/banks";
import { parseIsoDate } from "../syntax/dates";
import { readFrontmatter, type FrontmatterValue } from "../syntax/frontmatter";
import { renderFrontmatter } from "../syntax/frontmatter-edit";
import type { MessageKey, Translate } from "../i18n";
import { questionList } from "../edits/inserts";
import { questionGroup } from "../method/meeting-texts";
import { findHeadings } from "../notes/sections";
import { PLACEHOLDER_NAMES, renderTemplate, type TemplateValues } from "./templates";
import { BOM, onOneLine, trimBlankLines, withLineBreaks, withoutLeadingLineBreaks } from "../syntax/text";
import { withoutMdExtension } from "../syntax/paths";
import type { Language } from "../notes/types";
import agreementEn from "./templates/agreement.en.md";
import agreementDa from "./templates/agreement.da.md";
import sessionEn from "./templates/session.en.md";
import sessionDa from "./templates/session.da.md";
import firstSessionEn from "./templates/first-session.en.md";
import firstSessionDa from "./templates/first-session.da.md";

export type NoteKind = "agreement" | "session" | "firstSession";

export const BUILT_IN_TEMPLATES: Record<NoteKind, Record<Language, string>> = {
  agreement: { en: agreementEn, da: agreementDa },
  session: { en: sessionEn, da: sessionDa },
  firstSession: { en: firstSessionEn, da: firstSessionDa },
};

/** A user's own template per note kind (the text of the template note), replacing the built-in one. */
export type TemplateOverrides = Partial<Record<NoteKind, string>>;

type Entries = Array<readonly [string, FrontmatterValue]>;

/**
 * Our frontmatter, then the template's own keys that we do not set (scalars, dates and lists of text;
 * a nested map in a template is left out, since a new note's properties should be flat), then the body.
 */
export function renderNote(ours: Entries, template: string, values: TemplateValues): { text: string; unknownPlaceholders: string[] } {
  const { data: theirs, body } = splitTemplate(template);
  const merged: Entries = [...ours];
  const ownKeys = new Set(ours.map(([key]) => key));
  for (const [key, value] of Object.entries(theirs)) {
    const flat = flatValue(value);
    if (!ownKeys.has(key) && flat !== undefined) merged.push([key, flat]);
  }
  // A placeholder this kind of note does not fill (the agreement's frame in a session) is empty, never unknown.
  const rendered = renderTemplate(body, { ...Object.fromEntries(PLACEHOLDER_NAMES.map((name) => [name, ""])), ...values });
  const text = `${renderFrontmatter(merged)}${withLineBreaks(rendered.text, "\n")}`;
  // Empty values at the end (no carried actions) would leave blank lines: the note ends with one newline.
  return { text: `${text.replace(/\s+$/, "")}\n`, unknownPlaceholders: rendered.unknown };
}

/** A template's own frontmatter keys (if it has readable ones) and its body. */
function splitTemplate(template: string): { data: Record<string, unknown>; body: string } {
  const withoutBom = template.startsWith(BOM) ? template.slice(1) : template;
  const frontmatter = readFrontmatter(withoutBom);
  if (frontmatter.kind !== "ok") return { data: {}, body: withoutBom };
  return { data: frontmatter.data, body: withoutLeadingLineBreaks(withoutBom.slice(frontmatter.block.end)) };
}

function flatValue(value: unknown): FrontmatterValue | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) return parseIsoDate(value) ?? undefined;
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value;
  return undefined;
}

/**
 * A question set from the banks as the insert commands write it (questions with room to answer), without
 * the bold title: a template puts it under a heading of its own, and the title would repeat it.
 */
export function questions(set: QuestionSet, lang: Language, titled = false): string {
  return trimBlankLines(questionList([questionGroup(set, lang)], titled).lines).join("\n");
}

/**
 * `{{conversation_starters}}` in any template: the few starters of a first meeting, then where the rest are
 * (the command that inserts the whole bank, by the name the command palette shows).
 */
export function firstMeetingStartersText(lang: Language, t: Translate): string {
  const more = t("note.moreStarters", { count: conversationStarters.questions[lang].length, command: t("command.insertStarters") });
  return `${questions(firstMeetingStarters, lang)}\n\n${more}`;
}

/**
 * What the user typed (a name, a goal) as a note holds it: on one line, as a line break would start
 * Markdown structure, and each tab a space (a tab is no part of a name, and the folder's name has none).
 */
export function typedText(text: string): string {
  return onOneLine(text).replace(/\t+/g, " ").trim();
}

/** `{{people}}`: who is the mentee and who the mentor, in one sentence that names only the people known. */
export function peopleSentence(mentee: string, mentor: string, t: Translate): string {
  if (mentee !== "" && mentor !== "") return t("note.people.both", { mentee, mentor });
  if (mentee !== "") return t("note.people.menteeOnly", { mentee });
  return mentor === "" ? "" : t("note.people.mentorOnly", { mentor });
}

/** A wiki link to the agreement, by path so it is never ambiguous between relationships. */
export function agreementLink(agreementFile: string, label: string): string {
  return `[[${withoutMdExtension(agreementFile)}|${label}]]`;
}

/** The goals as a plain list: read in the session, ticked only in the agreement (one task per goal). */
export function goalList(goals: ReadonlyArray<{ text: string; achieved: boolean }>, t: (key: MessageKey) => string): string {
  if (goals.length === 0) return `- ${t("note.noGoals")}`;
  return goals.map((goal) => (goal.achieved ? `- ~~${goal.text}~~ ✅` : `- ${goal.text}`)).join("\n");
}

/** Where the cursor goes in a new note: the line after the Topic heading's blank line (or right after it). */
export function topicCursor(text: string): { line: number; ch: number } | null {
  const topic = findHeadings(text).find((heading) => heading.id === "topic");
  if (!topic) return null;
  const lines = text.split("\n");
  const next = topic.line + 1;
  const line = lines[next]?.trim() === "" && next + 1 < lines.length && !(lines[next + 1] ?? "").startsWith("#") ? next + 1 : next;
  return { line, ch: (lines[line] ?? "").length };
}
