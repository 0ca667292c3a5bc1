// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createApp,
  loadPlugin,
  MarkdownView,
  notices,
  openModals,
  renderCodeBlock,
  resetFake,
  settle,
  unloadPlugin,
  type App,
} from "../fakes/obsidian";
import MentoringNotesPlugin from "../../src/main";
import { DASHBOARD_VIEW_TYPE } from "../../src/plugin/dashboard";
import { ROWS_PER_GROUP } from "../../src/plugin/dashboard/render";
import { SLICE_UNITS } from "../../src/plugin/dashboard/sliced-drawing";
import { loadVault } from "../fixtures/load-vault";

const TODAY = "2026-11-22";
const JANE = "Mentoring/Jane Doe";
const JANE_SESSION_2 = `${JANE}/2026-10-04 Session 2.md`; // CRLF
const JANE_SESSION_1 = `${JANE}/2026-09-06 Session 1.md`;
const OPEN_DASHBOARD = "mentoring-notes:open-dashboard";
const REFRESH_DEBOUNCE_MS = 250;

beforeEach(() => resetFake());
afterEach(() => {
  vi.useRealTimers();
  resetFake();
});

async function startPlugin(files: Record<string, string> = loadVault(), language?: string): Promise<{ app: App; plugin: MentoringNotesPlugin }> {
  const app = createApp(files, language === undefined ? {} : { language });
  const plugin = await loadPlugin(MentoringNotesPlugin, app);
  plugin.clock = () => new Date(`${TODAY}T10:00:00`);
  app.workspace.triggerLayoutReady();
  await plugin.indexBridge.whenReady();
  return { app, plugin };
}

/** Opens the dashboard the way a user does (command palette) and returns its content element. */
async function openDashboardView(app: App): Promise<HTMLElement> {
  expect(app.commands.executeCommandById(OPEN_DASHBOARD)).toBe(true);
  await app.commands.lastResult;
  await settle();
  const leaves = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE);
  expect(leaves).toHaveLength(1);
  const view = leaves[0]?.view as unknown as { contentEl: HTMLElement };
  return view.contentEl;
}

/** Action groups as drawn: name, then each action's text, in screen order. */
function drawnGroups(root: HTMLElement): Array<[string, string[]]> {
  return Array.from(root.querySelectorAll(".mentoring-dashboard-actions .mentoring-dashboard-group")).map((group) => [
    group.querySelector("h4")?.textContent ?? "",
    Array.from(group.querySelectorAll(".mentoring-dashboard-action-text")).map((a) => a.textContent ?? ""),
  ]);
}

// The fixture vault's open actions on TODAY, read off the notes by hand (not from the core model): per
// relationship, overdue first by due date, then the rest by due date, undated last. Each row is
// [text, due, overdue, mine (the owner is my role in the agreement), session note, 0-based line].
type Row = [text: string, due: string | null, overdue: boolean, mine: boolean, session: string, line: number];
// Bob's session 2 has YAML that Obsidian cannot read: it is listed as a problem and its action still shown.
const BOB_ROWS: Row[] = [
  ["Write the interview story about the migration", "2026-09-01", true, false, "2026-08-23 Session 1", 8],
  ["Ask for a mock interview", null, false, true, "2026-09-06 Session 2", 9],
];
const JANE_ROWS: Row[] = [
  ["Send Jane the org chart", "2026-09-30", true, true, "2026-09-06 Session 1", 29],
  ["Ask HR about the leadership course", "2026-10-20", true, false, "2026-10-04 Session 2", 20],
  ["List the people in the finance team", "2026-11-10", true, false, "2026-09-06 Session 1", 28],
  ["Find out whether the budget allows a course", "2026-11-20", true, false, "2026-11-01 Session 3", 18],
  ["Introduce Jane to Per in sales", "2026-11-25", false, true, "2026-10-04 Session 2", 24],
  ["Book a meeting with the CFO", "2026-11-29", false, false, "2026-11-01 Session 3", 17],
  ["Map the stakeholders of the data project", "2026-11-30", false, false, "2026-09-06 Session 1", 27],
  ["Draft the project proposal", "2026-12-01", false, false, "2026-10-04 Session 2", 21],
  ["Practise the pitch with a colleague", null, false, false, "2026-10-04 Session 2", 23],
  ["Reflect on the time-out question", null, false, false, "2026-11-01 Session 3", 19],
];
// I am the mentee here: actions without an owner are mine.
const SOREN_ROWS: Row[] = [
  ["Skriv en liste over mine opgaver", "2026-10-22", true, true, "2026-10-15 Møde 1", 17],
  ["Markér de tre vigtigste", "2026-10-29", true, true, "2026-10-15 Møde 1", 18],
  ["Øv oplægget foran en kollega", "2026-11-28", false, true, "2026-11-12 Møde 2", 18],
  ["Send en artikel om prioritering", "2026-12-05", false, false, "2026-10-15 Møde 1", 19],
  ["Spørg Søren om hans første lederjob", null, false, false, "2026-11-12 Møde 2", 19],
];
const OPEN_ROWS: Array<[string, Row[]]> = [
  ["Bob Stone", BOB_ROWS],
  ["Jane Doe", JANE_ROWS],
  ["Søren Ødegård", SOREN_ROWS],
];

