import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildDashboard, type DashboardModel } from "../../../src/core/dashboard/dashboard";
import { dashboardToMarkdown, dashboardToText, plain } from "../../../src/core/dashboard/dashboard-text";
import { displayWidth } from "../../../src/core/dashboard/display-width";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { loadVault } from "../../fixtures/load-vault";
import { runs } from "../../setup/property-runs";

const TODAY = "2026-11-23";
const ESC = "\u001b";

function fixtureModel(showDone = false): DashboardModel {
  return buildDashboard(new VaultIndex(Object.entries(loadVault())), { today: TODAY, showDone });
}

/** A small vault written as people write notes: emoji, Danish letters, a pipe, and a stray escape code. */
function awkwardModel(): DashboardModel {
  const agreement = [
    "---",
    "type: mentoring-agreement",
    "mentee: Åse Ærø",
    "mentor: Me",
    "role: mentor",
    "start: 2026-10-01",
    "meetings_planned: 5",
    "cadence_days: 14",
    "status: active",
    "---",
    "## Goals",
    "- [ ] Say no | yes with care 🙂",
    "",
  ].join("\n");
  const session = [
    "---",
    "type: mentoring-session",
    "mentee: Åse Ærø",
    "session: 1",
    "date: 2026-10-01",
    "status: closed",
    "---",
    "## Actions",
    `- [ ] Rename the ${ESC}[31mred${ESC}[0m folder 📅 2026-11-01`,
    "- [ ] Plan the 🕸️ network map | v2 [owner:: mentor] 📅 2026-12-24",
    "- [ ] Keep a\\|b, c\\\\|d and \\*stars\\* as the note shows them 📅 2026-12-25",
    "- [x] Read the chapter on æøå 📅 2026-10-10 ✅ 2026-10-09",
    "",
  ].join("\n");
  const index = new VaultIndex([
    ["Mentoring/Åse/Agreement.md", agreement],
    ["Mentoring/Åse/2026-10-01 Session 1.md", session],
  ]);
  return buildDashboard(index, { today: TODAY, showDone: true });
}

