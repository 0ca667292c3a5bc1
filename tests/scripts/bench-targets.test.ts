import { describe, it, expect } from "vitest";
import { checkTargets, TARGETS } from "../../scripts/bench/targets.mjs";
import { longSessionNote } from "../../scripts/bench/long-note";
import { closeSessionText } from "../../src/core/edits/close-session";

/** Every figure a run prints, each just within its target. */
const WITHIN = {
  indexVsBaseline: 2.9,
  incrementalP50VsIndex: 0.0019,
  dashboardVsIndex: 0.09,
  heapBytesPerNote: 2900,
  growth40kVs10k: 4.5,
  baselineGrowth40kVs10k: 4.0,
  noteSizeGrowth: 2.2,
  noteSizeLines: [100_000, 200_000],
  pluginStartVsIndex: 1.4,
  dashboardFirstScreenVsIndex: 0.24,
};

describe("the bench's targets", () => {
  it("are the issue's: eight, each with its bound", () => {
    expect(Object.fromEntries(TARGETS.map((target) => [target.key, target.max]))).toEqual({
      indexVsBaseline: 3.0,
      incrementalP50VsIndex: 0.002,
      dashboardVsIndex: 0.1,
      heapBytesPerNote: 3000,
      growthVsBaselineGrowth: 1.15,
      noteSizeGrowth: 2.3,
      pluginStartVsIndex: 1.5,
      dashboardFirstScreenVsIndex: 0.25,
    });
  });

  it("pass when every figure is within its bound", () => {
    expect(checkTargets(WITHIN).filter((check) => !check.met)).toEqual([]);
  });

  it("fail one by one when a figure passes its bound, or is missing", () => {
    expect(checkTargets({ ...WITHIN, dashboardVsIndex: 0.11 }).filter((check) => !check.met).map((check) => check.key)).toEqual(["dashboardVsIndex"]);
    const missing: Record<string, unknown> = { ...WITHIN };
    delete missing["pluginStartVsIndex"];
    expect(checkTargets(missing).filter((check) => !check.met).map((check) => check.key)).toEqual(["pluginStartVsIndex"]);
  });

  it("compare the index's growth with the baseline's growth of the same run", () => {
    // 4.5 / 4.0 = 1.125 is within 1.15; 4.7 / 4.0 = 1.175 is not, though 4.7 alone says nothing.
    const growth = (figures: Record<string, unknown>) => checkTargets(figures).find((check) => check.key === "growthVsBaselineGrowth");
    expect(growth(WITHIN)).toMatchObject({ value: 1.125, met: true });
    expect(growth({ ...WITHIN, growth40kVs10k: 4.7 })?.met).toBe(false);
    expect(growth({ ...WITHIN, growth40kVs10k: 4.7, baselineGrowth40kVs10k: 4.2 })?.met).toBe(true);
  });

  it("count the note-size growth only when measured on the 200,000 / 100,000-line pair", () => {
    const noteSize = checkTargets({ ...WITHIN, noteSizeLines: [12_500, 25_000] }).find((check) => check.key === "noteSizeGrowth");
    expect(noteSize?.met).toBe(false);
  });
});

describe("the bench's long session note", () => {
  it("has the lines asked for, comments of both kinds above and below a long stretch, and the four headings", () => {
    const note = longSessionNote(2_000);
    const lines = note.split("\n");
    expect(lines).toHaveLength(2_001);
    expect(lines[2_000]).toBe("");
    for (const heading of ["## Summary", "## Insights", "## Ideas", "## Actions"]) expect(lines).toContain(heading);
    const comments = lines.flatMap((line, i) => (line.startsWith("<!--") || line.startsWith("%%") ? [i] : []));
    expect(comments[0]).toBeLessThan(20);
    expect(comments.at(-1)).toBeGreaterThan(1_980);
    expect(comments.filter((i) => i > 20 && i < 1_970)).toEqual([]);
  });

  it("closes by changing the frontmatter only (the headings are there)", () => {
    const note = longSessionNote(2_000);
    const closed = closeSessionText(note, "2026-11-23", 28, "en");
    expect(closed.ok).toBe(true);
    if (!closed.ok) return;
    const body = (text: string) => text.slice(text.indexOf("# Session 3"));
    expect(body(closed.text)).toBe(body(note));
    expect(closed.text).toContain("status: closed\n");
    expect(closed.text).toContain("next: 2026-11-30\n");
  });
});