/** The expected groups as drawn: name and action texts, keeping the actions `keep` accepts; no empty group. */
function expectedGroups(keep: (row: Row) => boolean = () => true): Array<[string, string[]]> {
  return OPEN_ROWS.map(([name, rows]): [string, string[]] => [name, rows.filter(keep).map(([text]) => text)]).filter(([, texts]) => texts.length > 0);
}

function checkboxFor(root: HTMLElement, text: string): HTMLInputElement {
  const box = Array.from(root.querySelectorAll<HTMLInputElement>("input[type=checkbox].mentoring-action-checkbox")).find(
    (input) => input.getAttribute("aria-label") === text,
  );
  if (!box) throw new Error(`No checkbox labelled "${text}"`);
  return box;
}

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event("change", { bubbles: true }));
}

function filterControl<E extends HTMLElement>(root: HTMLElement, label: string): E {
  const labelEl = Array.from(root.querySelectorAll("label")).find((l) => l.textContent === label);
  const id = labelEl?.getAttribute("for");
  const control = id ? root.querySelector<E>(`[id="${id}"]`) : null;
  if (!control) throw new Error(`No control labelled "${label}"`);
  return control;
}

/** Indexes of the lines that differ; the texts must have the same number of lines. */
function changedLines(before: string, after: string): number[] {
  const a = before.split("\n");
  const b = after.split("\n");
  expect(b).toHaveLength(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [i]));
}

