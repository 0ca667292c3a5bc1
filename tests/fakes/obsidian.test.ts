// @vitest-environment happy-dom
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type * as Real from "obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as fake from "./obsidian";
import {
  createApp,
  debounce,
  Editor,
  FuzzySuggestModal,
  ItemView,
  loadPlugin,
  MarkdownRenderChild,
  MarkdownView,
  normalizePath,
  Notice,
  notices,
  openModals,
  Platform,
  Plugin,
  PluginSettingTab,
  renderCodeBlock,
  resetFake,
  Setting,
  settle,
  TFile,
  TFolder,
  unloadPlugin,
  type WorkspaceLeaf,
} from "./obsidian";
import { runs } from "../setup/property-runs";

// Compile-time: the fake's functions fit the real API's signatures, so plugin code sees what it expects.
const signatures: [typeof Real.normalizePath, typeof Real.getLanguage, typeof Real.setIcon] = [fake.normalizePath, fake.getLanguage, fake.setIcon];
void signatures;
type EditorSubset = Pick<Real.Editor, "getValue" | "getLine" | "lineCount" | "lastLine" | "getCursor" | "posToOffset" | "offsetToPos" | "getRange" | "replaceRange" | "getSelection" | "replaceSelection">;
const editorFits: EditorSubset = new Editor("x");
void editorFits;

beforeEach(() => resetFake());
afterEach(() => vi.useRealTimers());

const SESSION_CRLF = "---\r\ntype: mentoring-session\r\nsession: 3\r\n---\r\n# Session 3\r\n\r\n## Actions\r\n- [ ] Ring Søren 📅 2026-03-01\r\n";

describe("DOM helpers", () => {
  it("build elements from options and keep text as text", () => {
    const parent = createDiv("host");
    const link = parent.createEl("a", { cls: ["one", "two"], text: "<img src=x onerror=alert(1)>", attr: { "data-line": 4, hidden: null }, href: "#x" });
    expect(parent.hasClass("host")).toBe(true);
    expect(link.parentElement).toBe(parent);
    expect(link.className).toBe("one two");
    expect(link.textContent).toBe("<img src=x onerror=alert(1)>");
    expect(link.children).toHaveLength(0);
    expect(link.getAttribute("data-line")).toBe("4");
    expect(link.getAttribute("href")).toBe("#x");
    link.toggleClass("one", false);
    link.addClass("three");
    expect(link.className).toBe("two three");
    expect(link.instanceOf(HTMLAnchorElement)).toBe(true);
    expect(link.instanceOf(HTMLDivElement)).toBe(false);
    parent.setText("æøå 🙂");
    expect(parent.childNodes).toHaveLength(1);
    expect(parent.textContent).toBe("æøå 🙂");
    parent.empty();
    expect(parent.childNodes).toHaveLength(0);
    const fragment = createFragment((f) => f.createSpan({ text: "Open" }));
    parent.createDiv({ text: fragment, prepend: true });
    expect(parent.textContent).toBe("Open");
  });
});

describe("normalizePath", () => {
  it("behaves like Obsidian's", () => {
    expect(normalizePath("\\Mentoring//Ana\\\\Session 1.md/")).toBe("Mentoring/Ana/Session 1.md");
    expect(normalizePath("/")).toBe("/");
    expect(normalizePath("a\u00A0b")).toBe("a b");
    expect(normalizePath("Sø\u0308ren")).toBe("Sø\u0308ren".normalize("NFC"));
    expect(normalizePath("Mentoring/Sa\u030Ar.md")).toBe("Mentoring/S\u00E5r.md");
  });
});

