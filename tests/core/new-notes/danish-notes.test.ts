// A Danish relationship's notes are Danish from the file name down: `Aftale.md` and `YYYY-MM-DD Møde N.md`,
// links that name them, a top line without a doubled word, one title per block, and no empty name.
import { describe, expect, it } from "vitest";
import { planRelationship } from "../../../src/core/new-notes/new-relationship";
import { planSession, type RelationshipState } from "../../../src/core/new-notes/new-session";
import { agreementPathFor, agreementPathsBeside, existingAgreementPaths, sessionPathFor } from "../../../src/core/new-notes/note-names";
import type { Language } from "../../../src/core/notes/types";
import { agreementOf, input, sessionOf, settings, today } from "../../fixtures/planning";
import { bodyOf, doubledWords, EMPTY_NAME, repeatedTitles } from "../../fixtures/note-reading";

function planBoth(lang: Language, myName = "Anna Holm"): { agreement: { path: string; text: string }; first: { path: string; text: string }; second: { path: string; text: string } } {
  const plan = planRelationship(input(), settings({ myName }), lang, "2026-09-01");
  if (!plan.ok) throw new Error(plan.reason);
  const [agreementFile, firstFile] = plan.files;
  if (!agreementFile || !firstFile) throw new Error("expected two notes");
  const state: RelationshipState = {
    folder: "Mentoring/Jane Doe",
    agreement: agreementOf(agreementFile.path, agreementFile.text),
    sessions: [sessionOf(firstFile.path, firstFile.text)],
  };
  const second = planSession(state, settings({ myName }), lang, today);
  if (second.kind !== "create") throw new Error("expected a new session");
  return { agreement: agreementFile, first: firstFile, second };
}

describe("a Danish relationship's notes", () => {
  it("are named Aftale.md and YYYY-MM-DD Møde N.md, and link to each other by those names", () => {
    const { agreement, first, second } = planBoth("da");
    expect(agreement.path).toBe("Mentoring/Jane Doe/Aftale.md");
    expect(first.path).toBe("Mentoring/Jane Doe/2026-09-01 Møde 1.md");
    expect(second.path).toBe(`Mentoring/Jane Doe/${today} Møde 2.md`);
    expect(first.text).toContain("[[Mentoring/Jane Doe/Aftale|Aftale]]");
    expect(second.text).toContain("[[Mentoring/Jane Doe/Aftale|Aftale]]");
    expect(second.text).toContain("Forrige møde: [[2026-09-01 Møde 1]]");
    for (const note of [agreement, first, second]) {
      expect(note.text).not.toMatch(/Agreement|Session \d/);
    }
  });

  it("an English relationship's notes keep their English names", () => {
    const { agreement, first, second } = planBoth("en");
    expect(agreement.path).toBe("Mentoring/Jane Doe/Agreement.md");
    expect(first.path).toBe("Mentoring/Jane Doe/2026-09-01 Session 1.md");
    expect(second.path).toBe(`Mentoring/Jane Doe/${today} Session 2.md`);
    expect(second.text).toContain("[[2026-09-01 Session 1]]");
  });

  for (const lang of ["en", "da"] as Language[]) {
    it(`read without a doubled word, a heading repeated in bold, or an empty name, with or without my name (${lang})`, () => {
      for (const myName of ["Anna Holm", ""]) {
        const notes = planBoth(lang, myName);
        for (const note of [notes.agreement, notes.first, notes.second]) {
          expect(doubledWords(note.text), note.path).toEqual([]);
          expect(repeatedTitles(note.text), note.path).toEqual([]);
          expect(bodyOf(note.text), note.path).not.toMatch(EMPTY_NAME);
        }
      }
    });
  }

  it("the checks above catch what they are for", () => {
    expect(doubledWords("Aftale: [[Mentoring/Jane Doe/Aftale|Aftale]] · Fase: opstart")).toEqual([
      'aftale in "Aftale: [[Aftale]] · Fase: opstart"',
    ]);
    expect(repeatedTitles("## Samtalestartere\n\n**Samtalestartere**\n- Hvad?")).toHaveLength(1);
  });
});

describe("note names", () => {
  it("follow the language, and are sanitised like every name", () => {
    expect(agreementPathsBeside("", "en")).toEqual(["Agreement.md", "Aftale.md"]);
    expect(agreementPathsBeside("/", "da")).toEqual(["Aftale.md", "Agreement.md"]);
    expect(agreementPathsBeside("Mentoring/Jane", "da")).toEqual(["Mentoring/Jane/Aftale.md", "Mentoring/Jane/Agreement.md"]);
    expect(agreementPathFor("Mentoring", "Jane Doe", "en")).toBe("Mentoring/Jane Doe/Agreement.md");
    expect(agreementPathFor("Mentoring", "Søren Ærø", "da")).toBe("Mentoring/Søren Ærø/Aftale.md");
    expect(sessionPathFor("Mentoring/Søren Ærø", "2026-12-05", 3, "da")).toBe("Mentoring/Søren Ærø/2026-12-05 Møde 3.md");
    expect(sessionPathFor("Mentoring/Jane", "2026-12-05", 3, "en")).toBe("Mentoring/Jane/2026-12-05 Session 3.md");
  });

  it("keep sanitised names inside the root folder", () => {
    for (const name of ["../../x", "..", ".hidden", 'a/b\\c:d*e?f"g<h>i|j', "  ", "../../../etc/passwd"]) {
      const path = agreementPathFor("Mentoring", name, "en");
      expect(path.split("/")[0]).toBe("Mentoring");
      expect(path.split("/")).toHaveLength(3);
      expect(path.split("/")[1]?.startsWith(".")).toBe(false);
    }
    expect(agreementPathFor("../Mentoring", "../../x", "en")).toBe("Mentoring/x/Agreement.md");
  });

  it("an existing relationship is looked for under both names, the language's own first", () => {
    expect(existingAgreementPaths("Mentoring", "Jane Doe", "da")).toEqual(["Mentoring/Jane Doe/Aftale.md", "Mentoring/Jane Doe/Agreement.md"]);
    expect(existingAgreementPaths("Mentoring", "Jane Doe", "en")).toEqual(["Mentoring/Jane Doe/Agreement.md", "Mentoring/Jane Doe/Aftale.md"]);
  });
});