describe("the dashboard view", () => {
  it("opens from the command in the right sidebar and draws the groups in the model's order", async () => {
    const { app } = await startPlugin();
    const root = await openDashboardView(app);
    const leaf = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0];
    expect(leaf?.location).toBe("right");
    expect(app.workspace.revealed).toContain(leaf);

    const groups = drawnGroups(root);
    expect(groups.map(([name]) => name)).toEqual(["Bob Stone", "Jane Doe", "Søren Ødegård"]);
    expect(groups).toEqual(expectedGroups());
    // Overdue first: Jane's first action is the mentor's, due in September.
    expect(groups[1]?.[1][0]).toBe("Send Jane the org chart");

    // Opening it again reveals the same view instead of a second one.
    await openDashboardView(app);
    expect(app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)).toHaveLength(1);
  });

  it("says overdue in words, labels every checkbox with its action and links each action to its session", async () => {
    const { app } = await startPlugin();
    const root = await openDashboardView(app);
    const rows = Array.from(root.querySelectorAll<HTMLElement>(".mentoring-dashboard-action"));
    const expected = OPEN_ROWS.flatMap(([, group]) => group);
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => {
      const [text, , overdue, mine, session] = expected[i] ?? [];
      const box = row.querySelector<HTMLInputElement>("input[type=checkbox]");
      expect(box?.getAttribute("aria-label")).toBe(text);
      expect(box?.checked).toBe(false);
      expect(row.classList.contains("is-overdue"), text).toBe(overdue);
      expect(row.querySelector(".mentoring-dashboard-due")?.textContent?.startsWith("Overdue"), text).toBe(overdue);
      expect(row.querySelector(".mentoring-dashboard-session")?.textContent, text).toContain(session);
      expect(row.querySelector(".mentoring-dashboard-owner")?.textContent, text).toBe(`Owner: ${mine === true ? "Me" : "The other person"}`);
    });
    const undated = checkboxFor(root, "Practise the pitch with a colleague").closest(".mentoring-dashboard-action");
    expect(undated?.querySelector(".mentoring-dashboard-due")?.textContent).toBe("No due date");
  });

  it("draws goals with a warning for four, relationships with their follow-up flag, and every problem", async () => {
    const { app } = await startPlugin();
    const root = await openDashboardView(app);
    const goals = root.querySelector(".mentoring-dashboard-goals");
    expect(goals?.querySelectorAll(".mentoring-dashboard-warning")).toHaveLength(1);
    expect(goals?.textContent).toContain("This agreement lists 4 goals; keep at most three.");
    const achieved = Array.from(goals?.querySelectorAll(".mentoring-dashboard-goal.is-achieved") ?? []).map((g) => g.querySelector("a")?.textContent);
    expect(achieved).toContain("Get comfortable giving feedback");

    const cards = Array.from(root.querySelectorAll<HTMLElement>(".mentoring-dashboard-relationship"));
    expect(cards.map((card) => card.querySelector("h4")?.textContent)).toEqual(["Bob Stone", "Jane Doe", "Søren Ødegård"]);
    expect(cards.map((card) => card.classList.contains("is-follow-up"))).toEqual([true, false, false]);
    expect(cards[0]?.querySelector(".mentoring-dashboard-flag")?.textContent).toBe("Follow up");
    expect(cards[1]?.querySelector(".mentoring-dashboard-held")?.textContent).toBe("3 of 6 sessions held");

    const problems = Array.from(root.querySelectorAll(".mentoring-dashboard-problem-file")).map((a) => a.textContent);
    // The fixture's broken notes, each named once.
    expect(problems).toEqual([
      "Inbox/2026-11-05 Session with Kim.md",
      "Mentoring/Bob Stone/2026-09-06 Session 2.md",
      "Mentoring/Bob Stone/Agreement 1.md",
      "Mentoring/Søren Ødegård/Aftale.md",
    ]);
  });

  // Obsidian's cache has no frontmatter values for YAML it cannot read: the plugin must still read the note.
  it("a session whose YAML Obsidian cannot read is listed as a problem, and its action is shown", async () => {
    const { app } = await startPlugin();
    const root = await openDashboardView(app);
    const problems = Array.from(root.querySelectorAll(".mentoring-dashboard-problem-file")).map((a) => a.textContent);
    expect(problems).toContain("Mentoring/Bob Stone/2026-09-06 Session 2.md");
    expect(drawnGroups(root)[0]).toEqual(["Bob Stone", ["Write the interview story about the migration", "Ask for a mock interview"]]);
  });

  it("shows the latest session's focus, and past the end date a cue with ending one click away", async () => {
    const files = loadVault();
    const agreementPath = `${JANE}/Agreement.md`;
    files[agreementPath] = (files[agreementPath] ?? "").replace("end: 2027-06-30", "end: 2026-11-01");
    // The card shows the latest session's focus (session 3, in an archive folder), not an earlier one's.
    files[JANE_SESSION_2] = (files[JANE_SESSION_2] ?? "").replace("topic: Feedback\r\n", "topic: Feedback\r\nfocus: personal\r\n");
    const third = `${JANE}/Archive/2026-11-01 Session 3.md`;
    files[third] = (files[third] ?? "").replace("session: 3\n", "session: 3\nfocus: relational\n");
    const { app } = await startPlugin(files);
    const root = await openDashboardView(app);
    const cards = Array.from(root.querySelectorAll<HTMLElement>(".mentoring-dashboard-relationship"));
    const jane = cards.find((card) => card.querySelector("h4")?.textContent === "Jane Doe");
    if (!jane) throw new Error("no card for Jane Doe");
    const facts = Array.from(jane.querySelectorAll("dt")).map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]);
    expect(facts).toContainEqual(["Focus last time", "relational"]);
    expect(jane.querySelector(".mentoring-dashboard-end-passed")?.textContent).toContain("“Insert relationship check”");
    // The other relationships have not passed their end: no cue there.
    expect(cards.filter((card) => card.querySelector(".mentoring-dashboard-end-passed"))).toHaveLength(1);

    const button = jane.querySelector<HTMLButtonElement>("button.mentoring-dashboard-end");
    expect(button?.textContent).toBe("End mentoring relationship");
    button?.click();
    await settle();
    const modal = openModals[openModals.length - 1];
    if (!modal) throw new Error("no confirmation");
    const confirm = Array.from(modal.contentEl.querySelectorAll("button")).find((el) => el.textContent === "End relationship");
    expect(app.vault.getFileByPath(agreementPath) && (await app.vault.read(app.vault.getFileByPath(agreementPath) as never))).toContain("status: active");
    confirm?.click();
    await settle();
    const ended = await app.vault.read(app.vault.getFileByPath(agreementPath) as never);
    expect(ended).toContain("status: ended");
  });

  it("filters by owner and by relationship with labelled controls", async () => {
    const { app } = await startPlugin();
    const root = await openDashboardView(app);

    choose(filterControl<HTMLSelectElement>(root, "Owner"), "me");
    expect(drawnGroups(root)).toEqual(expectedGroups(([, , , mine]) => mine));
    expect(Array.from(root.querySelectorAll(".mentoring-dashboard-owner")).every((o) => o.textContent === "Owner: Me")).toBe(true);

    choose(filterControl<HTMLSelectElement>(root, "Owner"), "other");
    expect(drawnGroups(root)).toEqual(expectedGroups(([, , , mine]) => !mine));

    const relationship = filterControl<HTMLSelectElement>(root, "Relationship");
    expect(Array.from(relationship.options).map((o) => o.textContent)).toEqual(["All relationships", "Bob Stone", "Jane Doe", "Søren Ødegård"]);
    choose(relationship, JANE);
    expect(drawnGroups(root).map(([name]) => name)).toEqual(["Jane Doe"]);
    expect(root.querySelectorAll(".mentoring-dashboard-relationship")).toHaveLength(1);

    choose(filterControl<HTMLSelectElement>(root, "Owner"), "all");
    const showDone = filterControl<HTMLInputElement>(root, "Show done");
    showDone.click();
    const done = Array.from(root.querySelectorAll(".mentoring-dashboard-action.is-done .mentoring-dashboard-action-text")).map((a) => a.textContent);
    // Jane's done actions, after the open ones: ticked in session 1 and session 2 (cancelled and forwarded never show).
    expect(done).toEqual(["Write down three aims for the year", "Share the feedback template"]);
  });

  it("redraws only when the model changed", async () => {
    const { app, plugin } = await startPlugin();
    const root = await openDashboardView(app);
    const first = root.querySelector("input.mentoring-action-checkbox");
    plugin.refreshDashboards();
    expect(root.querySelector("input.mentoring-action-checkbox")).toBe(first);
    expect(first?.isConnected).toBe(true);

    // A change outside actions and fields parses the same: still nothing to draw.
    const file = app.vault.fileAt(JANE_SESSION_1);
    await app.vault.modify(file, `${app.vault.contentOf(file) ?? ""}\nA closing thought.\n`);
    await settle();
    plugin.refreshDashboards();
    expect(first?.isConnected).toBe(true);
  });

  it("ticks an action: exactly one line of its note changes, line endings kept, and the row goes away live", async () => {
    const { app } = await startPlugin();
    // After the first index build, whose slices yield on real timers; the refresh debounce runs on fake ones.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const root = await openDashboardView(app);
    const before = app.vault.snapshot();

    checkboxFor(root, "Ask HR about the leadership course").click();
    await settle();

    const after = app.vault.snapshot();
    const original = before[JANE_SESSION_2] ?? "";
    const ticked = after[JANE_SESSION_2] ?? "";
    const changed = changedLines(original, ticked);
    expect(changed).toHaveLength(1);
    const line = ticked.split("\n")[changed[0] ?? -1];
    expect(line).toBe("- [x] Ask HR about the leadership course [due:: 2026-10-20] [completion:: 2026-11-22]\r");
    expect(ticked.split("\r\n")).toHaveLength(original.split("\r\n").length);
    expect({ ...after, [JANE_SESSION_2]: "" }).toEqual({ ...before, [JANE_SESSION_2]: "" });
    expect(notices.map((n) => n.message)).toContain("Marked as done: Ask HR about the leadership course");

    await vi.advanceTimersByTimeAsync(REFRESH_DEBOUNCE_MS);
    expect(drawnGroups(root).flatMap(([, texts]) => texts)).not.toContain("Ask HR about the leadership course");
  });

  it("finds a line that moved, and refuses a line that changed, writing nothing", async () => {
    const { app } = await startPlugin();
    const root = await openDashboardView(app);
    const file = app.vault.fileAt(JANE_SESSION_1);
    const original = app.vault.contentOf(file) ?? "";

    // Moved down by one line (the dashboard has not redrawn yet): found by content and ticked there.
    const moved = original.replace("## Actions\n", "## Actions\nWe agreed on these:\n");
    expect(moved).not.toBe(original);
    await app.vault.modify(file, moved);
    checkboxFor(root, "Map the stakeholders of the data project").click();
    await settle();
    const afterMove = app.vault.contentOf(file) ?? "";
    expect(changedLines(moved, afterMove)).toHaveLength(1);
    expect(afterMove).toContain("- [x] Map the stakeholders of the data project 📅 2026-11-30 ✅ 2026-11-22");

    // Changed meanwhile: refused with a notice, the note untouched, the box shown unticked again.
    const reworded = afterMove.replace("Send Jane the org chart", "Send Jane the new org chart");
    await app.vault.modify(file, reworded);
    const writes = app.vault.writes.length;
    const box = checkboxFor(root, "Send Jane the org chart");
    box.click();
    await settle();
    expect(app.vault.writes.length).toBe(writes);
    expect(app.vault.contentOf(file)).toBe(reworded);
    expect(notices.at(-1)?.message).toBe("The line changed since it was shown, so it was not ticked. Look at the note and try again.");
    expect(box.checked).toBe(false);
    expect(box.disabled).toBe(false);
  });

  it("refuses to tick in a note deleted or renamed while the view was open, and recreates nothing", async () => {
    const { app } = await startPlugin();
    const root = await openDashboardView(app);
    const before = app.vault.snapshot();
    const writes = app.vault.writes.length;

    await app.fileManager.trashFile(app.vault.fileAt(JANE_SESSION_2));
    checkboxFor(root, "Draft the project proposal").click();
    await settle();
    expect(notices.at(-1)?.message).toBe(`${JANE_SESSION_2} was moved or deleted after the dashboard was drawn, so nothing was ticked.`);
    expect(app.vault.getFileByPath(JANE_SESSION_2)).toBeNull();

    const renamedTo = `${JANE}/Renamed session.md`;
    await app.vault.rename(app.vault.fileAt(JANE_SESSION_1), renamedTo);
    checkboxFor(root, "Map the stakeholders of the data project").click();
    await settle();
    expect(notices.at(-1)?.message).toBe(`${JANE_SESSION_1} was moved or deleted after the dashboard was drawn, so nothing was ticked.`);
    expect(app.vault.getFileByPath(JANE_SESSION_1)).toBeNull();
    expect(app.vault.contentOf(app.vault.fileAt(renamedTo))).toBe(before[JANE_SESSION_1]);
    expect(app.vault.writes.length).toBe(writes);
  });

  it("opens an action's note at its line when its text is clicked", async () => {
    const { app } = await startPlugin();
    const root = await openDashboardView(app);
    const link = checkboxFor(root, "Introduce Jane to Per in sales").closest(".mentoring-dashboard-action")?.querySelector<HTMLElement>(".mentoring-dashboard-action-text");
    link?.click();
    await settle();
    const view = app.workspace.getActiveViewOfType(MarkdownView);
    expect(view?.file?.path).toBe(JANE_SESSION_2);
    // The task's own line in the note (line 25 as an editor counts, 24 from zero).
    expect(view?.editor.getCursor().line).toBe(24);
    expect(app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)).toHaveLength(1);
  });

  it("shows note text as text: markup in an action never becomes an element", async () => {
    const evil = "<img src=x onerror=alert(1)>";
    const { app } = await startPlugin({
      "Mentoring/Ana/Agreement.md": "---\ntype: mentoring-agreement\nmentee: Ana\nmentor: Me\nrole: mentor\nstatus: active\n---\n## Goals\n- [ ] <b>Bold</b> goal\n",
      "Mentoring/Ana/2026-11-01 Session 1.md": `---\ntype: mentoring-session\nmentee: Ana\nmentor: Me\nsession: 1\ndate: 2026-11-01\n---\n## Actions\n- [ ] ${evil} 📅 2026-12-01\n`,
    });
    const root = await openDashboardView(app);
    expect(root.querySelector("img")).toBeNull();
    expect(root.querySelector("b")).toBeNull();
    expect(checkboxFor(root, evil).closest(".mentoring-dashboard-action")?.querySelector(".mentoring-dashboard-action-text")?.textContent).toBe(evil);
    expect(root.textContent).toContain("<b>Bold</b> goal");
  });
});