describe("Vault", () => {
  it("creates, reads, processes, renames and deletes with Obsidian's events and failures", async () => {
    const app = createApp({ "Mentoring/Ana/Agreement.md": "# Agreement\n" });
    const vault = app.vault;
    const events: string[] = [];
    for (const name of ["create", "modify", "delete", "rename"]) {
      vault.on(name, (file: TFile | TFolder, oldPath?: string) => events.push(`${name} ${file.path}${oldPath ? ` from ${oldPath}` : ""}`));
    }
    expect(vault.getFolderByPath("Mentoring/Ana")?.children.map((c) => c.name)).toEqual(["Agreement.md"]);
    await expect(vault.create("Mentoring/Ana/Agreement.md", "x")).rejects.toThrow("already exists");
    await expect(vault.create("Elsewhere/New.md", "x")).rejects.toThrow("Folder does not exist");

    const session = await vault.create("Mentoring/Ana/Session 1.md", "- [ ] a\r\n- [ ] b\r\n");
    expect(session.basename).toBe("Session 1");
    expect(session.extension).toBe("md");
    expect(session.parent?.path).toBe("Mentoring/Ana");
    const result = await vault.process(session, (text) => text.replace("- [ ] b", "- [x] b"));
    expect(result).toBe("- [ ] a\r\n- [x] b\r\n");
    const unchanged = await vault.process(session, (text) => text);
    expect(unchanged).toBe(result);
    expect(vault.writes.map((w) => w.path)).toEqual(["Mentoring/Ana/Session 1.md", "Mentoring/Ana/Session 1.md"]);

    await vault.rename(vault.folderAt("Mentoring/Ana"), "Mentoring/Ana Berg");
    expect(session.path).toBe("Mentoring/Ana Berg/Session 1.md");
    expect(vault.getFileByPath("Mentoring/Ana/Session 1.md")).toBeNull();
    await app.fileManager.trashFile(session);
    expect(vault.trashed).toEqual(["Mentoring/Ana Berg/Session 1.md"]);
    await expect(vault.read(session)).rejects.toThrow("ENOENT");
    await expect(vault.modify(session, "ghost")).rejects.toThrow("ENOENT");
    expect(vault.snapshot()).toEqual({ "Mentoring/Ana Berg/Agreement.md": "# Agreement\n" });
    expect(events).toEqual([
      "create Mentoring/Ana/Session 1.md",
      "modify Mentoring/Ana/Session 1.md",
      "rename Mentoring/Ana Berg from Mentoring/Ana",
      "rename Mentoring/Ana Berg/Agreement.md from Mentoring/Ana/Agreement.md",
      "rename Mentoring/Ana Berg/Session 1.md from Mentoring/Ana/Session 1.md",
      "delete Mentoring/Ana Berg/Session 1.md",
    ]);
  });

  it("keeps the config folder in the adapter, where a plugin's data.json lives", async () => {
    const app = createApp({ "Note.md": "", ".obsidian/plugins/mentoring-notes/data.json": "{ broken" });
    expect(app.vault.getFiles().map((f) => f.path)).toEqual(["Note.md"]);
    const plugin = await loadPlugin(Plugin, app);
    await expect(plugin.loadData()).rejects.toThrow(SyntaxError);
    await plugin.saveData({ language: "da" });
    expect(await plugin.loadData()).toEqual({ language: "da" });
    expect(app.vault.adapter.snapshot()).toEqual({ ".obsidian/plugins/mentoring-notes/data.json": '{\n  "language": "da"\n}' });
    const fresh = await loadPlugin(Plugin, createApp());
    expect(await fresh.loadData()).toBeNull();
  });
});

describe("MetadataCache", () => {
  it("reads frontmatter, headings and list items outside code fences", () => {
    const app = createApp({ "S.md": `${SESSION_CRLF}  - [/] Nested\r\n\`\`\`\r\n# not a heading\r\n- [ ] not a task\r\n\`\`\`\r\n` });
    const cache = app.metadataCache.getFileCache(app.vault.fileAt("S.md"));
    expect(cache?.frontmatter).toEqual({ type: "mentoring-session", session: 3 });
    expect(cache?.headings?.map((h) => [h.heading, h.level, h.position.start.line])).toEqual([["Session 3", 1, 4], ["Actions", 2, 6]]);
    expect(cache?.listItems?.map((i) => [i.position.start.line, i.task, i.parent])).toEqual([[7, " ", -7], [8, "/", 7]]);
  });

  it("gives no frontmatter for broken YAML, fires changed after a write, resolves links", async () => {
    const app = createApp({ "A/Agreement.md": "---\nroles: [mentor\n---\n", "A/S.md": "x", "B/Agreement.md": "" });
    const agreement = app.vault.fileAt("A/Agreement.md");
    expect(app.metadataCache.getFileCache(agreement)?.frontmatter).toBeUndefined();
    const order: string[] = [];
    app.metadataCache.on("changed", (file: TFile) => order.push(`changed ${file.path}`));
    app.vault.on("modify", (file: TFile) => order.push(`modify ${file.path}`));
    await app.vault.modify(agreement, "---\nrole: mentor\n---\n");
    await settle();
    expect(order).toEqual(["modify A/Agreement.md", "changed A/Agreement.md"]);
    expect(app.metadataCache.getFileCache(agreement)?.frontmatter).toEqual({ role: "mentor" });
    expect(app.metadataCache.getFirstLinkpathDest("Agreement", "A/S.md")?.path).toBe("A/Agreement.md");
    expect(app.metadataCache.getFirstLinkpathDest("Agreement", "B/x.md")?.path).toBe("B/Agreement.md");
    expect(app.metadataCache.getFirstLinkpathDest("B/Agreement", "A/S.md")?.path).toBe("B/Agreement.md");
    expect(app.metadataCache.getFirstLinkpathDest("Missing", "A/S.md")).toBeNull();
    expect(app.fileManager.generateMarkdownLink(app.vault.fileAt("A/S.md"), "B/x.md")).toBe("[[S]]");
    expect(app.fileManager.generateMarkdownLink(agreement, "B/x.md")).toBe("[[A/Agreement]]");
  });
});

