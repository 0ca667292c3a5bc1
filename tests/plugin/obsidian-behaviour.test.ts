// @vitest-environment happy-dom
// The plugin against Obsidian as it really behaves (each case is a behaviour the fake now models and the
// plugin once got wrong): unsaved typing in an open editor, a stale metadata cache at start, `resolved`
// after layout-ready, reads resolving out of order, a folder's lone `delete`, a case-insensitive disk,
// deferred leaves, popout windows, a phone, and unloading early.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createApp,
  loadPlugin,
  MarkdownView,
  notices,
  openModals,
  resetFake,
  settle,
  unloadPlugin,
  type App,
  type Component,
  type FuzzySuggestModal,
  type Modal,
} from "../fakes/obsidian";
import MentoringNotesPlugin from "../../src/main";
import { processNote } from "../../src/plugin/background-edit";
import { FIRST_SLICE_UNITS, SlicedDrawing, SLICE_UNITS } from "../../src/plugin/dashboard/sliced-drawing";

const FOLDER = "Mentoring/Ana";
const AGREEMENT_PATH = `${FOLDER}/Agreement.md`;
const FIRST_PATH = `${FOLDER}/2026-11-01 Session 1.md`;
const OTHER_PATH = "Notes/Other.md";
const AGREEMENT = "---\ntype: mentoring-agreement\nmentee: Ana\nrole: mentor\nstatus: active\n---\n## Goals\n\n- [ ] Lead the team meeting\n";
const session = (n: number, action: string, status = "open") =>
  `---\ntype: mentoring-session\nsession: ${n}\ndate: 2026-11-0${n}\nstatus: ${status}\n---\n## Topic\n\nThe plan\n\n## Summary\n\nWe talked.\n\n## Actions\n\n- [ ] ${action} 📅 2026-12-01\n`;
const FILES = { [AGREEMENT_PATH]: AGREEMENT, [FIRST_PATH]: session(1, "Book the room"), [OTHER_PATH]: "# Other\n\n- [ ] not ours\n" };
const ZERO = { callback: 0, event: 0, domEvent: 0, interval: 0, children: 0 };

beforeEach(() => resetFake());
afterEach(() => {
  vi.useRealTimers();
  resetFake();
});

function openActionTexts(plugin: MentoringNotesPlugin): string[] {
  return plugin.index.sessions().flatMap((s) => s.actions.filter((a) => a.state === "open").map((a) => a.task.text));
}

async function started(files: Record<string, string> = FILES, settings: Record<string, unknown> = {}, platform: "desktop" | "phone" = "desktop") {
  const app = createApp({ ".obsidian/plugins/mentoring-notes/data.json": JSON.stringify({ language: "en", ...settings }), ...files }, { platform });
  const plugin = await loadPlugin(MentoringNotesPlugin, app);
  plugin.clock = () => new Date("2026-11-08T10:00:00");
  app.workspace.triggerLayoutReady();
  await plugin.indexBridge.whenReady();
  return { app, plugin };
}

async function openNote(app: App, path: string): Promise<MarkdownView> {
  await app.workspace.getLeaf(false).openFile(app.vault.fileAt(path), { active: true });
  await settle();
  const view = app.workspace.getActiveViewOfType(MarkdownView);
  if (!view) throw new Error("no markdown view");
  return view;
}

function lastModal<T extends Modal>(): T {
  const modal = openModals[openModals.length - 1];
  if (!modal) throw new Error("no modal open");
  return modal as T;
}

