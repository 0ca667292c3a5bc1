// The palette's commands on the command line, through the built CLI: end-relationship, insert, summary,
// calendar, config, the new options of new-relationship, note paths absolute or relative, and the help.
// Every refusal is checked on the disk (hashTree), not taken from the exit status.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { buildCli, copyVault, hashTree, readVaultFile, runCli, saveSettings, type Harness } from "./harness";
import { describedList, questionList, valuesExercise } from "../../src/core/edits/inserts";
import { meetingTexts } from "../../src/core/method/meeting-texts";
import { COMMANDS } from "../../src/cli/args";

let harness: Harness & { dispose(): void };

beforeAll(async () => {
  harness = await buildCli("mentoring-palette-");
}, 60_000);

afterAll(() => harness.dispose());

const run = (...args: string[]) => runCli(harness, args);

const AGREEMENT = ["---", "type: mentoring-agreement", "mentee: Kim Berg", "mentor: Me", "role: mentor", "start: 2026-09-01", "cadence_days: 14", "status: active", "---", "# Kim Berg", "", "## Goals", "- [ ] Lead a team", ""].join("\n");
const SESSION = ["---", "type: mentoring-session", "mentee: Kim Berg", "mentor: Me", "session: 1", "date: 2026-09-01", "---", "## Summary", "We met.", ""].join("\n");
const AGREEMENT_PATH = "Mentoring/Kim Berg/Agreement.md";
const SESSION_PATH = "Mentoring/Kim Berg/2026-09-01 Session 1.md";

/** The ending block "end-relationship" appends (English), written out: the checklist and the final evaluation. */
const ENDING_BLOCK = [
  "## Ending",
  "",
  "**Checklist**",
  "- [ ] Look back at the goals in this agreement: which were reached, and how?",
  "- [ ] Say thank you for the time and for what you learned from each other.",
  "- [ ] Talk openly about whether it is time to stop, rather than letting the meetings fade away.",
  "- [ ] Agree what happens to these notes, and that confidentiality still holds.",
  "- [ ] Celebrate what the mentee has achieved, in a way that suits you both.",
  "- [ ] Name what is left to do, and how the mentee will take it on alone.",
  "- [ ] Decide together that the relationship ends, and on which date.",
  "- [ ] Tell each other how the mentoring itself worked: what you would do again, and what differently.",
  "- [ ] Choose how: a clean stop now, or a last meeting or two further apart.",
  "- [ ] Agree whether and how the mentee may get in touch later.",
  "",
  "**Evaluation**",
  "- Looking back, what has this relationship meant to you?",
  "\t- ",
  "- Which of the goals did we reach, and what helped or stood in the way?",
  "\t- ",
  "- What can you do now that you could not, or did not dare, when we started?",
  "\t- ",
  "- Which meeting, question or moment made the most difference?",
  "\t- ",
  "- What would you have wanted more of, or less of?",
  "\t- ",
  "- What will you keep working on without a mentor?",
  "\t- ",
  "- What did you learn about yourself along the way?",
  "\t- ",
  "- What would you tell the next person who starts a mentoring relationship?",
  "\t- ",
  "",
].join("\n");

/** A small vault of one relationship: an agreement and one session (LF, or CRLF when asked). */
function smallVault(crlf = false): string {
  const { vault } = copyVault(harness.workDir, true);
  mkdirSync(join(vault, "Mentoring", "Kim Berg"), { recursive: true });
  const eol = (text: string): string => (crlf ? text.replace(/\n/g, "\r\n") : text);
  writeFileSync(join(vault, ...AGREEMENT_PATH.split("/")), eol(AGREEMENT));
  writeFileSync(join(vault, ...SESSION_PATH.split("/")), eol(SESSION));
  return vault;
}

describe("help", () => {
  it("mentoring --help lists every command with its options; each command's --help shows its own usage", () => {
    const help = run("--help");
    expect(help.status).toBe(0);
    for (const name of ["dashboard", "new-session", "close-session", "new-relationship", "end-relationship", "insert", "summary", "calendar", "config"]) {
      expect(help.stdout, name).toContain(`mentoring ${name} <vault>`);
      const own = run(name, "--help");
      expect(own.status, name).toBe(0);
      expect(own.stdout, name).toContain(`mentoring ${name} <vault>`);
      expect(own.stdout.split("\n").filter((line) => line.startsWith("  mentoring ")), name).toHaveLength(1);
    }
    for (const option of ["--cadence DAYS", "--meetings N", "--minutes N", "--end YYYY-MM-DD", "--goal TEXT", "--name MY-NAME", "--force", "--out FILE|-", "--moment before|end"]) {
      expect(help.stdout, option).toContain(option);
    }
    expect(Object.keys(COMMANDS)).toHaveLength(9);
  });
});