describe("FileManager.processFrontMatter", () => {
  it("rewrites only the frontmatter, keeps CRLF and the body byte for byte", async () => {
    const app = createApp({ "S.md": `\uFEFF${SESSION_CRLF}Tail without newline` });
    const file = app.vault.fileAt("S.md");
    await app.fileManager.processFrontMatter(file, (fm) => {
      fm.status = "closed";
    });
    const text = app.vault.snapshot()["S.md"] ?? "";
    expect(text).toBe("\uFEFF---\r\ntype: mentoring-session\r\nsession: 3\r\nstatus: closed\r\n---\r\n# Session 3\r\n\r\n## Actions\r\n- [ ] Ring Søren 📅 2026-03-01\r\nTail without newline");
  });

  it("adds a block to a note without one, and refuses broken YAML without writing", async () => {
    const app = createApp({ "Plain.md": "Body\n", "Broken.md": "---\na: [1\n---\nBody\n" });
    await app.fileManager.processFrontMatter(app.vault.fileAt("Plain.md"), (fm) => {
      fm.type = "mentoring-agreement";
    });
    expect(app.vault.snapshot()["Plain.md"]).toBe("---\ntype: mentoring-agreement\n---\nBody\n");
    const fn = vi.fn();
    await expect(app.fileManager.processFrontMatter(app.vault.fileAt("Broken.md"), fn)).rejects.toThrow();
    expect(fn).not.toHaveBeenCalled();
    expect(app.vault.snapshot()["Broken.md"]).toBe("---\na: [1\n---\nBody\n");
  });
});

describe("Editor", () => {
  it("applies a transaction's changes at once, in the original coordinates, holding LF only as CodeMirror does", () => {
    const editor = new Editor("one\r\ntwo\r\nthree");
    expect(editor.getValue()).toBe("one\ntwo\nthree");
    editor.transaction({
      changes: [{ from: { line: 2, ch: 0 }, text: "3: " }, { from: { line: 0, ch: 0 }, to: { line: 0, ch: 3 }, text: "ONE" }],
      selection: { from: { line: 2, ch: 3 } },
    });
    expect(editor.getValue()).toBe("ONE\ntwo\n3: three");
    expect(editor.getCursor()).toEqual({ line: 2, ch: 3 });
    expect(editor.getLine(0)).toBe("ONE");
    expect([editor.transactionCount, editor.changeCount]).toEqual([1, 2]);
    expect(() => editor.transaction({ changes: [{ from: { line: 0, ch: 0 }, to: { line: 0, ch: 2 }, text: "a" }, { from: { line: 0, ch: 1 }, text: "b" }] })).toThrow(RangeError);
    expect(editor.getValue()).toBe("ONE\ntwo\n3: three");
    expect(editor.transactionCount).toBe(1);
    editor.setSelection({ line: 1, ch: 0 }, { line: 1, ch: 3 });
    expect(editor.getSelection()).toBe("two");
    editor.replaceSelection("2");
    expect(editor.getValue()).toBe("ONE\n2\n3: three");
    expect(editor.getCursor()).toEqual({ line: 1, ch: 1 });
    editor.replaceRange("x\r\ny", { line: 0, ch: 0 });
    expect(editor.getValue()).toBe("x\nyONE\n2\n3: three");
  });

  it("maps offsets and positions both ways", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "ø", "🙂", "\n", "\r\n", "\t")), fc.nat(), (parts, n) => {
        const text = parts.join("");
        const editor = new Editor(text);
        const pos = editor.offsetToPos(n % (text.length + 1));
        expect(editor.offsetToPos(editor.posToOffset(pos))).toEqual(pos);
        expect(pos.ch).toBeLessThanOrEqual(editor.getLine(pos.line).length);
      }),
      runs(1000),
    );
  });
});