/** An agreement and one session whose Actions section lists `count` open actions, in Danish, some overdue. */
function longRelationship(name: string, count: number): Record<string, string> {
  const actions = Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2026, 10, 2 + i)).toISOString().slice(0, 10);
    // Every third one is undated; the rest fall from 2026-11-02, so the first few are overdue on the 22nd.
    return i % 3 === 2 ? `- [ ] Øvelse ${i + 1} for ${name}: læs kapitel ${i + 1}` : `- [ ] Øvelse ${i + 1} for ${name} 📅 ${day}`;
  });
  return {
    [`Mentoring/${name}/Aftale.md`]: `---\ntype: mentoring-agreement\nmentee: ${name}\nmentor: Me Myself\nrole: mentor\nstatus: active\n---\n## Mål\n- [ ] Blive tryg ved at præsentere\n`,
    [`Mentoring/${name}/2026-11-01 Møde 1.md`]: `---\ntype: mentoring-session\nmentee: ${name}\nmentor: Me Myself\nsession: 1\ndate: 2026-11-01\n---\n## Handlinger\n${actions.join("\n")}\n`,
  };
}

/**
 * The order the dashboard must draw longRelationship's actions in, worked out from how they were written:
 * their due days rise with their number, so the dated ones (overdue first, then the rest) come in
 * number order, then the undated ones in number order.
 */
