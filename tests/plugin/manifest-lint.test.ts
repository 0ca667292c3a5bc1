// eslint lints manifest.json with Obsidian's own manifest rule: the real manifest passes, and a manifest
// the review would refuse (a colon in the description, the word "Obsidian") is reported.
import { readFileSync } from "node:fs";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const manifest = readFileSync(`${process.cwd()}/manifest.json`, "utf8");

async function manifestProblems(text: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(text, { filePath: "manifest.json" });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? "parse"}: ${message.message}`);
}

describe("manifest.json under eslint", () => {
  it("passes the obsidianmd manifest rule", async () => {
    expect(await manifestProblems(manifest)).toEqual([]);
  }, 60_000);

  it("reports a description with a colon, and one naming Obsidian", async () => {
    const data = JSON.parse(manifest) as Record<string, unknown>;
    const colon = JSON.stringify({ ...data, description: "Mentoring notes: agreements and sessions." }, null, 2);
    const named = JSON.stringify({ ...data, description: "Mentoring notes for Obsidian." }, null, 2);
    expect(await manifestProblems(colon)).toEqual(["obsidianmd/validate-manifest: The 'description' property should be concise and follow the submission requirements."]);
    expect(await manifestProblems(named)).toEqual(["obsidianmd/validate-manifest: The 'description' property cannot contain 'obsidian'."]);
  }, 60_000);
});
