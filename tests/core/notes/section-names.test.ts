import { describe, it, expect } from "vitest";
import { CLOSING_SECTIONS, SECTION_TITLES, sectionIdOf, type SectionId } from "../../../src/core/notes/section-names";
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

  it("reads a title in any case", () => {
    for (let variant = 0; variant < 128; variant += 1) {
      const spelling = [..."actions"].map((char, at) => ((variant >> at) & 1 ? char.toUpperCase() : char)).join("");
      expect(sectionIdOf(spelling)).toBe("actions");
    }
    expect(sectionIdOf("Summary")).toBe("summary");
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
      ["Summary :", "summary"],
      ["** Insights **", "insights"],
      ["  siden   SIDST ", "sinceLastTime"],
      ["MÅL", "goals"],
      ["Action items", "actions"],
      ["Handlingspunkter", "actions"],
      ["Resumé", "summary"],
      ["Målsætninger", "goals"],
      ["Forrige session", "previousSession"],
      ["Previous meeting", "previousSession"],
      ["Forrige møde", "previousSession"],
      ["INSIGHTS", "insights"],
      ["_**Actions**_:", "actions"],
      ["**__*_Summary_*__**", "summary"],
      ["==**Idéer:**==", "ideas"],
      ["Not **Summary**", null],
      ["**Summary** of the day", null],
      ["Summary of the day", null],
      ["Agenda", null],
      ["", null],
      ["**", null],
    ];
    for (const [title, id] of cases) expect(sectionIdOf(title), title).toBe(id);
  });
});
