// The sections of our notes by name: their ids, their titles in both languages, and which section a
// heading title names.
import type { Language } from "./types";
import { LANGUAGES } from "../i18n";

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
  // Layer by layer, until nothing changes: `**Actions:**`, `_**Actions**_:`. Each layer shortens the text.
  for (let before = ""; text !== before; ) {
    before = text;
    if (text.endsWith(":")) text = text.slice(0, -1).trimEnd();
    const emphasis = /^(\*\*|__|\*|_|==)(.*)\1$/.exec(text);
    if (emphasis) text = (emphasis[2] ?? "").trim();
  }
  return text.replace(/\s+/g, " ").toLowerCase();
}

/**
 * Every title and alias we read, in comparable form, with its section and language. The tables above are
 * written in that form already (NFC, no emphasis, no colon, single spaces), so lower case is all they need.
 */
const KNOWN_TITLES: ReadonlyMap<string, { id: SectionId; lang: Language }> = (() => {
  const known = new Map<string, { id: SectionId; lang: Language }>();
  for (const id of Object.keys(SECTION_TITLES) as SectionId[]) {
    for (const lang of LANGUAGES) known.set(SECTION_TITLES[id][lang].toLowerCase(), { id, lang });
  }
  for (const alias of SECTION_ALIASES) {
    const key = alias.title.toLowerCase();
    if (!known.has(key)) known.set(key, { id: alias.id, lang: alias.lang });
  }
  return known;
})();

/** Which section a heading title names, in either language, any case, `**Actions:**` included. */
export function sectionIdOf(title: string): SectionId | null {
  return knownTitle(title)?.id ?? null;
}

/** The section and language a heading title names. */
export function knownTitle(title: string): { id: SectionId; lang: Language } | undefined {
  return KNOWN_TITLES.get(normaliseTitle(title));
}
