// @vitest-environment happy-dom
// The behaviours of Obsidian the fake models because plugin code got them wrong when the fake hid them.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createApp, MarkdownView, resetFake, settle, TFolder, type TAbstractFile } from "./obsidian";

beforeEach(() => resetFake());
afterEach(() => {
  vi.useRealTimers();
  resetFake();
});

const NOTE = "---\ntype: mentoring-session\n---\n# Now\n";

describe("the metadata cache at start", () => {
  it("answers from Obsidian's start cache (stale or null) until the first pass re-parses, firing changed then resolved", async () => {
    const app = createApp({ "A.md": NOTE, "B.md": NOTE, "C.md": NOTE }, { startCache: { "A.md": "# Before\n", "B.md": null }, resolveWithLayout: false });
    const events: string[] = [];
    app.metadataCache.on("changed", (file: { path: string }) => events.push(`changed ${file.path}`));
    app.metadataCache.on("resolved", () => events.push("resolved"));
    expect(app.metadataCache.getFileCache(app.vault.fileAt("A.md"))?.headings?.map((h) => h.heading)).toEqual(["Before"]);
    expect(app.metadataCache.getFileCache(app.vault.fileAt("B.md"))).toBeNull();
    expect(app.metadataCache.getFileCache(app.vault.fileAt("C.md"))?.frontmatter).toEqual({ type: "mentoring-session" });
    app.workspace.triggerLayoutReady();
    expect(events).toEqual([]);
    app.metadataCache.resolve();
    expect(events).toEqual(["changed A.md", "changed B.md", "resolved"]);
    expect(app.metadataCache.getFileCache(app.vault.fileAt("A.md"))?.headings?.map((h) => h.heading)).toEqual(["Now"]);
  });

  it("re-parses a stale note when it is written", async () => {
    const app = createApp({ "A.md": NOTE }, { startCache: { "A.md": "# Before\n" } });
    await app.vault.modify(app.vault.fileAt("A.md"), "# After\n");
    await settle();
    expect(app.metadataCache.getFileCache(app.vault.fileAt("A.md"))?.headings?.map((h) => h.heading)).toEqual(["After"]);
  });
});

describe("the vault", () => {
  it("lets held cachedReads resolve in any order, each with the text of its time", async () => {
    const app = createApp({ "A.md": "one" });
    const held = app.vault.holdReads();
    const file = app.vault.fileAt("A.md");
    const results: string[] = [];
    const first = app.vault.cachedRead(file).then((text) => results.push(text));
    await app.vault.modify(file, "two");
    const second = app.vault.cachedRead(file).then((text) => results.push(text));
    await settle();
    held[1]?.release();
    await settle();
    held[0]?.release();
    await Promise.all([first, second]);
    expect(results).toEqual(["two", "one"]);
  });

  it("fires delete for a deleted folder only, and its notes are gone", async () => {
    const app = createApp({ "F/A.md": "a", "F/G/B.md": "b", "Other.md": "c" });
    const deleted: TAbstractFile[] = [];
    app.vault.on("delete", (file: TAbstractFile) => deleted.push(file));
    await app.fileManager.trashFile(app.vault.folderAt("F"));
    expect(deleted.map((f) => [f.path, f instanceof TFolder])).toEqual([["F", true]]);
    expect(Object.keys(app.vault.snapshot())).toEqual(["Other.md"]);
    expect(app.vault.getAbstractFileByPath("F/G")).toBeNull();
  });

  it("on a case-insensitive disk refuses a path taken in another case; lookups stay exact", async () => {
    const app = createApp({ "Mentoring/A.md": "a" }, { caseInsensitive: true });
    await expect(app.vault.createFolder("mentoring")).rejects.toThrow("Folder already exists.");
    await expect(app.vault.create("MENTORING/a.md", "x")).rejects.toThrow("File already exists.");
    expect(app.vault.getFolderByPath("mentoring")).toBeNull();
    expect(await app.vault.adapter.exists("mentoring")).toBe(true);
    expect(await app.vault.adapter.exists("mentoring", true)).toBe(false);
    const sensitive = createApp({ "Mentoring/A.md": "a" });
    await sensitive.vault.createFolder("mentoring");
    expect(sensitive.vault.getFolderByPath("mentoring")).not.toBeNull();
  });

  it("gives a phone a case-insensitive disk", () => {
    expect(createApp({}, { platform: "phone" }).vault.caseInsensitive).toBe(true);
    expect(createApp({}, { platform: "desktop" }).vault.caseInsensitive).toBe(false);
  });
});

describe("editors and leaves", () => {
  it("keeps a CRLF note CRLF on disk while the editor holds LF, and typing stays unsaved until save()", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const app = createApp({ "S.md": "a\r\nb\r\n" });
    const leaf = app.workspace.getLeaf(false);
    await leaf.openFile(app.vault.fileAt("S.md"), { active: true });
    const view = leaf.view as MarkdownView;
    expect(view.editor.getValue()).toBe("a\nb\n");
    view.editor.replaceRange("typed\n", { line: 2, ch: 0 });
    expect(view.hasUnsavedChanges).toBe(true);
    expect(app.vault.snapshot()["S.md"]).toBe("a\r\nb\r\n");
    await view.save();
    expect(app.vault.snapshot()["S.md"]).toBe("a\r\nb\r\ntyped\r\n");
    expect(view.hasUnsavedChanges).toBe(false);
  });

  it("opens a file without activating the leaf unless asked", async () => {
    const app = createApp({ "A.md": "a", "B.md": "b" });
    const first = app.workspace.getLeaf(false);
    await first.openFile(app.vault.fileAt("A.md"), { active: true });
    const second = app.workspace.getLeaf("split");
    await second.openFile(app.vault.fileAt("B.md"));
    expect(app.workspace.getActiveFile()?.path).toBe("A.md");
    expect(app.workspace.activeEditor?.file?.path).toBe("A.md");
    await second.openFile(app.vault.fileAt("B.md"), { active: true });
    expect(app.workspace.getActiveFile()?.path).toBe("B.md");
  });

  it("holds a deferred leaf's placeholder until it is loaded", async () => {
    const app = createApp({ "A.md": "a" });
    const leaf = app.workspace.addDeferredLeaf({ type: "markdown", state: { file: "A.md" } });
    expect(leaf.isDeferred).toBe(true);
    expect(leaf.view.getViewType()).toBe("markdown");
    expect(leaf.view instanceof MarkdownView).toBe(false);
    expect(app.workspace.getLeavesOfType("markdown")).toEqual([leaf]);
    await leaf.loadIfDeferred();
    expect(leaf.isDeferred).toBe(false);
    expect(leaf.view instanceof MarkdownView && leaf.view.editor.getValue()).toBe("a");
  });
});
