// The command line's write path against the disk as it really is: file modes, read-only notes, named
// pipes, long and decomposed names, links to outside the vault, folders that cannot be read, and note
// names that carry control characters. Each case runs the built CLI and checks the disk afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, renameSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { JANE_SESSION_2_CLOSED } from "../fixtures/closed-notes";
import { buildCli, copyVault, hashTree, readVaultFile, runCli, saveSettings, type Harness } from "./harness";

const TODAY = "2026-11-23";
const NOTE = "Mentoring/Jane Doe/2026-10-04 Session 2.md";
let harness: Harness & { dispose(): void };

beforeAll(async () => {
  harness = await buildCli("mentoring-edges-");
}, 60_000);

afterAll(() => harness?.dispose());


const run = (...args: string[]) => runCli(harness, args);
const noteFile = (vault: string, path = NOTE): string => join(vault, ...path.split("/"));
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe("file mode and permissions", () => {
  it("a private 600 note stays 600 after close-session, and a 640 note stays 640", () => {
    for (const mode of [0o600, 0o640]) {
      const { vault } = copyVault(harness.workDir);
      chmodSync(noteFile(vault), mode);
      const result = run("close-session", vault, NOTE, "--today", TODAY);
      expect(result.status).toBe(0);
      expect(statSync(noteFile(vault)).mode & 0o7777).toBe(mode);
    }
  });

  it("move mode keeps the mode of every earlier session it forwards", () => {
    const { vault } = copyVault(harness.workDir);
    saveSettings(vault, { carryOver: "move" });
    const earlier = "Mentoring/Jane Doe/2026-09-06 Session 1.md";
    chmodSync(noteFile(vault, earlier), 0o600);
    const before = readVaultFile(vault, earlier);
    const result = run("new-session", vault, "Jane Doe", "--date", TODAY);
    expect(result.status).toBe(0);
    expect(readVaultFile(vault, earlier)).not.toBe(before);
    expect(statSync(noteFile(vault, earlier)).mode & 0o7777).toBe(0o600);
  });

  it("a read-only (444) note is refused with a clear message, and nothing is written", () => {
    const { parent, vault } = copyVault(harness.workDir);
    chmodSync(noteFile(vault), 0o444);
    const before = hashTree(parent);
    const result = run("close-session", vault, NOTE, "--today", TODAY);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("read-only");
    expect(hashTree(parent)).toEqual(before);
  });

  it("move mode with a read-only earlier session: exit 1 and no note changes (not even the others)", () => {
    const { parent, vault } = copyVault(harness.workDir);
    saveSettings(vault, { carryOver: "move" });
    chmodSync(noteFile(vault, "Mentoring/Jane Doe/2026-09-06 Session 1.md"), 0o444);
    const before = hashTree(parent);
    const result = run("new-session", vault, "Jane Doe", "--date", TODAY);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("read-only");
    expect(hashTree(parent)).toEqual(before);
  });
});

describe("only regular files are touched", () => {
  it("a named pipe called Pipe.md neither hangs close-session nor the dashboard nor new-session", () => {
    const { parent, vault } = copyVault(harness.workDir);
    execFileSync("mkfifo", [join(vault, "Mentoring", "Jane Doe", "Pipe.md")]);
    const before = hashTree(parent);
    const close = runCli(harness, ["close-session", vault, "Mentoring/Jane Doe/Pipe.md", "--today", TODAY], 10_000);
    expect(close.signal).toBeNull();
    expect(close.status).toBe(1);
    expect(close.stderr).toContain("not a regular file");
    const dashboard = runCli(harness, ["dashboard", vault, "--today", TODAY], 10_000);
    expect(dashboard.status).toBe(0);
    expect(hashTree(parent)).toEqual(before);
  });
});

describe("names at the byte limit", () => {
  it("a valid 239-byte session note name can be closed (the temporary name does not grow from it)", () => {
    const { vault } = copyVault(harness.workDir);
    const long = `2026-10-04 Session 2 ${"x".repeat(239 - 24)}.md`;
    expect(Buffer.byteLength(long)).toBe(239);
    const path = `Mentoring/Jane Doe/${long}`;
    const closed = JANE_SESSION_2_CLOSED;
    renameSync(noteFile(vault), noteFile(vault, path));
    const result = run("close-session", vault, path, "--today", TODAY);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(readVaultFile(vault, path)).toBe(closed);
  });

  for (const [what, char] of [
    ["CJK", "山"],
    ["emoji", "🧑‍🏫"],
  ] as const) {
    it(`a relationship name of 100 ${what} characters gives folder and file names within 255 bytes, cut on a character boundary`, () => {
      const { vault } = copyVault(harness.workDir, true);
      const name = char.repeat(100);
      const result = run("new-relationship", vault, name, "--role", "mentor", "--date", TODAY);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      const folders = readdirSync(join(vault, "Mentoring"));
      expect(folders).toHaveLength(1);
      const folder = folders[0] ?? "";
      expect(Buffer.byteLength(folder)).toBeLessThanOrEqual(255);
      expect(folder.length).toBeGreaterThan(0);
      expect(char.repeat(100).startsWith(folder)).toBe(true);
      expect(folder.length % char.length).toBe(0);
      for (const file of readdirSync(join(vault, "Mentoring", folder))) expect(Buffer.byteLength(file)).toBeLessThanOrEqual(255);
    });
  }
});

