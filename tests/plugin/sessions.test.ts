// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createApp, loadPlugin, notices, openModals, resetFake, type App, type FuzzySuggestModal, type Modal } from "../fakes/obsidian";
import MentoringNotesPlugin from "../../src/main";
import { parseNote } from "../../src/core/notes/parse-note";

// From the project root: vitest runs there, and happy-dom's import.meta.url is not a file URL.
const goldenPath = (name: string): string => `${process.cwd()}/tests/fixtures/golden/${name}`;
const golden = (name: string): string => readFileSync(goldenPath(name), "utf8");

/**
 * Compares with the golden file. `UPDATE_GOLDEN=1` writes a missing or changed golden instead: review the
 * diff before committing it, since the golden is the spec of what the commands write.
 */
function expectGolden(actual: string, name: string): void {
  if (process.env["UPDATE_GOLDEN"] === "1" && (!existsSync(goldenPath(name)) || golden(name) !== actual)) writeFileSync(goldenPath(name), actual);
  expect(actual).toBe(golden(name));
}

afterEach(() => {
  current = null;
  resetFake();
});

async function setUp(language: "en" | "da", files: Record<string, string> = {}, settings: Record<string, unknown> = {}) {
  const app = createApp(
    { ".obsidian/plugins/mentoring-notes/data.json": JSON.stringify({ myName: "Anna Holm", language, ...settings }), ...files },
    { layoutReady: true },
  );
  const plugin = await loadPlugin(MentoringNotesPlugin, app);
  plugin.clock = () => new Date("2026-11-22T10:00:00");
  current = { app, plugin };
  syncIndex();
  return { app, plugin };
}

function lastModal<T extends Modal>(): T {
  const modal = openModals[openModals.length - 1];
  if (!modal) throw new Error("no modal open");
  return modal as T;
}

