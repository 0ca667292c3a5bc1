// The built command line, run as a child process on temporary copies of the fixture vault. Every write
// test snapshots the folders around it, so "nothing written" and "nothing outside the vault" are checked
// on the disk, not taken from the exit status.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { cliBuildOptions } from "../../scripts/build-options.mjs";
import { FIXTURE_VAULT, loadVault } from "../fixtures/load-vault";
import { hashTree } from "./harness";
import { JANE_SESSION_2_CLOSED, SOREN_MOEDE_1_CLOSED } from "../fixtures/closed-notes";
import { openVault, readNote } from "../../src/cli/vault-fs";
import { writeNote } from "../../src/cli/write-path";
import type { DashboardJson } from "../../src/core/dashboard/dashboard";
import type { Language } from "../../src/core/notes/types";

const TODAY = "2026-11-23";
let workDir = "";
let cli = "";

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), "mentoring-cli-"));
  cli = join(workDir, "cli.cjs");
  // The CLI's own build options (scripts/build-options.mjs, which esbuild.config.mjs builds with), built
  // into a temp folder so that the test neither needs the plugin bundle to build nor races another run
  // writing dist/.
  await build({ ...cliBuildOptions(), outfile: cli, logLevel: "silent" });
}, 60_000);

afterAll(() => {
  if (workDir !== "") rmSync(workDir, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(...args: string[]): Run {
  // A fixed, small environment: English locale, no colour preference, not a terminal.
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", env: { PATH: process.env["PATH"] ?? "", LANG: "en_US.UTF-8" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh copy of the fixture vault inside its own parent folder (the parent is what "outside" means). */
function copyVault(): { parent: string; vault: string } {
  const parent = mkdtempSync(join(workDir, "case-"));
  const vault = join(parent, "vault");
  cpSync(FIXTURE_VAULT, vault, { recursive: true });
  return { parent, vault };
}


function read(vault: string, path: string): string {
  return readFileSync(join(vault, ...path.split("/")), "utf8");
}

describe("mentoring dashboard --format json", () => {
  it("prints the issue 7 contract for the fixture vault, field by field", () => {
    const { vault } = copyVault();
    const result = run("dashboard", vault, "--format", "json", "--today", TODAY);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as DashboardJson;

    expect(json.today).toBe(TODAY);
    expect(json.relationships.map((row) => row.name)).toEqual(["Bob Stone", "Jane Doe", "Søren Ødegård"]);
    const [bob, jane, soren] = json.relationships;
    // Bob: session 2's frontmatter is broken, so only session 1 counts as held; 14-day cadence, long overdue.
    expect(bob).toMatchObject({
      folder: "Mentoring/Bob Stone",
      role: "mentor",
      status: "active",
      phase: "start",
      focus: null,
      sessionsHeld: 1,
      meetingsPlanned: 4,
      lastMeeting: "2026-08-23",
      nextMeeting: "2026-09-06",
      followUp: true,
      end: "2026-12-20",
      goals: [{ text: "Get ready for the team lead interview", achieved: false }],
    });
    // Jane: session 3 lives in Archive/ and still counts; next = 2026-11-01 + 28 days.
    expect(jane).toMatchObject({
      folder: "Mentoring/Jane Doe",
      role: "mentor",
      status: "active",
      phase: "middle",
      sessionsHeld: 3,
      meetingsPlanned: 6,
      lastMeeting: "2026-11-01",
      nextMeeting: "2026-11-29",
      followUp: false,
      end: "2027-06-30",
      goals: [
        { text: "Lead a cross-team project by spring", achieved: false },
        { text: "Get comfortable giving feedback", achieved: true },
        { text: "Build a network outside the department", achieved: false },
      ],
    });
    // Søren: I am the mentee, so the name is the mentor's; `next` is written in session 2. Four goals: three shown.
    expect(soren).toMatchObject({
      folder: "Mentoring/Søren Ødegård",
      role: "mentee",
      phase: "middle",
      sessionsHeld: 2,
      meetingsPlanned: 4,
      lastMeeting: "2026-11-12",
      nextMeeting: "2026-12-03",
      followUp: false,
      end: "2027-01-15",
    });
    expect(soren?.goals).toHaveLength(3);

    const jane1 = "Mentoring/Jane Doe/2026-09-06 Session 1.md";
    const jane2 = "Mentoring/Jane Doe/2026-10-04 Session 2.md";
    const jane3 = "Mentoring/Jane Doe/Archive/2026-11-01 Session 3.md";
    const janeActions = json.actions.filter((action) => action.relationship === "Mentoring/Jane Doe");
    // Open ones only: overdue first, then by due date, undated last; done, cancelled, forwarded never.
    expect(janeActions.map((action) => [action.text, action.due, action.owner, action.overdue, action.file, action.line])).toEqual([
      ["Send Jane the org chart", "2026-09-30", "mentor", true, jane1, 30],
      ["Ask HR about the leadership course", "2026-10-20", "mentee", true, jane2, 21],
      ["List the people in the finance team", "2026-11-10", "mentee", true, jane1, 29],
      ["Find out whether the budget allows a course", "2026-11-20", "mentee", true, jane3, 19],
      ["Introduce Jane to Per in sales", "2026-11-25", "mentor", false, jane2, 25],
      ["Book a meeting with the CFO", "2026-11-29", "mentee", false, jane3, 18],
      ["Map the stakeholders of the data project", "2026-11-30", "mentee", false, jane1, 28],
      ["Draft the project proposal", "2026-12-01", "mentee", false, jane2, 22],
      ["Practise the pitch with a colleague", null, "mentee", false, jane2, 24],
      ["Reflect on the time-out question", null, "mentee", false, jane3, 20],
    ]);
    for (const action of json.actions) {
      expect(action.done).toBe(false);
      expect(action.completed).toBeNull();
    }
    // `line` is 1-based: it names the task line in the note as an editor shows it.
    const askHr = janeActions[1];
    expect(read(vault, jane2).split("\r\n")[(askHr?.line ?? 0) - 1]).toBe("- [ ] Ask HR about the leadership course [due:: 2026-10-20]");
    // Groups follow the relationships' order.
    expect([...new Set(json.actions.map((action) => action.relationship))]).toEqual(["Mentoring/Bob Stone", "Mentoring/Jane Doe", "Mentoring/Søren Ødegård"]);
    expect(json.actions).toHaveLength(2 + 10 + 5);

    expect(json.problems.map((problem) => problem.file)).toEqual([
      "Inbox/2026-11-05 Session with Kim.md",
      "Mentoring/Bob Stone/2026-09-06 Session 2.md",
      "Mentoring/Bob Stone/Agreement 1.md",
      "Mentoring/Søren Ødegård/Aftale.md",
    ]);
    for (const problem of json.problems) expect(problem.reason.length).toBeGreaterThan(20);
  });

  it("--all adds the done actions (never cancelled or forwarded ones)", () => {
    const { vault } = copyVault();
    const open = JSON.parse(run("dashboard", vault, "--format", "json", "--today", TODAY).stdout) as DashboardJson;
    const all = JSON.parse(run("dashboard", vault, "--format", "json", "--today", TODAY, "--all").stdout) as DashboardJson;
    const done = all.actions.filter((action) => action.done);
    expect(done.map((action) => [action.text, action.completed, action.overdue])).toEqual([
      ["Write down three aims for the year", "2026-09-18", false],
      ["Share the feedback template", "2026-10-09", false],
      ["Book næste møde", "2026-10-16", false],
    ]);
    expect(all.actions.filter((action) => !action.done)).toEqual(open.actions);
    expect(all.actions.map((action) => action.text)).not.toContain("Read the whole leadership book");
  });

  it("--root narrows the dashboard to one folder, and a missing root is a problem (exit 1)", () => {
    const { vault } = copyVault();
    const json = JSON.parse(run("dashboard", vault, "--format", "json", "--today", TODAY, "--root", "Mentoring").stdout) as DashboardJson;
    expect(json.problems.map((problem) => problem.file)).not.toContain("Inbox/2026-11-05 Session with Kim.md");
    expect(json.relationships).toHaveLength(3);
    const missing = run("dashboard", vault, "--root", "Nowhere");
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("Nowhere");
  });
});

describe("mentoring dashboard as text and Markdown", () => {
  it("text: aligned rows per relationship and action, no colour when stdout is not a terminal", () => {
    const { vault } = copyVault();
    const result = run("dashboard", vault, "--today", TODAY);
    expect(result.status).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Jane Doe +mentor +active +middle +3 of 6 +2026-11-01 +2026-11-29 +2027-06-30$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Bob Stone .*2026-12-20 +follow up/));
    const askHr = lines.find((line) => line.includes("Ask HR about the leadership course")) ?? "";
    expect(askHr).toMatch(/^ {4}overdue +2026-10-20 +mentee +Ask HR about the leadership course +Mentoring\/Jane Doe\/2026-10-04 Session 2\.md:21$/);
    // Columns line up across groups, Danish letters included.
    const danish = lines.find((line) => line.includes("Øv oplægget foran en kollega")) ?? "";
    expect(danish.indexOf("Øv oplægget")).toBe(askHr.indexOf("Ask HR"));
    expect(result.stdout).not.toContain("\u001b[");
  });

  it("markdown: headings and tables, and no task lines that would become second copies of the actions", () => {
    const { vault } = copyVault();
    const result = run("dashboard", vault, "--format", "markdown", "--today", TODAY);
    expect(result.status).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe(`# Mentoring dashboard, ${TODAY}`);
    expect(lines).toContain("| Jane Doe | mentor | active | middle | 3 of 6 | 2026-11-01 | 2026-11-29 | 2027-06-30 |");
    expect(lines).toContain("### Søren Ødegård");
    expect(lines).toContain("| **2026-10-20** (overdue) | Ask HR about the leadership course | mentee | 2026-10-04 Session 2, line 21 |");
    expect(lines).toContain("- ~~Get comfortable giving feedback~~ ✅ 2026-11-01");
    expect(lines.filter((line) => /^\s*(?:[-*+]|\d+[.)]) \[.\]/.test(line))).toEqual([]);
  });

  it("--lang da: the labels in Danish; the language otherwise follows the saved setting", () => {
    const { vault } = copyVault();
    const danish = run("dashboard", vault, "--today", TODAY, "--lang", "da");
    expect(danish.status).toBe(0);
    const lines = danish.stdout.split("\n");
    expect(lines[0]).toBe(`Mentoroverblik · ${TODAY}`);
    // Every section heading, in its order, in Danish.
    expect(lines.filter((line) => /^\S/.test(line))).toEqual(["Mentoroverblik · 2026-11-23", "Forløb", "Åbne handlinger", "Mål", "Forløbet indtil nu", "Noter med problemer (4)"]);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Jane Doe +mentor +aktivt +arbejdsfase +3 af 6 +2026-11-01 +2026-11-29 +2027-06-30$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Bob Stone +mentor +aktivt +opstart +1 af 4 +2026-08-23 +2026-09-06 +2026-12-20 +følg op: intet møde siden den planlagte dato$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {4}forsinket +2026-10-20 +mentee +Ask HR about the leadership course +Mentoring\/Jane Doe\/2026-10-04 Session 2\.md:21$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {4}\[x\] Get comfortable giving feedback +nået 2026-11-01$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {4}Møde +Dato +Aftalt +Udført +Flyttet +Annulleret +Åbne +Dage siden sidst$/));
    expect(danish.stdout).not.toMatch(/\b(?:overdue|Open actions|Goals|active)\b/);
    const markdown = run("dashboard", vault, "--format", "markdown", "--today", TODAY, "--lang", "da");
    expect(markdown.stdout.split("\n")).toContain("| **2026-10-20** (forsinket) | Ask HR about the leadership course | mentee | 2026-10-04 Session 2, linje 21 |");

    // A saved Danish setting gives the same Danish without --lang (the terminal here is English); --lang en wins over it.
    mkdirSync(join(vault, ".obsidian", "plugins", "mentoring-notes"), { recursive: true });
    writeFileSync(join(vault, ".obsidian", "plugins", "mentoring-notes", "data.json"), JSON.stringify({ language: "da" }));
    expect(run("dashboard", vault, "--today", TODAY).stdout).toBe(danish.stdout);
    expect(run("dashboard", vault, "--today", TODAY, "--lang", "en").stdout.split("\n")[0]).toBe(`Mentoring dashboard · ${TODAY}`);
  });
});