function longRelationshipOrder(name: string, count: number): string[] {
  const numbers = Array.from({ length: count }, (_, i) => i);
  const dated = numbers.filter((i) => i % 3 !== 2).map((i) => `Øvelse ${i + 1} for ${name}`);
  const undated = numbers.filter((i) => i % 3 === 2).map((i) => `Øvelse ${i + 1} for ${name}: læs kapitel ${i + 1}`);
  return [...dated, ...undated];
}

function groupEl(root: HTMLElement, name: string): HTMLElement {
  const group = Array.from(root.querySelectorAll<HTMLElement>(".mentoring-dashboard-actions .mentoring-dashboard-group")).find(
    (el) => el.querySelector("h4")?.textContent === name,
  );
  if (!group) throw new Error(`No group "${name}"`);
  return group;
}

function showMoreButtons(group: HTMLElement): HTMLButtonElement[] {
  return Array.from(group.querySelectorAll<HTMLButtonElement>("button.mentoring-dashboard-show-more"));
}

describe("a long dashboard", () => {
  it("draws a relationship's first actions in the model's order and a Show N more button for each next batch", async () => {
    const total = 2 * ROWS_PER_GROUP + 5;
    const { app } = await startPlugin({ ...loadVault(), ...longRelationship("Ida Ærø", total) });
    const root = await openDashboardView(app);
    const ida = longRelationshipOrder("Ida Ærø", total);
    // Other relationships are short: drawn whole, with no button.
    expect(drawnGroups(root).filter(([name]) => name !== "Ida Ærø")).toEqual(expectedGroups());
    expect(root.querySelectorAll("button.mentoring-dashboard-show-more")).toHaveLength(1);

    const group = groupEl(root, "Ida Ærø");
    const texts = () => Array.from(group.querySelectorAll(".mentoring-dashboard-action-text")).map((a) => a.textContent);
    expect(texts()).toEqual(ida.slice(0, ROWS_PER_GROUP));
    expect(group.querySelector(".mentoring-dashboard-action")?.classList.contains("is-overdue")).toBe(true);
    const [first] = showMoreButtons(group);
    expect(first?.textContent).toBe(`Show ${ROWS_PER_GROUP} more`);
    expect(first?.getAttribute("type")).toBe("button");
    expect(first?.getAttribute("aria-label")).toBe(`Show ${ROWS_PER_GROUP} more actions for Ida Ærø`);

    first?.click();
    expect(texts()).toEqual(ida.slice(0, 2 * ROWS_PER_GROUP));
    // The keyboard lands on the first action the button drew.
    expect(root.ownerDocument.activeElement).toBe(checkboxFor(root, ida[ROWS_PER_GROUP] ?? ""));
    expect(first?.isConnected).toBe(false);
    const [second] = showMoreButtons(group);
    expect(second?.textContent).toBe("Show 5 more");
    expect(second?.getAttribute("aria-label")).toBe("Show 5 more actions for Ida Ærø");

    second?.click();
    expect(texts()).toEqual(ida);
    expect(showMoreButtons(group)).toHaveLength(0);
    for (const text of ida) expect(checkboxFor(root, text).checked).toBe(false);
  });

  it("keeps a shown batch across a redraw after a tick, and the focus on the next action's box", async () => {
    const total = ROWS_PER_GROUP + 8;
    const { app } = await startPlugin({ ...loadVault(), ...longRelationship("Ida Ærø", total) });
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const root = await openDashboardView(app);
    showMoreButtons(groupEl(root, "Ida Ærø"))[0]?.click();
    const ida = longRelationshipOrder("Ida Ærø", total);
    const ticked = ida[ROWS_PER_GROUP + 2] ?? "";
    const box = checkboxFor(root, ticked);
    box.focus();
    box.click();
    await settle();
    await vi.advanceTimersByTimeAsync(REFRESH_DEBOUNCE_MS);

    const after = ida.filter((text) => text !== ticked);
    // Still every action of the group (the batch shown before the tick), not back to the first ones.
    expect(drawnGroups(root).find(([name]) => name === "Ida Ærø")?.[1]).toEqual(after);
    expect(box.isConnected).toBe(false);
    expect(root.ownerDocument.activeElement).toBe(checkboxFor(root, ida[ROWS_PER_GROUP + 3] ?? ""));
  });

  it("draws a big dashboard in slices: the first at once, the rest in later tasks, busy until the last", async () => {
    // Enough relationships that their rows pass one slice's units twice over.
    const names = Array.from({ length: Math.ceil((2 * SLICE_UNITS) / ROWS_PER_GROUP) + 1 }, (_, i) => `Mentee ${String(i + 1).padStart(2, "0")}`);
    const files = Object.assign({}, ...names.map((name) => longRelationship(name, ROWS_PER_GROUP))) as Record<string, string>;
    const { app } = await startPlugin(files);
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const root = await openDashboardView(app);
    const body = root.querySelector<HTMLElement>(".mentoring-dashboard-body");
    // Every relationship has its last meeting on the same day: they come in name order.
    const model = names.map((name): [string, string[]] => [name, longRelationshipOrder(name, ROWS_PER_GROUP)]);

    const firstSlice = root.querySelectorAll(".mentoring-dashboard-action").length;
    expect(firstSlice).toBeGreaterThan(0);
    expect(firstSlice).toBeLessThanOrEqual(SLICE_UNITS);
    expect(body?.getAttribute("aria-busy")).toBe("true");
    // What is drawn so far is the start of the model, in order.
    expect(drawnGroups(root)).toEqual(model.slice(0, drawnGroups(root).length));

    await vi.advanceTimersByTimeAsync(0);
    expect(root.querySelectorAll(".mentoring-dashboard-action").length).toBeGreaterThan(firstSlice);
    await vi.runAllTimersAsync();
    expect(drawnGroups(root)).toEqual(model);
    expect(root.querySelectorAll(".mentoring-dashboard-relationship")).toHaveLength(names.length);
    expect(body?.hasAttribute("aria-busy")).toBe(false);
  });

  it("drops the slices still queued when the view closes", async () => {
    const names = Array.from({ length: Math.ceil((2 * SLICE_UNITS) / ROWS_PER_GROUP) }, (_, i) => `Mentee ${i + 1}`);
    const files = Object.assign({}, ...names.map((name) => longRelationship(name, ROWS_PER_GROUP))) as Record<string, string>;
    const { app } = await startPlugin(files);
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const root = await openDashboardView(app);
    expect(root.querySelector(".mentoring-dashboard-body")?.getAttribute("aria-busy")).toBe("true");
    const pending = vi.getTimerCount();
    app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]?.detach();
    expect(vi.getTimerCount()).toBe(pending - 1);
  });
});

