import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/core/notes/parse-note";
import { sameData } from "../../../src/core/syntax/same-data";

function actionsOf(text: string) {
  const parsed = parseNote("Mentoring/Åse/2026-11-22 Session 3.md", text);
  if (parsed.kind !== "session") throw new Error("not a session");
  return parsed.note.actions;
}

describe("sameData", () => {
  it("compares plain data deeply", () => {
    expect(sameData({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(sameData({ a: [1, { b: null }] }, { a: [1, { b: 0 }] })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData({ 0: 1, 1: 2 }, [1, 2])).toBe(false);
    expect(sameData([1], [1, 2])).toBe(false);
    expect(sameData(Number.NaN, Number.NaN)).toBe(true);
    expect(sameData(new Date(0), new Date(0))).toBe(true);
    expect(sameData(new Date(0), new Date(1))).toBe(false);
    expect(sameData(new Date(0), {})).toBe(false);
  });

  it("compares values that are not objects by identity, and never an object with one that is not", () => {
    expect(sameData("a", "a")).toBe(true);
    expect(sameData(0, -0)).toBe(true);
    expect(sameData("1", 1)).toBe(false);
    for (const [a, b] of [[1, {}], [{}, 1], [null, {}], [{}, null], ["", []], [undefined, {}]] as const) {
      expect(sameData(a, b), JSON.stringify([a, b])).toBe(false);
    }
  });

  it("compares actions by their own line, not by the rest of their note", () => {
    const before = actionsOf("---\ntype: mentoring-session\n---\n## Summary\nOld words.\n\n## Actions\n- [ ] Ring Jane 📅 2026-12-01\n");
    const summaryEdited = actionsOf("---\ntype: mentoring-session\n---\n## Summary\nNew words!\n\n## Actions\n- [ ] Ring Jane 📅 2026-12-01\n");
    const lineEdited = actionsOf("---\ntype: mentoring-session\n---\n## Summary\nOld words.\n\n## Actions\n- [ ] Ring Jane 📅 2026-12-02\n");
    expect(sameData(before, summaryEdited)).toBe(true);
    expect(sameData(before, lineEdited)).toBe(false);
  });
});
