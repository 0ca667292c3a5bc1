// Every command-line message in the language asked for: each error path (usage errors, refusals,
// warnings) is run with --lang en and --lang da, and the answer holds no sentence of the other language.
// Paths and arguments given are taken out first, so only the command line's own words are checked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildCli, copyVault, runCli, saveSettings, type Harness } from "./harness";

let harness: Harness & { dispose(): void };
beforeAll(async () => {
  harness = await buildCli("mentoring-lang-");
}, 60_000);
afterAll(() => harness.dispose());

// Small words every sentence of the language uses and the other language never does.
const ENGLISH = /\b(the|is|was|not|nothing|there|already|could|must|written|run|of|to|this|with|and|no)\b/i;
const DANISH = /\b(er|ikke|blev|findes|der|kan|skal|allerede|mangler|intet|noget|af|til|denne|med|og|ingen|hverken)\b/i;

const AGREEMENT = ["---", "type: mentoring-agreement", "mentee: Kim Berg", "mentor: Me", "role: mentor", "start: 2026-09-01", "status: active", "---", ""].join("\n");
const SESSION = ["---", "type: mentoring-session", "mentee: Kim Berg", "session: 1", "date: 2026-09-01", "---", "## Summary", ""].join("\n");
const BROKEN = ["---", "type: mentoring-session", "date: [2026", "---", ""].join("\n");

function vault(): string {
  const { vault: folder } = copyVault(harness.workDir, true);
  mkdirSync(join(folder, "M", "Kim"), { recursive: true });
  writeFileSync(join(folder, "M", "Kim", "Agreement.md"), AGREEMENT);
  writeFileSync(join(folder, "M", "Kim", "S1.md"), SESSION);
  writeFileSync(join(folder, "M", "Kim", "S2.md"), BROKEN);
  writeFileSync(join(folder, "P.md"), "x\n");
  writeFileSync(join(folder, "RO.md"), SESSION);
  chmodSync(join(folder, "RO.md"), 0o444);
  writeFileSync(join(folder, "Bad.md"), Buffer.from([0xff, 0xfe, 0x41]));
  saveSettings(folder, { rootFolder: "M", cadenceDays: "often" });
  return folder;
}

/** Each error path, with `V` for the vault. Each must say something on stderr. */
const CASES: string[][] = [
  [],
  ["frobnicate"],
  ["dashboard"],
  ["dashboard", "V", "--format", "xml"],
  ["dashboard", "V", "--today", "2026-02-30"],
  ["dashboard", "V", "--zz"],
  ["dashboard", "V", "--format"],
  ["dashboard", "V", "--all=1"],
  ["dashboard", "V", "extra"],
  ["dashboard", "V", "--root", "Q"],
  ["dashboard", "V/none"],
  ["new-session", "V"],
  ["new-session", "V", ""],
  ["new-session", "V", "Ann"],
  ["new-relationship", "V", "Kim"],
  ["new-relationship", "V", "Kim", "--role", "mentor", "--cadence", "0"],
  ["new-relationship", "V", "Kim", "--role", "mentor", "--root", "M"],
  ["new-relationship", "V", "Kim", "--role", "mentor", "--name", " "],
  ["close-session", "V", "P.md"],
  ["close-session", "V", "Q.md"],
  ["close-session", "V", "Bad.md"],
  ["close-session", "V", "RO.md"],
  ["close-session", "V", "../Q.md"],
  ["end-relationship", "V", "Ann"],
  ["insert", "V", "M/Kim/Agreement.md", "time-out"],
  ["insert", "V", "P.md", "starters"],
  ["insert", "V", "P.md", "q"],
  ["summary", "V", "P.md"],
  ["summary", "V", "P.md", "--format", "pdf"],
  ["calendar", "V", "--out", "/"],
  ["config", "V", "grab"],
  ["config", "V", "set", "zz", "1"],
  ["config", "V", "set", "cadenceDays", "0"],
  ["config", "V", "set", "carryOver", "copy"],
];

describe("every command-line message is in the language asked for", () => {
  for (const args of CASES) {
    it(`mentoring ${args.join(" ")}`, () => {
      const folder = vault();
      const given = args.map((arg) => arg.replace(/^V/, folder));
      const said: Record<"en" | "da", string> = { en: "", da: "" };
      for (const lang of ["en", "da"] as const) {
        const result = runCli(harness, [...given, "--lang", lang]);
        expect(result.status, result.stderr).not.toBe(0);
        // Only the command line's own words: the vault, the arguments and note names taken out.
        let words = result.stderr.split(folder).join(" ");
        for (const arg of [...given].sort((a, b) => b.length - a.length)) if (arg.length > 1) words = words.split(arg).join(" ");
        words = words.replace(/[\w./-]+\.md\b/g, " ").replace(/mentoring[ \w-]*--help/g, " ");
        expect(words.trim(), lang).not.toBe("");
        said[lang] = words;
      }
      expect(said.en, `English: ${said.en}`).not.toMatch(DANISH);
      expect(said.da, `Danish: ${said.da}`).not.toMatch(ENGLISH);
      expect(said.da).not.toBe(said.en);
    });
  }
});
