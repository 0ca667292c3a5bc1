// Every command-line message in the language asked for: each error path (usage errors, refusals,
// warnings) is run with --lang en and --lang da, and the answer holds no sentence of the other language.
// Paths and arguments given are taken out first, so only the command line's own words are checked, and so
// is the YAML parser's own detail, which stays as the parser words it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
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
const UNCLOSED = ["---", "type: mentoring-session", "date: 2026-09-01", "## Summary", ""].join("\n");
const TWICE = ["---", "type: mentoring-session", "date: 2026-09-01", "date: 2026-09-02", "---", ""].join("\n");
const BROKEN_AGREEMENT = ["---", "type: mentoring-agreement", "mentee: Lea Holm", "status: active", "status: ended", "---", ""].join("\n");
const UNCLOSED_AGREEMENT = ["---", "type: mentoring-agreement", "mentee: Bodil Dahl", "status: active", ""].join("\n");

/** What the YAML parser itself says about BROKEN's frontmatter (its first line, without the position). */
function parserDetail(): string {
  const error = parseDocument(BROKEN.split("---")[1] ?? "").errors[0];
  if (!error) throw new Error("BROKEN must not be valid YAML");
  return (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
}

function vault(): string {
  const { vault: folder } = copyVault(harness.workDir, true);
  mkdirSync(join(folder, "M", "Kim"), { recursive: true });
  writeFileSync(join(folder, "M", "Kim", "Agreement.md"), AGREEMENT);
  writeFileSync(join(folder, "M", "Kim", "S1.md"), SESSION);
  writeFileSync(join(folder, "M", "Kim", "S2.md"), BROKEN);
  writeFileSync(join(folder, "M", "Kim", "S3.md"), UNCLOSED);
  writeFileSync(join(folder, "M", "Kim", "S4.md"), TWICE);
  mkdirSync(join(folder, "M", "Lea"));
  writeFileSync(join(folder, "M", "Lea", "Agreement.md"), BROKEN_AGREEMENT);
  mkdirSync(join(folder, "M", "Bodil"));
  writeFileSync(join(folder, "M", "Bodil", "Agreement.md"), UNCLOSED_AGREEMENT);
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
  ["dashboard", "V", "--today", "2026-11-23", "--today", "2026-11-24"],
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
  ["close-session", "V", "M/Kim/S2.md"],
  ["close-session", "V", "M/Kim/S3.md"],
  ["close-session", "V", "M/Kim/S4.md"],
  ["end-relationship", "V", "Ann"],
  ["end-relationship", "V", "Lea"],
  ["end-relationship", "V", "Bodil"],
  ["new-session", "V", "Lea"],
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

/** Only the command line's own words: the vault, the arguments, note names and the parser's detail taken out. */
function ownWords(said: string, folder: string, given: readonly string[]): string {
  let words = said.split(folder).join(" ").split(parserDetail()).join(" ");
  for (const arg of [...given].sort((a, b) => b.length - a.length)) if (arg.length > 1) words = words.split(arg).join(" ");
  return words.replace(/[\w./-]+\.md\b/g, " ").replace(/mentoring[ \w-]*--help/g, " ");
}

describe("every command-line message is in the language asked for", () => {
  for (const args of CASES) {
    it(`mentoring ${args.join(" ")}`, () => {
      const folder = vault();
      const given = args.map((arg) => arg.replace(/^V/, folder));
      const said: Record<"en" | "da", string> = { en: "", da: "" };
      for (const lang of ["en", "da"] as const) {
        const result = runCli(harness, [...given, "--lang", lang]);
        expect(result.status, result.stderr).not.toBe(0);
        const words = ownWords(result.stderr, folder, given);
        expect(words.trim(), lang).not.toBe("");
        said[lang] = words;
      }
      expect(said.en, `English: ${said.en}`).not.toMatch(DANISH);
      expect(said.da, `Danish: ${said.da}`).not.toMatch(ENGLISH);
      expect(said.da).not.toBe(said.en);
    });
  }

  it("the text dashboard's notes with problems say what is wrong in the language asked for", () => {
    const folder = vault();
    const said: Record<"en" | "da", string> = { en: "", da: "" };
    for (const lang of ["en", "da"] as const) {
      const result = runCli(harness, ["dashboard", folder, "--lang", lang]);
      expect(result.status, result.stderr).toBe(0);
      // The problems come last, under their heading, each as an indented reason under its note's path.
      const heading = { en: "Notes with problems", da: "Noter med problemer" }[lang];
      const section = result.stdout.slice(result.stdout.indexOf(`\n${heading}`));
      const problems = section.split("\n").filter((line) => line.startsWith("    ")).join("\n");
      expect(problems.match(/Frontmatter/g), section).toHaveLength(5);
      said[lang] = ownWords(problems, folder, []);
    }
    expect(said.en, `English: ${said.en}`).not.toMatch(DANISH);
    expect(said.da, `Danish: ${said.da}`).not.toMatch(ENGLISH);
  });
});
