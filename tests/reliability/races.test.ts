// @vitest-environment happy-dom
// Races through the Obsidian fake: the note changes, disappears or is renamed between the dashboard's
// drawing and a tick; two commands land on one note in quick succession. Nothing is lost, nothing is
// written in the wrong place, nothing is recreated. (The plain cases, a line changed or moved or a note
// gone before the click, are in tests/plugin/dashboard.test.ts; these are the timings around them.)
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp, loadPlugin, MarkdownView, notices, openModals, resetFake, settle, type App, type Editor, type TFile } from "../fakes/obsidian";
import MentoringNotesPlugin from "../../src/main";
import { DASHBOARD_VIEW_TYPE } from "../../src/plugin/dashboard";
import { linesOf } from "./byte-checks";
import { agreementFrontmatter, sessionFrontmatter } from "../fixtures/malformed/generated";

const FOLDER = "Mentoring/Jane Doe";
const AGREEMENT = `${FOLDER}/Agreement.md`;
const SESSION = `${FOLDER}/2026-11-22 Session 3.md`;
const REFRESH_DEBOUNCE_MS = 250;

const AGREEMENT_TEXT = agreementFrontmatter() + ["## Goals", "- [ ] Lead the quarterly planning", ""].join("\n");

function sessionText(eol: "\n" | "\r\n" = "\n"): string {
  return sessionFrontmatter([], eol) + [
    "# Session 3",
    "",
    "## Topic",
    "",
    "Handing over the release notes to Søren 🚀",
    "",
    "## Actions",
    "",
    "- [ ] Send the handover plan to Søren 📅 2026-12-01",
    "- [ ] Ask Åse about the budget 📅 2026-12-05",
    "\t- [ ] Book a room [owner:: mentor]",
    "",
  ].join(eol);
}

beforeEach(() => resetFake());
afterEach(() => resetFake());

async function start(session = sessionText(), settings: Record<string, unknown> = {}): Promise<{ app: App; plugin: MentoringNotesPlugin }> {
  const app = createApp({
    ".obsidian/plugins/mentoring-notes/data.json": JSON.stringify({ language: "en", ...settings }),
    [AGREEMENT]: AGREEMENT_TEXT,
    [SESSION]: session,
  });
  const plugin = await loadPlugin(MentoringNotesPlugin, app);
  plugin.clock = () => new Date("2026-11-22T10:00:00");
  app.workspace.triggerLayoutReady();
  await plugin.indexBridge.whenReady();
  return { app, plugin };
}

async function dashboard(app: App): Promise<HTMLElement> {
  app.commands.executeCommandById("mentoring-notes:open-dashboard");
  await app.commands.lastResult;
  await settle();
  const view = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]?.view as unknown as { contentEl: HTMLElement } | undefined;
  if (!view) throw new Error("no dashboard view");
  return view.contentEl;
}

function box(root: HTMLElement, text: string): HTMLInputElement {
  const found = Array.from(root.querySelectorAll<HTMLInputElement>("input[type=checkbox]")).find((input) => input.getAttribute("aria-label") === text);
  if (!found) throw new Error(`no checkbox for ${text}`);
  return found;
}

function drawnActions(root: HTMLElement): string[] {
  return Array.from(root.querySelectorAll(".mentoring-dashboard-action-text")).map((el) => el.textContent ?? "");
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, ms));

function read(app: App, path: string): string | null {
  const file = app.vault.getFileByPath(path);
  return file ? app.vault.contentOf(file) : null;
}

/** The 0-based lines that differ between two texts with the same line count. */
function changed(before: string, after: string): number[] {
  const a = linesOf(before);
  const b = linesOf(after);
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [i]));
}

/** Makes the next `vault.process` call run `meanwhile` first, as if another device synced a change just then. */
function beforeNextProcess(app: App, meanwhile: (file: TFile) => Promise<void>): void {
  const vault = app.vault;
  const original = vault.process.bind(vault);
  vault.process = async (file: TFile, fn: (data: string) => string): Promise<string> => {
    vault.process = original;
    await meanwhile(file);
    return original(file, fn);
  };
}

async function openSession(app: App): Promise<Editor> {
  await app.workspace.getLeaf().openFile(app.vault.fileAt(SESSION), { active: true });
  await settle();
  const view = app.workspace.getActiveViewOfType(MarkdownView);
  if (!view) throw new Error("no markdown view");
  return view.editor;
}

async function answerCloseOffer(button: "Close without these" | "Save"): Promise<void> {
  const modal = openModals[openModals.length - 1];
  const found = modal ? Array.from(modal.contentEl.querySelectorAll("button")).find((el) => el.textContent === button) : undefined;
  if (!found) throw new Error(`no ${button} button`);
  found.click();
  await settle();
}

describe("the note changes between the drawing and the tick", () => {
  it("refuses, writes nothing, and the dashboard redraws with the note as it is now", async () => {
    const { app } = await start();
    const root = await dashboard(app);
    const file = app.vault.fileAt(SESSION);
    const reworded = sessionText().replace("Ask Åse about the budget", "Ask Åse about next year's budget");
    await app.vault.modify(file, reworded);
    const writes = app.vault.writes.length;

    // Ticked before the dashboard's refresh (debounced) has run: the box still shows the old text.
    box(root, "Ask Åse about the budget").click();
    await settle();
    expect(read(app, SESSION)).toBe(reworded);
    expect(app.vault.writes.length).toBe(writes);
    expect(notices.at(-1)?.message).toMatch(/changed since it was shown/);

    await wait(REFRESH_DEBOUNCE_MS + 50);
    expect(drawnActions(root)).toContain("Ask Åse about next year's budget");
    expect(drawnActions(root)).not.toContain("Ask Åse about the budget");
  });

  it("changed by another device while the tick is on its way: refused, the other device's text kept", async () => {
    const { app } = await start();
    const root = await dashboard(app);
    const synced = sessionText().replace("- [ ] Send the handover plan", "- [ ] Send the revised handover plan");
    beforeNextProcess(app, (file) => app.vault.modify(file, synced));
    box(root, "Send the handover plan to Søren").click();
    await settle();
    expect(read(app, SESSION)).toBe(synced);
    expect(notices.at(-1)?.message).toMatch(/changed since it was shown/);
  });
});

