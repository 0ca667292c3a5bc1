// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp, loadPlugin, resetFake, settle, unloadPlugin, type Component } from "../fakes/obsidian";
import MentoringNotesPlugin from "../../src/main";

const AGREEMENT = "---\ntype: mentoring-agreement\nmentee: Ana\nrole: mentor\n---\n## Goals\n\n- [ ] Lead the team meeting\n";
const session = (n: number, action: string) =>
  `---\ntype: mentoring-session\nsession: ${n}\ndate: 2026-11-0${n}\nstatus: open\n---\n## Actions\n\n- [ ] ${action} 📅 2026-12-01\n`;

beforeEach(() => resetFake());
afterEach(() => resetFake());

function openActionTexts(plugin: MentoringNotesPlugin): string[] {
  return plugin.index.sessions().flatMap((s) => s.actions.filter((a) => a.state === "open").map((a) => a.task.text));
}

describe("index bridge", () => {
  it("indexes nothing in onload, everything after layout-ready", async () => {
    const app = createApp({ "Mentoring/Ana/Agreement.md": AGREEMENT, "Mentoring/Ana/2026-11-01 Session 1.md": session(1, "Book the room"), "Notes/Other.md": "- [ ] not ours\n" }, { layoutReady: false });
    const plugin = await loadPlugin(MentoringNotesPlugin, app);
    expect(plugin.index.noteCount).toBe(0);
    expect(plugin.indexBridge.isReady).toBe(false);
    app.workspace.triggerLayoutReady();
    await plugin.indexBridge.whenReady();
    expect(plugin.index.noteCount).toBe(2);
    expect(openActionTexts(plugin)).toEqual(["Book the room"]);
  });

  it("follows create, modify, rename and delete one file at a time", async () => {
    const app = createApp({ "Mentoring/Ana/Agreement.md": AGREEMENT });
    const plugin = await loadPlugin(MentoringNotesPlugin, app);
    app.workspace.triggerLayoutReady();
    await plugin.indexBridge.whenReady();

    const created = await app.vault.create("Mentoring/Ana/2026-11-02 Session 2.md", session(2, "Call Per"));
    await settle();
    expect(openActionTexts(plugin)).toEqual(["Call Per"]);

    await app.vault.modify(created, session(2, "Call Per and Lis"));
    await settle();
    expect(openActionTexts(plugin)).toEqual(["Call Per and Lis"]);

    await app.vault.rename(created, "Mentoring/Ana/2026-11-02 Session 2 (moved).md");
    await settle();
    expect(plugin.index.sessions().map((s) => s.file)).toEqual(["Mentoring/Ana/2026-11-02 Session 2 (moved).md"]);

    const moved = app.vault.getFileByPath("Mentoring/Ana/2026-11-02 Session 2 (moved).md");
    expect(moved).not.toBeNull();
    if (moved) await app.fileManager.trashFile(moved);
    await settle();
    expect(plugin.index.sessions()).toEqual([]);
  });

  it("indexes the newest text of every note when the start-up scan's reads finish out of order while notes change, move and go", async () => {
    const sessions = Array.from({ length: 12 }, (_, i) => `Mentoring/Ana/2026-11-${String(i + 1).padStart(2, "0")} Session ${i + 1}.md`);
    const files: Record<string, string> = { "Mentoring/Ana/Agreement.md": AGREEMENT, "Notes/Other.md": "- [ ] not ours\n" };
    sessions.forEach((path, i) => (files[path] = session(1, `Action ${i + 1}`)));
    const app = createApp(files, { layoutReady: false });
    const plugin = await loadPlugin(MentoringNotesPlugin, app);
    const held = app.vault.holdReads();
    app.workspace.triggerLayoutReady();
    await settle();
    // Mid-scan: the note of the first waiting read moves, a later note is written, the last one is deleted.
    const first = held[0]?.path ?? "";
    const movedTo = first.replace(".md", " (moved).md");
    await app.vault.rename(app.vault.fileAt(first), movedTo);
    await app.vault.modify(app.vault.fileAt(sessions[1] ?? ""), session(1, "Changed while the scan ran"));
    await app.fileManager.trashFile(app.vault.fileAt(sessions[11] ?? ""));
    // Every read waiting so far finishes, the newest first; reads the scan starts meanwhile wait for the next round.
    for (let round = 0; round < 50 && !plugin.indexBridge.isReady; round += 1) {
      for (const read of held.splice(0).reverse()) read.release();
      await settle();
    }
    expect(plugin.indexBridge.isReady).toBe(true);
    const expectedFiles = ["Mentoring/Ana/Agreement.md", ...sessions.slice(0, 11)].map((path) => (path === first ? movedTo : path));
    const indexedFiles = [...plugin.index.relationships().map((r) => r.agreement.file), ...plugin.index.sessions().map((s) => s.file)];
    expect(indexedFiles.sort()).toEqual(expectedFiles.sort());
    const expectedActions = sessions.slice(0, 11).map((_, i) => (i === 1 ? "Changed while the scan ran" : `Action ${i + 1}`));
    expect(openActionTexts(plugin).sort()).toEqual(expectedActions.sort());
  });

  it("leaves out the notes of a folder deleted while the start-up scan's reads of them wait", async () => {
    const app = createApp(
      { "Mentoring/Bo/Agreement.md": AGREEMENT, "Mentoring/Bo/2026-11-01 Session 1.md": session(1, "Gone with the folder"), "Mentoring/Ana/Agreement.md": AGREEMENT },
      { layoutReady: false },
    );
    const plugin = await loadPlugin(MentoringNotesPlugin, app);
    const held = app.vault.holdReads();
    app.workspace.triggerLayoutReady();
    await settle();
    expect(held.map((read) => read.path)).toContain("Mentoring/Bo/Agreement.md");
    await app.fileManager.trashFile(app.vault.folderAt("Mentoring/Bo"));
    for (let round = 0; round < 50 && !plugin.indexBridge.isReady; round += 1) {
      for (const read of held.splice(0).reverse()) read.release();
      await settle();
    }
    expect(plugin.indexBridge.isReady).toBe(true);
    expect(plugin.index.relationships().map((r) => r.agreement.file)).toEqual(["Mentoring/Ana/Agreement.md"]);
    expect(plugin.index.sessions()).toEqual([]);
  });

  it("stops listening on unload", async () => {
    const app = createApp({ "Mentoring/Ana/Agreement.md": AGREEMENT });
    const plugin = await loadPlugin(MentoringNotesPlugin, app);
    app.workspace.triggerLayoutReady();
    await plugin.indexBridge.whenReady();
    unloadPlugin(plugin);
    await app.vault.create("Mentoring/Ana/2026-11-03 Session 3.md", session(3, "Too late"));
    await settle();
    expect(plugin.index.sessions()).toEqual([]);
    expect((plugin as unknown as Component).activeRegistrations()).toEqual({ callback: 0, event: 0, domEvent: 0, interval: 0, children: 0 });
  });
});