describe("Workspace and MarkdownView", () => {
  it("opens a note, finds its editor, and saves edits on save() or after Obsidian's delay", async () => {
    vi.useFakeTimers();
    const app = createApp({ "S.md": "# S\n" }, { layoutReady: true });
    const leaf = app.workspace.getLeaf(false);
    await leaf.openFile(app.vault.fileAt("S.md"), { active: true, eState: { line: 0 } });
    const view = app.workspace.getActiveViewOfType(MarkdownView);
    expect(view?.file?.path).toBe("S.md");
    expect(app.workspace.getActiveFile()?.path).toBe("S.md");
    view?.editor.replaceRange("- [ ] a\n", { line: 1, ch: 0 });
    expect(app.vault.snapshot()["S.md"]).toBe("# S\n");
    await vi.advanceTimersByTimeAsync(2000);
    expect(app.vault.snapshot()["S.md"]).toBe("# S\n- [ ] a\n");
    view?.editor.replaceRange("b", { line: 1, ch: 7 });
    await view?.save();
    expect(app.vault.snapshot()["S.md"]).toBe("# S\n- [ ] ab\n");
    await app.vault.modify(app.vault.fileAt("S.md"), "changed elsewhere\n");
    expect(view?.editor.getValue()).toBe("changed elsewhere\n");
  });

  it("runs layout-ready callbacks when the test says so, then at once", () => {
    const app = createApp();
    const calls: string[] = [];
    app.workspace.onLayoutReady(() => calls.push("queued"));
    expect(calls).toEqual([]);
    app.workspace.triggerLayoutReady();
    app.workspace.onLayoutReady(() => calls.push("late"));
    expect(calls).toEqual(["queued", "late"]);
  });
});

class CounterView extends ItemView {
  opened = 0;
  getViewType(): string {
    return "counter";
  }
  override async onOpen(): Promise<void> {
    this.opened += 1;
    this.contentEl.createEl("button", { text: "Tick" });
  }
}

class TestPlugin extends Plugin {
  seen: string[] = [];
  override onload(): void {
    this.registerEvent(this.app.vault.on("modify", (file: TFile) => this.seen.push(file.path)));
    this.registerInterval(window.setInterval(() => this.seen.push("tick"), 1000));
    this.registerDomEvent(activeDocument, "keydown", () => this.seen.push("key"));
    this.registerView("counter", (leaf: WorkspaceLeaf) => new CounterView(leaf));
    this.addStatusBarItem().setText("12:00");
    this.addCommand({ id: "always", name: "Always", callback: () => this.seen.push("always") });
    this.addCommand({ id: "only-md", name: "Only in notes", checkCallback: (checking) => {
      const file = this.app.workspace.getActiveFile();
      if (!file) return false;
      if (!checking) this.seen.push(`checked ${file.path}`);
      return true;
    } });
    this.addCommand({ id: "edit", name: "Edit", editorCallback: (editor) => editor.replaceRange("!", { line: 0, ch: 0 }) });
  }
}

