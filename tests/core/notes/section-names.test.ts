import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { CLOSING_SECTIONS, SECTION_TITLES, sectionIdAt, sectionIdOf, type SectionId } from "../../../src/core/notes/section-names";
import type { Language } from "../../../src/core/notes/types";

const LANGUAGES: readonly Language[] = ["en", "da"];

describe("section titles", () => {
  it("has a title in both languages for every section, and reads each back", () => {
    for (const id of Object.keys(SECTION_TITLES) as SectionId[]) {
      for (const lang of LANGUAGES) {
        const title = SECTION_TITLES[id][lang];
        expect(title.trim().length).toBeGreaterThan(0);
        expect(sectionIdOf(title)).toBe(id);
      }
    }
  });

  it("reads a title in place as sectionIdOf reads it sliced, however many titles come by (property)", () => {
    const known = (Object.keys(SECTION_TITLES) as SectionId[]).flatMap((id) => LANGUAGES.map((lang) => SECTION_TITLES[id][lang]));
    const title = fc.oneof(fc.constantFrom(...known, "**Actions:**", "ACTIONS", "Action items", "Actions x", "Action", "", "Handlinger ", "Session 3: Jane", "Actions 2", "2026-11-22"), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("", "## ", "x"), title), { minLength: 1, maxLength: 90 }), (titles) => {
        for (const [before, each] of titles) {
          const text = `${before}${each}\n`;
          expect(sectionIdAt(text, before.length, before.length + each.length)).toBe(sectionIdOf(each));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reads titles in place past the number it remembers", () => {
    // 128 spellings of one title, each known: the list of remembered titles fills and starts over.
    for (let variant = 0; variant < 128; variant += 1) {
      const spelling = [..."actions"].map((char, at) => ((variant >> at) & 1 ? char.toUpperCase() : char)).join("");
      const text = `## ${spelling}`;
      expect(sectionIdAt(text, 3, text.length)).toBe("actions");
      expect(sectionIdAt(text, 3, text.length)).toBe("actions");
    }
    expect(sectionIdAt("## Summary", 3, 10)).toBe("summary");
  });

  it("closes with Summary, Insights, Ideas, Actions in that order", () => {
    expect(CLOSING_SECTIONS.map((id) => SECTION_TITLES[id].da)).toEqual(["Opsummering", "Indsigter", "Idéer", "Handlinger"]);
  });

  it("reads titles in any case, with emphasis or a colon, and in NFC or NFD", () => {
    const cases: Array<[string, SectionId | null]> = [
      ["IDÉER", "ideas"],
      ["idéer", "ideas"],
      ["Ide\u0301er", "ideas"],
      ["Ideer", "ideas"],
      ["**Actions**", "actions"],
      ["**Actions:**", "actions"],
      ["__Handlinger__:", "actions"],
      ["*Summary*", "summary"],
      ["Insights:", "insights"],
      ["  siden   SIDST ", "sinceLastTime"],
      ["MÅL", "goals"],
      ["Action items", "actions"],
      ["INSIGHTS", "insights"],
      ["Summary of the day", null],
      ["Agenda", null],
      ["", null],
      ["**", null],
    ];
    for (const [title, id] of cases) expect(sectionIdOf(title), title).toBe(id);
  });
});