/** A golden note: the expected bytes, reviewed against the fixture vault by hand when written. */
function golden(name: string): string {
  return readFileSync(join("tests", "fixtures", "golden", name), "utf8");
}

describe("mentoring new-session", () => {
  // The goldens were checked against the fixture: the next number after the sessions held (Jane: 3, one in
  // Archive/; Søren: 2), the agreement's people, phase and goals (achieved ones struck through), a link to
  // the latest session, the live list of open actions, and the questions for my role (mentor for Jane,
  // mentee with Søren) in the language asked for.
  const cases: Array<{ relationship: string; path: string; lang: Language; golden: string }> = [
    { relationship: "Jane Doe", path: "Mentoring/Jane Doe/2026-11-23 Session 4.md", lang: "en", golden: "cli-en-jane-session-4.md" },
    { relationship: "Søren Ødegård", path: "Mentoring/Søren Ødegård/2026-11-23 Møde 3.md", lang: "da", golden: "cli-da-soren-moede-3.md" },
  ];
  for (const { relationship, path, lang, golden: goldenName } of cases) {
    it(`writes the golden note for ${relationship} (${lang}), changes nothing else (live carry-over), and a second run writes nothing`, () => {
      const { parent, vault } = copyVault();
      const before = hashTree(parent);
      const result = run("new-session", vault, relationship, "--date", TODAY, "--lang", lang);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(`${path}\n`);
      expect(read(vault, path)).toBe(golden(goldenName));
      const after = hashTree(parent);
      const added = Object.keys(after).filter((key) => !(key in before));
      expect(added).toEqual([`vault/${path}`]);
      for (const key of Object.keys(before)) expect(after[key], key).toBe(before[key]);

      const again = run("new-session", vault, relationship, "--date", TODAY, "--lang", lang);
      expect(again.status).toBe(0);
      expect(again.stdout).toBe(`${path}\n`);
      expect(hashTree(parent)).toEqual(after);
    });
  }

  it("with the saved setting carry-over: move, forwards every open action's original line and lists it in the new note", () => {
    const { vault } = copyVault();
    mkdirSync(join(vault, ".obsidian", "plugins", "mentoring-notes"), { recursive: true });
    writeFileSync(join(vault, ".obsidian", "plugins", "mentoring-notes", "data.json"), JSON.stringify({ carryOver: "move", rootFolder: "Mentoring" }));
    const files = loadVault(vault);
    const result = run("new-session", vault, "Jane Doe", "--date", TODAY, "--lang", "en");
    expect(result.status).toBe(0);
    const path = "Mentoring/Jane Doe/2026-11-23 Session 4.md";
    expect(result.stdout).toBe(`${path}\n`);

    // Each open action's line, as it was and as it must now read: marked forwarded ([>]) with a link to the
    // new session before its Tasks date, or at the end after its Dataview fields. Done, cancelled and
    // already forwarded lines, the Since-last-time note, and code and comments are left alone.
    const link = "(moved to [[2026-11-23 Session 4]])";
    const forwarded: Record<string, Array<[string, string]>> = {
      "Mentoring/Jane Doe/2026-09-06 Session 1.md": [
        ["- [ ] Map the stakeholders of the data project 📅 2026-11-30", `- [>] Map the stakeholders of the data project ${link} 📅 2026-11-30`],
        ["    - [ ] List the people in the finance team 📅 2026-11-10", `    - [>] List the people in the finance team ${link} 📅 2026-11-10`],
        ["- [ ] Send Jane the org chart [owner:: mentor] 📅 2026-09-30", `- [>] Send Jane the org chart [owner:: mentor] ${link} 📅 2026-09-30`],
      ],
      "Mentoring/Jane Doe/2026-10-04 Session 2.md": [
        ["- [ ] Ask HR about the leadership course [due:: 2026-10-20]\r\n", `- [>] Ask HR about the leadership course [due:: 2026-10-20] ${link}\r\n`],
        ["- [/] Draft the project proposal [due:: 2026-12-01]\r\n", `- [>] Draft the project proposal [due:: 2026-12-01] ${link}\r\n`],
        ["- [ ] Practise the pitch with a colleague\r\n", `- [>] Practise the pitch with a colleague ${link}\r\n`],
        ["* [ ] Introduce Jane to Per in sales [owner:: mentor] [due:: 2026-11-25]\r\n", `* [>] Introduce Jane to Per in sales [owner:: mentor] [due:: 2026-11-25] ${link}\r\n`],
      ],
      "Mentoring/Jane Doe/Archive/2026-11-01 Session 3.md": [
        ["1. [ ] Book a meeting with the CFO 📅 2026-11-29 ^cfo-meeting", `1. [>] Book a meeting with the CFO ${link} 📅 2026-11-29 ^cfo-meeting`],
        ["- [?] Find out whether the budget allows a course 📅 2026-11-20", `- [>] Find out whether the budget allows a course ${link} 📅 2026-11-20`],
        ["- [ ] Reflect on the time-out question\n", `- [>] Reflect on the time-out question ${link}\n`],
      ],
    };
    for (const [file, lines] of Object.entries(forwarded)) {
      let expected = files[file] ?? "";
      for (const [was, now] of lines) {
        expect(expected.split(was), `${file}: ${was}`).toHaveLength(2);
        expected = expected.replace(was, now);
      }
      expect(read(vault, file), file).toBe(expected);
    }

    // The new note: the golden with the move wording under Since last time and the moved actions (a link
    // back to where each came from, no indent, no block id) at the end of Actions.
    const live = "The open actions of this relationship, shown live from the sessions where they were agreed. Tick them there or here; nothing is copied.";
    const moved =
      "The open actions from earlier sessions have been moved into this note's actions below, each with a link to the session it came from, and their old lines are marked as moved on. The list here shows the open actions live: tick them here or below.";
    const from = (session: string): string => `(moved from [[${session}]])`;
    const actions = [
      `- [ ] Map the stakeholders of the data project ${from("2026-09-06 Session 1")} 📅 2026-11-30`,
      `- [ ] List the people in the finance team ${from("2026-09-06 Session 1")} 📅 2026-11-10`,
      `- [ ] Send Jane the org chart [owner:: mentor] ${from("2026-09-06 Session 1")} 📅 2026-09-30`,
      `- [ ] Ask HR about the leadership course [due:: 2026-10-20] ${from("2026-10-04 Session 2")}`,
      `- [/] Draft the project proposal [due:: 2026-12-01] ${from("2026-10-04 Session 2")}`,
      `- [ ] Practise the pitch with a colleague ${from("2026-10-04 Session 2")}`,
      `* [ ] Introduce Jane to Per in sales [owner:: mentor] [due:: 2026-11-25] ${from("2026-10-04 Session 2")}`,
      `1. [ ] Book a meeting with the CFO ${from("2026-11-01 Session 3")} 📅 2026-11-29`,
      `- [?] Find out whether the budget allows a course ${from("2026-11-01 Session 3")} 📅 2026-11-20`,
      `- [ ] Reflect on the time-out question ${from("2026-11-01 Session 3")}`,
    ];
    const liveNote = golden("cli-en-jane-session-4.md");
    expect(liveNote.endsWith("## Actions\n")).toBe(true);
    expect(read(vault, path)).toBe(`${liveNote.replace(live, moved)}\n${actions.join("\n")}\n`);
    // Notes of other relationships are untouched.
    expect(read(vault, "Mentoring/Søren Ødegård/2026-10-15 Møde 1.md")).toBe(files["Mentoring/Søren Ødegård/2026-10-15 Møde 1.md"]);
  });

  it("refuses a relationship that is not a folder with an agreement under the root: exit 1, nothing written", () => {
    const { parent, vault } = copyVault();
    const before = hashTree(parent);
    const result = run("new-session", vault, "Nobody", "--date", TODAY);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('"Nobody"');
    expect(result.stderr).toContain("Jane Doe");
    expect(hashTree(parent)).toEqual(before);
  });
});

