// The write path in this process, with a disk layer (src/cli/fs-ops.ts) that does something at a chosen
// moment: another editor saving the note while our temporary file is written, a folder that cannot be
// listed. And the counts in the command line's messages, in each language's plural forms.
import { describe, expect, it } from "vitest";
import * as fs from "node:fs";
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { copyVault, saveSettings } from "./harness";
import { parseCliArgs } from "../../src/cli/args";
import { runCommand } from "../../src/cli/commands";
import type { FsOps } from "../../src/cli/fs-ops";
import { openVault, readNote, readVaultNotes } from "../../src/cli/vault-fs";
import { applyChanges, writeNote } from "../../src/cli/write-path";
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

/** A vault of two notes in one folder, N/a.md (CRLF) and N/b.md (LF), and the two changes that rewrite them. */
function twoNotes(): { vault: string; a: string; b: string; changes: Array<{ path: string; text: string; expected: string }> } {
  const vault = mkdtempSync(join(scratch, "two-notes-"));
  mkdirSync(join(vault, "N"));
  writeFileSync(join(vault, "N", "a.md"), "A original\r\n");
  writeFileSync(join(vault, "N", "b.md"), "B original\n");
  const changes = [
    { path: "N/a.md", text: "A new\r\n", expected: "A original\r\n" },
    { path: "N/b.md", text: "B new\n", expected: "B original\n" },
  ];
  return { vault, a: join(vault, "N", "a.md"), b: join(vault, "N", "b.md"), changes };
}

/** The hidden names the write path left in a folder, with their text. */
function leftovers(folder: string): Array<[string, string]> {
  return readdirSync(folder)
    .filter((name) => HIDDEN_WRITE_NAME.test(name))
    .map((name) => [name, readFileSync(join(folder, name), "utf8")]);
}

describe("undoing a failed write never costs another editor's save", () => {
  it("a note another editor saved after our move is left as it is, its text from before kept, and the reason says so", () => {
    const { vault, a, b, changes } = twoNotes();
    let moves = 0;
    const disk: FsOps = {
      ...fs,
      renameSync: (from: fs.PathLike, to: fs.PathLike) => {
        fs.renameSync(from, to);
        moves += 1;
        // Another editor saves both notes right after our first move: b is refused, a must not be undone.
        if (moves === 1) {
          appendFileSync(a, "typed in Obsidian\r\n");
          appendFileSync(b, "typed in Obsidian\n");
        }
      },
    };
    const opened = openVault(vault, disk);
    if (!opened.ok) throw new Error(opened.reason);
    const result = applyChanges(opened.vault, changes);
    expect(readFileSync(a, "utf8")).toBe("A new\r\ntyped in Obsidian\r\n");
    expect(readFileSync(b, "utf8")).toBe("B original\ntyped in Obsidian\n");
    const kept = leftovers(join(vault, "N"));
    expect(kept.map(([, text]) => text)).toEqual(["A original\r\n"]);
    expect(result).toMatchObject({ ok: false, undone: false });
    const reason = result.ok ? "" : result.reason;
    expect(reason).toContain("N/b.md changed since it was read");
    expect(reason).toContain(`N/a.md`);
    expect(reason).toContain(`N/${kept[0]?.[0] ?? "?"}`);
    expect(reason).not.toContain("nothing was changed");
  });

  it("move-mode new-session: exit 3 when an earlier session another editor saved meanwhile cannot be put back", () => {
    const { vault } = copyVault(scratch);
    saveSettings(vault, { carryOver: "move" });
    const first = join(vault, "Mentoring", "Jane Doe", "2026-09-06 Session 1.md");
    const second = join(vault, "Mentoring", "Jane Doe", "2026-10-04 Session 2.md");
    let moves = 0;
    let ours = "";
    const disk: FsOps = {
      ...fs,
      renameSync: (from: fs.PathLike, to: fs.PathLike) => {
        fs.renameSync(from, to);
        moves += 1;
        if (moves === 1) {
          ours = readFileSync(to, "utf8");
          appendFileSync(to, "typed in another editor\r\n");
          appendFileSync(String(to) === first ? second : first, "typed in another editor\r\n");
        }
      },
    };
    const result = run(["new-session", vault, "Jane Doe", "--date", TODAY], disk);
    expect(result.status).toBe(3);
    expect(result.stdout).toBe("");
    expect(result.stderr).not.toContain("nothing was changed");
    expect(result.stderr).toContain("Session 1.md");
    expect(readFileSync(first, "utf8")).toBe(`${ours}typed in another editor\r\n`);
    expect(readdirSync(join(vault, "Mentoring", "Jane Doe")).filter((name) => name.startsWith(TODAY))).toEqual([]);
  });
});