describe("the note is deleted or renamed meanwhile", () => {
  it("deleted while the tick is on its way: a clear notice, nothing written, nothing recreated", async () => {
    const { app } = await start();
    const root = await dashboard(app);
    const writes = app.vault.writes.length;
    beforeNextProcess(app, (file) => app.fileManager.trashFile(file));
    box(root, "Send the handover plan to Søren").click();
    await settle();
    expect(notices.at(-1)?.message).toBe(`${SESSION} was moved or deleted after the dashboard was drawn, so nothing was ticked.`);
    expect(app.vault.getFileByPath(SESSION)).toBeNull();
    expect(app.vault.getFiles().map((file) => file.path)).toEqual([AGREEMENT]);
    expect(app.vault.writes.length).toBe(writes);
  });

  it("renamed while the tick is on its way: the note under its new name gets the one line, the old name stays empty", async () => {
    const { app } = await start();
    const root = await dashboard(app);
    const renamed = `${FOLDER}/2026-11-22 Handover.md`;
    beforeNextProcess(app, (file) => app.fileManager.renameFile(file, renamed));
    box(root, "Send the handover plan to Søren").click();
    await settle();
    expect(app.vault.getFileByPath(SESSION), "the old path is not recreated").toBeNull();
    const text = read(app, renamed) ?? "";
    const lines = changed(sessionText(), text);
    if (lines.length === 0) expect(notices.at(-1)?.message).toMatch(/moved or deleted|changed/);
    else {
      expect(lines).toHaveLength(1);
      expect(linesOf(text)[lines[0] ?? -1]).toBe("- [x] Send the handover plan to Søren 📅 2026-12-01 ✅ 2026-11-22\n");
    }
  });
});

describe("two commands on the same note in quick succession", () => {
  it("two ticks without waiting for the first: both are written, nothing else changes", async () => {
    const { app } = await start(sessionText("\r\n"));
    const root = await dashboard(app);
    box(root, "Send the handover plan to Søren").click();
    box(root, "Book a room").click();
    await settle();
    const text = read(app, SESSION) ?? "";
    expect(changed(sessionText("\r\n"), text)).toEqual([18, 20]);
    expect(text).toContain("- [x] Send the handover plan to Søren 📅 2026-12-01 ✅ 2026-11-22\r\n");
    expect(text).toContain("\t- [x] Book a room [owner:: mentor] ✅ 2026-11-22\r\n");
  });

  it("time-out then close at once: the callout, the four headings and the status are all there", async () => {
    const { app } = await start(sessionText(), { timeOutMode: "next" });
    const editor = await openSession(app);
    editor.setCursor({ line: 15, ch: 0 });
    app.commands.executeCommandById("mentoring-notes:insert-time-out");
    app.commands.executeCommandById("mentoring-notes:close-session");
    await settle();
    await answerCloseOffer("Close without these");
    await app.workspace.getActiveViewOfType(MarkdownView)?.save();
    const text = read(app, SESSION) ?? "";
    expect(text).toContain("> [!question] Time-out 10:00");
    for (const heading of ["## Summary", "## Insights", "## Ideas", "## Actions"]) expect(text).toContain(`${heading}\n`);
    expect(text).toContain("status: closed");
    expect(text).toContain("- [ ] Send the handover plan to Søren 📅 2026-12-01");
    expect(editor.getValue()).toBe(text);
  });

  it("close then tick from the dashboard: the closed note keeps its headings and gets the tick", async () => {
    const { app } = await start();
    const root = await dashboard(app);
    const editor = await openSession(app);
    app.commands.executeCommandById("mentoring-notes:close-session");
    await settle();
    await answerCloseOffer("Save");
    box(root, "Ask Åse about the budget").click();
    await settle();
    await app.workspace.getActiveViewOfType(MarkdownView)?.save();
    const text = read(app, SESSION) ?? "";
    expect(text).toContain("status: closed");
    expect(text).toContain("next: 2026-12-20");
    expect(text).toContain("## Insights\n");
    expect(text).toContain("- [x] Ask Åse about the budget 📅 2026-12-05 ✅ 2026-11-22\n");
    expect(editor.getValue()).toBe(text);
  });

  it("a tick from the dashboard while the note has unsaved typing in the editor: both survive", async () => {
    const { app } = await start();
    const root = await dashboard(app);
    const editor = await openSession(app);
    // Typed a second ago: the editor saves two seconds after the last keystroke, so it is not on disk yet.
    editor.replaceRange("Søren said yes. ", { line: 14, ch: 0 });
    box(root, "Send the handover plan to Søren").click();
    await settle();
    await app.workspace.getActiveViewOfType(MarkdownView)?.save();
    const text = read(app, SESSION) ?? "";
    expect(text).toContain("Søren said yes. Handing over the release notes");
    expect(text).toContain("- [x] Send the handover plan to Søren 📅 2026-12-01 ✅ 2026-11-22");
    expect(editor.getValue()).toBe(text);
  });
});