describe("new-relationship's plan options", () => {
  it("--cadence --meetings --minutes --end --goal go into the agreement", () => {
    const { vault } = copyVault(harness.workDir, true);
    const result = run("new-relationship", vault, "Ann Lee", "--role", "mentee", "--cadence", "10", "--meetings", "3", "--minutes", "45", "--end", "2027-03-01", "--goal", "Speak up", "--date", "2026-12-01");
    expect(result.status, result.stderr).toBe(0);
    const agreement = readVaultFile(vault, "Mentoring/Ann Lee/Agreement.md");
    for (const line of ["cadence_days: 10", "meetings_planned: 3", "meeting_minutes: 45", "end: 2027-03-01", "start: 2026-12-01", "- [ ] Speak up"]) {
      expect(agreement, line).toContain(line);
    }
  });

  it("without --end the end follows the plan the options give: 3 meetings every 10 days from the start", () => {
    const { vault } = copyVault(harness.workDir, true);
    expect(run("new-relationship", vault, "Ann Lee", "--role", "mentor", "--cadence", "10", "--meetings", "3", "--date", "2026-12-01").status).toBe(0);
    expect(readVaultFile(vault, "Mentoring/Ann Lee/Agreement.md")).toContain("end: 2026-12-31");
  });

  for (const args of [["--cadence", "0"], ["--cadence", "abc"], ["--meetings", "201"], ["--minutes", "4"], ["--end", "2027-02-30"]]) {
    it(`a bad value (${args.join(" ")}) is a usage error, and nothing is written`, () => {
      const { vault } = copyVault(harness.workDir, true);
      const before = hashTree(vault);
      const result = run("new-relationship", vault, "Ann Lee", "--role", "mentor", ...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(args[0]);
      expect(hashTree(vault)).toEqual(before);
    });
  }
});

describe("end-relationship", () => {
  it("ends the relationship in its agreement: status and end date set, the ending block after a blank line; the session is untouched; a second run writes nothing", () => {
    const vault = smallVault();
    const session = readVaultFile(vault, SESSION_PATH);
    const original = readVaultFile(vault, AGREEMENT_PATH);
    const result = run("end-relationship", vault, "kim berg", "--today", "2026-12-05");
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(`${AGREEMENT_PATH}\n`);
    expect(original).toContain("\nstatus: active\n---\n");
    const expected = `${original.replace("\nstatus: active\n---\n", "\nstatus: ended\nend: 2026-12-05\n---\n")}\n${ENDING_BLOCK}`;
    expect(readVaultFile(vault, AGREEMENT_PATH)).toBe(expected);
    expect(readVaultFile(vault, SESSION_PATH)).toBe(session);
    const tree = hashTree(vault);
    const again = run("end-relationship", vault, "Kim Berg", "--today", "2026-12-09");
    expect(again.status).toBe(0);
    expect(hashTree(vault)).toEqual(tree);
  });

  it("CRLF: the same bytes as with LF, in CRLF (a blank line before the ending heading too)", () => {
    const vault = smallVault(true);
    const original = readVaultFile(vault, AGREEMENT_PATH);
    expect(run("end-relationship", vault, "Kim Berg", "--today", "2026-12-05").status).toBe(0);
    const expected = `${original.replace("\r\nstatus: active\r\n---\r\n", "\r\nstatus: ended\r\nend: 2026-12-05\r\n---\r\n")}\r\n${ENDING_BLOCK.replace(/\n/g, "\r\n")}`;
    expect(readVaultFile(vault, AGREEMENT_PATH)).toBe(expected);
  });

  it("an unknown relationship: exit 1, the ones there are named, nothing written", () => {
    const vault = smallVault();
    const before = hashTree(vault);
    const result = run("end-relationship", vault, "Nobody");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Kim Berg");
    expect(hashTree(vault)).toEqual(before);
  });
});

describe("insert", () => {
  const en = meetingTexts("en");
  const cases = [
    { what: "starters", block: questionList([en.starters]).lines },
    { what: "reflection", block: questionList(en.reflection).lines },
    { what: "roles", block: describedList(en.rolesAndHelping).lines },
    { what: "values", block: valuesExercise(en.values).lines },
    { what: "evaluation", block: questionList([{ title: en.evaluationTitle("end", "mentor"), questions: en.evaluation("end", "mentor") }]).lines },
  ];
  for (const { what, block } of cases) {
    it(`${what}: the note's bytes, a blank line, then the block, in the note's line ending (CRLF)`, () => {
      const vault = smallVault(true);
      const before = readVaultFile(vault, SESSION_PATH);
      // An absolute path inside the vault is accepted as well as a relative one.
      const result = run("insert", vault, join(vault, ...SESSION_PATH.split("/")), what);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toBe(`${SESSION_PATH}\n`);
      expect(readVaultFile(vault, SESSION_PATH)).toBe(`${before}\r\n${block.join("\r\n")}`);
    });
  }

  it("evaluation --role mentee --moment before: the mentee's before-meeting questions", () => {
    const vault = smallVault();
    expect(run("insert", vault, SESSION_PATH, "evaluation", "--role", "mentee", "--moment", "before").status).toBe(0);
    const text = readVaultFile(vault, SESSION_PATH);
    expect(text).toContain(en.evaluationTitle("before", "mentee"));
    for (const question of en.evaluation("before", "mentee")) expect(text).toContain(question);
  });

  it("time-out: a time-out callout with the first question the note does not hold yet; the second asks the next one", () => {
    const vault = smallVault();
    expect(run("insert", vault, SESSION_PATH, "time-out").status).toBe(0);
    expect(run("insert", vault, SESSION_PATH.replace(/\.md$/, ""), "time-out").status).toBe(0);
    const text = readVaultFile(vault, SESSION_PATH);
    expect(text).toMatch(/> \[!question\] Time-out \d\d:\d\d\n/);
    expect(text).toContain(`> ${en.timeOut[0] ?? ""}`);
    expect(text).toContain(`> ${en.timeOut[1] ?? ""}`);
  });

  it("time-out and evaluation on an agreement, any insert on a plain note, a note outside the vault: exit 1, nothing written", () => {
    const vault = smallVault();
    writeFileSync(join(vault, "Plain.md"), "Just a note\n");
    const before = hashTree(vault);
    for (const args of [[AGREEMENT_PATH, "time-out"], [AGREEMENT_PATH, "evaluation"], ["Plain.md", "starters"], ["/etc/hostname", "values"], ["../x.md", "roles"]]) {
      const result = run("insert", vault, ...args);
      expect(result.status, args.join(" ")).toBe(1);
      expect(result.stderr, args.join(" ")).toContain("Nothing was written.");
    }
    expect(hashTree(vault)).toEqual(before);
    expect(run("insert", vault, SESSION_PATH, "jokes").status).toBe(2);
  });

  it("starters on an agreement is allowed, as in the palette", () => {
    const vault = smallVault();
    expect(run("insert", vault, AGREEMENT_PATH, "starters").status).toBe(0);
    expect(readVaultFile(vault, AGREEMENT_PATH).startsWith(AGREEMENT)).toBe(true);
  });
});

describe("calendar", () => {
  const vault = (): string => {
    const folder = smallVault();
    writeFileSync(join(folder, ...SESSION_PATH.split("/")), SESSION.replace("date: 2026-09-01", "date: 2026-09-01\nnext: 2026-12-10").replace("We met.", "We met.\n\n## Actions\n- [ ] Call Per 📅 2026-12-08"));
    return folder;
  };

  it("writes <root>/mentoring.ics inside the vault; it parses, holds the next meeting and the due action; a second run changes nothing", () => {
    const folder = vault();
    const result = run("calendar", folder, "--today", "2026-12-01");
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe("Mentoring/mentoring.ics\n");
    const text = readVaultFile(folder, "Mentoring/mentoring.ics");
    const events = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents("vevent").map((event) => new ICAL.Event(event));
    expect(events.map((event) => event.summary).sort()).toEqual(["Call Per (mentee, Kim Berg)", "Mentoring meeting with Kim Berg"].sort());
    const tree = hashTree(folder);
    expect(run("calendar", folder, "--today", "2026-12-01").status).toBe(0);
    expect(hashTree(folder)).toEqual(tree);
    // --out - prints the same text and writes nothing.
    const printed = run("calendar", folder, "--today", "2026-12-01", "--out", "-");
    expect(printed.stdout).toBe(text);
    expect(hashTree(folder)).toEqual(tree);
  });

  it("--out FILE outside the vault writes exactly there, and nothing in the vault", () => {
    const folder = vault();
    const before = hashTree(folder);
    const out = join(harness.workDir, `cal-${Date.now()}.ics`);
    const result = run("calendar", folder, "--today", "2026-12-01", "--out", out);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(`${out}\n`);
    expect(readFileSync(out, "utf8")).toContain("BEGIN:VCALENDAR");
    expect(hashTree(folder)).toEqual(before);
  });

  it("--out FILE outside the vault that is a symbolic link to a note in the vault: exit 1, the note unchanged", () => {
    const folder = vault();
    const outside = join(folder, "..", `link-${Date.now()}.ics`);
    symlinkSync(join(folder, ...AGREEMENT_PATH.split("/")), outside);
    const before = hashTree(folder);
    const result = run("calendar", folder, "--today", "2026-12-01", "--out", outside);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Nothing was written.");
    expect(hashTree(folder)).toEqual(before);
  });

  it("--out replaces only a calendar file: a note, data.json, a file in a hidden folder or one not ending in .ics is refused, exit 1", () => {
    const folder = vault();
    saveSettings(folder, { cadenceDays: 14 });
    const other = join(folder, "..", `notes-${Date.now()}.txt`);
    writeFileSync(other, "my own notes\n");
    const before = hashTree(join(folder, ".."));
    const targets = [
      join(folder, ...AGREEMENT_PATH.split("/")),
      join(folder, ".obsidian", "plugins", "mentoring-notes", "data.json"),
      join(folder, ".obsidian", "calendar.ics"),
      join(folder, "Mentoring", "Calendar.md"),
      other,
    ];
    for (const out of targets) {
      const result = run("calendar", folder, "--today", "2026-12-01", "--out", out);
      expect(result.status, out).toBe(1);
      expect(result.stderr, out).toContain("Nothing was written.");
    }
    expect(hashTree(join(folder, ".."))).toEqual(before);
    // A calendar file is still written where it is named, in any case of its extension.
    expect(run("calendar", folder, "--today", "2026-12-01", "--out", join(folder, "Mentoring", "Shared.ICS")).status).toBe(0);
    expect(readVaultFile(folder, "Mentoring/Shared.ICS")).toContain("BEGIN:VCALENDAR");
  });

  it("--root of a folder that is a file: exit 1, nothing written", () => {
    const folder = vault();
    writeFileSync(join(folder, "Notes"), "a file");
    const before = hashTree(folder);
    expect(run("calendar", folder, "--root", "Notes").status).toBe(1);
    expect(hashTree(folder)).toEqual(before);
  });
});

describe("config", () => {
  it("get shows every setting or one; set saves a valid value and keeps keys it does not know", () => {
    const vault = smallVault();
    saveSettings(vault, { zzz: { kept: true }, cadenceDays: 14 });
    expect(run("config", vault, "get", "cadenceDays").stdout).toBe("14\n");
    const all = run("config", vault, "get").stdout;
    expect(all).toContain("carryOver=live\n");
    expect(all).toContain("templates.session=\n");
    const set = run("config", vault, "set", "carryOver", "move");
    expect(set.status, set.stderr).toBe(0);
    const saved = JSON.parse(readVaultFile(vault, ".obsidian/plugins/mentoring-notes/data.json")) as Record<string, unknown>;
    expect(saved["zzz"]).toEqual({ kept: true });
    expect(saved["carryOver"]).toBe("move");
    expect(saved["cadenceDays"]).toBe(14);
    expect(run("config", vault, "set", "myName", "  Ann Lee ").status).toBe(0);
    expect(run("config", vault, "get", "myName").stdout).toBe("Ann Lee\n");
    expect(run("config", vault, "set", "templates.session", "Templates/Session").status).toBe(0);
    expect(run("config", vault, "get", "templates.session").stdout).toBe("Templates/Session\n");
  });

  it("set keeps a key it does not know inside templates, whichever key it sets", () => {
    const vault = smallVault();
    saveSettings(vault, { templates: { session: "T/s.md", weekly: "T/w.md" }, zzz: 1 });
    for (const [key, value] of [["language", "da"], ["templates.agreement", "T/a.md"]] as const) {
      const set = run("config", vault, "set", key, value);
      expect(set.status, set.stderr).toBe(0);
    }
    const saved = JSON.parse(readVaultFile(vault, ".obsidian/plugins/mentoring-notes/data.json")) as Record<string, unknown>;
    expect(saved["templates"]).toEqual({ agreement: "T/a.md", session: "T/s.md", firstSession: "", weekly: "T/w.md" });
    expect(saved["zzz"]).toBe(1);
    expect(saved["language"]).toBe("da");
  });

  it("keepCalendar is off until set to true, and saved as a boolean", () => {
    const vault = smallVault();
    expect(run("config", vault, "get", "keepCalendar").stdout).toBe("false\n");
    const set = run("config", vault, "set", "keepCalendar", "true");
    expect(set.status, set.stderr).toBe(0);
    expect(JSON.parse(readVaultFile(vault, ".obsidian/plugins/mentoring-notes/data.json"))).toMatchObject({ keepCalendar: true });
    expect(run("config", vault, "get", "keepCalendar").stdout).toBe("true\n");
  });

  it("a vault without data.json gets one on the first set", () => {
    const vault = smallVault();
    expect(run("config", vault, "set", "cadenceDays", "21").status).toBe(0);
    expect(JSON.parse(readVaultFile(vault, ".obsidian/plugins/mentoring-notes/data.json"))).toMatchObject({ cadenceDays: 21 });
  });

  const refused: Array<[string, string, string]> = [
    ["cadenceDays", "0", "1 to 366"],
    ["cadenceDays", "2.5", "1 to 366"],
    ["meetingMinutes", "601", "5 to 600"],
    ["carryOver", "copy", "live|move"],
    ["language", "de", "auto|en|da"],
    ["keepCalendar", "yes", "true|false"],
    ["rootFolder", "..", "folder"],
    ["colour", "red", "There is no setting"],
  ];
  for (const [key, value, reason] of refused) {
    it(`set ${key} ${value}: exit 1 with the reason (${reason}), data.json byte for byte as it was`, () => {
      const vault = smallVault();
      saveSettings(vault, { zzz: 1, cadenceDays: 14 });
      const before = hashTree(vault);
      const result = run("config", vault, "set", key, value);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(reason);
      expect(result.stderr).toContain("Nothing was written.");
      expect(hashTree(vault)).toEqual(before);
    });
  }

  it("a data.json that is not JSON is not replaced", () => {
    const vault = smallVault();
    const folder = join(vault, ".obsidian", "plugins", "mentoring-notes");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "data.json"), "{ broken");
    const before = hashTree(vault);
    const result = run("config", vault, "set", "cadenceDays", "7");
    expect(result.status).toBe(1);
    expect(hashTree(vault)).toEqual(before);
    expect(run("config", vault, "set", "cadenceDays").status).toBe(2);
  });
});

