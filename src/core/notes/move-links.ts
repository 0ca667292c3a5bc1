// The link notes a move writes into task lines, read in any language the notes may have been written in:
// `(moved from [[…]])` on the carried copy, `(moved to [[…]])` on the forwarded original. The words come
// from the catalogues, so a translation changes what is written and what is recognised together.
import { catalogue, LANGUAGES } from "../i18n";
import { trimmedEnd } from "../syntax/text";
import { withoutMdExtension } from "../syntax/paths";

function notePattern(key: "note.carriedFrom" | "note.carriedTo"): RegExp {
  const alternatives = LANGUAGES.map(
    (lang) => `\\(${escapeRegExp(catalogue(lang)[key]).replace("\\{link\\}", "\\[\\[([^\\[\\]\\r\\n]+)\\]\\]")}\\)`,
  );
  return new RegExp(alternatives.join("|"), "g");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A copy's link back to the session it was moved from. Used through `matchAll`, `match` and `replace`, which leave its `lastIndex` at 0. */
export const BACK_LINK = notePattern("note.carriedFrom");
/** An original's link forward to the session it was moved to. */
export const FORWARD_LINK = notePattern("note.carriedTo");

/**
 * The notes `text` links to through notes of this kind, in order, each as a name to compare: the link's
 * note name without folder, heading, alias or `.md`, in lower case (Obsidian resolves links in any case).
 */
export function linkedNames(text: string, pattern: RegExp): string[] {
  return (text.match(pattern) ?? []).map((note) => noteNameOf(linkTarget(note)));
}

/** The target of a link note's one wiki link, as written: what stands between the brackets. */
function linkTarget(note: string): string {
  return note.slice(note.indexOf("[[") + 2, note.lastIndexOf("]]"));
}

/** The note name a link to `target` (a link's text or a note's path) names, as written: no folder, heading, alias or `.md`. */
export function linkedNoteName(target: string): string {
  const withoutAlias = target.split("|")[0] ?? "";
  const withoutHeading = withoutAlias.split("#")[0] ?? "";
  return withoutMdExtension(withoutHeading.slice(withoutHeading.lastIndexOf("/") + 1).trim());
}

/** The name a link to `target` (a link's text or a note's path) compares by. */
export function noteNameOf(target: string): string {
  return linkedNoteName(target).toLowerCase();
}

/** `line` with each link note of this kind replaced by `words(target)`, the link's target as written. */
export function replaceLinkNotes(line: string, pattern: RegExp, words: (target: string) => string): string {
  return line.replace(pattern, (note) => words(linkTarget(note)));
}

/** `line` without the link notes of this kind, each with the blanks before it; every other byte stays. */
export function withoutLinkNotes(line: string, pattern: RegExp): string {
  let out = "";
  let from = 0;
  for (const match of line.matchAll(pattern)) {
    out += line.slice(from, trimmedEnd(line, match.index, " \t", from));
    from = match.index + match[0].length;
  }
  return out + line.slice(from);
}
