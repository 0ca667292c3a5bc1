import { describe, expect, it } from "vitest";
import { buildDashboard, dashboardToJson, type DashboardModel } from "../../../src/core/dashboard/dashboard";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { splitLines } from "../../../src/core/syntax/text";
import { loadVault } from "../../fixtures/load-vault";

const TODAY = "2026-11-22";
const files = loadVault();
// Built afresh in each test rather than once for the file, so that each test runs the code it checks.
const fixtureIndex = (): VaultIndex => new VaultIndex(Object.entries(files));

const JANE = "Mentoring/Jane Doe";
const SOREN = "Mentoring/Søren Ødegård";
const BOB = "Mentoring/Bob Stone";

function textsByGroup(model: DashboardModel): Record<string, string[]> {
  return Object.fromEntries(model.groups.map((group) => [group.name, group.actions.map((action) => action.text)]));
}

describe("buildDashboard on the fixture vault", () => {
  const fixtureModel = (): DashboardModel => buildDashboard(fixtureIndex(), { today: TODAY });

  it("groups open actions by relationship, by name, overdue first, then by due date, undated last", () => {
    const model = fixtureModel();
    expect(model.groups.map((group) => [group.name, group.folder])).toEqual([
      ["Bob Stone", BOB],
      ["Jane Doe", JANE],
      ["Søren Ødegård", SOREN],
    ]);
    expect(textsByGroup(model)).toEqual({
      "Bob Stone": ["Write the interview story about the migration", "Ask for a mock interview"],
      "Jane Doe": [
        "Send Jane the org chart",
        "Ask HR about the leadership course",
        "List the people in the finance team",
        "Find out whether the budget allows a course",
        "Introduce Jane to Per in sales",
        "Book a meeting with the CFO",
        "Map the stakeholders of the data project",
        "Draft the project proposal",
        "Practise the pitch with a colleague",
        "Reflect on the time-out question",
      ],
      "Søren Ødegård": [
        "Skriv en liste over mine opgaver",
        "Markér de tre vigtigste",
        "Øv oplægget foran en kollega",
        "Send en artikel om prioritering",
        "Spørg Søren om hans første lederjob",
      ],
    });
  });

  it("marks overdue exactly the open actions due before today", () => {
    const model = fixtureModel();
    const overdue = model.groups.flatMap((group) => group.actions.filter((action) => action.overdue).map((action) => action.text));
    expect(overdue).toEqual([
      "Write the interview story about the migration",
      "Send Jane the org chart",
      "Ask HR about the leadership course",
      "List the people in the finance team",
      "Find out whether the budget allows a course",
      "Skriv en liste over mine opgaver",
      "Markér de tre vigtigste",
    ]);
  });

  it("gives each action its owner, whether it is mine, its due date and its session", () => {
    const model = fixtureModel();
    const jane = model.groups.find((group) => group.folder === JANE)?.actions ?? [];
    expect(jane.map((action) => [action.owner, action.mine, action.due])).toEqual([
      ["mentor", true, "2026-09-30"],
      ["mentee", false, "2026-10-20"],
      ["mentee", false, "2026-11-10"],
      ["mentee", false, "2026-11-20"],
      ["mentor", true, "2026-11-25"],
      ["mentee", false, "2026-11-29"],
      ["mentee", false, "2026-11-30"],
      ["mentee", false, "2026-12-01"],
      ["mentee", false, null],
      ["mentee", false, null],
    ]);
    expect(jane[3]?.session).toEqual({ file: `${JANE}/Archive/2026-11-01 Session 3.md`, number: 3, date: "2026-11-01" });
    expect(jane[3]?.state).toBe("open"); // `[?]`: an unknown status counts as open, as in Tasks
    expect(jane[7]?.state).toBe("open"); // `[/]`
    const soren = model.groups.find((group) => group.folder === SOREN)?.actions ?? [];
    expect(soren.map((action) => action.mine)).toEqual([true, true, true, false, false]);
  });

  it("points every action at the exact source line it was read from", () => {
    const model = fixtureModel();
    const rows = model.groups.flatMap((group) => group.actions);
    expect(rows).toHaveLength(17);
    for (const row of rows) {
      const source = files[row.file];
      expect(source, row.file).toBeDefined();
      expect(splitLines(source ?? "")[row.line]?.text).toBe(row.raw);
      expect(row.raw).toContain(row.text);
      expect(row.relationship).toBe(row.file.startsWith(JANE) ? JANE : row.file.startsWith(SOREN) ? SOREN : BOB);
    }
  });

  it("describes each relationship", () => {
    const model = fixtureModel();
    expect(model.relationships.map(({ goals: _goals, progress: _progress, ...row }) => row)).toEqual([
      {
        folder: BOB,
        name: "Bob Stone",
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
        agreementFile: `${BOB}/Agreement.md`,
        goalCount: 1,
        tooManyGoals: false,
        endPassed: false,
      },
      {
        folder: JANE,
        name: "Jane Doe",
        role: "mentor",
        status: "active",
        phase: "middle",
        focus: null,
        sessionsHeld: 3,
        meetingsPlanned: 6,
        lastMeeting: "2026-11-01",
        nextMeeting: "2026-11-29",
        followUp: false,
        end: "2027-06-30",
        agreementFile: `${JANE}/Agreement.md`,
        goalCount: 3,
        tooManyGoals: false,
        endPassed: false,
      },
      {
        folder: SOREN,
        name: "Søren Ødegård",
        role: "mentee",
        status: "active",
        phase: "middle",
        focus: null,
        sessionsHeld: 2,
        meetingsPlanned: 4,
        lastMeeting: "2026-11-12",
        nextMeeting: "2026-12-03",
        followUp: false,
        end: "2027-01-15",
        agreementFile: `${SOREN}/Aftale.md`,
        goalCount: 4,
        tooManyGoals: true,
        endPassed: false,
      },
    ]);
  });

  it("lists at most three goals per relationship, achieved or not", () => {
    const model = fixtureModel();
    expect(model.relationships.map((row) => row.goals.map((goal) => [goal.text, goal.achieved, goal.completed]))).toEqual([
      [["Get ready for the team lead interview", false, null]],
      [
        ["Lead a cross-team project by spring", false, null],
        ["Get comfortable giving feedback", true, "2026-11-01"],
        ["Build a network outside the department", false, null],
      ],
      [
        ["Blive bedre til at prioritere", false, null],
        ["Holde et oplæg på afdelingsmødet", false, null],
        ['Læse "Dialogbaseret ledelse"', true, "2026-11-01"],
      ],
    ]);
  });

  it("lists the problems with their reasons, by file", () => {
    const model = fixtureModel();
    const byFile = (file: string) => model.problems.filter((problem) => problem.file === file).map((problem) => problem.reason);
    expect(byFile("Inbox/2026-11-05 Session with Kim.md")).toContain(
      "This session has no agreement note in its folder or any folder above it, so it belongs to no relationship and its actions are not shown.",
    );
    expect(byFile(`${BOB}/Agreement 1.md`)).toContain(
      'This folder already has an agreement, "Agreement"; a folder holds one relationship, so this second agreement is not used.',
    );
    expect(byFile(`${BOB}/2026-09-06 Session 2.md`).some((reason) => /frontmatter/i.test(reason))).toBe(true);
    expect(model.problems.find((problem) => problem.file === `${SOREN}/Aftale.md` && /4 goals/.test(problem.reason))?.line).toBe(18);
    expect(model.problems.map((problem) => problem.file)).toEqual([
      "Inbox/2026-11-05 Session with Kim.md",
      `${BOB}/2026-09-06 Session 2.md`,
      `${BOB}/Agreement 1.md`,
      `${SOREN}/Aftale.md`,
    ]);
    // Notes that are not mentoring notes never show up, not even their tasks.
    expect(model.problems.some((problem) => problem.file.startsWith("Projects/") || problem.file.startsWith("Daily/"))).toBe(false);
  });
});

