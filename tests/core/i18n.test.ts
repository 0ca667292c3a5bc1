import { describe, expect, it } from "vitest";
import { catalogue, languageFromLocale, placeholdersOf, translate, type MessageKey } from "../../src/core/i18n";
import { da } from "../../src/core/i18n/da";
import { en } from "../../src/core/i18n/en";
import type { Language } from "../../src/core/notes/types";

const LANGUAGES: readonly Language[] = ["en", "da"];
const englishKeys = Object.keys(en).sort();

// Words that keep their capital in the middle of a label: product names and acronyms.
const PROPER_NOUNS = new Set(["Tasks", "Dataview", "Obsidian", "Markdown", "Mermaid", "I"]);

/**
 * The words of a message that break sentence case: a capital that does not start the text, does not
 * follow the end of a sentence, and is neither a proper noun nor an all-capitals token (YYYY-MM-DD).
 */
function titleCaseWords(message: string): string[] {
  const offenders: string[] = [];
  const words = message.split(/\s+/).filter((word) => word !== "");
  words.forEach((raw, index) => {
    const word = raw.replace(/^[^\p{L}]+/u, "");
    const first = word.charAt(0);
    if (index === 0 || first === "" || first === first.toLowerCase()) return;
    const previous = words[index - 1] ?? "";
    if (/[.?!]["”»)]*$/u.test(previous)) return;
    const stem = word.split(/[-\p{P}]/u)[0] ?? word;
    if (PROPER_NOUNS.has(stem)) return;
    if (stem.length > 1 && stem === stem.toUpperCase()) return;
    offenders.push(raw);
  });
  return offenders;
}

function startsUpperCase(message: string): boolean {
  const first = message.charAt(0);
  return first === "{" || (first !== first.toLowerCase() && first === first.toUpperCase());
}

describe("the catalogues", () => {
  it("have exactly the same keys in English and Danish", () => {
    expect(Object.keys(da).sort()).toEqual(englishKeys);
  });

  it("have no empty or blank-edged message in either language", () => {
    for (const lang of LANGUAGES) {
      for (const [key, message] of Object.entries(catalogue(lang))) {
        expect(message.trim(), `${lang} ${key}`).not.toBe("");
        // A trailing blank is allowed only where the text is a lead-in followed by a value.
        expect(/^\s/.test(message), `${lang} ${key} starts with a blank`).toBe(false);
      }
    }
  });

  it("use the same placeholders in each Danish message as in its English twin", () => {
    for (const key of englishKeys as MessageKey[]) {
      expect(placeholdersOf(da[key]).sort(), key).toEqual(placeholdersOf(en[key]).sort());
    }
  });

  it("are really translated: most Danish messages differ from the English", () => {
    const same = englishKeys.filter((key) => da[key as MessageKey] === en[key as MessageKey]);
    // Words shared by both languages (mentor, Time-out...) may match; whole sentences may not.
    for (const key of same) expect(en[key as MessageKey].split(" ").length, key).toBeLessThanOrEqual(2);
    expect(same.length).toBeLessThan(englishKeys.length / 10);
  });

  it("quote with Danish quotation marks (»…«) in Danish, never “…” or straight quotes", () => {
    for (const [key, message] of Object.entries(da)) expect(message, key).not.toMatch(/[“”„"]/);
    expect(da["note.moreStarters"]).toContain("»{command}«");
  });

  it("write Danish with æ, ø and å, not their stand-ins", () => {
    const text = Object.values(da).join("\n");
    expect(text).toMatch(/æ/);
    expect(text).toMatch(/ø/);
    expect(text).toMatch(/å/);
    expect(text).not.toMatch(/\b(paa|maal|moede|moeder|naar|foer|vaerdi\w*|aendr\w*)\b/i);
  });
});

describe("sentence case", () => {
  it("the checker itself flags Title Case and lets proper nouns and new sentences pass", () => {
    expect(titleCaseWords("Start Mentoring Session")).toEqual(["Mentoring", "Session"]);
    expect(titleCaseWords("Tasks emoji or Dataview fields")).toEqual([]);
    expect(titleCaseWords("Done. Next one")).toEqual([]);
    expect(titleCaseWords("A date as YYYY-MM-DD")).toEqual([]);
    expect(startsUpperCase("start mentoring session")).toBe(false);
  });

  const uiKey = /^(command|settings|modal|dashboard|pick|timer|close|end|evaluation|timeOut|notice|language|plugin)\./;

  for (const lang of LANGUAGES) {
    it(`${lang}: command names and settings labels start with a capital and have no Title Case words`, () => {
      const messages = catalogue(lang);
      const labels = (Object.keys(messages) as MessageKey[]).filter((key) => /^(command|settings)\./.test(key));
      expect(labels.length).toBeGreaterThanOrEqual(30);
      for (const key of labels) {
        expect(startsUpperCase(messages[key]), `${lang} ${key}: ${messages[key]}`).toBe(true);
        expect(titleCaseWords(messages[key]), `${lang} ${key}`).toEqual([]);
      }
    });

    it(`${lang}: every other UI message and note text is in sentence case too`, () => {
      const messages = catalogue(lang);
      for (const key of Object.keys(messages) as MessageKey[]) {
        expect(titleCaseWords(messages[key]), `${lang} ${key}`).toEqual([]);
        if (uiKey.test(key)) expect(startsUpperCase(messages[key]), `${lang} ${key}`).toBe(true);
      }
    });
  }
});

describe("translate", () => {
  it("returns the message as written when there are no values", () => {
    expect(translate("en", "command.startSession")).toBe("Start mentoring session");
    expect(translate("da", "command.startSession")).toBe(da["command.startSession"]);
  });

  it("fills in strings and numbers, every occurrence", () => {
    expect(translate("en", "dashboard.sessionsHeld", { held: 3, planned: 6 })).toBe("3 of 6 sessions held");
    expect(translate("da", "notice.tooManyGoals", { count: 4 })).toContain("du angav 4.");
    expect(translate("en", "note.agreementTitle", { mentee: "Åse Ødegård", mentor: "Jane Doe 🙂" })).toBe(
      "Mentoring agreement: Åse Ødegård and Jane Doe 🙂",
    );
  });

  it("leaves a placeholder without a value exactly as written", () => {
    expect(translate("en", "dashboard.sessionsHeld", { held: 2 })).toBe("2 of {planned} sessions held");
    expect(translate("en", "notice.noteCreated", {})).toBe("Created {path}");
  });

  it("never reads a value as a placeholder, nor braces that are not a name", () => {
    expect(translate("en", "notice.noteCreated", { path: "{held} and $& and $1" })).toBe("Created {held} and $& and $1");
    expect(translate("en", "notice.actionCompleted", { text: "{ not a name }" })).toBe("Marked as done: { not a name }");
  });

  it("ignores values the message does not use, including inherited names", () => {
    expect(translate("en", "command.closeSession", { count: 1 })).toBe("Close session: summary, insights, ideas, actions");
    expect(translate("en", "notice.noteCreated", Object.create({ path: "inherited" }) as Record<string, string>)).toBe(
      "Created {path}",
    );
  });

  it("finds each placeholder once, in order", () => {
    expect(placeholdersOf("{a} and {b}, then {a} again, not { c } nor {1x}")).toEqual(["a", "b"]);
  });
});

describe("languageFromLocale", () => {
  it.each([
    ["da", "da"],
    ["da-DK", "da"],
    ["DA", "da"],
    ["da_DK", "da"],
    [" da-dk ", "da"],
    ["en", "en"],
    ["en-GB", "en"],
    ["de", "en"],
    ["nb", "en"],
    ["dan", "en"],
    ["", "en"],
  ])("%j gives %s", (locale, expected) => {
    expect(languageFromLocale(locale)).toBe(expected);
  });
});