describe("dashboardToText", () => {
  it("groups the fixture's actions by relationship, overdue ones marked, one aligned column per field", () => {
    const text = dashboardToText(fixtureModel(), { color: false });
    const lines = text.split("\n");
    const heads = ["  Bob Stone", "  Jane Doe", "  Søren Ødegård"].map((head) => lines.indexOf(head, lines.indexOf("Open actions")));
    expect(heads.every((at) => at > 0)).toBe(true);
    expect([...heads].sort((a, b) => a - b)).toEqual(heads);
    const actionLines = lines.filter((line) => line.startsWith("    ") && line.includes(".md:"));
    expect(actionLines).toHaveLength(17);
    // The description column starts at the same terminal column on every action line.
    const starts = actionLines.map((line) => {
      const cells = line.trim().split(/ {2,}/);
      const description = cells[cells.length - 2] ?? "";
      return displayWidth(line.slice(0, line.indexOf(description)));
    });
    expect(new Set(starts).size).toBe(1);
    expect(actionLines.filter((line) => line.trimStart().startsWith("overdue"))).toHaveLength(7);
    expect(text).not.toContain(ESC);
    expect(lines.every((line) => line === line.trimEnd())).toBe(true);
  });

  it("colours only when asked: overdue red, and the same words underneath", () => {
    const model = fixtureModel();
    const coloured = dashboardToText(model, { color: true });
    expect(coloured).toContain(`${ESC}[31m${ESC}[1moverdue${ESC}[0m`);
    // eslint-disable-next-line no-control-regex -- removing the ANSI codes we added
    const stripped = coloured.replace(/\u001b\[[0-9;]*m/g, "");
    expect(stripped).toBe(dashboardToText(model, { color: false }));
  });

  it("lists goals with their state, the too-many-goals warning, and every problem with its file and line", () => {
    const text = dashboardToText(fixtureModel(), { color: false });
    expect(text).toContain("    [x] Get comfortable giving feedback  achieved 2026-11-01\n");
    expect(text).toContain("    [ ] Blive bedre til at prioritere\n");
    expect(text).toContain("The agreement lists 4 goals");
    expect(text).toContain("Notes with problems (4)");
    expect(text).toContain("  Mentoring/Bob Stone/2026-09-06 Session 2.md:8\n");
  });

  it("never passes a note's control characters to the terminal, and aligns emoji and Danish letters by width", () => {
    const text = dashboardToText(awkwardModel(), { color: false });
    expect(text).not.toContain(ESC);
    expect(text).toContain("Rename the \uFFFD[31mred\uFFFD[0m folder");
    const rename = text.split("\n").find((line) => line.includes("Rename the")) ?? "";
    const network = text.split("\n").find((line) => line.includes("network map")) ?? "";
    const chapter = text.split("\n").find((line) => line.includes("chapter on æøå")) ?? "";
    const column = (line: string, marker: string): number => displayWidth(line.slice(0, line.indexOf(marker)));
    expect(column(network, "Mentoring/")).toBe(column(rename, "Mentoring/"));
    expect(column(chapter, "Mentoring/")).toBe(column(rename, "Mentoring/"));
    expect(chapter.trimStart().startsWith("done")).toBe(true);
    expect(text).toContain("Actions, open and done");
  });

  it("says so when there is nothing to show", () => {
    const empty = buildDashboard(new VaultIndex(), { today: TODAY });
    expect(dashboardToText(empty, { color: false })).toBe(
      [`Mentoring dashboard · ${TODAY}`, "", "Relationships", "  No mentoring relationships found.", "", "Open actions", "  No open actions.", "", "Goals", "  No goals written in the agreements.", ""].join("\n"),
    );
  });
});

describe("dashboardToMarkdown", () => {
  it("draws tables and lists, never task lines, for the fixture vault", () => {
    const markdown = dashboardToMarkdown(fixtureModel(true));
    const lines = markdown.split("\n");
    expect(lines.filter((line) => line.startsWith("## "))).toEqual(["## Relationships", "## Actions, open and done", "## Goals", "## Progress", "## Notes with problems"]);
    expect(lines).toContain("| Bob Stone | mentor | active | start | 1 of 4 | 2026-08-23 | **2026-09-06** (follow up) | 2026-12-20 |");
    expect(lines).toContain("| — | Practise the pitch with a colleague | mentee | 2026-10-04 Session 2, line 24 |");
    expect(lines).toContain("| 2026-09-20 | ~~Write down three aims for the year~~ (done 2026-09-18) | mentee | 2026-09-06 Session 1, line 25 |");
    expect(lines).toContain("- `Inbox/2026-11-05 Session with Kim.md`: This session has no agreement note in its folder or any folder above it, so it belongs to no relationship and its actions are not shown.");
    expect(lines.filter((line) => /^\s*(?:[-*+]|\d+[.)]) \[.\]/.test(line))).toEqual([]);
    // Every table row has as many cells as its header.
    for (const line of lines.filter((row) => row.startsWith("| "))) {
      const cells = line.replace(/\\\|/g, "").split("|").length - 2;
      expect([4, 8], line).toContain(cells);
    }
  });

  it("escapes pipes inside cells and strips control characters", () => {
    const markdown = dashboardToMarkdown(awkwardModel());
    expect(markdown).toContain("| 2026-12-24 | Plan the 🕸️ network map \\| v2 | mentor |");
    // A pipe the user escaped stays escaped once (a second backslash would end the cell under cmark-gfm);
    // one after an escaped backslash is escaped; other backslashes stay, so the cell renders as the note does.
    expect(markdown).toContain("| 2026-12-25 | Keep a\\|b, c\\\\\\|d and \\*stars\\* as the note shows them | mentee |");
    expect(markdown).toContain("- Say no | yes with care 🙂");
    expect(markdown).not.toContain(ESC);
  });
});

