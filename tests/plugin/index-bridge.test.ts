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
