// The write path in this process, with a disk layer (src/cli/fs-ops.ts) that does something at a chosen
// moment: another editor saving the note while our temporary file is written, a folder that cannot be
// listed. And the counts in the command line's messages, in each language's plural forms.
import { describe, expect, it } from "vitest";
import * as fs from "node:fs";
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { copyVault, saveSettings } from "./harness";
import { parseCliArgs } from "../../src/cli/args";
import { runCommand } from "../../src/cli/commands";
import type { FsOps } from "../../src/cli/fs-ops";
import { openVault, readNote, readVaultNotes } from "../../src/cli/vault-fs";
import { writeNote } from "../../src/cli/write-path";
import { HIDDEN_WRITE_NAME } from "../../src/cli/write-path";

const TODAY = "2026-11-23";
const NOTE = "Mentoring/Jane Doe/2026-10-04 Session 2.md";
const scratch = mkdtempSync(join(tmpdir(), "mentoring-write-path-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[], disk: FsOps = fs): { status: number; stdout: string; stderr: string } {
  const parsed = parseCliArgs(args);
  if (!parsed.ok || parsed.command.kind === "help" || parsed.command.kind === "version") throw new Error("bad test arguments");
  let stdout = "";
  let stderr = "";
  const status = runCommand(parsed.command, {
    out: (text) => (stdout += text),
    err: (text) => (stderr += text),
    color: false,
    env: { LANG: "en_US.UTF-8" },
    now: () => new Date(`${TODAY}T12:00:00Z`),
    fs: disk,
  });
  return { status, stdout, stderr };
}

describe("the note is checked again right before it is replaced", () => {
  it("a line another editor appends while our temporary file is being written is kept, and our write is refused", () => {
    const { vault: folder } = copyVault(scratch);
    const file = join(folder, ...NOTE.split("/"));
    // The other editor saves when our temporary file is synced: after the old, early check, before the rename.
    let saved = false;
    const disk: FsOps = {
      ...fs,
      fsyncSync: (fd: number) => {
        fs.fsyncSync(fd);
        if (!saved) {
          saved = true;
          appendFileSync(file, "- [ ] Added in another editor meanwhile\r\n");
        }
      },
    };
    const opened = openVault(folder, disk);
    if (!opened.ok) throw new Error(opened.reason);
    const read = readNote(opened.vault, NOTE);
    if (!read.ok) throw new Error(read.reason);
    const result = writeNote(opened.vault, NOTE, `${read.text}ours\r\n`, read.text);
    expect(saved).toBe(true);
    expect(result.ok ? "written" : result.reason).toContain("changed since it was read");
    expect(readFileSync(file, "utf8")).toBe(`${read.text}- [ ] Added in another editor meanwhile\r\n`);
    expect(readdirSync(join(folder, "Mentoring", "Jane Doe")).filter((name) => HIDDEN_WRITE_NAME.test(name))).toEqual([]);
  });
});

describe("a folder that cannot be listed", () => {
  it("is a problem on the dashboard (as with no read permission), not a silent gap", () => {
    const { vault } = copyVault(scratch);
    const denied = join(vault, "Mentoring", "Bob Stone");
    // The superuser reads every folder, so the refusal is the disk layer's, as a user without permission gets it.
    const disk: FsOps = {
      ...fs,
      readdirSync: ((path: fs.PathLike, options?: unknown) => {
        if (String(path) === denied) throw Object.assign(new Error("permission denied"), { code: "EACCES" });
        return fs.readdirSync(path, options as { withFileTypes: true });
      }) as FsOps["readdirSync"],
    };
    const opened = openVault(vault, disk);
    if (!opened.ok) throw new Error(opened.reason);
    const { unreadable } = readVaultNotes(opened.vault);
    expect(unreadable.map((problem) => problem.file)).toEqual(["Mentoring/Bob Stone/"]);
    expect(unreadable[0]?.reason).toContain("EACCES");
    const dashboard = run(["dashboard", vault, "--today", TODAY, "--format", "json"], disk);
    expect(dashboard.status).toBe(0);
    const problems = (JSON.parse(dashboard.stdout) as { problems: Array<{ file: string }> }).problems;
    expect(problems.map((problem) => problem.file)).toContain("Mentoring/Bob Stone/");
  });
});

describe("counts in messages follow the language's plural rules", () => {
  for (const [lang, one, many] of [
    ["en", "Moved 1 open action to this session.", "Moved 2 open actions to this session."],
    ["da", "1 åben handling er flyttet til dette møde.", "2 åbne handlinger er flyttet til dette møde."],
  ] as const) {
    it(`${lang}: one moved action, then two`, () => {
      const { vault } = copyVault(scratch, true);
      saveSettings(vault, { carryOver: "move" });
      expect(run(["new-relationship", vault, "Kim", "--role", "mentor", "--date", "2026-11-01", "--lang", lang]).status).toBe(0);
      const first = join(vault, "Mentoring", "Kim", readdirSync(join(vault, "Mentoring", "Kim")).find((name) => /Session 1|Møde 1/.test(name)) ?? "");
      // The first session comes with one action of its own (deciding whether to go ahead).
      expect(readFileSync(first, "utf8").match(/- \[ \] /g)).toHaveLength(1);
      const once = run(["new-session", vault, "Kim", "--date", "2026-11-08", "--lang", lang]);
      expect(once.status, once.stderr).toBe(0);
      expect(once.stderr).toBe(`${one}\n`);
      const second = join(vault, ...once.stdout.trim().split("/"));
      writeFileSync(second, `${readFileSync(second, "utf8")}- [ ] Call Ann\n`);
      const twice = run(["new-session", vault, "Kim", "--date", "2026-11-15", "--lang", lang]);
      expect(twice.stderr).toBe(`${many}\n`);
    });
  }
});