describe("saving open editors before a background edit", () => {
  it("move mode keeps what was typed, unsaved, in an open earlier session", async () => {
    const { app, plugin } = await started(FILES, { carryOver: "move" });
    await openNote(app, OTHER_PATH);
    // The earlier session open beside it, in a leaf that is not active.
    const side = app.workspace.getLeaf("split");
    await side.openFile(app.vault.fileAt(FIRST_PATH));
    const earlier = side.view as MarkdownView;
    earlier.editor.replaceRange("Typed during the meeting, not saved yet.\n", { line: 10, ch: 0 });
    expect(earlier.hasUnsavedChanges).toBe(true);

    app.commands.executeCommandById("mentoring-notes:start-session");
    await settle();
    lastModal<FuzzySuggestModal<unknown>>().chooseByText("Ana");
    await settle();

    const onDisk = app.vault.contentOf(app.vault.fileAt(FIRST_PATH)) ?? "";
    expect(onDisk).toContain("Typed during the meeting, not saved yet.\n");
    expect(onDisk).toContain("- [>] Book the room");
    expect(earlier.editor.getValue()).toBe(onDisk);
    const next = app.vault.contentOf(app.vault.fileAt(`${FOLDER}/2026-11-08 Session 2.md`)) ?? "";
    expect(next.match(/^- \[ \] Book the room/gm)).toHaveLength(1);
    await settle();
    expect(openActionTexts(plugin).map((text) => text.slice(0, "Book the room".length))).toEqual(["Book the room"]);
  });

  it("saves every open editor of the note, keeps a CRLF note CRLF, and passes deferred leaves by", async () => {
    const { app } = await started({ ...FILES, [FIRST_PATH]: session(1, "Book the room").replace(/\n/g, "\r\n") });
    const deferred = app.workspace.addDeferredLeaf({ type: "markdown", state: { file: FIRST_PATH } });
    const view = await openNote(app, FIRST_PATH);
    expect(view.editor.getValue()).not.toContain("\r");
    view.editor.replaceRange("Typed\n", { line: 7, ch: 0 });
    const seen: string[] = [];
    await processNote(app as never, app.vault.fileAt(FIRST_PATH) as never, (text) => {
      seen.push(text);
      return text.replace("- [ ] Book the room", "- [x] Book the room");
    });
    expect(seen[0]).toContain("Typed\r\n");
    const after = app.vault.contentOf(app.vault.fileAt(FIRST_PATH)) ?? "";
    expect(after).toContain("Typed\r\n");
    expect(after).toContain("- [x] Book the room");
    expect(after.replace(/\r\n/g, "")).not.toContain("\n");
    expect(deferred.isDeferred).toBe(true);
  });
});

describe("the first index and Obsidian's metadata cache", () => {
  it("waits for the cache's first pass, and indexes a note the start cache had stale or not at all", async () => {
    const second = `${FOLDER}/2026-11-02 Session 2.md`;
    const app = createApp(
      { ...FILES, [second]: session(2, "Call Per") },
      // Changed by a sync tool while Obsidian was closed: the start cache still has the old text.
      { startCache: { [FIRST_PATH]: "Just a draft, no properties yet.\n", [second]: null }, resolveWithLayout: false },
    );
    const plugin = await loadPlugin(MentoringNotesPlugin, app);
    app.workspace.triggerLayoutReady();
    await settle();
    expect(plugin.indexBridge.isReady).toBe(false);
    app.metadataCache.resolve();
    await plugin.indexBridge.whenReady();
    expect(openActionTexts(plugin).sort()).toEqual(["Book the room", "Call Per"]);
  });

  it("follows the cache's re-parse of a note the first build skipped", async () => {
    const app = createApp(FILES, { startCache: { [FIRST_PATH]: "Just a draft.\n" }, resolveWithLayout: false });
    const plugin = await loadPlugin(MentoringNotesPlugin, app);
    app.workspace.triggerLayoutReady();
    app.metadataCache.markResolved(); // the cache says it is done, yet re-parses the stale note after
    await plugin.indexBridge.whenReady();
    app.metadataCache.resolve();
    await settle();
    expect(openActionTexts(plugin)).toEqual(["Book the room"]);
  });

  it("builds the relationship picker only once the first index is ready", async () => {
    const app = createApp(FILES, { resolveWithLayout: false });
    const plugin = await loadPlugin(MentoringNotesPlugin, app);
    app.workspace.triggerLayoutReady();
    await settle();
    expect(app.commands.executeCommandById("mentoring-notes:start-session")).toBe(true);
    await settle();
    expect(openModals).toHaveLength(0);
    expect(notices.map((n) => n.message)).toContain(plugin.t("dashboard.loading"));
    app.metadataCache.resolve();
    await plugin.indexBridge.whenReady();
    await settle();
    const picker = lastModal<FuzzySuggestModal<unknown>>();
    expect(picker.suggestions().map((s) => picker.getItemText(s.item))).toEqual([plugin.t("pick.newRelationship"), "Ana"]);
  });

  it("indexes the newest text when two reads of one note resolve out of order", async () => {
    const { app, plugin } = await started();
    const held = app.vault.holdReads();
    const file = app.vault.fileAt(FIRST_PATH);
    await app.vault.modify(file, session(1, "Older text"));
    await app.vault.modify(file, session(1, "Newer text"));
    await settle();
    expect(held.map((read) => read.text.includes("Newer text"))).toEqual([false, true]);
    held[1]?.release();
    await settle();
    held[0]?.release();
    await settle();
    expect(openActionTexts(plugin)).toEqual(["Newer text"]);
  });

  it("takes a deleted folder's notes out of the index, though only the folder's delete fires", async () => {
    const { app, plugin } = await started();
    const deletes: string[] = [];
    app.vault.on("delete", (file: { path: string }) => deletes.push(file.path));
    await app.fileManager.trashFile(app.vault.folderAt(FOLDER));
    await settle();
    expect(deletes).toEqual([FOLDER]);
    expect(plugin.index.noteCount).toBe(0);
    expect(plugin.index.relationships()).toEqual([]);
  });
});

