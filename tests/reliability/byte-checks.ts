// Independent checks that an edit changed only what it was asked to change. They do not reuse the code
// under test (no textInsertions, no splitLines): each states "the result minus the inserted or replaced
// bytes equals the original" in its own small way.
import { expect } from "vitest";
import type { EditResult } from "../../src/core/notes/types";

/** Lines with their endings (`\r\n`, `\n`, `\r` or none), so joining them gives the text back. */
export function linesOf(text: string): string[] {
  return text.match(/[^\r\n]*(\r\n|\n|\r)|[^\r\n]+$/g) ?? [];
}

/** The inserted runs when `after` is `before` with text added (every code unit of `before` kept, in order); null otherwise. */
export function insertedRuns(before: string, after: string): string[] | null {
  const runs: string[] = [];
  let i = 0;
  let run = "";
  for (let j = 0; j < after.length; j += 1) {
    if (i < before.length && before.charCodeAt(i) === after.charCodeAt(j)) {
      if (run) runs.push(run);
      run = "";
      i += 1;
    } else run += after[j];
  }
  if (run) runs.push(run);
  return i === before.length ? runs : null;
}

export function expectInsertOnly(before: string, after: string, what = "the edit"): string[] {
  const runs = insertedRuns(before, after);
  expect(runs, `${what} only adds text`).not.toBeNull();
  return runs ?? [];
}

/**
 * Every line of `before` that is not a target survives byte for byte and in order in `after`; the
 * targets may be replaced or removed and new lines may appear. A last line without an ending may gain one.
 */
export function expectLinesSurvive(before: string, after: string, isTarget: (line: string, index: number, all: readonly string[]) => boolean, what = "the edit"): void {
  const all = linesOf(before);
  const kept = all.filter((line, index) => !isTarget(line, index, all));
  const result = linesOf(after);
  let j = 0;
  for (const [index, line] of kept.entries()) {
    const last = index === kept.length - 1 && !/[\r\n]$/.test(line);
    while (j < result.length && !(result[j] === line || (last && (result[j] ?? "").replace(/(\r\n|\n|\r)$/, "") === line))) j += 1;
    expect(j < result.length, `${what}: line ${JSON.stringify(line.slice(0, 80))} survives in order`).toBe(true);
    j += 1;
  }
}

/**
 * Only line `target` (0-based) differs, keeping its ending, and now reads `expected` (without the ending);
 * the line count is the same.
 */
export function expectOnlyLineChanged(before: string, after: string, target: number, expected: string): void {
  const a = linesOf(before);
  const b = linesOf(after);
  expect(b.length).toBe(a.length);
  for (let i = 0; i < a.length; i += 1) {
    if (i === target) {
      const ending = /(\r\n|\n|\r)$/.exec(a[i] ?? "")?.[0] ?? "";
      expect(b[i], `line ${i + 1} is the edited one`).toBe(expected + ending);
      continue;
    }
    if (a[i] !== b[i]) expect(b[i], `line ${i + 1} is not the target and must not change`).toBe(a[i]);
  }
}

/** A refusal says why and carries no text that a caller could write by mistake. */
export function expectRefusal(result: { ok: boolean; reason?: string }): void {
  expect(result.ok).toBe(false);
  expect(result).not.toHaveProperty("text");
  expect(typeof result.reason === "string" && result.reason.trim().length > 10, "a reason a person can read").toBe(true);
}

/** An unchanged result gives the original text back, the very same string. */
export function expectUnchanged(before: string, result: EditResult): void {
  if (result.ok && !result.changed) expect(result.text === before, "unchanged means the same text").toBe(true);
}

/**
 * The lines of a frontmatter block that hold one of `keys`: the key's line and the lines that continue
 * its value (indented lines, and `- item` lines of a list written at the key's own indentation).
 */
export function keyLine(keys: readonly string[]): (line: string, index: number, all?: readonly string[]) => boolean {
  let cached: { lines: readonly string[]; targets: Set<number> } | null = null;
  return (line, index, all) => {
    if (!all) return keys.some((key) => line.startsWith(`${key}:`));
    if (cached?.lines !== all) {
      const targets = new Set<number>();
      let inKey = false;
      all.forEach((candidate, i) => {
        if (keys.some((key) => candidate.startsWith(`${key}:`))) inKey = true;
        else if (!/^([ \t]|- |-$)/.test(candidate)) inKey = false;
        if (inKey) targets.add(i);
      });
      cached = { lines: all, targets };
    }
    return cached.targets.has(index);
  };
}
