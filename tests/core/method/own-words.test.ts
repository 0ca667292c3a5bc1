// The method in our own words: no text the product writes or shows (question banks, catalogues, built-in
// templates) shares a run of six or more words with a mentoring guide, and the lists a guide also has are
// in an order of our own. The guides live next to the repository (../shared/seeds), not in it, so on a
// user's clone there is nothing to compare with and the check says it is skipped.
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as banks from "../../../src/core/method/banks";
import { closingChecklist, conversationStarters, endingSigns, values } from "../../../src/core/method/banks";
import { da } from "../../../src/core/i18n/da";
import { en } from "../../../src/core/i18n/en";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const SEEDS = join(REPO, "..", "shared", "seeds");
const TEMPLATES = join(REPO, "src", "core", "new-notes", "templates");
const RUN = 6;

const guides: ReadonlyArray<{ name: string; text: string }> = existsSync(SEEDS)
  ? readdirSync(SEEDS)
      .filter((name) => name.endsWith(".txt") || name.endsWith(".md"))
      .sort()
      .map((name) => ({ name, text: readFileSync(join(SEEDS, name), "utf8") }))
  : [];

/** Lower case words, punctuation and whitespace dropped; an apostrophe joins its word (mentee's, don't). */
function words(text: string): string[] {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
}

function runsOf(list: readonly string[], length: number): string[] {
  const runs: string[] = [];
  for (let i = 0; i + length <= list.length; i += 1) runs.push(list.slice(i, i + length).join(" "));
  return runs;
}

/** Every string in a bank export, however deep (titles, questions, names, descriptions, examples). */
function stringsIn(value: unknown, path: string, out: Array<{ where: string; text: string }>): void {
  if (typeof value === "string") out.push({ where: path, text: value });
  else if (Array.isArray(value)) value.forEach((item, i) => stringsIn(item, `${path}[${i}]`, out));
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) stringsIn(item, `${path}.${key}`, out);
  }
}

function ourTexts(): Array<{ where: string; text: string }> {
  const out: Array<{ where: string; text: string }> = [];
  for (const [name, value] of Object.entries(banks)) stringsIn(value, `banks.${name}`, out);
  for (const [key, text] of Object.entries(en)) out.push({ where: `en ${key}`, text });
  for (const [key, text] of Object.entries(da)) out.push({ where: `da ${key}`, text });
  for (const name of readdirSync(TEMPLATES)) {
    readFileSync(join(TEMPLATES, name), "utf8")
      .split("\n")
      .forEach((line, i) => out.push({ where: `${name}:${i + 1}`, text: line.replace(/\{\{[^}]*\}\}/g, " ") }));
  }
  return out;
}

// Words too common to say that two lines speak of the same thing.
const COMMON = new Set(
  "what which have that this with your about from were will would they them their there when where does been into more than some other also just".split(" "),
);

/** A word's first five letters: enough to meet "accomplished" and "accomplishment", "challenge" and "challenges". */
const stem = (word: string): string => word.slice(0, 5);

/** A guide's lists: runs of bullet lines, each bullet as the stems of its words, with its line number. */
function guideLists(guideText: string): Array<Array<{ line: number; stems: string[] }>> {
  const lists: Array<Array<{ line: number; stems: string[] }>> = [];
  let current: Array<{ line: number; stems: string[] }> = [];
  guideText.split("\n").forEach((text, line) => {
    if (/^\s*(?:[•*-]|\d+[.)])\s/.test(text)) current.push({ line, stems: words(text).map(stem) });
    else if (text.trim() !== "" && current.length > 0) {
      lists.push(current);
      current = [];
    }
  });
  if (current.length > 0) lists.push(current);
  return lists;
}

/**
 * Where each item of one of our lists sits in one list of a guide: the bullet sharing the most telling
 * words with it (one at least), as line * 1000, plus, for a short item, the place of the shared word in
 * the bullet, so that values named on one line ("autonomy, collaboration, freedom") keep their order too.
 * Nothing when no bullet of that list shares a word.
 */
function guidePositions(items: readonly string[], list: ReadonlyArray<{ line: number; stems: string[] }>): Array<number | null> {
  return items.map((item) => {
    const itemStems = words(item)
      .filter((word) => word.length > 3 && !COMMON.has(word))
      .map(stem);
    const short = words(item).length <= 3;
    let best: number | null = null;
    let bestShared = 0;
    for (const bullet of list) {
      const shared = itemStems.filter((word) => bullet.stems.includes(word));
      if (shared.length > bestShared) {
        bestShared = shared.length;
        const place = short ? Math.min(...shared.map((word) => bullet.stems.indexOf(word))) : 0;
        best = bullet.line * 1000 + place;
      }
    }
    return best;
  });
}

