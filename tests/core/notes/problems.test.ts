import { describe, expect, it } from "vitest";
import { dashboardToText } from "../../../src/core/dashboard/dashboard-text";
import { appendEnding } from "../../../src/core/edits/end-relationship";
import { meetingTexts } from "../../../src/core/method/meeting-texts";
import { ensureSections } from "../../../src/core/notes/sections";
import { buildDashboard } from "../../../src/core/dashboard/dashboard";
import { messageText, translate, type MessageKey } from "../../../src/core/i18n";
import { parseNote } from "../../../src/core/notes/parse-note";
import { problemText } from "../../../src/core/notes/problems";
import { VaultIndex } from "../../../src/core/index/vault-index";
import type { Problem } from "../../../src/core/notes/types";
import { AGREEMENT_PATH, CATALOGUE, GOOD_AGREEMENT } from "../../fixtures/malformed/catalogue";

const danish = (key: MessageKey, vars?: Record<string, string | number>): string => translate("da", key, vars);
const english = (key: MessageKey, vars?: Record<string, string | number>): string => translate("en", key, vars);

function problemsOf(file: string, text: string): readonly Problem[] {
  const parsed = parseNote(file, text);
  return parsed.kind === "other" ? [] : parsed.problems;
}

const BAD_AGREEMENT = [
  "---",
  "type: mentoring-agreement",
  "mentee: Jane Doe",
  "role: boss",
  "start: 2026-02-30",
  "meetings_planned: three",
  "cadence_days: 0",
  "status: [active]",
  "next: ''",
  "---",
  "## Goals",
  "- [ ] One",
  "- [ ] Two",
  "- [ ] Three",
  "- [ ] Four",
  "",
].join("\n");

describe("problems as messages", () => {
  it("give their English reason from their message, for every problem the malformed catalogue and the index make", () => {
    const index = new VaultIndex([[AGREEMENT_PATH, GOOD_AGREEMENT]]);
    CATALOGUE.forEach((note, n) => index.set(`Mentoring/Case ${n}/${note.path.split("/").pop() ?? "Note.md"}`, note.text));
    index.set("Elsewhere/Session 1.md", "---\ntype: mentoring-session\n---\n");
    index.set("Mentoring/Jane Doe/Agreement 1.md", GOOD_AGREEMENT);
    const problems = [...index.problems(), ...problemsOf("Agreement.md", BAD_AGREEMENT)];
    expect(problems.length).toBeGreaterThan(10);
    for (const problem of problems) {
      expect(problem.message, problem.reason).toBeDefined();
      if (problem.message) expect(messageText(problem.message, english)).toBe(problem.reason);
    }
  });

  it("are shown in Danish, values that are words included", () => {
    const texts = problemsOf("Agreement.md", BAD_AGREEMENT).map((problem) => problemText(problem, danish));
    expect(texts).toEqual([
      "`role` er \"boss\"; forventet: mentor eller mentee",
      "`start`: 2026-02-30 er ikke en rigtig dato",
      "`meetings_planned` er \"three\"; forventet: et helt tal",
      "`cadence_days` er 0; forventet: et helt tal over 0",
      "`status` er en liste; forventet: active eller ended",
      "Aftalen har 4 mål; der kan højst være 3 i en aftale. Kun de første 3 vises.",
    ]);
  });

  it("a problem without a message shows its reason as written", () => {
    expect(problemText({ reason: "As written." }, danish)).toBe("As written.");
  });

  it("refused edits say why in the user's language, with the English reason kept", () => {
    const agreement = "---\ntype: mentoring-agreement\n---\n## Goals\n\n```\nnever closed\n";
    const refused = appendEnding(agreement, meetingTexts("da").ending);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(problemText(refused, danish)).toBe(
      "Kunne ikke tilføje afslutningen: noten slutter inde i en kodeblok eller kommentar, der aldrig lukkes. Luk den (``` eller -->), og prøv igen.",
    );
    expect(refused.reason).toBe(
      "Could not add the ending: the note ends inside a code block or comment that is never closed. Close it (``` or -->) and try again.",
    );
    const sections = ensureSections("# Note\n\n```\nopen\n", ["summary"], "da");
    expect(sections.ok ? "" : problemText(sections, danish)).toBe(
      "Kunne ikke tilføje Opsummering: noten slutter inde i en kodeblok eller kommentar, der aldrig lukkes. Luk den (``` eller -->), og prøv igen.",
    );
  });

  it("reach the command line's Danish text in Danish, while its JSON keeps the English reason", () => {
    const index = new VaultIndex([["Elsewhere/Session 1.md", "---\ntype: mentoring-session\n---\n"]]);
    const model = buildDashboard(index, { today: "2026-11-29" });
    expect(dashboardToText(model, { color: false, lang: "da" })).toContain(
      "Dette møde har ingen aftale i sin mappe eller i en mappe over den, så det hører ikke til noget forløb, og dets handlinger vises ikke.",
    );
    expect(model.problems[0]?.reason).toBe(
      "This session has no agreement note in its folder or any folder above it, so it belongs to no relationship and its actions are not shown.",
    );
  });
});