describe("the dashboard in Danish", () => {
  // Words of the English labels that must not be left in a Danish dashboard (note text aside).
  const ENGLISH_LABELS = /\b(Relationships|Open actions|Actions, open and done|Goals|Name|My role|Sessions|Last meeting|Next meeting|End|overdue|done|achieved|follow up|of|line|Notes with problems|No open actions)\b/;

  it("text: every label from the Danish catalogue, the note's own words untouched, columns still aligned", () => {
    const model = fixtureModel(true);
    const danish = dashboardToText(model, { color: false, lang: "da" });
    const english = dashboardToText(model, { color: false });
    const lines = danish.split("\n");
    expect(lines[0]).toBe(`Mentoroverblik · ${TODAY}`);
    expect(lines).toContain("Forløb");
    expect(lines).toContain("Handlinger, åbne og udførte");
    expect(lines).toContain("Mål");
    expect(lines).toContain("Noter med problemer (4)");
    expect(lines).toContain("  Navn           Min rolle  Status  Fase         Møder   Seneste møde  Næste møde  Slut");
    expect(lines.find((line) => line.startsWith("  Bob Stone"))).toBe(
      "  Bob Stone      mentor     aktivt  opstart      1 af 4  2026-08-23    2026-09-06  2026-12-20  følg op: intet møde siden den planlagte dato",
    );
    expect(danish).toContain("    [x] Get comfortable giving feedback  nået 2026-11-01\n");
    expect(danish).toContain("Aftalen har 4 mål, men der kan højst være tre, så kun de tre første vises.");
    // Headings, column names and relationship rows; action, goal and problem lines hold the notes' own words.
    const labelLines = lines.filter((line) => !line.startsWith("    ") && !line.includes(".md"));
    expect(labelLines.length).toBeGreaterThan(10);
    for (const line of labelLines) expect(line).not.toMatch(ENGLISH_LABELS);

    const actionLines = lines.filter((line) => line.startsWith("    ") && line.includes(".md:"));
    expect(actionLines).toHaveLength(english.split("\n").filter((line) => line.startsWith("    ") && line.includes(".md:")).length);
    expect(actionLines.filter((line) => line.trimStart().startsWith("forsinket "))).toHaveLength(7);
    expect(actionLines.filter((line) => line.trimStart().startsWith("udført "))).toHaveLength(3);
    // "forsinket" is wider than "overdue": the file column still starts at one column on every line.
    expect(new Set(actionLines.map((line) => displayWidth(line.slice(0, line.indexOf("Mentoring/"))))).size).toBe(1);
    // Same lines, same note text: only the labels differ.
    expect(lines).toHaveLength(english.split("\n").length);
    for (const text of ["Write the interview story about the migration", "Blive bedre til at prioritere", "Inbox/2026-11-05 Session with Kim.md"]) {
      expect(danish).toContain(text);
    }
  });

  it("text: says so in Danish when there is nothing to show", () => {
    const empty = buildDashboard(new VaultIndex(), { today: TODAY });
    expect(dashboardToText(empty, { color: false, lang: "da" })).toBe(
      [`Mentoroverblik · ${TODAY}`, "", "Forløb", "  Ingen mentorforløb fundet.", "", "Åbne handlinger", "  Ingen åbne handlinger.", "", "Mål", "  Ingen mål skrevet i aftalerne.", ""].join("\n"),
    );
    const emptyAll = buildDashboard(new VaultIndex(), { today: TODAY, showDone: true });
    expect(dashboardToText(emptyAll, { color: false, lang: "da" })).toContain("Handlinger, åbne og udførte\n  Ingen handlinger.\n");
  });

  it("English is the default and equals lang en, in both formats", () => {
    const model = fixtureModel(true);
    expect(dashboardToText(model, { color: true })).toBe(dashboardToText(model, { color: true, lang: "en" }));
    expect(dashboardToMarkdown(model)).toBe(dashboardToMarkdown(model, { lang: "en" }));
  });

  it("markdown: Danish headings, column names and marks, the same table shapes as in English", () => {
    const model = fixtureModel(true);
    const lines = dashboardToMarkdown(model, { lang: "da" }).split("\n");
    expect(lines[0]).toBe(`# Mentoroverblik, ${TODAY}`);
    expect(lines.filter((line) => line.startsWith("## "))).toEqual(["## Forløb", "## Handlinger, åbne og udførte", "## Mål", "## Forløbet indtil nu", "## Noter med problemer"]);
    expect(lines).toContain("| Navn | Min rolle | Status | Fase | Møder | Seneste møde | Næste møde | Slut |");
    expect(lines).toContain("| Bob Stone | mentor | aktivt | opstart | 1 af 4 | 2026-08-23 | **2026-09-06** (følg op) | 2026-12-20 |");
    expect(lines).toContain("| Frist | Handling | Ansvarlig | Fra |");
    expect(lines).toContain("| **2026-10-22** (forsinket) | Skriv en liste over mine opgaver | mentee | 2026-10-15 Møde 1, linje 18 |");
    expect(lines).toContain("| 2026-09-20 | ~~Write down three aims for the year~~ (udført 2026-09-18) | mentee | 2026-09-06 Session 1, linje 25 |");
    expect(lines).toContain("> Aftalen har 4 mål, men der kan højst være tre, så kun de tre første vises.");
    const english = dashboardToMarkdown(model).split("\n");
    const shape = (rows: string[]) => rows.map((line) => (line.startsWith("| ") ? line.replace(/\\\|/g, "").split("|").length : line === "" ? 0 : -1));
    expect(shape(lines)).toEqual(shape(english));
  });
});