describe("the mentoring-dashboard code block", () => {
  it("draws one relationship's parts in the block's order and follows the vault live", async () => {
    const { app, plugin } = await startPlugin();
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const block = await renderCodeBlock(app, "mentoring-dashboard", "relationship: Jane Doe\nshow: goals, actions", JANE_SESSION_2);
    expect(block.el.querySelector(".mentoring-dashboard-block-messages")).toBeNull();
    const sections = Array.from(block.el.querySelectorAll("section")).map((s) => s.querySelector("h3")?.textContent);
    expect(sections).toEqual(["Goals", "Open actions"]);
    expect(drawnGroups(block.el)).toEqual([["Jane Doe", JANE_ROWS.map(([text]) => text)]]);

    checkboxFor(block.el, "Practise the pitch with a colleague").click();
    await settle();
    expect(app.vault.contentOf(app.vault.fileAt(JANE_SESSION_2))).toContain("- [x] Practise the pitch with a colleague ");
    await vi.advanceTimersByTimeAsync(REFRESH_DEBOUNCE_MS);
    expect(drawnGroups(block.el)[0]?.[1]).not.toContain("Practise the pitch with a colleague");

    // Closing the note unloads the block: it stops listening.
    const refreshers = Reflect.get(plugin, "dashboardRefreshers") as Set<unknown>;
    expect(refreshers.size).toBe(1);
    block.section.unload();
    expect(refreshers.size).toBe(0);
  });

  it("shows a message for an unknown option and still draws with the rest", async () => {
    const { app } = await startPlugin();
    const block = await renderCodeBlock(app, "mentoring-dashboard", "relationship: Søren Ødegård\ncolour: blue\nshow: actions", JANE_SESSION_2);
    const messages = block.el.querySelector(".mentoring-dashboard-block-messages");
    expect(messages?.textContent).toContain("Some options in this block could not be used:");
    expect(messages?.textContent).toContain('Unknown option "colour" on line 2');
    expect(Array.from(messages?.querySelectorAll("li") ?? []).map((li) => li.textContent)).toEqual([
      'Unknown option "colour" on line 2. The options are relationship, owner, show, done.',
    ]);
    expect(drawnGroups(block.el).map(([name]) => name)).toEqual(["Søren Ødegård"]);
    // Søren's agreement lists four goals: the one problem of this relationship is listed in the block.
    expect(Array.from(block.el.querySelectorAll(".mentoring-dashboard-problem-file")).map((a) => a.textContent)).toEqual(["Mentoring/Søren Ødegård/Aftale.md"]);
  });

  it("lists the block's option messages in Danish when Obsidian speaks Danish", async () => {
    const { app } = await startPlugin(loadVault(), "da");
    const block = await renderCodeBlock(app, "mentoring-dashboard", "relationship: Jane Doe\nowner: mig\nsort: due", JANE_SESSION_2);
    const messages = block.el.querySelector(".mentoring-dashboard-block-messages");
    expect(messages?.querySelector("p")?.textContent).toBe("Nogle indstillinger i denne blok kunne ikke bruges:");
    expect(Array.from(messages?.querySelectorAll("li") ?? []).map((li) => li.textContent)).toEqual([
      'Linje 2: »owner« er en af me, other, all, ikke »mig«.',
      'Ukendt indstilling »sort« på linje 3. Indstillingerne er relationship, owner, show, done.',
    ]);
    expect(drawnGroups(block.el).map(([name]) => name)).toEqual(["Jane Doe"]);
  });

  it("says so when no relationship matches", async () => {
    const { app } = await startPlugin();
    const block = await renderCodeBlock(app, "mentoring-dashboard", "relationship: Nobody", JANE_SESSION_2);
    expect(block.el.textContent).toContain('No relationship matches "Nobody".');
    expect(block.el.querySelectorAll(".mentoring-dashboard-action")).toHaveLength(0);
    // There are relationships: the block must not say there are none.
    expect(block.el.textContent).not.toContain("No mentoring relationships yet");
  });

  it("takes a unique part of a name, and names the nearest when nothing matches", async () => {
    const { app } = await startPlugin();
    const jane = await renderCodeBlock(app, "mentoring-dashboard", "relationship: Jane", JANE_SESSION_2);
    expect(drawnGroups(jane.el).map(([name]) => name)).toEqual(["Jane Doe"]);
    const typo = await renderCodeBlock(app, "mentoring-dashboard", "relationship: Jane Dow", JANE_SESSION_2);
    expect(typo.el.querySelector(".mentoring-dashboard-warning")?.textContent).toBe('No relationship matches "Jane Dow". The nearest is "Jane Doe".');
  });
});