describe("dashboard --format json grows, never changes", () => {
  it("each relationship has progress in session order, endPassed, and each goal achievedOn; the old fields stay", () => {
    const folder = smallVault();
    const agreement = AGREEMENT.replace("status: active", "status: active\nend: 2026-11-30").replace("- [ ] Lead a team", "- [x] Lead a team ✅ 2026-10-02\n- [ ] Speak up");
    writeFileSync(join(folder, ...AGREEMENT_PATH.split("/")), agreement);
    writeFileSync(join(folder, ...SESSION_PATH.split("/")), `${SESSION}\n## Actions\n- [ ] Call Per\n- [x] Read the book\n`);
    const second = "Mentoring/Kim Berg/2026-09-15 Session 2.md";
    writeFileSync(join(folder, ...second.split("/")), SESSION.replace("session: 1", "session: 2").replace("2026-09-01", "2026-09-15"));
    const result = run("dashboard", folder, "--format", "json", "--today", "2026-12-05");
    expect(result.status, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as { relationships: Array<Record<string, unknown>> };
    const kim = json.relationships[0] ?? {};
    for (const key of ["folder", "name", "role", "status", "phase", "sessionsHeld", "meetingsPlanned", "lastMeeting", "nextMeeting", "followUp", "end", "goals", "tooManyGoals"]) {
      expect(kim, key).toHaveProperty(key);
    }
    expect(kim["endPassed"]).toBe(true);
    expect(kim["goals"]).toEqual([
      { text: "Lead a team", achieved: true, achievedOn: "2026-10-02" },
      { text: "Speak up", achieved: false, achievedOn: null },
    ]);
    expect(kim["progress"]).toEqual([
      { file: SESSION_PATH, number: 1, date: "2026-09-01", agreed: 2, done: 1, forwarded: 0, cancelled: 0, open: 1 },
      { file: second, number: 2, date: "2026-09-15", agreed: 0, done: 0, forwarded: 0, cancelled: 0, open: 0 },
    ]);
  });
});
