import { describe, it, expect } from "vitest";
import { generateVault } from "../../scripts/bench/generator";
import { parseNote } from "../../src/core/notes/parse-note";
import { VaultIndex } from "../../src/core/index/vault-index";

describe("the benchmark vault generator", () => {
  it("gives the same vault, byte for byte, for the same seed and size", () => {
    const a = generateVault(7, 500);
    const b = generateVault(7, 500);
    expect(b.files).toEqual(a.files);
    expect(b.counts).toEqual(a.counts);
  });

  it("gives a different vault for another seed", () => {
    expect(generateVault(8, 500).files).not.toEqual(generateVault(7, 500).files);
  });

  it("makes the stated 10,000-note mix: 200 agreements, 2,000 sessions, about 20,000 actions in both formats", () => {
    const vault = generateVault(20261123, 10_000);
    const { counts } = vault;
    expect(vault.files).toHaveLength(10_000);
    expect(new Set(vault.files.map(([path]) => path)).size).toBe(10_000);
    expect(counts.agreements).toBe(200);
    expect(counts.sessions).toBe(2_000);
    expect(counts.ordinary).toBe(7_800);
    expect(counts.actions).toBeGreaterThan(19_000);
    expect(counts.actions).toBeLessThan(21_000);
    expect(counts.actionFormats.tasks + counts.actionFormats.dataview + counts.actionFormats.undated).toBe(counts.actions);
    expect(counts.actionFormats.tasks).toBeGreaterThan(counts.actions * 0.3);
    expect(counts.actionFormats.dataview).toBeGreaterThan(counts.actions * 0.3);
    expect(counts.danishRelationships).toBe(100);
    expect(counts.crlfNotes).toBeGreaterThan(500);
    // Ordinary notes are of a similar size to session notes, and have tasks of their own.
    const sizeOf = (pick: (path: string) => boolean): number => {
      const texts = vault.files.filter(([path]) => pick(path)).map(([, text]) => text.length);
      return texts.reduce((sum, n) => sum + n, 0) / texts.length;
    };
    const ordinary = sizeOf((path) => !path.startsWith("Mentoring/"));
    const sessions = sizeOf((path) => vault.sessionPaths.includes(path));
    expect(ordinary / sessions).toBeGreaterThan(0.7);
    expect(ordinary / sessions).toBeLessThan(1.3);
    expect(counts.otherTasks).toBeGreaterThan(10_000);
  });

  it("writes notes the index reads as it counts them (agreements, sessions, actions, goals; ordinary notes left out)", () => {
    const vault = generateVault(3, 1_000);
    const kinds = { agreement: 0, session: 0, other: 0, unreadable: 0 };
    let actions = 0;
    let goals = 0;
    for (const [path, text] of vault.files) {
      const parsed = parseNote(path, text);
      kinds[parsed.kind] += 1;
      if (parsed.kind === "session") actions += parsed.note.actions.length;
      if (parsed.kind === "agreement") goals += parsed.note.goals.length;
    }
    expect(kinds).toEqual({ agreement: vault.counts.agreements, session: vault.counts.sessions, other: vault.counts.ordinary, unreadable: 0 });
    expect(actions).toBe(vault.counts.actions);
    expect(goals).toBe(vault.counts.goals);
    const index = new VaultIndex(vault.files);
    expect(index.relationships().map((relationship) => relationship.folder).sort()).toEqual([...vault.relationshipFolders].sort());
  });
});
