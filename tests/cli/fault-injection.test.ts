// Every command that writes, made to fail at each step: (a) the built CLI in a child process under a
// file-size limit (`ulimit -f`), where the kernel cuts writes short and then refuses them; (b) the
// commands in this process with a disk layer that fails the k-th write, sync, rename, link, unlink or
// folder creation (the seam in src/cli/fs-ops.ts, which only code can reach). After every run each file
// of the vault is hashed: either the run exited 1 and every byte is as before, or it exited 0 and the
// vault is exactly what an undisturbed run gives.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as fs from "node:fs";
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { readFileSync } from "node:fs";
import { buildCli, CLI_ENV, copyVault, hashTree, runCliLimited, saveSettings, type Harness } from "./harness";
import { parseCliArgs } from "../../src/cli/args";
import { runCommand } from "../../src/cli/commands";
import type { FsOps } from "../../src/cli/fs-ops";
import { HIDDEN_WRITE_NAME } from "../../src/cli/write-path";
import { FIXTURE_VAULT } from "../fixtures/load-vault";

const TODAY = "2026-11-23";
const LONG = `${"A long paragraph of notes that makes this session bigger than a few kilobytes. ".repeat(80)}\n`;

interface Case {
  name: string;
  move: boolean;
  args: (vault: string) => string[];
}

// Every command that writes, and both modes of new-session. Jane's sessions are made large so that a
// limit of a few kilobytes falls in the middle of them.
const CASES: Case[] = [
  { name: "close-session", move: false, args: (v) => ["close-session", v, "Mentoring/Jane Doe/2026-10-04 Session 2.md", "--today", TODAY] },
  { name: "new-session (live carry-over)", move: false, args: (v) => ["new-session", v, "Jane Doe", "--date", TODAY] },
  { name: "new-session (move)", move: true, args: (v) => ["new-session", v, "Jane Doe", "--date", TODAY] },
  {
    name: "new-relationship",
    move: false,
    args: (v) => ["new-relationship", v, "Kim Park", "--role", "mentor", "--goal", LONG.trim(), "--goal", "Lead a team", "--date", TODAY],
  },
];

// Each test runs a command many times (a child process per run in (a) and (c)); on a busy 2-core machine
// that takes longer than the default minute, which says nothing about the program.
vi.setConfig({ testTimeout: 240_000 });

let harness: Harness & { dispose(): void };
let scratch = "";

beforeAll(async () => {
  harness = await buildCli("mentoring-faults-");
  scratch = mkdtempSync(join(tmpdir(), "mentoring-faults-inproc-"));
}, 60_000);

afterAll(() => {
  harness?.dispose();
  if (scratch !== "") rmSync(scratch, { recursive: true, force: true });
});

/** Jane Doe's relationship alone (small, so that each of the many runs is quick), her sessions made large. */
function prepareVault(workDir: string, move: boolean): { parent: string; vault: string } {
  const made = copyVault(workDir, true);
  cpSync(join(FIXTURE_VAULT, "Mentoring", "Jane Doe"), join(made.vault, "Mentoring", "Jane Doe"), { recursive: true });
  for (const session of ["2026-09-06 Session 1.md", "2026-10-04 Session 2.md"]) appendFileSync(join(made.vault, "Mentoring", "Jane Doe", session), LONG);
  if (move) saveSettings(made.vault, { carryOver: "move" });
  return made;
}

/** The vault after an undisturbed run of the case: what "fully succeeded" means. */
function reference(workDir: string, testCase: Case): Record<string, string> {
  const { vault } = prepareVault(workDir, testCase.move);
  const result = runInProcess(testCase.args(vault), fs);
  expect(result.status, `${testCase.name} must succeed undisturbed: ${result.stderr}`).toBe(0);
  return hashTree(vault);
}

function runInProcess(args: string[], disk: FsOps): { status: number; stderr: string } {
  const parsed = parseCliArgs(args);
  if (!parsed.ok || parsed.command.kind === "help" || parsed.command.kind === "version") throw new Error(`bad test arguments ${args.join(" ")}`);
  let stderr = "";
  const status = runCommand(parsed.command, {
    out: () => undefined,
    err: (text) => (stderr += text),
    color: false,
    env: { LANG: "en_US.UTF-8" },
    now: () => new Date(`${TODAY}T12:00:00Z`),
    fs: disk,
  });
  return { status, stderr };
}