/** Node's fs, except that every rename from the `from`-th on fails with `code`, and after that every other change too. */
function failingFrom(from: number, code: string, everything: boolean): FsOps {
  let renames = 0;
  let broken = false;
  const fail = (): never => {
    throw Object.assign(new Error(`injected ${code}`), { code });
  };
  const disk: Record<string, unknown> = { ...fs };
  for (const name of ["linkSync", "unlinkSync", "writeSync", "fsyncSync", "rmdirSync", "mkdirSync"] as const) {
    disk[name] = (...args: unknown[]) => (broken && everything ? fail() : (fs[name] as (...x: unknown[]) => unknown)(...args));
  }
  disk.renameSync = (source: fs.PathLike, target: fs.PathLike) => {
    renames += 1;
    if (renames >= from) broken = true;
    if (broken) fail();
    fs.renameSync(source, target);
  };
  return disk as unknown as FsOps;
}

describe("an undo the disk refuses is said, and the text from before is kept", () => {
  for (const [code, everything] of [["EROFS", true], ["EIO", false]] as const) {
    it(`${code} from the second move on${everything ? " (the disk turned read-only)" : " (renames only)"}: the first note's text from before is kept and named, never "nothing was changed"`, () => {
      const { vault, a, b, changes } = twoNotes();
      const opened = openVault(vault, failingFrom(2, code, everything));
      if (!opened.ok) throw new Error(opened.reason);
      const result = applyChanges(opened.vault, changes);
      expect(readFileSync(a, "utf8")).toBe("A new\r\n");
      expect(readFileSync(b, "utf8")).toBe("B original\n");
      // On a read-only disk b's second name cannot be removed either: a hidden copy of what b still holds.
      const kept = leftovers(join(vault, "N")).filter(([, text]) => text === "A original\r\n");
      expect(kept).toHaveLength(1);
      expect(result).toMatchObject({ ok: false, undone: false });
      const reason = result.ok ? "" : result.reason;
      expect(reason).toContain(`N/a.md keeps the new text (${code}); its text from before is in N/${kept[0]?.[0] ?? "?"}`);
      expect(reason).not.toContain("nothing was changed");
    });
  }

  it("move-mode new-session whose renames fail after the first: exit 3, and the message names the kept copy of the moved session", () => {
    const { vault } = copyVault(scratch);
    saveSettings(vault, { carryOver: "move" });
    const folder = join(vault, "Mentoring", "Jane Doe");
    const before = Object.fromEntries(readdirSync(folder).filter((name) => name.endsWith(".md")).map((name) => [name, readFileSync(join(folder, name), "utf8")]));
    const result = run(["new-session", vault, "Jane Doe", "--date", TODAY], failingFrom(2, "EIO", false));
    expect(result.status).toBe(3);
    const kept = leftovers(folder).filter(([name]) => name.endsWith(".old"));
    expect(kept).toHaveLength(1);
    const [name, text] = kept[0] ?? ["", ""];
    expect(Object.values(before)).toContain(text);
    expect(result.stderr).toContain(`Mentoring/Jane Doe/${name}`);
    expect(result.stderr).not.toContain("nothing was changed");
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