describe("buildDashboard filters", () => {
  it("owner: me keeps the actions of my role in each agreement", () => {
    expect(textsByGroup(buildDashboard(fixtureIndex(), { today: TODAY, owner: "me" }))).toEqual({
      "Bob Stone": ["Ask for a mock interview"],
      "Jane Doe": ["Send Jane the org chart", "Introduce Jane to Per in sales"],
      "Søren Ødegård": ["Skriv en liste over mine opgaver", "Markér de tre vigtigste", "Øv oplægget foran en kollega"],
    });
  });

  it("owner: other keeps the rest, and drops groups left empty", () => {
    const model = buildDashboard(fixtureIndex(), { today: TODAY, owner: "other" });
    expect(textsByGroup(model)).toEqual({
      "Bob Stone": ["Write the interview story about the migration"],
      "Jane Doe": [
        "Ask HR about the leadership course",
        "List the people in the finance team",
        "Find out whether the budget allows a course",
        "Book a meeting with the CFO",
        "Map the stakeholders of the data project",
        "Draft the project proposal",
        "Practise the pitch with a colleague",
        "Reflect on the time-out question",
      ],
      "Søren Ødegård": ["Send en artikel om prioritering", "Spørg Søren om hans første lederjob"],
    });
    expect(model.relationships).toHaveLength(3);
  });

  it("showDone adds done actions after the open ones; cancelled and forwarded never show", () => {
    const model = buildDashboard(fixtureIndex(), { today: TODAY, showDone: true });
    const jane = model.groups.find((group) => group.folder === JANE)?.actions ?? [];
    expect(jane.slice(10).map((action) => [action.text, action.done, action.completed, action.overdue])).toEqual([
      ["Write down three aims for the year", true, "2026-09-18", false],
      ["Share the feedback template", true, "2026-10-09", false],
    ]);
    expect(jane.slice(0, 10).every((action) => !action.done)).toBe(true);
    const texts = model.groups.flatMap((group) => group.actions.map((action) => action.text));
    expect(texts).toContain("Book næste møde");
    expect(texts.some((text) => text.includes("leadership book") || text.startsWith("Ask HR about the course"))).toBe(false);
  });

  it("showDone keeps to the owner filter: done actions of the other person stay out of 'me', and mine out of 'other'", () => {
    const doneOf = (owner: "me" | "other"): string[] =>
      (buildDashboard(fixtureIndex(), { today: TODAY, showDone: true, owner }).groups.find((group) => group.folder === JANE)?.actions ?? [])
        .filter((action) => action.done)
        .map((action) => action.text);
    expect(doneOf("me")).toEqual(["Share the feedback template"]);
    expect(doneOf("other")).toEqual(["Write down three aims for the year"]);
  });

  it("relationship filter matches the folder, the name or the folder's name, any case", () => {
    for (const wanted of [SOREN, "Søren Ødegård", "søren ødegård", "  SØREN ØDEGÅRD "]) {
      const model = buildDashboard(fixtureIndex(), { today: TODAY, relationship: wanted });
      expect(model.relationshipFound).toBe(true);
      expect(model.relationships.map((row) => row.folder)).toEqual([SOREN]);
      expect(model.groups.map((group) => group.folder)).toEqual([SOREN]);
      expect(model.problems.map((problem) => problem.file)).toEqual(model.problems.map(() => `${SOREN}/Aftale.md`));
      expect(model.problems.length).toBeGreaterThan(0);
    }
  });

  it("a unique part of a name picks that relationship", () => {
    for (const wanted of ["Jane", "jane", "Doe", "Søren"]) {
      const model = buildDashboard(fixtureIndex(), { today: TODAY, relationship: wanted });
      expect(model.relationshipFound, wanted).toBe(true);
      expect(model.relationships).toHaveLength(1);
      expect(model.relationshipHint).toBeNull();
    }
    expect(buildDashboard(fixtureIndex(), { today: TODAY, relationship: "Jane" }).relationships[0]?.folder).toBe(JANE);
  });

  it("a name that matches nothing names the nearest relationship", () => {
    const model = buildDashboard(fixtureIndex(), { today: TODAY, relationship: "Jane Do" + "w" });
    expect(model.relationshipFound).toBe(false);
    expect(model.relationshipHint).toEqual({ kind: "nearest", name: "Jane Doe" });
  });

  describe("relationship filter among names that share words", () => {
    const agreement = (mentee: string): string => `---\ntype: mentoring-agreement\nmentee: ${mentee}\nrole: mentor\nstatus: active\n---\n`;
    const vault = (): VaultIndex =>
      new VaultIndex([
        ["Mentoring/Kim/Agreement.md", agreement("Kim Berg")],
        ["Mentoring/Kimberly/Agreement.md", agreement("Kimberly Holt")],
        ["Mentoring/Team KH/Agreement.md", agreement("Karen Holm")],
      ]);
    const pick = (relationship: string) => buildDashboard(vault(), { today: TODAY, relationship });

    it("a folder's whole name picks that relationship, though it is part of another name", () => {
      expect(pick("kim").relationships.map((row) => row.folder)).toEqual(["Mentoring/Kim"]);
      expect(pick("Kimberly Holt").relationships.map((row) => row.folder)).toEqual(["Mentoring/Kimberly"]);
    });

    it("a part of the name alone, or of the folder's name alone, picks the one relationship it is in", () => {
      expect(pick("karen").relationships.map((row) => row.folder)).toEqual(["Mentoring/Team KH"]);
      expect(pick("team").relationships.map((row) => row.folder)).toEqual(["Mentoring/Team KH"]);
    });

    it("a part of several names lists them in alphabetical order", () => {
      expect(pick("ho").relationshipHint).toEqual({ kind: "ambiguous", names: ["Karen Holm", "Kimberly Holt"] });
      expect(pick("k").relationshipHint).toEqual({ kind: "ambiguous", names: ["Karen Holm", "Kim Berg", "Kimberly Holt"] });
    });

    it("a name that matches nothing names the one fewest letter edits away", () => {
      const five = new VaultIndex(
        ["Kim Berg", "Kimberly Holt", "Karen Holm", "Jens Olsen", "Ann Lund"].map((name) => [`Mentoring/${name}/Agreement.md`, agreement(name)] as const),
      );
      const nearest = (relationship: string) => buildDashboard(five, { today: TODAY, relationship }).relationshipHint;
      // Levenshtein distances (lower case) to Kim Berg, Kimberly Holt, Karen Holm, Jens Olsen, Ann Lund:
      // "bergen" 6, 10, 8, 7, 7 ("kim " deleted, "en" added); "kim holt" 4, 5, 5, 8, 7; "jens berg" 4, 11, 8, 5, 7.
      expect(nearest("Bergen")).toEqual({ kind: "nearest", name: "Kim Berg" });
      expect(nearest("kim holt")).toEqual({ kind: "nearest", name: "Kim Berg" });
      expect(nearest("Jens Berg")).toEqual({ kind: "nearest", name: "Kim Berg" });
    });

    it("an empty vault gives no hint at all", () => {
      expect(buildDashboard(new VaultIndex(), { today: TODAY, relationship: "Kim" })).toMatchObject({ relationshipFound: false, relationshipHint: null });
    });
  });

  it("between two names equally near, names the first in alphabetical order, whatever the folders' order", () => {
    const agreement = (mentee: string): string => `---\ntype: mentoring-agreement\nmentee: ${mentee}\nrole: mentor\nstatus: active\n---\n`;
    for (const [first, second] of [
      ["Ann Lund", "Ann Lind"],
      ["Ann Lind", "Ann Lund"],
    ]) {
      const two = new VaultIndex([
        ["Mentoring/A/Agreement.md", agreement(first ?? "")],
        ["Mentoring/B/Agreement.md", agreement(second ?? "")],
      ]);
      // "Ann Lond" is one letter from each.
      expect(buildDashboard(two, { today: TODAY, relationship: "Ann Lond" }).relationshipHint).toEqual({ kind: "nearest", name: "Ann Lind" });
    }
  });

  it("a part shared by several names lists them and picks none", () => {
    const model = buildDashboard(fixtureIndex(), { today: TODAY, relationship: "o" });
    expect(model.relationshipFound).toBe(false);
    expect(model.relationshipHint?.kind).toBe("ambiguous");
    expect(model.relationships).toEqual([]);
  });

  it("an unknown relationship gives an empty model that says so", () => {
    const model = buildDashboard(fixtureIndex(), { today: TODAY, relationship: "Nobody" });
    expect(model).toMatchObject({ relationshipFound: false, relationships: [], groups: [], problems: [] });
  });

  it("a later today turns open actions overdue and asks for a follow-up", () => {
    const model = buildDashboard(fixtureIndex(), { today: "2026-12-20" });
    const jane = model.relationships.find((row) => row.folder === JANE);
    expect(jane?.followUp).toBe(true); // next meeting 2026-11-29, 21 days ago, no newer session
    const janeActions = model.groups.find((group) => group.folder === JANE)?.actions ?? [];
    expect(janeActions.filter((action) => action.overdue)).toHaveLength(8);
  });

  it("counts only sessions dated on or before today as held", () => {
    const model = buildDashboard(fixtureIndex(), { today: "2026-10-20" });
    const jane = model.relationships.find((row) => row.folder === JANE);
    expect(jane).toMatchObject({ sessionsHeld: 2, lastMeeting: "2026-10-04", nextMeeting: "2026-11-01", phase: "middle" });
    const soren = model.relationships.find((row) => row.folder === SOREN);
    expect(soren).toMatchObject({ sessionsHeld: 1, lastMeeting: "2026-10-15", nextMeeting: "2026-11-05", phase: "start" });
  });
});