describe("mentoring close-session", () => {
  // The expected notes are written out in tests/fixtures/closed-notes.ts.
  const cases = [
    { note: "Mentoring/Jane Doe/2026-10-04 Session 2.md", what: "CRLF, English, two headings missing", expected: JANE_SESSION_2_CLOSED },
    { note: "Mentoring/Søren Ødegård/2026-10-15 Møde 1.md", what: "BOM, Danish headings", expected: SOREN_MOEDE_1_CLOSED },
  ];
  for (const { note, what, expected } of cases) {
    it(`writes the closed note (${what}) and nothing else; closing again writes nothing`, () => {
      const { parent, vault } = copyVault();
      const before = hashTree(parent);
      const result = run("close-session", vault, note, "--today", TODAY);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(`${note}\n`);
      expect(read(vault, note)).toBe(expected);
      const after = hashTree(parent);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      for (const key of Object.keys(before)) if (key !== `vault/${note}`) expect(after[key], key).toBe(before[key]);

      const again = run("close-session", vault, note, "--today", "2026-12-30");
      expect(again.status).toBe(0);
      expect(hashTree(parent)).toEqual(after);
    });
  }

  it("a note with broken frontmatter: exit 1, says which note and why, writes nothing", () => {
    const { parent, vault } = copyVault();
    const before = hashTree(parent);
    const result = run("close-session", vault, "Mentoring/Bob Stone/2026-09-06 Session 2.md");
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("Mentoring/Bob Stone/2026-09-06 Session 2.md");
    expect(result.stderr).toMatch(/YAML|frontmatter/i);
    expect(hashTree(parent)).toEqual(before);
  });

  it("refuses a note that is not a session, a missing note and a note that is not UTF-8: exit 1, nothing written", () => {
    const { parent, vault } = copyVault();
    const latin1 = Buffer.from("---\ntype: mentoring-session\ndate: 2026-11-01\n---\n## Summary\nM\xf8de med S\xf8ren\n", "latin1");
    writeFileSync(join(vault, "Mentoring", "Jane Doe", "Latin-1.md"), latin1);
    const before = hashTree(parent);
    for (const note of ["Projects/Kitchen renovation.md", "Mentoring/Jane Doe/Missing.md", "Mentoring/Jane Doe/Latin-1.md"]) {
      const result = run("close-session", vault, note);
      expect(result.status, note).toBe(1);
      expect(result.stderr, note).toContain(note.split("/").pop() === "Kitchen renovation.md" ? "not a mentoring session" : note);
    }
    expect(hashTree(parent)).toEqual(before);
  });
});

