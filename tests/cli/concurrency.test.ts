// Several command-line processes on one vault at the same time. They take turns through the vault lock
// (src/cli/vault-lock.ts), and each plans from the notes as the previous one left them: session numbers
// are distinct, every open action is open in exactly one note, and no command's edit is lost. Nothing
// here depends on timing: the processes are started together and the outcome must hold in any order.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, utimesSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { buildCli, CLI_ENV, copyVault, runCli, saveSettings, startCli, type Harness, type Run } from "./harness";
import { openVault } from "../../src/cli/vault-fs";
import { LOCK_NAME, withVaultLock } from "../../src/cli/vault-lock";
import { JANE_SESSION_2_CLOSED } from "../fixtures/closed-notes";

let harness: Harness & { dispose(): void };

beforeAll(async () => {
  harness = await buildCli("mentoring-concurrency-");
}, 60_000);

afterAll(() => harness?.dispose());

const JANE = ["Mentoring", "Jane Doe"];

/** Jane's notes, her Archive folder included, by path below her folder. */
function janeNotes(vault: string): Record<string, string> {
  const folder = join(vault, ...JANE);
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".md"))
      .map((name) => [name, readFileSync(join(folder, name), "utf8")]),
  );
}

/** Every open task line's text in the notes, without the link a moved copy carries back: one entry per open copy. */
function openActions(notes: Record<string, string>): string[] {
  const open: string[] = [];
  for (const text of Object.values(notes)) {
    for (const line of text.split(/\r?\n/)) {
      const match = /^\s*[-*+] \[ \] (.+)$/.exec(line);
      if (match?.[1]) open.push(match[1].replace(/\s*\(moved from \[\[[^\]]+\]\]\)/, "").trim());
    }
  }
  return open.sort();
}

describe("command-line writers at the same time", () => {
  it("four new-session processes on one relationship (move mode) get distinct numbers, and each action stays open exactly once", async () => {
    const { vault } = copyVault(harness.workDir);
    saveSettings(vault, { carryOver: "move" });
    const before = janeNotes(vault);
    const dates = ["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23"];
    const runs = await Promise.all(dates.map((date) => startCli(harness, ["new-session", vault, "Jane Doe", "--date", date])));
    for (const run of runs) expect(run.status, run.stderr).toBe(0);

    const after = janeNotes(vault);
    const created = Object.keys(after).filter((name) => !(name in before));
    expect(created).toHaveLength(dates.length);
    const numbers = created.map((name) => Number(/ Session (\d+)\.md$/.exec(name)?.[1])).sort((a, b) => a - b);
    // Sessions 1 to 3 exist (3 in the Archive folder).
    expect(numbers).toEqual([4, 5, 6, 7]);
    // Each process printed the note it made, and no two the same.
    expect(new Set(runs.map((run) => run.stdout.trim())).size).toBe(dates.length);
    expect(openActions(after)).toEqual(openActions(before));
    expect(openActions(before).length).toBeGreaterThan(0);
  });

  it("close-session and a move-mode new-session on the same note at once: both exit 0 and both edits are in the note", async () => {
    const { vault } = copyVault(harness.workDir);
    saveSettings(vault, { carryOver: "move" });
    const note = "2026-10-04 Session 2.md";
    const before = janeNotes(vault);
    expect(before[note]).toMatch(/- \[ \] /);
    const [close, start] = await Promise.all([
      startCli(harness, ["close-session", vault, `Mentoring/Jane Doe/${note}`, "--today", "2026-11-23"]),
      startCli(harness, ["new-session", vault, "Jane Doe", "--date", "2026-11-23"]),
    ]);
    expect(close.status, close.stderr).toBe(0);
    expect(start.status, start.stderr).toBe(0);

    const after = janeNotes(vault);
    const text = after[note] ?? "";
    // Both edits, whichever ran first: the note closed (written out in closed-notes.ts) with its four open
    // actions forwarded to the new session 4.
    const to = "(moved to [[2026-11-23 Session 4]])";
    const expected = JANE_SESSION_2_CLOSED.replace("- [ ] Ask HR about the leadership course [due:: 2026-10-20]\r\n", `- [>] Ask HR about the leadership course [due:: 2026-10-20] ${to}\r\n`)
      .replace("- [/] Draft the project proposal [due:: 2026-12-01]\r\n", `- [>] Draft the project proposal [due:: 2026-12-01] ${to}\r\n`)
      .replace("- [ ] Practise the pitch with a colleague\r\n", `- [>] Practise the pitch with a colleague ${to}\r\n`)
      .replace("* [ ] Introduce Jane to Per in sales [owner:: mentor] [due:: 2026-11-25]\r\n", `* [>] Introduce Jane to Per in sales [owner:: mentor] [due:: 2026-11-25] ${to}\r\n`);
    expect(expected.split(to)).toHaveLength(5);
    expect(text).toBe(expected);
    expect(openActions(after)).toEqual(openActions(before));
  });
});

describe("a lock held by a command that is still running", () => {
  it("is never taken over, however old its time stamp: the waiting command writes only once it is released", async () => {
    const { vault } = copyVault(harness.workDir);
    const opened = openVault(vault);
    if (!opened.ok) throw new Error(opened.reason);
    const before = Object.keys(janeNotes(vault)).sort();
    let waiting: Promise<Run> | null = null;
    let whileHeld: string[] = [];
    // This test process holds the lock, as a long command would, while a second command starts.
    const held = withVaultLock(opened.vault, () => {
      waiting = startCli(harness, ["new-session", vault, "Jane Doe", "--date", "2026-11-24"]);
      // As if the holder had worked for a minute without a pause (a big vault, a slow disk, Ctrl-Z).
      const minuteAgo = new Date(Date.now() - 60_000);
      utimesSync(join(vault, LOCK_NAME), minuteAgo, minuteAgo);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3_000);
      whileHeld = Object.keys(janeNotes(vault)).sort();
    });
    expect(held.ok).toBe(true);
    expect(whileHeld).toEqual(before);
    const second = await (waiting as Promise<Run> | null);
    expect(second?.status, second?.stderr).toBe(0);
    expect(Object.keys(janeNotes(vault)).length).toBe(before.length + 1);
  });

  it("left by a command that was killed, is taken over at once, not after a wait", () => {
    const { vault } = copyVault(harness.workDir);
    // Killed (as by kill -9) at its fourth change to the disk: the lock is made and its owner written.
    const preload = pathToFileURL(join(__dirname, "kill-at.mjs")).href;
    const killed = spawnSync(process.execPath, ["--import", preload, harness.cli, "new-session", vault, "Jane Doe", "--date", "2026-11-24"], {
      env: { ...CLI_ENV, KILL_AT: "4" },
      timeout: 20_000,
    });
    expect(killed.signal).toBe("SIGKILL");
    expect(existsSync(join(vault, LOCK_NAME))).toBe(true);
    const started = Date.now();
    const next = runCli(harness, ["new-session", vault, "Jane Doe", "--date", "2026-11-24"]);
    expect(next.status, next.stderr).toBe(0);
    // Judged by its time stamp alone, it would have been waited for 20 seconds.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(existsSync(join(vault, LOCK_NAME))).toBe(false);
  });
});