describe("Plugin", () => {
  it("runs commands as the palette does, honouring check callbacks and the active editor", async () => {
    const app = createApp({ "S.md": "x" }, { layoutReady: true });
    const plugin = await loadPlugin(TestPlugin, app);
    expect(app.commands.executeCommandById("always")).toBe(false);
    expect(app.commands.executeCommandById("mentoring-notes:always")).toBe(true);
    expect(app.commands.isAvailable("mentoring-notes:only-md")).toBe(false);
    expect(app.commands.executeCommandById("mentoring-notes:only-md")).toBe(false);
    expect(app.commands.executeCommandById("mentoring-notes:edit")).toBe(false);
    await app.workspace.getLeaf().openFile(app.vault.fileAt("S.md"), { active: true });
    expect(app.commands.executeCommandById("mentoring-notes:only-md")).toBe(true);
    expect(app.commands.executeCommandById("mentoring-notes:edit")).toBe(true);
    expect(app.workspace.activeEditor?.editor.getValue()).toBe("!x");
    expect(plugin.seen).toEqual(["always", "checked S.md"]);
  });

  it("leaves nothing registered after unload", async () => {
    vi.useFakeTimers();
    const app = createApp({ "S.md": "x" }, { layoutReady: true });
    const plugin = await loadPlugin(TestPlugin, app);
    await app.workspace.getRightLeaf(false).setViewState({ type: "counter", active: true });
    expect(app.workspace.getLeavesOfType("counter")).toHaveLength(1);
    expect(app.statusBarEl.textContent).toBe("12:00");
    expect(plugin.activeRegistrations()).toMatchObject({ event: 1, interval: 1, domEvent: 1 });
    vi.advanceTimersByTime(1000);
    activeDocument.dispatchEvent(new KeyboardEvent("keydown"));
    await app.vault.modify(app.vault.fileAt("S.md"), "y");
    expect(plugin.seen).toEqual(["tick", "key", "S.md"]);

    unloadPlugin(plugin);
    expect(plugin.activeRegistrations()).toEqual({ callback: 0, event: 0, domEvent: 0, interval: 0, children: 0 });
    vi.advanceTimersByTime(5000);
    activeDocument.dispatchEvent(new KeyboardEvent("keydown"));
    await app.vault.modify(app.vault.fileAt("S.md"), "z");
    expect(plugin.seen).toEqual(["tick", "key", "S.md"]);
    expect(app.commands.listCommands()).toEqual([]);
    expect(app.workspace.getLeavesOfType("counter")).toHaveLength(0);
    expect(app.statusBarEl.textContent).toBe("");
  });

  it("gives views a header and a content element, and keeps the status bar hidden on phones", async () => {
    const app = createApp({}, { platform: "phone", layoutReady: true });
    const plugin = await loadPlugin(TestPlugin, app);
    expect(Platform.isMobile).toBe(true);
    expect(app.statusBarEl.childElementCount).toBe(0);
    const leaf = app.workspace.getLeaf(true);
    await leaf.setViewState({ type: "counter" });
    const view = leaf.view as CounterView;
    expect(view.opened).toBe(1);
    expect(Array.from(view.containerEl.children).map((c) => c.className)).toEqual(["view-header", "view-content"]);
    const clicks: string[] = [];
    view.addAction("timer", "Pause", () => clicks.push("pause")).click();
    expect(clicks).toEqual(["pause"]);
    unloadPlugin(plugin);
  });
});

describe("Code blocks", () => {
  it("renders through the registered processor with a section-aware context", async () => {
    const app = createApp({ "N.md": "Intro\n```mentoring-dashboard\nshow: actions\n```\n" });
    const unloaded: string[] = [];
    class Block extends MarkdownRenderChild {
      override onunload(): void {
        unloaded.push(this.containerEl.textContent ?? "");
      }
    }
    class BlockPlugin extends Plugin {
      override onload(): void {
        this.registerMarkdownCodeBlockProcessor("mentoring-dashboard", (source, el, ctx) => {
          el.createEl("p", { text: `${source.trim()} in ${ctx.sourcePath}` });
          const info = ctx.getSectionInfo(el);
          el.createEl("p", { text: `lines ${info?.lineStart}-${info?.lineEnd}` });
          ctx.addChild(new Block(el));
        });
      }
    }
    const plugin = await loadPlugin(BlockPlugin, app);
    const block = await renderCodeBlock(app, "mentoring-dashboard", "show: actions\n", "N.md");
    expect(block.el.textContent).toBe("show: actions in N.mdlines 1-3");
    block.section.unload();
    expect(unloaded).toEqual(["show: actions in N.mdlines 1-3"]);
    unloadPlugin(plugin);
    await expect(renderCodeBlock(app, "mentoring-dashboard", "", "N.md")).rejects.toThrow("No code block processor");
  });
});