describe("dashboardToJson", () => {
  it("follows the command line contract: 1-based lines, dates or null, actions in dashboard order", () => {
    const model = buildDashboard(fixtureIndex(), { today: TODAY });
    const json = dashboardToJson(model);
    expect(json.today).toBe(TODAY);
    expect(json.actions.map((action) => action.text)).toEqual(model.groups.flatMap((group) => group.actions.map((action) => action.text)));
    const proposal = json.actions.find((action) => action.text === "Draft the project proposal");
    const file = `${JANE}/2026-10-04 Session 2.md`;
    const line = splitLines(files[file] ?? "").findIndex((l) => l.text.startsWith("- [/] Draft the project proposal")) + 1;
    expect(line).toBeGreaterThan(0);
    expect(proposal).toMatchObject({
      relationship: JANE,
      text: "Draft the project proposal",
      owner: "mentee",
      due: "2026-12-01",
      done: false,
      completed: null,
      overdue: false,
      file,
      line,
    });
    expect(json.relationships[1]).toMatchObject({
      folder: JANE,
      name: "Jane Doe",
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
    for (const problem of json.problems) expect(Object.keys(problem).sort()).toEqual(problem.line === undefined ? ["file", "reason"] : ["file", "line", "reason"]);
    // It survives a round trip through JSON text unchanged: plain data only.
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("gives each action its session and each problem its line only when it has one, as plain data", () => {
    const small = new VaultIndex([
      ["M/Kim/Agreement.md", "---\ntype: mentoring-agreement\nmentee: Kim Berg\nrole: mentor\nstatus: active\n---\n"],
      ["M/Kim/2026-10-20 Session 1.md", "---\ntype: mentoring-session\nsession: 1\ndate: 2026-10-20\nstatus: closed\n---\n## Actions\n- [ ] Ask for feedback [owner:: mentor] 📅 2026-11-01\n"],
      ["M/Kim/2026-11-03 Session 2.md", '---\ntype: mentoring-session\nsession: 2\ntopic: "Hiring\n---\n'],
      ["Inbox/Session with Bo.md", "---\ntype: mentoring-session\n---\n"],
    ]);
    const json = dashboardToJson(buildDashboard(small, { today: TODAY }));
    expect(json.actions).toEqual([
      {
        relationship: "M/Kim",
        text: "Ask for feedback",
        owner: "mentor",
        due: "2026-11-01",
        done: false,
        completed: null,
        overdue: true,
        file: "M/Kim/2026-10-20 Session 1.md",
        line: 8,
        mine: true,
        session: { file: "M/Kim/2026-10-20 Session 1.md", number: 1, date: "2026-10-20" },
      },
    ]);
    expect(json.problems).toEqual([
      {
        file: "Inbox/Session with Bo.md",
        reason: "This session has no agreement note in its folder or any folder above it, so it belongs to no relationship and its actions are not shown.",
      },
      { file: "M/Kim/2026-11-03 Session 2.md", reason: 'Frontmatter cannot be read: the frontmatter is not valid YAML: Missing closing "quote (line 5)', line: 5 },
    ]);
  });

  it("gives each relationship the focus of its latest session held, as the dashboard shows it, or null", () => {
    const agreement = "---\ntype: mentoring-agreement\nmentee: Anna Berg\nrole: mentor\n---\n## Goals\n";
    const session = (n: number, date: string, focus: string): string =>
      `---\ntype: mentoring-session\nsession: ${n}\ndate: ${date}\nstatus: closed\n${focus}---\n## Actions\n`;
    const withFocus = new VaultIndex([
      ["M/Anna/Agreement.md", agreement],
      ["M/Anna/2026-10-01 Session 1.md", session(1, "2026-10-01", "focus: personal\n")],
      ["M/Anna/2026-11-01 Session 2.md", session(2, "2026-11-01", "focus: professional\n")],
      ["M/Ben/Agreement.md", agreement.replace("Anna Berg", "Ben Holm")],
      ["M/Ben/2026-11-01 Session 1.md", session(1, "2026-11-01", "")],
    ]);
    const json = dashboardToJson(buildDashboard(withFocus, { today: TODAY }));
    expect(json.relationships.map((row) => [row.name, row.focus])).toEqual([
      ["Anna Berg", "professional"],
      ["Ben Holm", null],
    ]);
  });
});

describe("the next meeting: never past 9999-12-31, never for an ended relationship", () => {
  const agreement = (status: string): string =>
    `---\ntype: mentoring-agreement\nmentee: Anna Berg\nrole: mentor\ncadence_days: 28\nstatus: ${status}\n---\n## Goals\n`;
  const session = (date: string): string => `---\ntype: mentoring-session\nsession: 1\ndate: ${date}\nstatus: closed\n---\n## Actions\n`;

  it("a last meeting on 9999-12-20 has no next meeting (10000-01-17 is no date)", () => {
    const late = new VaultIndex([
      ["M/Anna/Agreement.md", agreement("active")],
      ["M/Anna/9999-12-20 Session 1.md", session("9999-12-20")],
    ]);
    const [row] = buildDashboard(late, { today: "9999-12-25" }).relationships;
    expect(row?.lastMeeting).toBe("9999-12-20");
    expect(row?.nextMeeting).toBeNull();
    expect(row?.followUp).toBe(false);
  });

  it("on 0000-01-03 (no day a week earlier) a first meeting planned two days before asks for no follow-up", () => {
    const [first] = buildDashboard(new VaultIndex([["M/Anna/Agreement.md", agreement("active").replace("cadence_days: 28", "start: 0000-01-01")]]), { today: "0000-01-03" }).relationships;
    expect(first).toMatchObject({ lastMeeting: null, nextMeeting: "0000-01-01", followUp: false });
  });

  it("a relationship that has not met since its start more than a week ago asks for a follow-up", () => {
    const unmet = new VaultIndex([["M/Anna/Agreement.md", agreement("active").replace("cadence_days: 28", "start: 2026-11-01")]]);
    const [row] = buildDashboard(unmet, { today: "2026-11-23" }).relationships;
    expect(row).toMatchObject({ sessionsHeld: 0, lastMeeting: null, nextMeeting: "2026-11-01", followUp: true });
  });

  it("an ended relationship shows no next meeting and asks for no follow-up", () => {
    const ended = new VaultIndex([
      ["M/Anna/Agreement.md", agreement("ended")],
      ["M/Anna/2026-10-01 Session 1.md", session("2026-10-01")],
    ]);
    const [row] = buildDashboard(ended, { today: TODAY }).relationships;
    expect(row?.status).toBe("ended");
    expect(row?.lastMeeting).toBe("2026-10-01");
    expect(row?.nextMeeting).toBeNull();
    expect(row?.followUp).toBe(false);
  });
});

describe("actions moved to a session that was deleted", () => {
  const agreementText = "---\ntype: mentoring-agreement\nmentee: Anna Berg\nrole: mentor\nstatus: active\n---\n## Goals\n";
  const first = "---\ntype: mentoring-session\nsession: 1\ndate: 2026-10-01\n---\n## Actions\n- [>] Call the team lead (moved to [[2026-11-01 Session 2]]) 📅 2026-10-20\n- [ ] Read the book\n";
  const second = "---\ntype: mentoring-session\nsession: 2\ndate: 2026-11-01\n---\n## Actions\n- [ ] Call the team lead (moved from [[2026-10-01 Session 1]]) 📅 2026-10-20\n";

  it("show as open again, in due order, where they were forwarded from; while the copy exists only the copy shows", () => {
    const notes: Array<[string, string]> = [
      ["M/Anna/Agreement.md", agreementText],
      ["M/Anna/2026-10-01 Session 1.md", first],
      ["M/Anna/2026-11-01 Session 2.md", second],
    ];
    const index = new VaultIndex(notes);
    const rows = (): Array<[string, number, string, boolean]> =>
      (buildDashboard(index, { today: TODAY }).groups[0]?.actions ?? []).map((row) => [row.file, row.line, row.state, row.overdue]);
    expect(rows()).toEqual([
      ["M/Anna/2026-11-01 Session 2.md", 6, "open", true],
      ["M/Anna/2026-10-01 Session 1.md", 7, "open", false],
    ]);
    index.delete("M/Anna/2026-11-01 Session 2.md");
    expect(rows()).toEqual([
      ["M/Anna/2026-10-01 Session 1.md", 6, "open", true],
      ["M/Anna/2026-10-01 Session 1.md", 7, "open", false],
    ]);
    expect(buildDashboard(index, { today: TODAY }).groups[0]?.actions[0]?.text).toContain("Call the team lead");
  });
});

describe("overdue is strictly before today", () => {
  it("a done action due before today is never overdue", () => {
    const agreement = "---\ntype: mentoring-agreement\nmentee: Ann\nrole: mentor\nstatus: active\n---\n";
    const session = "---\ntype: mentoring-session\nsession: 1\ndate: 2026-11-01\n---\n## Actions\n- [x] Send the CV 📅 2026-11-10 ✅ 2026-11-09\n- [ ] Call Per 📅 2026-11-10\n";
    const model = buildDashboard(new VaultIndex([["M/Ann/Agreement.md", agreement], ["M/Ann/2026-11-01 Session 1.md", session]]), { today: TODAY, showDone: true });
    expect(model.groups[0]?.actions.map((action) => [action.text, action.state, action.overdue])).toEqual([
      ["Call Per", "open", true],
      ["Send the CV", "done", false],
    ]);
  });

  it("an action due yesterday is overdue; one due today or tomorrow is not", () => {
    const agreement = "---\ntype: mentoring-agreement\nmentee: Ann\nrole: mentor\nstatus: active\n---\n";
    const session = [
      "---",
      "type: mentoring-session",
      "session: 1",
      "date: 2026-11-01",
      "---",
      "## Actions",
      "- [ ] Due yesterday 📅 2026-11-21",
      "- [ ] Due today 📅 2026-11-22",
      "- [ ] Due tomorrow [due:: 2026-11-23]",
      "",
    ].join("\n");
    const boundary = buildDashboard(new VaultIndex([["M/Ann/Agreement.md", agreement], ["M/Ann/s.md", session]]), { today: "2026-11-22" });
    expect(boundary.groups[0]?.actions.map((action) => [action.text, action.overdue])).toEqual([
      ["Due yesterday", true],
      ["Due today", false],
      ["Due tomorrow", false],
    ]);
  });
});

describe("a relationship row, case by case", () => {
  // Anna Berg's agreement with the frontmatter lines given; sessions with a date (or none) and extra lines.
  const agreement = (lines: string): string => `---\ntype: mentoring-agreement\nmentee: Anna Berg\nrole: mentor\nstatus: active\n${lines}---\n## Goals\n`;
  const session = (n: number, date: string | null, lines = ""): string =>
    `---\ntype: mentoring-session\nsession: ${n}\n${date === null ? "" : `date: ${date}\n`}status: closed\n${lines}---\n## Actions\n`;
  const rowOf = (notes: Array<[string, string]>, today = TODAY) => {
    const [row] = buildDashboard(new VaultIndex(notes), { today }).relationships;
    return row === undefined ? undefined : { sessionsHeld: row.sessionsHeld, lastMeeting: row.lastMeeting, nextMeeting: row.nextMeeting, followUp: row.followUp, phase: row.phase, endPassed: row.endPassed };
  };

  it("counts a session dated today as held, and one dated later as not yet", () => {
    const row = rowOf([
      ["M/Anna/Agreement.md", agreement("meetings_planned: 4\ncadence_days: 14\n")],
      ["M/Anna/2026-11-08 Session 1.md", session(1, "2026-11-08")],
      ["M/Anna/2026-11-22 Session 2.md", session(2, "2026-11-22")],
      ["M/Anna/2026-12-06 Session 3.md", session(3, "2026-12-06")],
    ]);
    // Today is 2026-11-22: two held, the next 14 days after the second.
    expect(row).toEqual({ sessionsHeld: 2, lastMeeting: "2026-11-22", nextMeeting: "2026-12-06", followUp: false, phase: "middle", endPassed: false });
  });

  it("takes the latest session's next, else the agreement's next, else the last meeting plus the cadence", () => {
    const held = (lines: string): Array<[string, string]> => [
      ["M/Anna/Agreement.md", agreement(`cadence_days: 14\nnext: 2026-12-01\n`)],
      ["M/Anna/2026-11-10 Session 1.md", session(1, "2026-11-10", lines)],
    ];
    expect(rowOf(held("next: 2026-11-30\n"))?.nextMeeting).toBe("2026-11-30");
    expect(rowOf(held(""))?.nextMeeting).toBe("2026-12-01");
    const byCadence = rowOf([
      ["M/Anna/Agreement.md", agreement("cadence_days: 14\n")],
      ["M/Anna/2026-11-10 Session 1.md", session(1, "2026-11-10")],
    ]);
    expect(byCadence).toEqual({ sessionsHeld: 1, lastMeeting: "2026-11-10", nextMeeting: "2026-11-24", followUp: false, phase: "start", endPassed: false });
  });

  it("falls back to 28 days when the cadence is missing, 0 or negative", () => {
    for (const cadence of ["", "cadence_days: 0\n", "cadence_days: -3\n"]) {
      const row = rowOf([
        ["M/Anna/Agreement.md", agreement(cadence)],
        ["M/Anna/2026-11-10 Session 1.md", session(1, "2026-11-10")],
      ]);
      expect(row?.nextMeeting, cadence).toBe("2026-12-08");
    }
  });

  it("asks for a follow-up only when the next meeting is more than seven days before today", () => {
    // Today 2026-11-22; a week before is 2026-11-15.
    const after = (cadence: number) =>
      rowOf([
        ["M/Anna/Agreement.md", agreement(`cadence_days: ${cadence}\n`)],
        ["M/Anna/2026-10-18 Session 1.md", session(1, "2026-10-18")],
      ]);
    expect(after(28)).toEqual({ sessionsHeld: 1, lastMeeting: "2026-10-18", nextMeeting: "2026-11-15", followUp: false, phase: "start", endPassed: false });
    expect(after(27)).toEqual({ sessionsHeld: 1, lastMeeting: "2026-10-18", nextMeeting: "2026-11-14", followUp: true, phase: "start", endPassed: false });
  });

  it("asks for no follow-up when a session is already dated after the overdue next meeting, undated sessions aside", () => {
    const notes: Array<[string, string]> = [
      ["M/Anna/Agreement.md", agreement("cadence_days: 14\n")],
      ["M/Anna/2026-10-01 Session 1.md", session(1, "2026-10-01")],
      ["M/Anna/2026-12-01 Session 2.md", session(2, "2026-12-01")],
    ];
    const expected = { sessionsHeld: 1, lastMeeting: "2026-10-01", nextMeeting: "2026-10-15", followUp: false, phase: "start", endPassed: false };
    expect(rowOf(notes)).toEqual(expected);
    expect(rowOf([...notes, ["M/Anna/Session 3.md", session(3, null)]])).toEqual(expected);
    // Without the session planned for 2026-12-01, the meeting due 2026-10-15 is overdue.
    expect(rowOf(notes.slice(0, 2))).toEqual({ ...expected, followUp: true });
  });

  it("asks for a follow-up when the only meeting since was held on the next meeting's day itself", () => {
    const row = rowOf([
      ["M/Anna/Agreement.md", agreement("next: 2026-10-01\n")],
      ["M/Anna/2026-10-01 Session 1.md", session(1, "2026-10-01")],
    ]);
    expect(row).toEqual({ sessionsHeld: 1, lastMeeting: "2026-10-01", nextMeeting: "2026-10-01", followUp: true, phase: "start", endPassed: false });
  });

  it("gives the phase of the latest session held, else the phase its count has in the plan (6 meetings when none)", () => {
    const sessions = (phase: string): Array<[string, string]> => [
      ["M/Anna/2026-09-01 Session 1.md", session(1, "2026-09-01")],
      ["M/Anna/2026-10-01 Session 2.md", session(2, "2026-10-01")],
      ["M/Anna/2026-11-01 Session 3.md", session(3, "2026-11-01", phase)],
    ];
    // Of 3 planned, the third is the final quarter; of 6, it is the middle.
    expect(rowOf([["M/Anna/Agreement.md", agreement("meetings_planned: 3\n")], ...sessions("")])?.phase).toBe("final");
    expect(rowOf([["M/Anna/Agreement.md", agreement("")], ...sessions("")])?.phase).toBe("middle");
    expect(rowOf([["M/Anna/Agreement.md", agreement("")], ...sessions("phase: final\n")])?.phase).toBe("final");
    expect(rowOf([["M/Anna/Agreement.md", agreement("")], ...sessions("").slice(0, 2)])?.phase).toBe("middle");
  });

  it("says the end has passed only for an active relationship whose end is before today", () => {
    const endOn = (end: string, status = "active") =>
      buildDashboard(new VaultIndex([["M/Anna/Agreement.md", agreement(`end: ${end}\n`).replace("status: active", `status: ${status}`)]]), { today: TODAY })
        .relationships[0]?.endPassed;
    expect(endOn("2026-11-21")).toBe(true);
    expect(endOn("2026-11-22")).toBe(false);
    expect(endOn("2026-11-21", "ended")).toBe(false);
  });

  it("calls a relationship whose agreement sits at the vault's root, naming no one, by its agreement note's name", () => {
    const root = new VaultIndex([
      ["Agreement.md", "---\ntype: mentoring-agreement\nrole: mentor\nstatus: active\n---\n## Goals\n"],
      ["2026-11-01 Session 1.md", "---\ntype: mentoring-session\nsession: 1\ndate: 2026-11-01\n---\n## Actions\n- [ ] Call Per\n"],
    ]);
    const model = buildDashboard(root, { today: TODAY });
    expect(model.relationships.map((row) => [row.folder, row.name])).toEqual([["", "Agreement"]]);
    expect(model.groups.map((group) => [group.folder, group.name])).toEqual([["", "Agreement"]]);
  });

  it("shows the name a link shows, without the blanks around it", () => {
    const named = (mentee: string) =>
      buildDashboard(new VaultIndex([["M/Anna/Agreement.md", agreement("").replace("mentee: Anna Berg", `mentee: "${mentee}"`)]]), { today: TODAY }).relationships[0]?.name;
    expect(named("[[People/Anna Berg| Anna ]]")).toBe("Anna");
    expect(named("[[ Anna Berg ]]")).toBe("Anna Berg");
  });
});

describe("the order of relationships and the relationship filter", () => {
  const agreement = (mentee: string): string => `---\ntype: mentoring-agreement\nmentee: ${mentee}\nrole: mentor\nstatus: active\n---\n`;
  // The folders' order (Acme, Beta, Cobalt, Delta) is not the names' order.
  const vault = (): VaultIndex =>
    new VaultIndex([
      ["Mentoring/Acme/Agreement.md", agreement("Kim 10")],
      ["Mentoring/Beta/Agreement.md", agreement("kim 9")],
      ["Mentoring/Cobalt/Agreement.md", agreement("Anna Berg")],
      ["Mentoring/Delta/Agreement.md", agreement("Anna Berg")],
    ]);

  it("lists relationships by name, in any case and numbers as numbers, then by folder", () => {
    expect(buildDashboard(vault(), { today: TODAY }).relationships.map((row) => [row.name, row.folder])).toEqual([
      ["Anna Berg", "Mentoring/Cobalt"],
      ["Anna Berg", "Mentoring/Delta"],
      ["kim 9", "Mentoring/Beta"],
      ["Kim 10", "Mentoring/Acme"],
    ]);
  });

  it("trims the filter, and a blank filter is no filter", () => {
    const trimmed = buildDashboard(vault(), { today: TODAY, relationship: "  Anna Berg  " });
    expect(trimmed.filter.relationship).toBe("Anna Berg");
    expect(trimmed.relationships.map((row) => row.folder)).toEqual(["Mentoring/Cobalt", "Mentoring/Delta"]);
    const blank = buildDashboard(vault(), { today: TODAY, relationship: "   " });
    expect(blank.filter.relationship).toBeNull();
    expect(blank.relationshipFound).toBe(true);
    expect(blank.relationships.map((row) => row.folder)).toEqual(["Mentoring/Cobalt", "Mentoring/Delta", "Mentoring/Beta", "Mentoring/Acme"]);
  });

  it("without a filter, an empty vault is no relationship not found", () => {
    expect(buildDashboard(new VaultIndex(), { today: TODAY })).toMatchObject({ relationshipFound: true, relationshipHint: null, relationships: [] });
  });
});