/** The longest walk of our list down any list of the guide (see `longestRunInGuideOrder`). */
function longestWalk(items: readonly string[], guideText: string): number {
  return Math.max(0, ...guideLists(guideText).map((list) => longestRunInGuideOrder(guidePositions(items, list))));
}

/**
 * The most items in a row of our list that walk down a guide's list: each matched further down the
 * guide than the one before, and no more than a line or two further (the next items of the same list).
 */
function longestRunInGuideOrder(positions: ReadonlyArray<number | null>): number {
  let longest = 0;
  let run = 0;
  let last = -1;
  for (const position of positions) {
    if (position === null) {
      run = 0;
      last = -1;
      continue;
    }
    const next = run > 0 && position > last && Math.floor(position / 1000) - Math.floor(last / 1000) <= 2;
    run = next ? run + 1 : 1;
    last = position;
    longest = Math.max(longest, run);
  }
  return longest;
}

describe.runIf(guides.length === 0)("in our own words", () => {
  it.skip(`skipped: the mentoring guides (${SEEDS}) are not here, as on a user's clone, so there is nothing to compare with`, () => {});
});

describe.runIf(guides.length > 0)("in our own words, against the guides in ../shared/seeds", () => {
  it("finds the guides and reads words from them", () => {
    expect(guides.length).toBeGreaterThan(0);
    expect(words("The Mentee’s  AGENDA, is: theirs!")).toEqual(["the", "mentees", "agenda", "is", "theirs"]);
  });

  it(`no bank, catalogue or template text shares a run of ${RUN} words with a guide`, () => {
    const guideRuns = new Map<string, string>();
    for (const guide of guides) for (const run of runsOf(words(guide.text), RUN)) guideRuns.set(run, guide.name);
    const copied: string[] = [];
    for (const { where, text } of ourTexts()) {
      const shared = runsOf(words(text), RUN).filter((run) => guideRuns.has(run));
      if (shared.length > 0) copied.push(`${where}: "${text}" shares "${shared[0]}" with ${guideRuns.get(shared[0] ?? "")}`);
    }
    expect(copied).toEqual([]);
  });

  it("the check itself catches a guide's sentence, in other case and punctuation", () => {
    const guideRuns = new Set(guides.flatMap((guide) => runsOf(words(guide.text), RUN)));
    const sentence = words(guides[0]?.text ?? "").slice(10, 10 + RUN).join(" ").toUpperCase();
    expect(runsOf(words(`— ${sentence}?!`), RUN).some((run) => guideRuns.has(run))).toBe(true);
  });

  // The Danish lists are aligned with the English by index (banks.test.ts), so the English order is theirs.
  const LISTS = [
    { name: "values (English)", items: values.en },
    { name: "values (Danish)", items: values.da },
    { name: "conversation starters", items: conversationStarters.questions.en },
    { name: "signs of an ending", items: endingSigns.en },
    { name: "closing checklist", items: closingChecklist.en },
    { name: "tips for working together", items: Object.entries(en).filter(([key]) => key.startsWith("note.together.")).map(([, text]) => text) },
    { name: "the four tensions", items: banks.mentorTensionQuestions.questions.en },
    { name: "the mentee's roles", items: banks.menteeRoles.map((role) => `${role.name.en}: ${role.description.en}`) },
  ];
  it.each(LISTS)("$name: no four items in a row follow a guide's list item by item", ({ items }) => {
    for (const guide of guides) {
      expect(longestWalk(items, guide.text), guide.name).toBeLessThan(4);
    }
  });

  it("the order check catches a list copied in a guide's order", () => {
    const guide = "A guide\n  • Mentor and mentee rarely meet\n  • The goals are reached\n  • The agreed time is over\n  • Trust is broken\n";
    const copied = ["Mentor and mentee rarely meet.", "Goals reached.", "The agreed time is over.", "Broken trust."];
    expect(longestWalk(copied, guide)).toBe(4);
    expect(longestWalk(["The agreed time is over.", "Broken trust.", "Mentor and mentee rarely meet.", "Goals reached."], guide)).toBe(2);
  });
});