describe("usage errors", () => {
  const cases: string[][] = [
    [],
    ["frobnicate"],
    ["dashboard"],
    ["dashboard", "VAULT", "--format", "xml"],
    ["dashboard", "VAULT", "--today", "2026-02-30"],
    ["dashboard", "VAULT", "--bogus"],
    ["dashboard", "VAULT", "extra"],
    ["dashboard", "VAULT", "--lang", "de"],
    ["new-session", "VAULT"],
    ["new-session", "VAULT", "Jane Doe", "--lang", "fr"],
    ["close-session", "VAULT"],
    ["new-relationship", "VAULT", "Kim"],
    ["new-relationship", "VAULT", "Kim", "--role", "boss"],
    // An option given twice would silently take the last value: a usage error instead.
    ["new-relationship", "VAULT", "Kim", "--role", "mentor", "--role", "mentee", "--date", "2026-11-23"],
    ["close-session", "VAULT", "Mentoring/Jane Doe/2026-10-04 Session 2.md", "--today", "2026-11-23", "--today=2026-11-24"],
    ["dashboard", "VAULT", "--all", "--all"],
    ["calendar", "VAULT", "--out", "-", "--out", "x.ics"],
  ];
  for (const args of cases) {
    // One line saying what is wrong and where the usage is, not the whole usage after every error.
    it(`exit 2 with one line and "--help": mentoring ${args.join(" ")}`, () => {
      const { parent, vault } = copyVault();
      const before = hashTree(parent);
      const result = run(...args.map((arg) => (arg === "VAULT" ? vault : arg)));
      expect(result.status).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(/^mentoring[ :]/);
      expect(result.stderr).toContain("--help");
      expect(result.stderr).not.toContain("Usage:");
      expect(hashTree(parent)).toEqual(before);
    });
  }

  it("--help prints the usage on stdout (exit 0); --version the version; a missing vault is exit 1", () => {
    const help = run("--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage:");
    const version = run("--version");
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version);
    const missing = run("dashboard", join(workDir, "no-such-vault"));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("no-such-vault");
  });
});