/** Types into the form field whose setting name is `name`, as a person would. */
function fill(modal: Modal, name: string, value: string): void {
  const item = Array.from(modal.contentEl.querySelectorAll(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === name);
  const control = item?.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>("input, textarea, select");
  if (!control) throw new Error(`no field named ${name}`);
  control.value = value;
  control.dispatchEvent(new Event(control.tagName === "SELECT" ? "change" : "input", { bubbles: true }));
}

async function click(modal: Modal, text: string): Promise<void> {
  const button = Array.from(modal.contentEl.querySelectorAll("button")).find((el) => el.textContent === text);
  if (!button) throw new Error(`no button ${text}`);
  button.click();
  await settle();
}

/** Lets pending promises (modal submit, vault writes) finish, then tells the index what the vault holds. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => window.setTimeout(resolve, 0));
  syncIndex();
}

// The index bridge (another feature) keeps the index current from vault events; these tests load only
// this feature's wiring, so they hand the index the vault's notes themselves, as the bridge would.
let current: { app: App; plugin: MentoringNotesPlugin } | null = null;
function syncIndex(): void {
  if (!current) return;
  const { app, plugin } = current;
  for (const file of app.vault.getFiles()) if (file.path.endsWith(".md")) plugin.index.set(file.path, app.vault.contentOf(file) ?? "");
}

function read(app: App, path: string): string {
  const file = app.vault.getFileByPath(path);
  if (!file) throw new Error(`${path} was not written; files: ${app.vault.getFiles().map((f) => f.path).join(", ")}`);
  return app.vault.contentOf(file) ?? "";
}

async function newRelationship(app: App, labels: Record<string, string>, values: Record<string, string>): Promise<void> {
  expect(app.commands.executeCommandById("mentoring-notes:new-relationship")).toBe(true);
  const modal = lastModal();
  for (const [key, value] of Object.entries(values)) fill(modal, labels[key] ?? key, value);
  await click(modal, labels.create ?? "Create");
}

const EN = { name: "Name of the other person", goals: "Goals", start: "Start date", end: "End date", create: "Create" };
const DA_LABELS = (plugin: MentoringNotesPlugin) => ({
  name: plugin.t("modal.otherName.name"),
  goals: plugin.t("modal.goals.name"),
  start: plugin.t("modal.start.name"),
  end: plugin.t("modal.end.name"),
  create: plugin.t("modal.create"),
});

describe("start a relationship, then a session, through the plugin", () => {
  it("writes the English notes byte for byte and opens the next session at Topic", async () => {
    const { app, plugin } = await setUp("en");
    await newRelationship(app, EN, {
      name: "Jane Doe",
      goals: "Run the quarterly planning on my own\nBuild a network outside the department",
      start: "2026-11-22",
      end: "2027-05-31",
    });
    expect(openModals).toHaveLength(0);
    expectGolden(read(app, "Mentoring/Jane Doe/Agreement.md"), "en-agreement.md");
    expectGolden(read(app, "Mentoring/Jane Doe/2026-11-22 Session 1.md"), "en-first-session.md");

    // A week later: the next session.
    plugin.clock = () => new Date("2026-11-29T09:30:00");
    await settle();
    expect(app.commands.executeCommandById("mentoring-notes:start-session")).toBe(true);
    await settle();
    const picker = lastModal<FuzzySuggestModal<unknown>>();
    expect(picker.suggestions().map((s) => picker.getItemText(s.item))[0]).toBe("New relationship…");
    picker.chooseByText("Jane Doe");
    await settle();
    const path = "Mentoring/Jane Doe/2026-11-29 Session 2.md";
    expectGolden(read(app, path), "en-session-2.md");
    const editor = app.workspace.activeEditor?.editor;
    expect(editor?.getLine((editor.getCursor().line ?? 0) - 2)).toBe("## Topic");

    // Same day again: the existing note opens, with a notice, and nothing new is written.
    const before = app.vault.getFiles().length;
    app.commands.executeCommandById("mentoring-notes:start-session");
    await settle();
    lastModal<FuzzySuggestModal<unknown>>().chooseByText("Jane Doe");
    await settle();
    expect(app.vault.getFiles().length).toBe(before);
    expect(notices.map((n) => n.message)).toContain(plugin.t("notice.sessionExists", { name: "Jane Doe" }));
  });

  it("writes the Danish notes byte for byte, and they parse like the English ones", async () => {
    const { app, plugin } = await setUp("da");
    await newRelationship(app, DA_LABELS(plugin), {
      name: "Søren Ærø",
      goals: "Lede kvartalsplanlægningen selv\nOpbygge et netværk uden for afdelingen",
      start: "2026-11-22",
      end: "2027-05-31",
    });
    // A Danish relationship's notes have Danish names.
    expectGolden(read(app, "Mentoring/Søren Ærø/Aftale.md"), "da-agreement.md");
    expectGolden(read(app, "Mentoring/Søren Ærø/2026-11-22 Møde 1.md"), "da-first-session.md");
    expect(app.vault.getFiles().map((file) => file.path).filter((path) => path.startsWith("Mentoring/"))).toEqual([
      "Mentoring/Søren Ærø/Aftale.md",
      "Mentoring/Søren Ærø/2026-11-22 Møde 1.md",
    ]);
    const da = parseNote("x/Aftale.md", read(app, "Mentoring/Søren Ærø/Aftale.md"));
    const en = parseNote("x/Agreement.md", golden("en-agreement.md"));
    expect(da.kind === "agreement" && da.note.goals.length).toBe(2);
    expect(en.kind === "agreement" && en.note.goals.length).toBe(2);
    const first = parseNote("x/s.md", read(app, "Mentoring/Søren Ærø/2026-11-22 Møde 1.md"));
    const firstEn = parseNote("x/s.md", golden("en-first-session.md"));
    const shape = (p: typeof first) => (p.kind === "session" ? p.note.actions.map((a) => [a.state, a.task.owner, a.task.due]) : null);
    expect(shape(first)).toEqual(shape(firstEn));

    // A week later, the next session: named in Danish, linking to the first by its Danish name.
    plugin.clock = () => new Date("2026-11-29T09:30:00");
    await settle();
    app.commands.executeCommandById("mentoring-notes:start-session");
    await settle();
    lastModal<FuzzySuggestModal<unknown>>().chooseByText("Søren Ærø");
    await settle();
    const second = read(app, "Mentoring/Søren Ærø/2026-11-29 Møde 2.md");
    expect(second).toContain("[[Mentoring/Søren Ærø/Aftale|Aftale]] · Forrige møde: [[2026-11-22 Møde 1]] · Fase: arbejdsfase");
  });

  for (const [language, agreementPath] of [
    ["da", "Mentoring/Jane Doe/Agreement.md"],
    ["en", "Mentoring/Jane Doe/Aftale.md"],
  ] as const) {
    it(`finds a relationship by its agreement in the other language (${agreementPath}), and opens it instead of starting another`, async () => {
      const { app, plugin } = await setUp(language, { [agreementPath]: golden("en-agreement.md") });
      await newRelationship(app, language === "en" ? EN : DA_LABELS(plugin), { name: "Jane Doe", start: "2026-11-22", end: "2027-05-31" });
      expect(app.vault.getFiles().map((file) => file.path).filter((path) => path.startsWith("Mentoring/"))).toEqual([agreementPath]);
      expect(notices.map((n) => n.message)).toContain(plugin.t("notice.relationshipExists", { name: "Jane Doe" }));
      expect(app.workspace.activeEditor?.file?.path).toBe(agreementPath);
    });
  }

  it("refuses a fourth goal with the reason in the form, and writes nothing", async () => {
    const { app, plugin } = await setUp("en");
    app.commands.executeCommandById("mentoring-notes:new-relationship");
    const modal = lastModal();
    fill(modal, EN.name, "Jane Doe");
    fill(modal, EN.goals, "a\nb\nc\nd");
    await click(modal, "Create");
    expect(modal.isOpen).toBe(true);
    expect(modal.contentEl.textContent).toContain(plugin.t("notice.tooManyGoals", { count: 4 }));
    expect(app.vault.getFiles().filter((f) => f.path.startsWith("Mentoring/"))).toEqual([]);
  });

  it("a first-session path already taken by another note: a notice says so, and neither note is written", async () => {
    const mine = "my own notes about Jane\n";
    const { app } = await setUp("en", { "Mentoring/Jane Doe/2026-11-22 Session 1.md": mine });
    const before = app.vault.snapshot();
    await newRelationship(app, EN, { name: "Jane Doe" });
    expect(notices.at(-1)?.message).toBe("Nothing was written: Mentoring/Jane Doe/2026-11-22 Session 1.md already exists and is not overwritten.");
    expect(app.vault.snapshot()).toEqual(before);
    expect(app.vault.writes).toEqual([]);
  });

  it("a full disk on the first session: the agreement just written is removed (to the trash), with its folder, and the reason is shown", async () => {
    const { app } = await setUp("en");
    const create = app.vault.create.bind(app.vault);
    app.vault.create = async (path: string, data: string) => {
      if (path.includes("Session 1")) throw new Error("ENOSPC: no space left on device");
      return create(path, data);
    };
    await newRelationship(app, EN, { name: "Jane Doe" });
    expect(notices.at(-1)?.message).toBe("Could not write Mentoring/Jane Doe/2026-11-22 Session 1.md: ENOSPC: no space left on device");
    expect(app.vault.snapshot()).toEqual({});
    expect(app.vault.getAbstractFileByPath("Mentoring")).toBeNull();
    // Through FileManager.trashFile, which follows the user's choice of trash.
    expect(app.vault.trashed).toEqual(["Mentoring/Jane Doe/Agreement.md", "Mentoring/Jane Doe", "Mentoring"]);

    // A rerun, with room on the disk again, writes both notes.
    app.vault.create = create;
    await newRelationship(app, EN, { name: "Jane Doe" });
    expect(Object.keys(app.vault.snapshot())).toEqual(["Mentoring/Jane Doe/2026-11-22 Session 1.md", "Mentoring/Jane Doe/Agreement.md"]);
  });

  it("a failure after the agreement was changed by someone else leaves that agreement, and says so", async () => {
    const { app } = await setUp("en", { "Mentoring/Other.md": "x\n" });
    const create = app.vault.create.bind(app.vault);
    app.vault.create = async (path: string, data: string) => {
      if (!path.includes("Session 1")) return create(path, data);
      // A sync tool writes into the new agreement before the second note fails.
      await app.vault.append(app.vault.fileAt("Mentoring/Jane Doe/Agreement.md"), "typed meanwhile\n");
      throw new Error("ENOSPC: no space left on device");
    };
    await newRelationship(app, EN, { name: "Jane Doe" });
    expect(read(app, "Mentoring/Jane Doe/Agreement.md")).toContain("typed meanwhile\n");
    expect(app.vault.trashed).toEqual([]);
    expect(notices.map((n) => n.message)).toEqual([
      "Could not write Mentoring/Jane Doe/2026-11-22 Session 1.md: ENOSPC: no space left on device",
      "Mentoring/Jane Doe/Agreement.md was written before the failure and is left in place: it changed since, or could not be removed.",
    ]);
  });

  it("moves open actions once in move mode, and a second run moves nothing again", async () => {
    const agreement = golden("en-agreement.md");
    const session1 = golden("en-first-session.md").replace(
      "- [ ] Decide whether we go ahead, and book the next meeting",
      "- [ ] Decide whether we go ahead, and book the next meeting\n- [x] Send the agenda ✅ 2026-11-23\n- [ ] Ask Per about the budget 📅 2026-11-25",
    );
    const { app, plugin } = await setUp("en", { "Mentoring/Jane Doe/Agreement.md": agreement, "Mentoring/Jane Doe/2026-11-22 Session 1.md": session1 }, { carryOver: "move" });
    await settle();
    plugin.clock = () => new Date("2026-11-29T09:30:00");
    app.commands.executeCommandById("mentoring-notes:start-session");
    await settle();
    lastModal<FuzzySuggestModal<unknown>>().chooseByText("Jane Doe");
    await settle();
    const source = read(app, "Mentoring/Jane Doe/2026-11-22 Session 1.md");
    const target = read(app, "Mentoring/Jane Doe/2026-11-29 Session 2.md");
    const open = (text: string) => text.split("\n").filter((l) => l.startsWith("- [ ]"));
    expect(open(source)).toEqual([]);
    expect(source.split("\n").filter((l) => l.startsWith("- [>]"))).toHaveLength(2);
    expect(source).toContain("- [x] Send the agenda ✅ 2026-11-23");
    expect(open(target)).toHaveLength(2);

    // The next meeting: the two copies move on once; the originals stay forwarded.
    plugin.clock = () => new Date("2026-12-27T09:30:00");
    await settle();
    app.commands.executeCommandById("mentoring-notes:start-session");
    await settle();
    lastModal<FuzzySuggestModal<unknown>>().chooseByText("Jane Doe");
    await settle();
    const sessions = app.vault.getFiles().filter((f) => f.path.includes(" Session ")).map((f) => read(app, f.path));
    expect(sessions).toHaveLength(3);
    expect(sessions.flatMap(open)).toHaveLength(2);
    const session3 = read(app, "Mentoring/Jane Doe/2026-12-27 Session 3.md");
    expect(open(session3)).toHaveLength(2);
    // Moved twice, each copy links back once: to session 2, where it came from this time.
    for (const line of open(session3)) expect(line.match(/\(moved from \[\[[^\]]*\]\]\)/g)).toEqual(["(moved from [[2026-11-29 Session 2]])"]);
    expect(session3).toContain(plugin.t("note.sinceLastTimeMoved"));
    expect(read(app, "Mentoring/Jane Doe/2026-11-22 Session 1.md")).toBe(source);
  });
});

describe("start a session: what stops it, and actions whose new session was deleted", () => {
  const agreement = (): string => golden("en-agreement.md");
  const first = (): string =>
    golden("en-first-session.md").replace(
      "- [ ] Decide whether we go ahead, and book the next meeting",
      "- [ ] Decide whether we go ahead, and book the next meeting\n- [ ] Ask Per about the budget 📅 2026-11-25",
    );
  const files = (agreementText = agreement()): Record<string, string> => ({
    "Mentoring/Jane Doe/Agreement.md": agreementText,
    "Mentoring/Jane Doe/2026-11-22 Session 1.md": first(),
  });
  async function start(app: App): Promise<void> {
    app.commands.executeCommandById("mentoring-notes:start-session");
    await settle();
    lastModal<FuzzySuggestModal<unknown>>().chooseByText("Jane Doe");
    await settle();
  }

  it("an ended relationship asks first: Cancel writes nothing, Start anyway writes the session", async () => {
    const { app, plugin } = await setUp("en", files(agreement().replace("status: active", "status: ended")));
    plugin.clock = () => new Date("2026-11-29T09:30:00");
    const before = app.vault.snapshot();
    await start(app);
    const confirm = lastModal();
    expect(confirm.contentEl.textContent).toContain("The relationship with Jane Doe has ended. Start a session anyway?");
    expect(app.vault.snapshot()).toEqual(before);
    await click(confirm, "Cancel");
    expect(app.vault.snapshot()).toEqual(before);

    await start(app);
    await click(lastModal(), "Start anyway");
    expect(read(app, "Mentoring/Jane Doe/2026-11-29 Session 2.md")).toContain("type: mentoring-session");
  });

  it("the question is asked in Danish too", async () => {
    const danish = golden("da-agreement.md").replace("status: active", "status: ended");
    const { app, plugin } = await setUp("da", { "Mentoring/Søren Ærø/Aftale.md": danish });
    plugin.clock = () => new Date("2026-11-29T09:30:00");
    app.commands.executeCommandById("mentoring-notes:start-session");
    await settle();
    lastModal<FuzzySuggestModal<unknown>>().chooseByText("Søren Ærø");
    await settle();
    expect(lastModal().contentEl.textContent).toContain("Forløbet med Søren Ærø er afsluttet. Opret et møde alligevel?");
  });

  it("a broken agreement (no closing ---) stops it with a notice saying why, and nothing is written", async () => {
    const broken = agreement().replace("status: active\n---\n", "status: active\n");
    const { app, plugin } = await setUp("en", files(broken));
    plugin.clock = () => new Date("2026-11-29T09:30:00");
    const before = app.vault.snapshot();
    await start(app);
    expect(notices.at(-1)?.message).toContain("the agreement Mentoring/Jane Doe/Agreement.md is broken");
    expect(app.vault.snapshot()).toEqual(before);
  });

  it("a note of the new session's name that is no session is never overwritten, and the notice says so", async () => {
    const mine = "My own notes, not a session\n";
    const { app, plugin } = await setUp("en", { ...files(), "Mentoring/Jane Doe/2026-11-29 Session 2.md": mine }, { carryOver: "move" });
    plugin.clock = () => new Date("2026-11-29T09:30:00");
    const before = app.vault.snapshot();
    await start(app);
    expect(notices.at(-1)?.message).toBe("Nothing was written: Mentoring/Jane Doe/2026-11-29 Session 2.md already exists and is not overwritten.");
    expect(app.vault.snapshot()).toEqual(before);
  });

  // Move mode forwards the originals first, then writes the new note: a failure at either step puts back
  // what this run forwarded, says why, and nothing escapes as an unhandled rejection.
  async function startCatching(app: App): Promise<unknown[]> {
    const rejections: unknown[] = [];
    const listener = (reason: unknown) => rejections.push(reason);
    process.on("unhandledRejection", listener);
    try {
      await start(app);
    } finally {
      process.off("unhandledRejection", listener);
    }
    return rejections;
  }
  const second = (): string =>
    golden("en-first-session.md")
      .replace("session: 1", "session: 2")
      .replace("date: 2026-11-22", "date: 2026-11-25")
      .replace("- [ ] Decide whether we go ahead, and book the next meeting", "- [ ] Book the room");

  it("in move mode, a full disk when the new note is created puts the forwarded lines back, with the reason", async () => {
    const { app, plugin } = await setUp("en", files(), { carryOver: "move" });
    plugin.clock = () => new Date("2026-11-29T09:30:00");
    const before = app.vault.snapshot();
    app.vault.create = async () => {
      throw new Error("ENOSPC: no space left on device");
    };
    expect(await startCatching(app)).toEqual([]);
    expect(notices.at(-1)?.message).toBe("Could not write Mentoring/Jane Doe/2026-11-29 Session 2.md: ENOSPC: no space left on device");
    expect(app.vault.snapshot()).toEqual(before);
  });

  it("in move mode, a failed write of the second earlier session puts the first one back, with the reason", async () => {
    const { app, plugin } = await setUp("en", { ...files(), "Mentoring/Jane Doe/2026-11-25 Session 2.md": second() }, { carryOver: "move" });
    plugin.clock = () => new Date("2026-11-29T09:30:00");
    const before = app.vault.snapshot();
    const processOf = app.vault.process.bind(app.vault);
    let calls = 0;
    app.vault.process = async (file, fn) => {
      calls += 1;
      if (calls === 2) throw new Error("ENOSPC: no space left on device");
      return processOf(file, fn);
    };
    expect(await startCatching(app)).toEqual([]);
    expect(notices.at(-1)?.message).toBe("Could not write Mentoring/Jane Doe/2026-11-25 Session 2.md: ENOSPC: no space left on device");
    expect(app.vault.snapshot()).toEqual(before);
    expect(calls).toBe(3); // forward Session 1, fail on Session 2, put Session 1 back
  });

  it("in move mode, lines that cannot be put back are named, count as open, and the next start carries them over", async () => {
    const { app, plugin } = await setUp("en", files(), { carryOver: "move" });
    plugin.clock = () => new Date("2026-11-29T09:30:00");
    const create = app.vault.create.bind(app.vault);
    const processOf = app.vault.process.bind(app.vault);
    let calls = 0;
    app.vault.create = async () => {
      throw new Error("ENOSPC: no space left on device");
    };
    app.vault.process = async (file, fn) => {
      calls += 1;
      if (calls > 1) throw new Error("EIO: i/o error");
      return processOf(file, fn);
    };
    expect(await startCatching(app)).toEqual([]);
    expect(notices.map((n) => n.message).slice(-2)).toEqual([
      "Could not write Mentoring/Jane Doe/2026-11-29 Session 2.md: ENOSPC: no space left on device",
      "The actions moved out of Mentoring/Jane Doe/2026-11-22 Session 1.md could not be put back (EIO: i/o error). They still count as open, and the next session carries them over.",
    ]);

    // The disk works again: the next start carries the two actions over, as the notice said.
    app.vault.create = create;
    app.vault.process = processOf;
    await start(app);
    const open = read(app, "Mentoring/Jane Doe/2026-11-29 Session 2.md")
      .split("\n")
      .filter((line) => line.startsWith("- [ ]"));
    expect(open).toHaveLength(2);
  });

  it("in move mode, actions moved to a session that was then deleted are moved again by the next start", async () => {
    const { app, plugin } = await setUp("en", files(), { carryOver: "move" });
    plugin.clock = () => new Date("2026-11-29T09:30:00");
    await start(app);
    const deleted = "Mentoring/Jane Doe/2026-11-29 Session 2.md";
    const file = app.vault.getFileByPath(deleted);
    if (!file) throw new Error("no new session");
    await app.fileManager.trashFile(file);
    plugin.index.delete(deleted);

    plugin.clock = () => new Date("2026-11-30T09:30:00");
    await start(app);
    const again = read(app, "Mentoring/Jane Doe/2026-11-30 Session 2.md");
    const open = again.split("\n").filter((line) => line.startsWith("- [ ]"));
    expect(open).toEqual([
      "- [ ] Decide whether we go ahead, and book the next meeting (moved from [[2026-11-22 Session 1]])",
      "- [ ] Ask Per about the budget (moved from [[2026-11-22 Session 1]]) 📅 2026-11-25",
    ]);
    const source = read(app, "Mentoring/Jane Doe/2026-11-22 Session 1.md");
    expect(source).not.toContain("2026-11-29 Session 2");
    expect(source.split("\n").filter((line) => line.includes("(moved to [[2026-11-30 Session 2]])"))).toHaveLength(2);
  });
});