describe("start-up and shut-down", () => {
  it("registers nothing when unloaded before layout-ready", async () => {
    const app = createApp(FILES);
    const before = [app.vault.listenerCount(), app.workspace.listenerCount(), app.metadataCache.listenerCount()];
    const plugin = await loadPlugin(MentoringNotesPlugin, app);
    unloadPlugin(plugin);
    app.workspace.triggerLayoutReady();
    await settle();
    expect([app.vault.listenerCount(), app.workspace.listenerCount(), app.metadataCache.listenerCount()]).toEqual(before);
    expect((plugin as unknown as Component).activeRegistrations()).toEqual(ZERO);
    expect(plugin.index.noteCount).toBe(0);
  });

  it("restarting the meeting timer leaves no extra registration behind", async () => {
    const { app, plugin } = await started();
    const registrations = () => (plugin as unknown as Component).activeRegistrations();
    await openNote(app, FIRST_PATH);
    const first = registrations();
    for (let i = 0; i < 3; i += 1) {
      await openNote(app, OTHER_PATH);
      await openNote(app, FIRST_PATH);
    }
    expect(registrations()).toEqual(first);
    expect(app.statusBarEl.querySelector<HTMLElement>(".mentoring-timer")?.isShown()).toBe(true);
  });
});

describe("closing the open session", () => {
  it("puts the headings and the status in one editor transaction, saved, without reloading the editor", async () => {
    // The topic is set, so closing adds no frontmatter line above the cursor (the fake editor keeps a
    // cursor's line and column through a transaction; it does not map it as CodeMirror does).
    const { app } = await started({ ...FILES, [FIRST_PATH]: session(1, "Book the room").replace("status: open", "topic: The plan\nstatus: open") });
    const view = await openNote(app, FIRST_PATH);
    const loads = view.loadCount;
    view.editor.setCursor({ line: 9, ch: 2 }); // in "The plan"
    app.commands.executeCommandById("mentoring-notes:close-session");
    await settle();
    expect(view.editor.transactionCount).toBe(1);
    expect(view.loadCount).toBe(loads);
    const text = app.vault.contentOf(app.vault.fileAt(FIRST_PATH)) ?? "";
    expect(text).toBe(view.editor.getValue());
    expect(text).toContain("status: closed\n");
    expect(text).not.toContain("status: open");
    expect(text.match(/^## /gm)).toHaveLength(5);
    expect(view.editor.getCursor()).toEqual({ line: 9, ch: 2 });
  });
});

describe("a case-insensitive disk", () => {
  it("starts a new relationship in the existing folder spelt in another case", async () => {
    const app = createApp(
      { ".obsidian/plugins/mentoring-notes/data.json": JSON.stringify({ language: "en", myName: "Anna Holm" }), "mentoring/Old note.md": "# Old\n" },
      { caseInsensitive: true, layoutReady: true },
    );
    const plugin = await loadPlugin(MentoringNotesPlugin, app);
    plugin.clock = () => new Date("2026-11-22T10:00:00");
    await plugin.indexBridge.whenReady();
    app.commands.executeCommandById("mentoring-notes:new-relationship");
    const modal = lastModal();
    const field = Array.from(modal.contentEl.querySelectorAll(".setting-item"))
      .find((el) => el.querySelector(".setting-item-name")?.textContent === plugin.t("modal.otherName.name"))
      ?.querySelector<HTMLInputElement>("input");
    if (!field) throw new Error("no name field");
    field.value = "Jane Doe";
    field.dispatchEvent(new Event("input", { bubbles: true }));
    Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === plugin.t("modal.create"))?.click();
    for (let i = 0; i < 10; i += 1) await settle();
    expect(notices.map((n) => n.message).filter((m) => m.startsWith("Could not write"))).toEqual([]);
    expect(app.vault.getFileByPath("mentoring/Jane Doe/Agreement.md")).not.toBeNull();
    expect(app.vault.getFileByPath("mentoring/Jane Doe/2026-11-22 Session 1.md")).not.toBeNull();
    expect(app.vault.getFolderByPath("Mentoring")).toBeNull();
  });
});

describe("on a phone", () => {
  it("loads the whole plugin and shows the meeting time as visible text", async () => {
    const { app, plugin } = await started(FILES, {}, "phone");
    expect(app.vault.caseInsensitive).toBe(true);
    for (const id of ["start-session", "new-relationship", "open-dashboard"]) expect(app.commands.findCommand(`mentoring-notes:${id}`)).toBeDefined();
    expect(openActionTexts(plugin)).toEqual(["Book the room"]);
    const view = await openNote(app, FIRST_PATH);
    expect(app.statusBarEl.querySelector(".mentoring-timer")).toBeNull();
    const action = view.containerEl.querySelector<HTMLElement>(".mentoring-timer-action");
    const shown = action?.querySelector(".mentoring-timer-text")?.textContent ?? "";
    expect(shown).toMatch(/\d/);
    expect(action?.getAttribute("aria-label")?.startsWith(shown)).toBe(true);
    expect(app.commands.executeCommandById("mentoring-notes:open-dashboard")).toBe(true);
    await app.commands.lastResult;
    await settle();
    expect(app.workspace.getLeavesOfType("mentoring-dashboard-view")).toHaveLength(1);
  });
});

describe("the dashboard", () => {
  it("marks its checkboxes with its own class, not Obsidian's task-list one", async () => {
    const { app } = await started();
    app.commands.executeCommandById("mentoring-notes:open-dashboard");
    await app.commands.lastResult;
    await settle();
    const root = app.workspace.containerEl;
    expect(root.querySelectorAll("input.task-list-item-checkbox")).toHaveLength(0);
    expect(root.querySelectorAll("input[type=checkbox].mentoring-action-checkbox").length).toBeGreaterThan(0);
  });

  it("draws later slices on the timers of the element's own window (a popout)", () => {
    const el = createDiv();
    const queued: (() => void)[] = [];
    const popout = { setTimeout: (fn: () => void) => queued.push(fn), clearTimeout: () => undefined };
    Object.defineProperty(el, "win", { value: popout });
    const mainWindow = vi.spyOn(window, "setTimeout");
    let drawn = 0;
    const drawing = new SlicedDrawing(el, () => undefined);
    for (let i = 0; i < FIRST_SLICE_UNITS + SLICE_UNITS; i += 1) drawing.add(1, () => (drawn += 1));
    drawing.start();
    expect([drawn, queued.length]).toEqual([FIRST_SLICE_UNITS, 1]);
    queued.shift()?.();
    expect(drawn).toBe(FIRST_SLICE_UNITS + SLICE_UNITS);
    expect(mainWindow).not.toHaveBeenCalled();
  });
});