describe("displayWidth and plain", () => {
  it.each([
    ["abc", 3],
    ["æøå ÆØÅ", 7],
    ["e\u0301", 1],
    ["🕸️", 2],
    ["✅", 2],
    ["📅 2026", 7],
    ["日本", 4],
    ["", 0],
    // Outside the wide ranges: one cell, also above U+1100 where the ranges begin.
    ["€ 10 → 12", 9],
    // A pictograph drawn as text is one cell; with VS16 after it, an emoji of two. VS16 after a letter changes nothing.
    ["☀", 1],
    ["☀️", 2],
    ["❤️ team", 7],
    ["a\uFE0F", 1],
  ])("displayWidth(%j) is %i", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it("plain removes exactly the control characters and keeps every other code point", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const safe = plain(text);
        // eslint-disable-next-line no-control-regex -- the characters that must never reach a terminal
        expect(/[\u0000-\u001f\u007f-\u009f]/.test(safe)).toBe(false);
        expect(Array.from(safe)).toHaveLength(Array.from(text).length);
        expect(plain(safe)).toBe(safe);
      }),
      runs(1000),
    );
  });
});

/** A relationship whose third session holds actions moved on from the first and the second. */
function movedModel(lang: "en" | "da"): DashboardModel {
  const word = lang === "en" ? "Session" : "Møde";
  const from = lang === "en" ? "moved from" : "flyttet fra";
  const to = lang === "en" ? "moved to" : "flyttet til";
  const agreement = ["---", "type: mentoring-agreement", "mentee: Jane Doe", "role: mentor", "start: 2026-09-01", "status: active", "---", ""].join("\n");
  const session = (number: number, date: string, actions: string[]): string =>
    ["---", "type: mentoring-session", `session: ${number}`, `date: ${date}`, "status: closed", "---", "## Actions", ...actions, ""].join("\n");
  const index = new VaultIndex([
    ["Mentoring/Jane/Agreement.md", agreement],
    [`Mentoring/Jane/2026-09-01 ${word} 1.md`, session(1, "2026-09-01", [`- [>] Map the stakeholders (${to} [[2026-10-06 ${word} 2]])`])],
    [`Mentoring/Jane/2026-10-06 ${word} 2.md`, session(2, "2026-10-06", [`- [>] Map the stakeholders (${from} [[2026-09-01 ${word} 1]]) (${to} [[2026-11-03 ${word} 3]])`, `- [>] Book a room (${to} [[2026-11-03 ${word} 3]])`])],
    [
      `Mentoring/Jane/2026-11-03 ${word} 3.md`,
      session(3, "2026-11-03", [
        `- [ ] Map the stakeholders (${from} [[2026-10-06 ${word} 2]]) 📅 2026-12-01`,
        `- [ ] Book a room (${from} [[Mentoring/Jane/2026-10-06 ${word} 2|last time]])`,
        `- [ ] Ask about [[Some note]] (${from} [[A note that is gone]])`,
      ]),
    ],
  ]);
  return buildDashboard(index, { today: TODAY, showDone: false });
}

