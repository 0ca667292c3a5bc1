// Which relationships a written name means (the dashboard's `relationship` filter): the folder, the
// other person's name or the folder's name, in any case; else a part of a name when only one name has
// it; else nothing, with the nearest name to suggest (or the names a part is shared by).
import { basenameOf } from "../syntax/paths";

export interface MatchCandidate {
  folder: string;
  name: string;
}

/** Why a filter picked nothing, for the message: the nearest name, or the names a part fits. */
export type RelationshipHint = { kind: "nearest"; name: string } | { kind: "ambiguous"; names: string[] };

/** `[[Jane Doe]]` or `[[Jane Doe|Jane]]`, blanks around it allowed: its target and alias; null for any other text. */
export function wikiLink(value: string): { target: string; alias: string | null } | null {
  const link = /^\s*\[\[([^\]|]*)(?:\|([^\]]*))?\]\]\s*$/.exec(value);
  return link ? { target: link[1] ?? "", alias: link[2] ?? null } : null;
}

/** Text as names compare: one Unicode form, no blanks around it, and case folded (upper case first, so that ß meets ss). */
function comparable(text: string): string {
  return text.normalize("NFC").trim().toUpperCase().toLowerCase();
}

export function matchRelationships<T extends MatchCandidate>(filter: string, candidates: readonly T[]): { chosen: T[]; hint: RelationshipHint | null } {
  const wanted = comparable(filter);
  const exact = candidates.filter(
    ({ folder, name }) => filter === folder || [folder, name, basenameOf(folder)].some((text) => comparable(text) === wanted),
  );
  if (exact.length > 0) return { chosen: exact, hint: null };
  const partial = candidates.filter(({ folder, name }) => comparable(name).includes(wanted) || comparable(basenameOf(folder)).includes(wanted));
  const names = [...new Set(partial.map(({ name }) => name))];
  if (names.length === 1) return { chosen: partial, hint: null };
  if (names.length > 1) return { chosen: [], hint: { kind: "ambiguous", names: names.sort((a, b) => a.localeCompare(b)) } };
  const nearest = nearestName(wanted, candidates);
  return { chosen: [], hint: nearest === null ? null : { kind: "nearest", name: nearest } };
}

function nearestName(wanted: string, candidates: readonly MatchCandidate[]): string | null {
  let best: { name: string; distance: number } | null = null;
  for (const { name } of candidates) {
    const distance = editDistance(wanted, comparable(name));
    if (best === null || distance < best.distance || (distance === best.distance && name.localeCompare(best.name) < 0)) best = { name, distance };
  }
  return best?.name ?? null;
}

/** Levenshtein distance: the fewest single-character edits that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
