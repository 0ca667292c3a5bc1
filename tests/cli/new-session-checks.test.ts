// The built command line on small vaults written here: what `new-session` refuses (a broken agreement, a
// broken earlier session, an ended relationship unless --force), actions whose new session was deleted
// after a move, and the names `new-relationship` writes (--name, the saved "my name", or none).
// Every refusal is checked on the disk: the vault's bytes before and after.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { build } from "esbuild";
import { cliBuildOptions } from "../../scripts/build-options.mjs";
import type { DashboardJson } from "../../src/core/dashboard/dashboard";

let workDir = "";
let cli = "";

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), "mentoring-cli-checks-"));
  cli = join(workDir, "cli.cjs");
  await build({ ...cliBuildOptions(), outfile: cli, logLevel: "silent" });
}, 60_000);

afterAll(() => {
  if (workDir !== "") rmSync(workDir, { recursive: true, force: true });
});

function mentoring(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", env: { PATH: process.env["PATH"] ?? "", LANG: "en_US.UTF-8" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A vault made of these notes (vault-relative paths), with the plugin's saved settings when given. */
function vaultOf(notes: Record<string, string>, settings?: object): string {
  const vault = mkdtempSync(join(workDir, "vault-"));
  const files = settings === undefined ? notes : { ...notes, ".obsidian/plugins/mentoring-notes/data.json": JSON.stringify(settings) };
  for (const [path, text] of Object.entries(files)) {
    const full = join(vault, ...path.split("/"));
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return vault;
}

/** Every file below the vault by its text. */
function contents(vault: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string, prefix: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`);
      else out[`${prefix}${name}`] = readFileSync(full, "utf8");
    }
  };
  walk(vault, "");
  return out;
}

const read = (vault: string, path: string): string => readFileSync(join(vault, ...path.split("/")), "utf8");

const AGREEMENT = "Mentoring/Anna Berg/Agreement.md";
const FIRST = "Mentoring/Anna Berg/2026-10-01 Session 1.md";
const agreement = (status = "active"): string =>
  `---\ntype: mentoring-agreement\nmentee: Anna Berg\nmentor: Bo Lund\nrole: mentor\nstart: 2026-10-01\ncadence_days: 28\nstatus: ${status}\n---\n# Agreement\n\n## Goals\n- [ ] Lead a project\n`;
const FIRST_TEXT =
  "---\ntype: mentoring-session\nmentee: Anna Berg\nsession: 1\ndate: 2026-10-01\nstatus: closed\n---\n# Session 1\n\n## Actions\n- [ ] Call the team lead 📅 2026-10-20\n- [ ] Read the book\n- [x] Done already\n";

describe("new-session refuses, with the reason, and writes nothing", () => {
  it("a broken agreement (no closing ---): exit 1, the agreement named, no session with an empty mentee", () => {
    const broken = agreement().replace("---\n# Agreement", "# Agreement");
    const vault = vaultOf({ [AGREEMENT]: broken, [FIRST]: FIRST_TEXT });
    const before = contents(vault);
    const result = mentoring("new-session", vault, "Anna Berg", "--date", "2026-11-01");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(AGREEMENT);
    expect(result.stderr).toContain("cannot be read");
    expect(result.stdout).toBe("");
    expect(contents(vault)).toEqual(before);
  });

  it("a broken earlier session in move mode: exit 1, that session named, every note byte for byte", () => {
    const second = "Mentoring/Anna Berg/2026-10-15 Session 2.md";
    const brokenSession = "---\ntype: mentoring-session\nsession: 2\ndate: 2026-10-15\ndate: 2026-10-16\n---\n## Actions\n- [ ] Plan the offsite\n";
    const vault = vaultOf({ [AGREEMENT]: agreement(), [FIRST]: FIRST_TEXT, [second]: brokenSession }, { carryOver: "move" });
    const before = contents(vault);
    const result = mentoring("new-session", vault, "Anna Berg", "--date", "2026-11-01");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(second);
    expect(result.stderr).toContain("cannot be read");
    expect(contents(vault)).toEqual(before);
  });

  it("an ended relationship: exit 1 saying it has ended and how to go on (--force), which then writes the session", () => {
    const vault = vaultOf({ [AGREEMENT]: agreement("ended"), [FIRST]: FIRST_TEXT });
    const before = contents(vault);
    const refused = mentoring("new-session", vault, "Anna Berg", "--date", "2026-11-01");
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("has ended");
    expect(refused.stderr).toContain("--force");
    expect(contents(vault)).toEqual(before);

    const forced = mentoring("new-session", vault, "Anna Berg", "--date", "2026-11-01", "--force");
    expect(forced.stderr).toBe("");
    expect(forced.status).toBe(0);
    expect(forced.stdout).toBe("Mentoring/Anna Berg/2026-11-01 Session 2.md\n");
    expect(existsSync(join(vault, "Mentoring", "Anna Berg", "2026-11-01 Session 2.md"))).toBe(true);
  });

  it("--force is a usage error on other commands", () => {
    expect(mentoring("dashboard", "VAULT", "--force").status).toBe(2);
  });
});

describe("moved actions whose new session was deleted come back", () => {
  it("are open on the dashboard again and are moved by the next new-session, with the originals pointing at it", () => {
    const vault = vaultOf({ [AGREEMENT]: agreement(), [FIRST]: FIRST_TEXT }, { carryOver: "move" });
    const moved = mentoring("new-session", vault, "Anna Berg", "--date", "2026-11-01");
    expect(moved.status).toBe(0);
    const deleted = "Mentoring/Anna Berg/2026-11-01 Session 2.md";
    expect(read(vault, FIRST)).toContain("- [>] Call the team lead (moved to [[2026-11-01 Session 2]]) 📅 2026-10-20\n");
    rmSync(join(vault, ...deleted.split("/")));

    const dashboard = mentoring("dashboard", vault, "--format", "json", "--today", "2026-11-02");
    expect(dashboard.status).toBe(0);
    const json = JSON.parse(dashboard.stdout) as DashboardJson;
    expect(json.actions.map((action) => [action.file, action.done, action.due])).toEqual([
      [FIRST, false, "2026-10-20"],
      [FIRST, false, null],
    ]);
    expect(json.actions[0]?.text).toContain("Call the team lead");
    expect(json.actions[1]?.text).toContain("Read the book");

    const again = mentoring("new-session", vault, "Anna Berg", "--date", "2026-11-02");
    expect(again.status).toBe(0);
    const path = "Mentoring/Anna Berg/2026-11-02 Session 2.md";
    expect(again.stdout).toBe(`${path}\n`);
    const carried = read(vault, path);
    expect(carried).toContain("- [ ] Call the team lead (moved from [[2026-10-01 Session 1]]) 📅 2026-10-20\n");
    expect(carried).toContain("- [ ] Read the book (moved from [[2026-10-01 Session 1]])\n");
    expect(carried).not.toContain("moved to");
    const original = read(vault, FIRST);
    expect(original).toContain("- [>] Call the team lead (moved to [[2026-11-02 Session 2]]) 📅 2026-10-20\n");
    expect(original).toContain("- [>] Read the book (moved to [[2026-11-02 Session 2]])\n");
    expect(original).not.toContain("2026-11-01 Session 2");
    expect(original).toContain("- [x] Done already\n");

    // Now every action has its one open copy: the dashboard shows each once, from the new note.
    const after = JSON.parse(mentoring("dashboard", vault, "--format", "json", "--today", "2026-11-02").stdout) as DashboardJson;
    expect(after.actions.map((action) => action.file)).toEqual([path, path]);
  });
});

describe("new-relationship names me as the saved setting or --name says, and reads naturally without a name", () => {
  const agreementText = (vault: string): string => read(vault, "Mentoring/Anna Berg/Agreement.md");

  it("--name: the agreement names both people", () => {
    const vault = vaultOf({});
    const result = mentoring("new-relationship", vault, "Anna Berg", "--role", "mentor", "--name", "Bo Lund", "--date", "2026-11-01");
    expect(result.status).toBe(0);
    expect(agreementText(vault)).toContain("mentor: Bo Lund\n");
    expect(agreementText(vault)).toContain("# Mentoring agreement: Anna Berg and Bo Lund\n");
    expect(agreementText(vault)).toContain("Anna Berg is the mentee and Bo Lund the mentor.");
  });

  it("the saved myName setting when there is no --name, and --name before it", () => {
    const saved = vaultOf({}, { myName: "Cai Holm" });
    expect(mentoring("new-relationship", saved, "Anna Berg", "--role", "mentee", "--date", "2026-11-01").status).toBe(0);
    expect(agreementText(saved)).toContain("Cai Holm is the mentee and Anna Berg the mentor.");
    const given = vaultOf({}, { myName: "Cai Holm" });
    expect(mentoring("new-relationship", given, "Anna Berg", "--role", "mentee", "--name", "Dan Ek", "--date", "2026-11-01").status).toBe(0);
    expect(agreementText(given)).toContain("Dan Ek is the mentee and Anna Berg the mentor.");
  });

  it("no name anywhere: no empty name, no double space, no role word standing in for a name", () => {
    const vault = vaultOf({});
    expect(mentoring("new-relationship", vault, "Anna Berg", "--role", "mentor", "--date", "2026-11-01").status).toBe(0);
    const text = agreementText(vault);
    expect(text).toContain("# Mentoring agreement with Anna Berg\n");
    expect(text).toContain("Anna Berg is the mentee; the mentor is not named yet.");
    expect(text).not.toMatch(/[^ \n] {2,}[^ \n]/);
  });

  it("an empty --name is a usage error", () => {
    expect(mentoring("new-relationship", "VAULT", "Anna Berg", "--role", "mentor", "--name", " ").status).toBe(2);
  });
});