describe("unloading", () => {
  it("closes the view and leaves no registered events, refreshers, commands or processors", async () => {
    const { app, plugin } = await startPlugin();
    const vaultListenersWithoutPlugin = createApp({}).vault.listenerCount();
    await openDashboardView(app);
    const block = await renderCodeBlock(app, "mentoring-dashboard", "show: actions", JANE_SESSION_2);
    const refreshers = Reflect.get(plugin, "dashboardRefreshers") as Set<unknown>;
    expect(refreshers.size).toBe(2);

    app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]?.detach();
    expect(refreshers.size).toBe(1);
    block.section.unload();
    expect(refreshers.size).toBe(0);

    await openDashboardView(app);
    await renderCodeBlock(app, "mentoring-dashboard", "show: goals", JANE_SESSION_2);
    expect(refreshers.size).toBe(2);
    unloadPlugin(plugin);
    expect(refreshers.size).toBe(0);
    expect((plugin as unknown as { activeRegistrations(): Record<string, number> }).activeRegistrations()).toEqual({
      callback: 0,
      event: 0,
      domEvent: 0,
      interval: 0,
      children: 0,
    });
    expect(app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)).toHaveLength(0);
    expect(app.codeBlockProcessors.has("mentoring-dashboard")).toBe(false);
    expect(app.commands.findCommand(OPEN_DASHBOARD)).toBeUndefined();
    expect(app.vault.listenerCount()).toBe(vaultListenersWithoutPlugin);
  });
});
