// The file names of the notes we write, in the language they are written in: `Agreement.md` and
// `2026-11-22 Session 3.md` in English, `Aftale.md` and `2026-11-22 Møde 3.md` in Danish. Reading never
// depends on them (a note is ours by its frontmatter), so a vault may hold both; only new notes and the
// look-up of an agreement by name use them.
import { relationshipFolderPath, sanitizeName } from "../syntax/paths";
import type { IsoDate, Language } from "../notes/types";
import { LANGUAGES } from "../i18n";

const AGREEMENT_NAMES: Record<Language, string> = { en: "Agreement", da: "Aftale" };
const SESSION_WORDS: Record<Language, string> = { en: "Session", da: "Møde" };

/** `<root>/<Name>/Aftale.md` (or `Agreement.md`), the name sanitised so it stays inside the root folder. */
export function agreementPathFor(rootFolder: string, otherName: string, lang: Language): string {
  return `${relationshipFolderPath(rootFolder, otherName)}/${AGREEMENT_NAMES[lang]}.md`;
}

/**
 * Where a relationship's agreement may already be, by name: the language's own name first, then the other
 * language's, since a relationship started in one language stays where it is when the setting changes.
 */
export function existingAgreementPaths(rootFolder: string, otherName: string, lang: Language): string[] {
  return agreementPathsBeside(relationshipFolderPath(rootFolder, otherName), lang);
}

/** The agreement beside a note in `folder`, by either name: `Agreement.md` or `Aftale.md`, the language's first. */
export function agreementPathsBeside(folder: string, lang: Language): string[] {
  const order = [lang, ...LANGUAGES.filter((other) => other !== lang)];
  return order.map((each) => (folder === "" || folder === "/" ? `${AGREEMENT_NAMES[each]}.md` : `${folder}/${AGREEMENT_NAMES[each]}.md`));
}

/** `<folder>/2026-11-22 Møde 3.md` (or `Session 3`) inside a relationship's folder. */
export function sessionPathFor(relationshipFolder: string, date: IsoDate, number: number, lang: Language): string {
  return `${relationshipFolder}/${sanitizeName(`${date} ${SESSION_WORDS[lang]} ${number}`)}.md`;
}