describe("UI", () => {
  it("records notices, including fragments, and hides them after their duration", () => {
    vi.useFakeTimers();
    new Notice("Saved");
    const fragment = createFragment((f) => {
      f.appendText("Overdue ");
      f.createEl("button", { text: "Open" });
    });
    const sticky = new Notice(fragment, 0);
    expect(notices.map((n) => n.message)).toEqual(["Saved", "Overdue Open"]);
    vi.advanceTimersByTime(5000);
    expect(notices.map((n) => n.hidden)).toEqual([true, false]);
    sticky.setMessage("Done");
    expect(sticky.noticeEl.isConnected && sticky.message).toBe("Done");
  });

  it("lets tests choose from suggesters and change settings like a user", async () => {
    const app = createApp();
    const chosen: string[] = [];
    class PeopleModal extends FuzzySuggestModal<string> {
      getItems(): string[] {
        return ["Ana Berg", "Søren Ås", "Bo"];
      }
      getItemText(item: string): string {
        return item;
      }
      onChooseItem(item: string): void {
        chosen.push(item);
      }
    }
    const modal = new PeopleModal(app);
    modal.open();
    await settle();
    expect(openModals).toEqual([modal]);
    await modal.setQuery("sø");
    expect(modal.suggestions().map((s) => s.item)).toEqual(["Søren Ås"]);
    modal.chooseByText("Søren Ås");
    expect(chosen).toEqual(["Søren Ås"]);
    expect(openModals).toEqual([]);

    const values: unknown[] = [];
    const setting = new Setting(createDiv()).setName("Language").setDesc("Notes and interface");
    setting.addDropdown((d) => d.addOptions({ auto: "Automatic", da: "Dansk" }).setValue("auto").onChange((v) => values.push(v)));
    setting.addToggle((t) => t.setValue(false).onChange((v) => values.push(v)));
    setting.addText((t) => t.setPlaceholder("Minutes").onChange((v) => values.push(v)));
    const [dropdown, toggle, text] = setting.components as [fake.DropdownComponent, fake.ToggleComponent, fake.TextComponent];
    dropdown.userChange("da");
    toggle.userChange(true);
    text.userChange("45");
    expect(values).toEqual(["da", true, "45"]);
    expect(() => dropdown.userChange("fr")).toThrow();
  });

  it("keeps a 1.13 settings tab's definitions and persists control values through saveData", async () => {
    const app = createApp();
    class SettingsPlugin extends Plugin {
      settings: Record<string, unknown> = { cadenceDays: 14 };
    }
    const plugin = await loadPlugin(SettingsPlugin, app);
    class Tab extends PluginSettingTab {
      override getSettingDefinitions(): unknown[] {
        return [{ name: "Cadence", control: { type: "number", key: "cadenceDays" } }];
      }
      override display(): void {
        new Setting(this.containerEl).setName("Cadence");
      }
    }
    const tab = new Tab(app, plugin);
    plugin.addSettingTab(tab);
    expect(tab.settingItems).toHaveLength(1);
    expect(tab.getControlValue("cadenceDays")).toBe(14);
    tab.display();
    expect(tab.containerEl.textContent).toBe("Cadence");
    await tab.setControlValue("cadenceDays", 21);
    expect(await plugin.loadData()).toEqual({ cadenceDays: 21 });
    unloadPlugin(plugin);
    expect(app.setting.pluginTabs).toEqual([]);
  });

  it("debounces on window timers, with a reset option", () => {
    vi.useFakeTimers();
    const calls: number[] = [];
    const trailing = debounce((n: number) => calls.push(n), 100, true);
    trailing(1);
    vi.advanceTimersByTime(60);
    trailing(2);
    vi.advanceTimersByTime(60);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(40);
    expect(calls).toEqual([2]);
    trailing(3);
    trailing.cancel();
    vi.advanceTimersByTime(500);
    expect(calls).toEqual([2]);
  });
});

describe("What the fake must never offer", () => {
  it("has no network function and imports nothing from Node", () => {
    expect("requestUrl" in fake).toBe(false);
    expect("request" in fake).toBe(false);
    const dir = join(process.cwd(), "tests", "fakes");
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts"))) {
      const source = readFileSync(join(dir, name), "utf8");
      const imports = [...source.matchAll(/from "([^"]+)"|import "([^"]+)"/g)].map((m) => m[1] ?? m[2]);
      expect(imports.filter((spec) => spec !== "yaml" && !spec?.startsWith("./")), name).toEqual([]);
      expect(source, name).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML/);
    }
  });
});