describe("nothing is written outside the vault, whatever the arguments", () => {
  it("new-session ../../etc: exit 1 and the parent folder is unchanged", () => {
    const { parent, vault } = copyVault();
    const before = hashTree(parent);
    for (const name of ["../../etc", "../Jane Doe", "/etc"]) {
      const result = run("new-session", vault, name, "--date", TODAY);
      expect(result.status, name).toBe(1);
    }
    expect(hashTree(parent)).toEqual(before);
  });

  it("new-relationship ../../etc with --root ../..: the name and root are sanitised, the notes land inside the vault", () => {
    const { parent, vault } = copyVault();
    const before = hashTree(parent);
    const result = run("new-relationship", vault, "../../etc", "--role", "mentee", "--goal", "Stay inside", "--root", "../..", "--date", TODAY);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`Mentoring/etc/Agreement.md\nMentoring/etc/${TODAY} Session 1.md\n`);
    const after = hashTree(parent);
    const added = Object.keys(after).filter((key) => !(key in before));
    expect(added.sort()).toEqual(["vault/Mentoring/etc", "vault/Mentoring/etc/Agreement.md", `vault/Mentoring/etc/${TODAY} Session 1.md`].sort());
    for (const key of Object.keys(before)) expect(after[key], key).toBe(before[key]);
  });

  it("a folder or note that is a symbolic link to outside the vault is refused: exit 1, nothing written anywhere", () => {
    const { parent, vault } = copyVault();
    const outside = join(parent, "outside");
    mkdirSync(outside);
    writeFileSync(join(outside, "Session.md"), read(vault, "Mentoring/Jane Doe/2026-10-04 Session 2.md"));
    symlinkSync(outside, join(vault, "Mentoring", "Linked"));
    symlinkSync(join(outside, "Session.md"), join(vault, "Mentoring", "Jane Doe", "Linked session.md"));
    const before = hashTree(parent);

    const relationship = run("new-relationship", vault, "Linked", "--role", "mentor", "--date", TODAY);
    expect(relationship.status).toBe(1);
    expect(relationship.stderr).toContain("outside the vault");
    for (const note of ["Mentoring/Jane Doe/Linked session.md", "../outside/Session.md", "Mentoring/Linked/Session.md"]) {
      const close = run("close-session", vault, note, "--today", TODAY);
      expect(close.status, note).toBe(1);
    }
    expect(hashTree(parent)).toEqual(before);
  });
});

