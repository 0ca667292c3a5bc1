// src/core's folders are layers whose imports run one way (syntax <- notes <- index <- dashboard, edits,
// new-notes; i18n and method beside), with no import cycle. The lint config enforces both; these tests
// prove the rules bite, on probe files that break them.
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint, Linter } from "eslint";
import tsParser from "@typescript-eslint/parser";
import { importX } from "eslint-plugin-import-x";

const ROOT = join(import.meta.dirname, "..", "..");

/** The import-x rules and settings the project's config gives a file at `path`. */
async function importRules(path: string): Promise<{ rules: Record<string, Linter.RuleEntry>; settings: Record<string, unknown> }> {
  const config = (await new ESLint({ cwd: ROOT }).calculateConfigForFile(path)) as {
    rules?: Record<string, Linter.RuleEntry>;
    settings?: Record<string, unknown>;
  };
  const rules = Object.fromEntries(Object.entries(config.rules ?? {}).filter(([name]) => name.startsWith("import-x/")));
  return { rules, settings: config.settings ?? {} };
}

/** `code` linted as the file at `path` with the core's import rules; `cwd` is where the zones' paths start. */
async function lint(code: string, path: string, cwd = ROOT): Promise<string[]> {
  const { rules, settings } = await importRules(join(ROOT, "src/core/any.ts"));
  const linter = new Linter({ configType: "flat", cwd });
  return linter
    .verify(code, [{ files: ["**/*.ts"], languageOptions: { parser: tsParser }, plugins: { "import-x": importX }, settings, rules }], path)
    .filter((message) => message.severity === 2)
    .map((message) => message.ruleId ?? message.message);
}

const probe = (folder: string): string => join(ROOT, "src", "core", folder, "probe.ts");

describe("src/core's layers", () => {
  it("the lint config sets the layer and cycle rules for the core", async () => {
    const { rules } = await importRules(join(ROOT, "src/core/syntax/any.ts"));
    expect(Object.keys(rules)).toEqual(expect.arrayContaining(["import-x/no-restricted-paths", "import-x/no-cycle"]));
  });

  it("an import that runs up a layer is an error", async () => {
    for (const [folder, code] of [
      ["syntax", 'import type { Session } from "../notes/types";'],
      ["syntax", 'import { parseNote } from "../notes/parse-note";'],
      ["notes", 'import { VaultIndex } from "../index/vault-index";'],
      ["index", 'import { buildDashboard } from "../dashboard/dashboard";'],
      ["edits", 'import { planNewSession } from "../new-notes/new-session";'],
      ["dashboard", 'import { closeSession } from "../edits/close-session";'],
      ["i18n", 'import type { IsoDate } from "../syntax/dates";'],
      ["syntax", 'import { meetingTexts } from "../method/meeting-texts";'],
    ] as const) {
      expect(await lint(code, probe(folder)), `${folder}: ${code}`).toContain("import-x/no-restricted-paths");
    }
  });

  it("an import that runs down a layer, or within one, is fine", async () => {
    for (const [folder, code] of [
      ["notes", 'import { splitLines } from "../syntax/text";'],
      ["syntax", 'import { message } from "../i18n";'],
      ["dashboard", 'import type { VaultIndex } from "../index/vault-index";'],
      ["new-notes", 'import { planCarryOver } from "../edits/carry-over";'],
      ["syntax", 'import { splitLines } from "./text";'],
    ] as const) {
      expect(await lint(code, probe(folder)), `${folder}: ${code}`).toEqual([]);
    }
  });

  const dir = mkdtempSync(join(tmpdir(), "layers-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("an import cycle is an error", async () => {
    writeFileSync(join(dir, "b.ts"), 'import { a } from "./a";\nexport const b = (): number => a + 1;\n');
    const code = 'import { b } from "./b";\nexport const a = 1;\nexport const c = (): number => b();\n';
    writeFileSync(join(dir, "a.ts"), code);
    expect(await lint(code, join(dir, "a.ts"), dir)).toContain("import-x/no-cycle");
    // The same file without the cycle passes.
    writeFileSync(join(dir, "b.ts"), "export const b = (): number => 1;\n");
    expect(await lint(code, join(dir, "a.ts"), dir)).toEqual([]);
  });
});
