// A Danish relationship started and continued from the built command line: its notes have Danish names,
// link to each other by them, and read without a doubled word or an empty name. Built into a temporary
// folder with the CLI's own build options, as cli.test.ts does, and run as a child process.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { cliBuildOptions } from "../../scripts/build-options.mjs";
import { bodyOf, doubledWords, EMPTY_NAME, repeatedTitles } from "../fixtures/note-reading";

let workDir = "";
let cli = "";

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), "mentoring-cli-da-"));
  cli = join(workDir, "cli.cjs");
  await build({ ...cliBuildOptions(), outfile: cli, logLevel: "silent" });
}, 60_000);

afterAll(() => {
  if (workDir !== "") rmSync(workDir, { recursive: true, force: true });
});

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", env: { PATH: process.env["PATH"] ?? "", LANG: "en_US.UTF-8" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** An empty vault, with my name saved in the plugin's settings or not. */
function emptyVault(myName: string | null): string {
  const vault = mkdtempSync(join(workDir, "vault-"));
  if (myName !== null) {
    mkdirSync(join(vault, ".obsidian", "plugins", "mentoring-notes"), { recursive: true });
    writeFileSync(join(vault, ".obsidian", "plugins", "mentoring-notes", "data.json"), JSON.stringify({ myName }));
  }
  return vault;
}

const notesIn = (vault: string, folder: string): string[] => readdirSync(join(vault, folder)).sort();
const read = (vault: string, path: string): string => readFileSync(join(vault, ...path.split("/")), "utf8");

describe("a Danish relationship from the command line", () => {
  for (const myName of ["Anna Holm", null]) {
    it(`new-relationship and new-session with --lang da write Danish names and Danish text (${myName === null ? "no name saved" : "my name saved"})`, () => {
      const vault = emptyVault(myName);
      const started = run("new-relationship", vault, "Søren Ærø", "--role", "mentor", "--goal", "Lede kvartalsplanlægningen selv", "--date", "2026-12-05", "--lang", "da");
      expect(started.stderr).toBe("");
      expect(started.status).toBe(0);
      expect(started.stdout).toBe("Mentoring/Søren Ærø/Aftale.md\nMentoring/Søren Ærø/2026-12-05 Møde 1.md\n");

      const next = run("new-session", vault, "Søren Ærø", "--date", "2026-12-12", "--lang", "da");
      expect(next.status).toBe(0);
      expect(next.stdout).toBe("Mentoring/Søren Ærø/2026-12-12 Møde 2.md\n");
      expect(notesIn(vault, "Mentoring/Søren Ærø")).toEqual(["2026-12-05 Møde 1.md", "2026-12-12 Møde 2.md", "Aftale.md"]);

      const second = read(vault, "Mentoring/Søren Ærø/2026-12-12 Møde 2.md");
      expect(second).toContain("[[Mentoring/Søren Ærø/Aftale|Aftale]] · Forrige møde: [[2026-12-05 Møde 1]] · Fase: arbejdsfase");
      for (const name of notesIn(vault, "Mentoring/Søren Ærø")) {
        const text = read(vault, `Mentoring/Søren Ærø/${name}`);
        expect(text, name).not.toMatch(/Agreement|Session \d/);
        expect(doubledWords(text), name).toEqual([]);
        expect(repeatedTitles(text), name).toEqual([]);
        expect(bodyOf(text), name).not.toMatch(EMPTY_NAME);
      }
      const agreement = bodyOf(read(vault, "Mentoring/Søren Ærø/Aftale.md"));
      expect(agreement).toContain(myName === null ? "# Mentoraftale med Søren Ærø" : "# Mentoraftale: Søren Ærø og Anna Holm");
      expect(agreement).toContain(myName === null ? "Søren Ærø er mentee; der står endnu ikke et navn på mentor." : "Søren Ærø er mentee, og Anna Holm er mentor.");
    });
  }

  it("a relationship started in Danish is found by its Danish agreement from an English command, and nothing is written", () => {
    const vault = emptyVault("Anna Holm");
    expect(run("new-relationship", vault, "Søren Ærø", "--role", "mentor", "--date", "2026-12-05", "--lang", "da").status).toBe(0);
    const again = run("new-relationship", vault, "Søren Ærø", "--role", "mentor", "--date", "2026-12-06", "--lang", "en");
    expect(again.status).toBe(1);
    expect(again.stdout).toBe("Mentoring/Søren Ærø/Aftale.md\n");
    expect(notesIn(vault, "Mentoring/Søren Ærø")).toEqual(["2026-12-05 Møde 1.md", "Aftale.md"]);
  });
});