describe("decomposed Unicode names", () => {
  it("a session note whose name is NFD on disk is listed and can be closed by the name as listed or as typed (NFC)", () => {
    for (const typed of ["NFD", "NFC"] as const) {
      const { vault } = copyVault(harness.workDir);
      const nfd = "Mentoring/Jane Doe/2026-10-04 Møde Å.md".normalize("NFD");
      const closed = JANE_SESSION_2_CLOSED;
      renameSync(noteFile(vault), noteFile(vault, nfd));
      const dashboard = run("dashboard", vault, "--today", TODAY, "--format", "json");
      expect(dashboard.status).toBe(0);
      const result = run("close-session", vault, nfd.normalize(typed), "--today", TODAY);
      expect(result.stderr, typed).toBe("");
      expect(result.status, typed).toBe(0);
      expect(readVaultFile(vault, nfd), typed).toBe(closed);
      expect(readdirSync(join(vault, "Mentoring", "Jane Doe")).filter((name) => name.includes("Møde".normalize("NFD").slice(0, 1)))).toHaveLength(1);
    }
  });
});

describe("links to outside the vault are not followed", () => {
  it("--root that is a symbolic link to outside the vault is refused with a message", () => {
    const { parent, vault } = copyVault(harness.workDir);
    const outside = join(parent, "outside");
    cpSync(join(vault, "Mentoring"), outside, { recursive: true });
    symlinkSync(outside, join(vault, "Elsewhere"));
    const before = hashTree(parent);
    for (const args of [
      ["dashboard", vault, "--root", "Elsewhere", "--today", TODAY],
      ["new-session", vault, "Jane Doe", "--root", "Elsewhere", "--date", TODAY],
      ["new-relationship", vault, "Kim", "--role", "mentor", "--root", "Elsewhere", "--date", TODAY],
    ]) {
      const result = run(...args);
      expect(result.status, args[0]).toBe(1);
      expect(result.stderr, args[0]).toContain("outside the vault");
    }
    expect(hashTree(parent)).toEqual(before);
  });

  it("data.json that is a symbolic link to outside the vault is not read: the command refuses with a message", () => {
    const { parent, vault } = copyVault(harness.workDir);
    writeFileSync(join(parent, "secret.json"), JSON.stringify({ rootFolder: "Projects" }));
    mkdirSync(join(vault, ".obsidian", "plugins", "mentoring-notes"), { recursive: true });
    symlinkSync(join(parent, "secret.json"), join(vault, ".obsidian", "plugins", "mentoring-notes", "data.json"));
    const before = hashTree(parent);
    const result = run("new-session", vault, "Jane Doe", "--date", TODAY);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("data.json");
    expect(result.stderr).toContain("outside the vault");
    expect(hashTree(parent)).toEqual(before);
  });
});

describe("folders that cannot be listed are problems, not gaps", () => {
  it("a path deeper than the system allows is listed as a problem on the dashboard", () => {
    const { vault } = copyVault(harness.workDir);
    // Built by a shell that walks down, since no single path to the bottom may be longer than PATH_MAX.
    const segment = "d".repeat(200);
    spawnSync("bash", ["-c", `cd "$1" && for i in $(seq 1 24); do mkdir ${segment} && cd ${segment}; done && printf -- '- [ ] deep\\n' > Deep.md`, "_", join(vault, "Mentoring")]);
    expect(existsSync(join(vault, "Mentoring", segment))).toBe(true);
    const result = run("dashboard", vault, "--today", TODAY, "--format", "json");
    expect(result.status).toBe(0);
    const problems = (JSON.parse(result.stdout) as { problems: Array<{ file: string; reason: string }> }).problems;
    expect(problems.some((problem) => problem.file.startsWith(`Mentoring/${segment}/`))).toBe(true);
    // Node's recursive removal works with whole paths, too long here: rm walks down itself.
    spawnSync("rm", ["-rf", join(vault, "Mentoring", segment)]);
  });
});

describe("messages never carry raw control characters", () => {
  it("a relationship name or note path with an escape sequence is printed cleaned", () => {
    const { vault } = copyVault(harness.workDir);
    const hostile = "Jane\u001b[2J\u001b]0;owned\u0007\u009b31m Doe";
    for (const args of [
      ["new-session", vault, hostile, "--date", TODAY],
      ["close-session", vault, `Mentoring/${hostile}.md`, "--today", TODAY],
      ["dashboard", vault, "--root", hostile],
    ]) {
      const result = run(...args);
      expect(result.status, args[0]).toBe(1);
      expect(result.stderr, args[0]).not.toMatch(CONTROL);
      expect(result.stderr, args[0]).toContain("Jane");
    }
  });
});