type Mutating = "openSync" | "writeSync" | "fsyncSync" | "fchmodSync" | "fchownSync" | "renameSync" | "linkSync" | "unlinkSync" | "mkdirSync" | "rmdirSync";
const MUTATING: Mutating[] = ["openSync", "writeSync", "fsyncSync", "fchmodSync", "fchownSync", "renameSync", "linkSync", "unlinkSync", "mkdirSync", "rmdirSync"];

/**
 * Node's fs, except that the `failAt`-th changing call (counting from 1; opening for reading does not
 * count) throws `code`, or, for `short`, a write stores only half its bytes and says so.
 */
function faultyFs(failAt: number, mode: "error" | "short", code = "EIO"): { disk: FsOps; calls: () => Array<string> } {
  const seen: string[] = [];
  const disk: Record<string, unknown> = { ...fs };
  for (const name of MUTATING) {
    const original = fs[name] as (...args: unknown[]) => unknown;
    disk[name] = (...args: unknown[]) => {
      const flags = args[1];
      const changes = name !== "openSync" || (typeof flags === "number" && (flags & fs.constants.O_CREAT) !== 0);
      if (changes) {
        seen.push(name);
        if (seen.length === failAt) {
          if (mode === "error") throw Object.assign(new Error(`injected ${code} at ${name}`), { code });
          if (name === "writeSync") {
            const [fd, buffer, offset, length] = args as [number, Buffer, number, number];
            return fs.writeSync(fd, buffer, offset, Math.max(1, Math.floor(length / 2)));
          }
        }
      }
      return original(...args);
    };
  }
  return { disk: disk as unknown as FsOps, calls: () => [...seen] };
}

/** The vault's entries, without hidden names the write path leaves only when removing them failed after success. */
function withoutLeftovers(tree: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(tree).filter(([key]) => !HIDDEN_WRITE_NAME.test(key.split("/").pop() ?? "")));
}

describe("(b) a failure injected at each write, sync, rename, link and folder step", () => {
  for (const testCase of CASES) {
    it(`${testCase.name}: every step k, as an error and as a short write: exit 1 with every byte as before, or exit 0 and complete`, () => {
      const workDir = mkdtempSync(join(scratch, "case-"));
      const complete = reference(workDir, testCase);
      const counted = faultyFs(0, "error");
      const { vault: countVault } = prepareVault(workDir, testCase.move);
      expect(runInProcess(testCase.args(countVault), counted.disk).status).toBe(0);
      const steps = counted.calls();
      // Every kind of step the write path has is among those failed below.
      for (const kind of ["openSync", "writeSync", "fsyncSync", "linkSync", "unlinkSync"]) expect(steps, kind).toContain(kind);
      // Rewritten notes are renamed into place; new notes and folders are linked and made.
      if (testCase.name === "close-session" || testCase.move) expect(steps).toContain("renameSync");
      if (testCase.name.startsWith("new-")) expect(steps).toContain("mkdirSync");

      let failures = 0;
      for (let k = 1; k <= steps.length; k += 1) {
        for (const mode of ["error", "short"] as const) {
          const { vault } = prepareVault(workDir, testCase.move);
          const before = hashTree(vault);
          const { status, stderr } = runInProcess(testCase.args(vault), faultyFs(k, mode, k % 2 === 0 ? "ENOSPC" : "EIO").disk);
          const after = hashTree(vault);
          const label = `${testCase.name}: ${mode} at step ${k} (${steps[k - 1]})`;
          if (status === 0) expect(withoutLeftovers(after), label).toEqual(complete);
          else {
            failures += 1;
            expect(status, label).toBe(1);
            expect(stderr, label).toContain("nothing was changed");
            expect(after, label).toEqual(before);
          }
          rmSync(vault, { recursive: true, force: true });
        }
      }
      // The injected errors did fail the command (the short writes are completed by the loop).
      expect(failures).toBeGreaterThan(steps.length / 2);
    });
  }

  it("a short write is completed, never taken for the whole text", () => {
    const workDir = mkdtempSync(join(scratch, "short-"));
    const testCase = CASES[0] as Case;
    const complete = reference(workDir, testCase);
    const counted = faultyFs(0, "error");
    const { vault: countVault } = prepareVault(workDir, false);
    runInProcess(testCase.args(countVault), counted.disk);
    const firstWrite = counted.calls().indexOf("writeSync") + 1;
    const { vault } = prepareVault(workDir, false);
    expect(runInProcess(testCase.args(vault), faultyFs(firstWrite, "short").disk).status).toBe(0);
    expect(hashTree(vault)).toEqual(complete);
  });
});