describe("writeNote, the command line's one way to write", () => {
  it("never overwrites a note that changed since it was read, nor creates over an existing one; leaves no temp files", () => {
    const { parent, vault: folder } = copyVault();
    const opened = openVault(folder);
    if (!opened.ok) throw new Error(opened.reason);
    const { vault } = opened;
    const path = "Mentoring/Jane Doe/2026-10-04 Session 2.md";
    const first = readNote(vault, path);
    if (!first.ok) throw new Error(first.reason);
    // Another editor saves the note after we read it.
    const theirs = first.text.replace("Jane tried two.", "Jane tried two, then a third.");
    writeFileSync(join(folder, ...path.split("/")), theirs);
    const before = hashTree(parent);
    const stale = writeNote(vault, path, `${first.text}ours\r\n`, first.text);
    expect(stale.ok ? "written" : stale.reason).toContain("changed since it was read");
    const create = writeNote(vault, path, "new note\n", null);
    expect(create.ok ? "written" : create.reason).toContain("already exists");
    expect(writeNote(vault, "../escape.md", "x\n", null)).toMatchObject({ ok: false });
    expect(hashTree(parent)).toEqual(before);

    // With the text as it is now, the write goes through, byte for byte (CRLF kept), and nothing else appears.
    const ours = `${theirs}- [ ] Æble 🍎\r\n`;
    expect(writeNote(vault, path, ours, theirs)).toEqual({ ok: true });
    expect(readFileSync(join(folder, ...path.split("/")))).toEqual(Buffer.from(ours, "utf8"));
    expect(Object.keys(hashTree(parent))).toEqual(Object.keys(before));
  });
});