describe("moved actions on the text dashboard", () => {
  for (const lang of ["en", "da"] as const) {
    it(`show where they came from in words, never the raw link (${lang})`, () => {
      const text = dashboardToText(movedModel(lang), { color: false, lang });
      const fromWord = lang === "en" ? "from Session 2" : "fra Møde 2";
      const stakeholders = text.split("\n").find((line) => line.includes("Map the stakeholders"));
      // The due date has a column of its own; the words end with where the action came from.
      expect(stakeholders).toContain(`2026-12-01  mentee  Map the stakeholders (${fromWord})  `);
      const room = text.split("\n").find((line) => line.includes("Book a room"));
      expect(room).toContain(`Book a room (${fromWord})`);
      // A link that is not ours stays as written; a link back to a session that is not there shows its name.
      const ask = text.split("\n").find((line) => line.includes("Ask about"));
      expect(ask).toContain(`Ask about [[Some note]] (${lang === "en" ? "from" : "fra"} A note that is gone)`);
      expect(text).not.toMatch(/(moved from|flyttet fra) \[\[/);
      expect(text.split("[[").length - 1).toBe(1);
    });
  }

  it("name the session of the action's own relationship, not of the first one listed", () => {
    const agreement = (mentee: string): string => `---\ntype: mentoring-agreement\nmentee: ${mentee}\nrole: mentor\nstatus: active\n---\n`;
    const session = (number: number, date: string, action: string): string =>
      `---\ntype: mentoring-session\nsession: ${number}\ndate: ${date}\nstatus: closed\n---\n## Actions\n${action}\n`;
    const index = new VaultIndex([
      ["Mentoring/Anna/Agreement.md", agreement("Anna Berg")],
      ["Mentoring/Anna/2026-10-01 Session 1.md", session(1, "2026-10-01", "- [ ] Plan the offsite")],
      ["Mentoring/Jane/Agreement.md", agreement("Jane Doe")],
      ["Mentoring/Jane/2026-10-06 Session 2.md", session(2, "2026-10-06", "- [>] Book a room (moved to [[2026-11-03 Session 3]])")],
      ["Mentoring/Jane/2026-11-03 Session 3.md", session(3, "2026-11-03", "- [ ] Book a room (moved from [[2026-10-06 Session 2]])")],
    ]);
    const text = dashboardToText(buildDashboard(index, { today: TODAY }), { color: false });
    expect(text.split("\n").find((line) => line.includes("Book a room"))).toContain("Book a room (from Session 2)");
  });

  it("the Markdown dashboard, pasted into a note, shows the same words and no link back", () => {
    const markdown = dashboardToMarkdown(movedModel("en"), {});
    expect(markdown).toContain("| 2026-12-01 | Map the stakeholders (from Session 2) | mentee |");
    expect(markdown).not.toMatch(/moved from \[\[/);
  });
});

/**
 * Two relationships with little written down: one ended before any session was held, its mentee a link
 * to a person note, its one goal ticked without a date; one with a session and no end date, and a
 * session note with a back-tick in its name and a date that is not a date.
 */
function sparseModel(): DashboardModel {
  const kim = ["---", "type: mentoring-agreement", 'mentee: "[[People/Kim Berg]]"', "role: mentor", "start: 2026-10-01", "status: ended", "---", "## Goals", "- [x] Speak up in the weekly meeting", ""].join("\n");
  const lis = ["---", "type: mentoring-agreement", "mentor: Lis Holm", "role: mentee", "start: 2026-09-01", "status: active", "---", ""].join("\n");
  const session = ["---", "type: mentoring-session", "session: 1", "date: 2026-09-08", "status: closed", "---", "## Actions", "- [ ] Ask for the budget 📅 2026-12-01", ""].join("\n");
  const index = new VaultIndex([
    ["Mentoring/Kim/Agreement.md", kim],
    ["Mentoring/Lis/Agreement.md", lis],
    ["Mentoring/Lis/2026-09-08 Session 1.md", session],
    ["Mentoring/Lis/2026-09-22 Session `2`.md", "---\ntype: mentoring-session\nsession: 2\ndate: soon\n---\n"],
  ]);
  return buildDashboard(index, { today: TODAY, showDone: true });
}

describe("what is not written down", () => {
  it("text: a dash for no last meeting, no next meeting and no end; a linked name shows the person's note name", () => {
    const lines = dashboardToText(sparseModel(), { color: false }).split("\n");
    expect(lines.slice(3, 6)).toEqual([
      "  Name      My role  Status  Phase  Sessions  Last meeting  Next meeting  End",
      "  Kim Berg  mentor   ended   start  0         —             —             —",
      "  Lis Holm  mentee   active  start  1         2026-09-08    2026-10-06    —  follow up: no meeting since the planned date",
    ]);
    expect(lines).toContain("    [x] Speak up in the weekly meeting");
  });

  it("markdown: the same dashes, a ticked goal without a date, a file name holding a back-tick quoted whole", () => {
    const lines = dashboardToMarkdown(sparseModel()).split("\n");
    expect(lines).toContain("| Kim Berg | mentor | ended | start | 0 | — | — | — |");
    expect(lines).toContain("| Lis Holm | mentee | active | start | 1 | 2026-09-08 | **2026-10-06** (follow up) | — |");
    expect(lines).toContain("- ~~Speak up in the weekly meeting~~ ✅");
    expect(lines).toContain("- `` Mentoring/Lis/2026-09-22 Session `2`.md ``: `date`: soon is not a date in YYYY-MM-DD form");
  });

  it("markdown: says so when there is nothing to show, in English and in Danish", () => {
    const empty = buildDashboard(new VaultIndex(), { today: TODAY });
    expect(dashboardToMarkdown(empty)).toBe(
      [`# Mentoring dashboard, ${TODAY}`, "", "## Relationships", "", "No mentoring relationships found.", "", "## Open actions", "", "No open actions.", "", "## Goals", "", "No goals written in the agreements.", ""].join("\n"),
    );
    expect(dashboardToMarkdown(empty, { lang: "da" })).toBe(
      [`# Mentoroverblik, ${TODAY}`, "", "## Forløb", "", "Ingen mentorforløb fundet.", "", "## Åbne handlinger", "", "Ingen åbne handlinger.", "", "## Mål", "", "Ingen mål skrevet i aftalerne.", ""].join("\n"),
    );
  });
});

/**
 * Three relationships, each section of the dashboard in use: an end date passed, planned meetings, an
 * overdue, an undated and a done action, goals achieved with and without a date, four goals where three
 * are shown, a session note that cannot be read, and a session outside every relationship.
 */
function wholeModel(): DashboardModel {
  const kim = ["---", "type: mentoring-agreement", 'mentee: "[[People/Kim Berg]]"', "role: mentor", "start: 2026-06-01", "end: 2026-10-31", "meetings_planned: 6", "status: active", "---", "## Goals", "- [x] Speak up in the weekly meeting ✅ 2026-10-02", "- [ ] Lead one retrospective", ""].join("\n");
  const lis = ["---", "type: mentoring-agreement", "mentor: Lis Holm", "role: mentee", "start: 2026-09-01", "status: active", "---", "## Goals", "- [ ] Plan the budget", "- [ ] Hire well", "- [x] Say no", "- [ ] Delegate", ""].join("\n");
  const kimSession = ["---", "type: mentoring-session", "session: 1", "date: 2026-10-20", "status: closed", "---", "## Actions", "- [ ] Ask for feedback on the talk 📅 2026-11-01", "- [x] Book the room [owner:: mentor] ✅ 2026-10-21", "- [ ] Read the chapter", ""].join("\n");
  const lisSession = ["---", "type: mentoring-session", "session: 1", "date: 2026-11-16", "status: closed", "---", "## Actions", "- [ ] Draft the hiring plan 📅 2026-12-01", ""].join("\n");
  const index = new VaultIndex([
    ["Mentoring/Kim/Agreement.md", kim],
    ["Mentoring/Kim/2026-10-20 Session 1.md", kimSession],
    ["Mentoring/Lis/Agreement.md", lis],
    ["Mentoring/Lis/2026-11-16 Session 1.md", lisSession],
    ["Mentoring/Lis/2026-11-30 Session 2.md", '---\ntype: mentoring-session\nsession: 2\ntopic: "Hiring\n---\n'],
    ["Mentoring/Ann/Agreement.md", "---\ntype: mentoring-agreement\nmentee: Ann Lund\nrole: mentor\nstart: 2026-11-20\nstatus: active\n---\n"],
    ["Inbox/2026-11-05 Session with Bo.md", "---\ntype: mentoring-session\ndate: 2026-11-05\n---\n"],
  ]);
  return buildDashboard(index, { today: TODAY, showDone: true });
}

const ORPHAN = "This session has no agreement note in its folder or any folder above it, so it belongs to no relationship and its actions are not shown.";
const UNREADABLE = 'Frontmatter cannot be read: the frontmatter is not valid YAML: Missing closing "quote (line 5)';
const FOUR_GOALS = "The agreement lists 4 goals; an agreement holds at most 3. Only the first 3 are shown.";
const THREE_SHOWN = "The agreement lists 4 goals; it holds at most three, so only the first three are shown.";

describe("the whole dashboard, every section, byte for byte", () => {
  it("text without colour", () => {
    expect(dashboardToText(wholeModel(), { color: false })).toBe(
      [
        `Mentoring dashboard · ${TODAY}`,
        "",
        "Relationships",
        "  Name      My role  Status  Phase  Sessions  Last meeting  Next meeting  End",
        "  Ann Lund  mentor   active  start  0         —             2026-11-20    —",
        "  Kim Berg  mentor   active  start  1 of 6    2026-10-20    2026-11-17    2026-10-31  end date passed",
        "  Lis Holm  mentee   active  start  1         2026-11-16    2026-12-14    —",
        "",
        "Actions, open and done",
        "  Kim Berg",
        "    overdue  2026-11-01  mentee  Ask for feedback on the talk  Mentoring/Kim/2026-10-20 Session 1.md:8",
        "             —           mentee  Read the chapter              Mentoring/Kim/2026-10-20 Session 1.md:10",
        "    done     —           mentor  Book the room                 Mentoring/Kim/2026-10-20 Session 1.md:9",
        "  Lis Holm",
        "             2026-12-01  mentee  Draft the hiring plan         Mentoring/Lis/2026-11-16 Session 1.md:8",
        "",
        "Goals",
        "  Kim Berg",
        "    [x] Speak up in the weekly meeting  achieved 2026-10-02",
        "    [ ] Lead one retrospective",
        "  Lis Holm",
        "    [ ] Plan the budget",
        "    [ ] Hire well",
        "    [x] Say no",
        `    ${THREE_SHOWN}`,
        "",
        "Progress",
        "  Kim Berg",
        "    Session  Date        Agreed  Done  Moved on  Cancelled  Open  Days since the last",
        "    1        2026-10-20  3       1     0         0          2     —",
        "  Lis Holm",
        "    Session  Date        Agreed  Done  Moved on  Cancelled  Open  Days since the last",
        "    1        2026-11-16  1       0     0         0          1     —",
        "    —        —           0       0     0         0          0     —",
        "",
        "Notes with problems (3)",
        "  Inbox/2026-11-05 Session with Bo.md",
        `    ${ORPHAN}`,
        "  Mentoring/Lis/2026-11-30 Session 2.md:5",
        `    ${UNREADABLE}`,
        "  Mentoring/Lis/Agreement.md:12",
        `    ${FOUR_GOALS}`,
        "",
      ].join("\n"),
    );
  });

  it("text in colour: headings bold, column names and sources dim, overdue red, done and achieved green, warnings yellow", () => {
    const [bold, dim, red, green, yellow, reset] = [`${ESC}[1m`, `${ESC}[2m`, `${ESC}[31m`, `${ESC}[32m`, `${ESC}[33m`, `${ESC}[0m`];
    expect(dashboardToText(wholeModel(), { color: true })).toBe(
      [
        `${bold}Mentoring dashboard · ${TODAY}${reset}`,
        "",
        `${bold}Relationships${reset}`,
        `  ${dim}Name      My role  Status  Phase  Sessions  Last meeting  Next meeting  End${reset}`,
        "  Ann Lund  mentor   active  start  0         —             2026-11-20    —",
        `  Kim Berg  mentor   active  start  1 of 6    2026-10-20    2026-11-17    2026-10-31  ${yellow}end date passed${reset}`,
        "  Lis Holm  mentee   active  start  1         2026-11-16    2026-12-14    —",
        "",
        `${bold}Actions, open and done${reset}`,
        `  ${bold}Kim Berg${reset}`,
        `    ${red}${bold}overdue${reset}  2026-11-01  mentee  Ask for feedback on the talk  ${dim}Mentoring/Kim/2026-10-20 Session 1.md:8${reset}`,
        // An open action's empty state cell is padded and carries no colour of its own.
        `           ${reset}  —           mentee  Read the chapter              ${dim}Mentoring/Kim/2026-10-20 Session 1.md:10${reset}`,
        `    ${green}done   ${reset}  —           mentor  Book the room                 ${dim}Mentoring/Kim/2026-10-20 Session 1.md:9${reset}`,
        `  ${bold}Lis Holm${reset}`,
        `           ${reset}  2026-12-01  mentee  Draft the hiring plan         ${dim}Mentoring/Lis/2026-11-16 Session 1.md:8${reset}`,
        "",
        `${bold}Goals${reset}`,
        `  ${bold}Kim Berg${reset}`,
        `    ${green}[x]${reset} Speak up in the weekly meeting${dim}  achieved 2026-10-02${reset}`,
        "    [ ] Lead one retrospective",
        `  ${bold}Lis Holm${reset}`,
        "    [ ] Plan the budget",
        "    [ ] Hire well",
        `    ${green}[x]${reset} Say no`,
        `    ${yellow}${THREE_SHOWN}${reset}`,
        "",
        `${bold}Progress${reset}`,
        `  ${bold}Kim Berg${reset}`,
        `    ${dim}Session  Date        Agreed  Done  Moved on  Cancelled  Open  Days since the last${reset}`,
        "    1        2026-10-20  3       1     0         0          2     —",
        `  ${bold}Lis Holm${reset}`,
        `    ${dim}Session  Date        Agreed  Done  Moved on  Cancelled  Open  Days since the last${reset}`,
        "    1        2026-11-16  1       0     0         0          1     —",
        "    —        —           0       0     0         0          0     —",
        "",
        `${bold}Notes with problems (3)${reset}`,
        `  ${yellow}Inbox/2026-11-05 Session with Bo.md${reset}`,
        `    ${ORPHAN}`,
        `  ${yellow}Mentoring/Lis/2026-11-30 Session 2.md:5${reset}`,
        `    ${UNREADABLE}`,
        `  ${yellow}Mentoring/Lis/Agreement.md:12${reset}`,
        `    ${FOUR_GOALS}`,
        "",
      ].join("\n"),
    );
  });

  it("markdown", () => {
    expect(dashboardToMarkdown(wholeModel())).toBe(
      [
        `# Mentoring dashboard, ${TODAY}`,
        "",
        "## Relationships",
        "",
        "| Name | My role | Status | Phase | Sessions | Last meeting | Next meeting | End |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
        "| Ann Lund | mentor | active | start | 0 | — | 2026-11-20 | — |",
        "| Kim Berg | mentor | active | start | 1 of 6 | 2026-10-20 | 2026-11-17 | 2026-10-31 |",
        "| Lis Holm | mentee | active | start | 1 | 2026-11-16 | 2026-12-14 | — |",
        "",
        "## Actions, open and done",
        "",
        "### Kim Berg",
        "",
        "| Due | Action | Owner | From |",
        "| --- | --- | --- | --- |",
        "| **2026-11-01** (overdue) | Ask for feedback on the talk | mentee | 2026-10-20 Session 1, line 8 |",
        "| — | Read the chapter | mentee | 2026-10-20 Session 1, line 10 |",
        "| — | ~~Book the room~~ (done 2026-10-21) | mentor | 2026-10-20 Session 1, line 9 |",
        "",
        "### Lis Holm",
        "",
        "| Due | Action | Owner | From |",
        "| --- | --- | --- | --- |",
        "| 2026-12-01 | Draft the hiring plan | mentee | 2026-11-16 Session 1, line 8 |",
        "",
        "## Goals",
        "",
        "### Kim Berg",
        "",
        "- ~~Speak up in the weekly meeting~~ ✅ 2026-10-02",
        "- Lead one retrospective",
        "",
        "### Lis Holm",
        "",
        "- Plan the budget",
        "- Hire well",
        "- ~~Say no~~ ✅",
        "",
        `> ${THREE_SHOWN}`,
        "",
        "## Progress",
        "",
        "### Kim Berg",
        "",
        "| Session | Date | Agreed | Done | Moved on | Cancelled | Open | Days since the last |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
        "| 1 | 2026-10-20 | 3 | 1 | 0 | 0 | 2 | — |",
        "",
        "### Lis Holm",
        "",
        "| Session | Date | Agreed | Done | Moved on | Cancelled | Open | Days since the last |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
        "| 1 | 2026-11-16 | 1 | 0 | 0 | 0 | 1 | — |",
        "| — | — | 0 | 0 | 0 | 0 | 0 | — |",
        "",
        "## Notes with problems",
        "",
        `- \`Inbox/2026-11-05 Session with Bo.md\`: ${ORPHAN}`,
        `- \`Mentoring/Lis/2026-11-30 Session 2.md\`, line 5: ${UNREADABLE}`,
        `- \`Mentoring/Lis/Agreement.md\`, line 12: ${FOUR_GOALS}`,
        "",
      ].join("\n"),
    );
  });
});

describe("columns that are empty for every action", () => {
  const agreement = "---\ntype: mentoring-agreement\nmentor: Lis Holm\nrole: mentee\nstatus: active\n---\n";
  const session = (actions: string): string => `---\ntype: mentoring-session\nsession: 1\ndate: 2026-11-16\nstatus: closed\n---\n## Actions\n${actions}`;
  const model = (actions: string, showDone = false): DashboardModel =>
    buildDashboard(new VaultIndex([["Mentoring/Lis/Agreement.md", agreement], ["Mentoring/Lis/2026-11-16 Session 1.md", session(actions)]]), { today: TODAY, showDone });

  it("text: with nothing overdue or done, the state column takes no room, in colour or not", () => {
    const open = model("- [ ] Draft the hiring plan 📅 2026-12-01\n- [ ] Call the recruiter\n");
    const lines = (color: boolean) => dashboardToText(open, { color }).split("\n").filter((line) => line.includes(".md:"));
    expect(lines(false)).toEqual([
      "    2026-12-01  mentee  Draft the hiring plan  Mentoring/Lis/2026-11-16 Session 1.md:8",
      "    —           mentee  Call the recruiter     Mentoring/Lis/2026-11-16 Session 1.md:9",
    ]);
    expect(lines(true)).toEqual([
      `    2026-12-01  mentee  Draft the hiring plan  ${ESC}[2mMentoring/Lis/2026-11-16 Session 1.md:8${ESC}[0m`,
      `    —           mentee  Call the recruiter     ${ESC}[2mMentoring/Lis/2026-11-16 Session 1.md:9${ESC}[0m`,
    ]);
  });

  it("markdown: a done action without a completion date says only done", () => {
    const done = model("- [x] Book the room [owner:: mentor]\n", true);
    expect(dashboardToMarkdown(done).split("\n").filter((line) => line.includes("Book the room"))).toEqual([
      "| — | ~~Book the room~~ (done) | mentor | 2026-11-16 Session 1, line 8 |",
    ]);
  });
});