describe("(a) the built command line under a file-size limit (ulimit -f)", () => {
  for (const testCase of CASES) {
    it(`${testCase.name}: for limits of 1, 4 and 16 kB, exit 1 with every byte as before, or exit 0 and complete`, () => {
      const workDir = mkdtempSync(join(harness.workDir, "limit-"));
      const complete = reference(workDir, testCase);
      const outcomes: number[] = [];
      for (const kilobytes of [1, 4, 16]) {
        const { parent, vault } = prepareVault(workDir, testCase.move);
        const before = hashTree(parent);
        const result = runCliLimited(harness, kilobytes, testCase.args(vault));
        const label = `${testCase.name} under a ${kilobytes} kB limit: ${result.stderr}`;
        // SIGXFSZ is ignored by the CLI, so the write fails with EFBIG and the command undoes itself.
        expect(result.signal, label).toBeNull();
        outcomes.push(result.status ?? -1);
        if (result.status === 0) expect(hashTree(vault), label).toEqual(complete);
        else {
          expect(result.status, label).toBe(1);
          expect(result.stderr, label).toContain("EFBIG");
          expect(hashTree(parent), label).toEqual(before);
        }
      }
      // The smallest limit is below the notes' size: at least that run must have failed.
      expect(outcomes[0]).toBe(1);
    });
  }

  it("the temporary file of a run cut short never replaces a note, and none is left behind", () => {
    const workDir = mkdtempSync(join(harness.workDir, "leftover-"));
    const { vault } = prepareVault(workDir, true);
    runCliLimited(harness, 2, (CASES[2] as Case).args(vault));
    const leftovers = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? leftovers(join(dir, entry.name)) : HIDDEN_WRITE_NAME.test(entry.name) ? [entry.name] : [],
      );
    expect(leftovers(vault)).toEqual([]);
    expect(readdirSync(vault)).not.toContain(".mentoring.lock");
    cpSync(vault, join(workDir, "kept"), { recursive: true });
  });
});

describe("(c) the built command line killed (SIGKILL) at each step that changes the disk", () => {
  const preload = pathToFileURL(join(__dirname, "kill-at.mjs")).href;
  const killed = (args: string[], env: Record<string, string>) =>
    spawnSync(process.execPath, ["--import", preload, harness.cli, ...args], { encoding: "utf8", env: { ...CLI_ENV, ...env }, timeout: 20_000 });
  // The files, without what a killed run may leave besides them: the lock folder (taken over once stale),
  // hidden temporary files (which no command reads as notes) and an empty new folder.
  const notesOnly = (tree: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(tree).filter(([key, kind]) => kind !== "folder" && !key.startsWith(".mentoring.lock") && !HIDDEN_WRITE_NAME.test(key.split("/").pop() ?? "")),
    );

  for (const testCase of [CASES[0], CASES[2], CASES[3]] as Case[]) {
    const single = testCase.name === "close-session";
    it(`${testCase.name}: killed at ${single ? "every step" : "every step before the first note is moved into place"}, the notes are as before or complete`, () => {
      const workDir = mkdtempSync(join(harness.workDir, "kill-"));
      const complete = notesOnly(reference(workDir, testCase));
      const { vault: countVault } = prepareVault(workDir, testCase.move);
      const countFile = join(workDir, "count.txt");
      expect(killed(testCase.args(countVault), { KILL_COUNT_FILE: countFile }).status).toBe(0);
      const steps = readFileSync(countFile, "utf8").split("\n");
      // A command that changes several notes moves them into place one after the other: a kill between two
      // of those moves (no data is written then) can leave the first moved and not the second; see docs/data.md.
      const firstMove = steps.findIndex((step) => step === "renameSync" || step === "linkSync");
      const last = single ? steps.length : firstMove + 1;
      expect(last).toBeGreaterThan(3);
      // What keeps that window short: every note is written before the first one moves; after it come only
      // links, renames, syncs and removals, never a new file or a write.
      expect(steps.slice(firstMove).filter((step) => step === "openSync" || step === "writeSync")).toEqual([]);
      for (let k = 1; k <= last; k += 1) {
        const { vault } = prepareVault(workDir, testCase.move);
        const before = notesOnly(hashTree(vault));
        const result = killed(testCase.args(vault), { KILL_AT: String(k) });
        expect(result.signal, `step ${k}`).toBe("SIGKILL");
        const after = notesOnly(hashTree(vault));
        if (JSON.stringify(after) !== JSON.stringify(before)) expect(after, `killed at step ${k} (${steps[k - 1]})`).toEqual(complete);
      }
    });
  }
});
