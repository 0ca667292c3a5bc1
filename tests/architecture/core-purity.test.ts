// src/core holds every rule and must run anywhere (Obsidian on a phone, Node, a browser): it may import
// neither `obsidian` nor a Node built-in. The lint config enforces it; these tests prove the rule bites.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint, Linter } from "eslint";
import tsParser from "@typescript-eslint/parser";
import tseslint from "typescript-eslint";

const ROOT = join(import.meta.dirname, "..", "..");

async function coreImportRule(): Promise<Linter.RuleEntry> {
  const eslint = new ESLint({ cwd: ROOT });
  const config = (await eslint.calculateConfigForFile("src/core/any.ts")) as { rules?: Record<string, Linter.RuleEntry> };
  const rule = config.rules?.["@typescript-eslint/no-restricted-imports"];
  if (!rule) throw new Error("no-restricted-imports is not configured for src/core");
  return rule;
}

function lintAsCore(code: string, rule: Linter.RuleEntry): string[] {
  const linter = new Linter({ configType: "flat" });
  return linter
    .verify(
      code,
      [
        {
          files: ["**/*.ts"],
          languageOptions: { parser: tsParser },
          plugins: { "@typescript-eslint": tseslint.plugin },
          rules: { "@typescript-eslint/no-restricted-imports": rule },
        },
      ],
      "src/core/probe.ts",
    )
    .filter((message) => message.severity === 2)
    .map((message) => message.ruleId ?? message.message);
}

describe("src/core stays pure", () => {
  it("the lint config makes importing obsidian or a Node built-in from src/core an error", async () => {
    const rule = await coreImportRule();
    for (const code of [
      'import { Notice } from "obsidian";',
      'import type { TFile } from "obsidian";',
      'import { readFileSync } from "fs";',
      'import { readFileSync } from "node:fs";',
      'import { join } from "path";',
      'import { spawn } from "child_process";',
      'import electron from "electron";',
    ]) {
      expect(lintAsCore(code, rule), code).toContain("@typescript-eslint/no-restricted-imports");
    }
    for (const code of ['import { parseDocument } from "yaml";', 'import { addDays } from "date-fns";', 'import { splitLines } from "./text";']) {
      expect(lintAsCore(code, rule), code).toEqual([]);
    }
  });

  it("no file in src/core imports them today", () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith(".ts")) {
          const text = readFileSync(path, "utf8");
          if (/from\s+["'](obsidian|electron|node:[\w/]+|fs|path|os|child_process)["']/.test(text)) offenders.push(path);
        }
      }
    };
    walk(join(ROOT, "src", "core"));
    expect(offenders).toEqual([]);
  });
});
