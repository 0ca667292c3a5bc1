// Word pools for the benchmark vault: English and Danish as mentors write them (æøå, emoji, links).
import type { Random } from "./random";

export const FIRST_NAMES = [
  "Jane", "Mette", "Søren", "Ida", "Lars", "Freja", "Mikkel", "Astrid", "Jonas", "Sofie", "Rasmus", "Nora",
  "Oliver", "Emma", "Noah", "Clara", "Ørjan", "Åse", "Bjørn", "Maja", "Felix", "Alma", "Hugo", "Liv",
] as const;

export const LAST_NAMES = [
  "Doe", "Lund", "Holm", "Kristensen", "Nørgaard", "Østergaard", "Ågesen", "Smith", "Berg", "Dahl",
  "Madsen", "Brown", "Jensen", "Friis", "Kjær", "Wilson", "Thomsen", "Bæk", "Skov", "Taylor",
] as const;

const ENGLISH = [
  "meeting", "team", "plan", "feedback", "network", "project", "manager", "quarter", "budget", "priority",
  "delegate", "coffee", "colleague", "presentation", "goal", "deadline", "reflection", "strategy", "habit",
  "calendar", "the", "a", "with", "before", "after", "about", "on", "for", "next", "new", "own", "clear",
  "honest", "small", "first", "difficult", "useful", "report", "workshop", "review", "draft", "email",
] as const;

const DANISH = [
  "møde", "teamet", "plan", "feedback", "netværk", "projekt", "leder", "kvartal", "budget", "prioritet",
  "uddelegere", "kaffe", "kollega", "præsentation", "mål", "frist", "refleksion", "strategi", "vane",
  "kalender", "en", "et", "med", "før", "efter", "om", "på", "til", "næste", "ny", "egen", "klar",
  "ærlig", "lille", "første", "svær", "nyttig", "rapport", "værksted", "gennemgang", "udkast", "mail",
] as const;

const FLOURISHES = ["", "", "", "", " 🎉", " 👍", " (!)", " – vigtigt", " [[Project notes]]", " #focus", " `inline code`"] as const;

export function words(random: Random, language: "en" | "da", count: number): string {
  const pool = language === "da" ? DANISH : ENGLISH;
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) out.push(random.pick(pool));
  return out.join(" ");
}

/** A sentence: capitalised, ending with a full stop, now and then an emoji, a link or a tag. */
export function sentence(random: Random, language: "en" | "da", min = 6, max = 16): string {
  const text = words(random, language, random.int(min, max));
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${random.pick(FLOURISHES)}.`;
}

export function paragraph(random: Random, language: "en" | "da", sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i += 1) out.push(sentence(random, language));
  return out.join(" ");
}
