// A small, behaving fake of Obsidian's API for plugin tests (vitest aliases `obsidian` here) and for the
// browser tests (bundled by esbuild to answer `require("obsidian")`). No Node API, no network, no HTML.
import "./dom";
import { parse, stringify } from "yaml";
import { Component, Platform, setLanguage, setPlatform } from "./core";
import type { Editor } from "./editor";
import { Workspace } from "./layout";
import { FileManager, MetadataCache } from "./metadata";
import { clearNotices, MarkdownRenderChild, openModals, Scope, setIcon } from "./ui";
import { openSuggests } from "./suggest";
import type { PluginSettingTab } from "./settings";
import { Vault } from "./vault";
import { MarkdownView, type ViewCreator } from "./workspace";

export * from "./core";
export { installDomHelpers, type DomElementInfo } from "./dom";
export * from "./editor";
export * from "./vault";
export * from "./metadata";
export * from "./workspace";
export * from "./layout";
export * from "./ui";
export * from "./suggest";
export * from "./controls";
export * from "./settings";

export function parseYaml(yaml: string): unknown {
  return parse(yaml);
}

export function stringifyYaml(value: unknown): string {
  return stringify(value);
}

export interface PluginManifest {
  id: string;
  name: string;
  version: string;
  minAppVersion: string;
  description: string;
  author: string;
  isDesktopOnly?: boolean;
  dir?: string;
}

export interface Command {
  id: string;
  name: string;
  icon?: string;
  mobileOnly?: boolean;
  repeatable?: boolean;
  callback?: () => unknown;
  checkCallback?: (checking: boolean) => boolean | void;
  editorCallback?: (editor: Editor, ctx: MarkdownView) => unknown;
  editorCheckCallback?: (checking: boolean, editor: Editor, ctx: MarkdownView) => boolean | void;
}

/** The command palette: commands by full id (`plugin-id:command-id`), runnable as the palette runs them. */
export class Commands {
  readonly commands: Record<string, Command> = {};
  /** What the last executed callback returned (a promise for async callbacks: await it). */
  lastResult: unknown;

  constructor(private readonly app: App) {}

  addCommand(command: Command): void {
    this.commands[command.id] = command;
  }

  removeCommand(id: string): void {
    delete this.commands[id];
  }

  findCommand(id: string): Command | undefined {
    return this.commands[id];
  }

  listCommands(): Command[] {
    return Object.values(this.commands);
  }

  /** Would the palette list it right now (check callbacks asked with checking = true)? */
  isAvailable(id: string): boolean {
    return this.run(id, true);
  }

  /** Runs it as the palette does; false when it does not exist or is not available here. */
  executeCommandById(id: string): boolean {
    return this.run(id, false);
  }

  private run(id: string, checking: boolean): boolean {
    const command = this.commands[id];
    if (!command || (command.mobileOnly && !Platform.isMobile)) return false;
    const setResult = (result: unknown) => {
      if (!checking) this.lastResult = result;
    };
    if (command.editorCallback || command.editorCheckCallback) {
      const view = this.app.workspace.getActiveViewOfType(MarkdownView);
      if (!view) return false;
      if (command.editorCheckCallback) {
        if (!command.editorCheckCallback(true, view.editor, view)) return false;
        if (!checking) setResult(command.editorCheckCallback(false, view.editor, view));
        return true;
      }
      if (!checking) setResult(command.editorCallback?.(view.editor, view));
      return true;
    }
    if (command.checkCallback) {
      if (!command.checkCallback(true)) return false;
      if (!checking) setResult(command.checkCallback(false));
      return true;
    }
    if (!command.callback) return false;
    if (!checking) setResult(command.callback());
    return true;
  }
}

export interface MarkdownSectionInformation {
  text: string;
  lineStart: number;
  lineEnd: number;
}

export interface MarkdownPostProcessorContext {
  docId: string;
  sourcePath: string;
  frontmatter: unknown;
  addChild(child: MarkdownRenderChild): void;
  getSectionInfo(el: HTMLElement): MarkdownSectionInformation | null;
}

export type CodeBlockProcessor = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<unknown> | void;

export class App {
  vault: Vault;
  metadataCache: MetadataCache;
  fileManager: FileManager;
  workspace: Workspace;
  commands: Commands;
  scope = new Scope();
  keymap = { pushScope: (scope: Scope) => void scope, popScope: (scope: Scope) => void scope };
  /** Settings tabs that plugins added. */
  setting = { pluginTabs: [] as PluginSettingTab[] };
  plugins = { plugins: {} as Record<string, Plugin> };
  readonly codeBlockProcessors = new Map<string, CodeBlockProcessor>();
  /** Test helper: how many editor extensions plugins registered. */
  editorExtensions = 0;
  containerEl: HTMLElement;
  ribbonEl: HTMLElement;
  statusBarEl: HTMLElement;
  /** Where rendered code blocks go, as reading view would show them. */
  previewEl: HTMLElement;
  private readonly storage = new Map<string, unknown>();

  constructor(vault: Vault) {
    this.vault = vault;
    this.metadataCache = new MetadataCache(vault);
    this.fileManager = new FileManager(vault, this.metadataCache);
    this.workspace = new Workspace(this);
    this.commands = new Commands(this);
    this.containerEl = createDiv("app-container");
    this.ribbonEl = this.containerEl.createDiv("side-dock-ribbon");
    this.containerEl.appendChild(this.workspace.containerEl);
    this.previewEl = this.containerEl.createDiv("markdown-preview-view");
    this.statusBarEl = this.containerEl.createDiv("status-bar");
  }

  get isMobile(): boolean {
    return Platform.isMobile;
  }

  loadLocalStorage(key: string): unknown {
    return this.storage.get(key) ?? null;
  }

  saveLocalStorage(key: string, data: unknown): void {
    if (data === null || data === undefined) this.storage.delete(key);
    else this.storage.set(key, data);
  }
}

export class Plugin extends Component {
  app: App;
  manifest: PluginManifest;

  constructor(app: App, manifest: PluginManifest) {
    super();
    this.app = app;
    this.manifest = manifest;
  }

  /** The command gets the full id `plugin-id:id`, as in Obsidian, and goes away on unload. */
  addCommand(command: Command): Command {
    const full = { ...command, id: `${this.manifest.id}:${command.id}` };
    this.app.commands.addCommand(full);
    this.register(() => this.app.commands.removeCommand(full.id));
    return full;
  }

  removeCommand(commandId: string): void {
    this.app.commands.removeCommand(`${this.manifest.id}:${commandId}`);
  }

  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = this.app.ribbonEl.createDiv({ cls: "side-dock-ribbon-action clickable-icon", attr: { "aria-label": title } });
    setIcon(el, icon);
    el.addEventListener("click", (evt) => void callback(evt));
    this.register(() => el.detach());
    return el;
  }

  /** There is no status bar on mobile: the element exists but is never shown, as in Obsidian. */
  addStatusBarItem(): HTMLElement {
    const el = createDiv(["status-bar-item", `plugin-${this.manifest.id}`].join(" "));
    if (!Platform.isMobile) this.app.statusBarEl.appendChild(el);
    this.register(() => el.detach());
    return el;
  }

  addSettingTab(tab: PluginSettingTab): void {
    tab.update();
    this.app.setting.pluginTabs.push(tab);
    this.register(() => {
      this.app.setting.pluginTabs = this.app.setting.pluginTabs.filter((t) => t !== tab);
    });
  }

  /** Obsidian closes a plugin's views when the plugin is disabled; so does the fake. */
  registerView(type: string, viewCreator: ViewCreator): void {
    if (this.app.workspace.viewRegistry.has(type)) throw new Error(`View type "${type}" is already registered.`);
    this.app.workspace.viewRegistry.set(type, viewCreator);
    this.register(() => {
      this.app.workspace.detachLeavesOfType(type);
      this.app.workspace.viewRegistry.delete(type);
    });
  }

  registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockProcessor, sortOrder?: number): void {
    void sortOrder;
    if (this.app.codeBlockProcessors.has(language)) throw new Error(`Code block language "${language}" is already registered.`);
    this.app.codeBlockProcessors.set(language, handler);
    this.register(() => this.app.codeBlockProcessors.delete(language));
  }

  registerMarkdownPostProcessor(postProcessor: unknown, sortOrder?: number): unknown {
    void sortOrder;
    return postProcessor;
  }

  registerEditorExtension(extension: unknown): void {
    void extension;
    this.app.editorExtensions += 1;
    this.register(() => {
      this.app.editorExtensions -= 1;
    });
  }

  private dataPath(): string {
    return `${this.app.vault.configDir}/plugins/${this.manifest.id}/data.json`;
  }

  /** null when there is no data.json; invalid JSON rejects (a test can seed a corrupt file). */
  async loadData(): Promise<unknown> {
    const path = this.dataPath();
    if (!(await this.app.vault.adapter.exists(path))) return null;
    return JSON.parse(await this.app.vault.adapter.read(path)) as unknown;
  }

  async saveData(data: unknown): Promise<void> {
    await this.app.vault.adapter.write(this.dataPath(), JSON.stringify(data, null, 2));
  }
}

export interface CreateAppOptions {
  /** Run onLayoutReady callbacks at once (default false: call `app.workspace.triggerLayoutReady()`). */
  layoutReady?: boolean;
  platform?: "desktop" | "phone";
  language?: string;
  /** Where the app's element goes (default: the document's body). */
  attachTo?: HTMLElement;
  /** Obsidian's own cache at start, by path: stale text or null (see `MetadataCache.loadStartCache`). */
  startCache?: Record<string, string | null>;
  /** false: `resolved` waits for `app.metadataCache.resolve()`, as on a big vault after layout-ready. */
  resolveWithLayout?: boolean;
  /** A case-insensitive disk (macOS, Windows, phones); a phone has one unless this says false. */
  caseInsensitive?: boolean;
}

const liveApps: App[] = [];

/** A fresh app over an in-memory vault holding these notes (`.obsidian/...` paths go to the adapter). */
export function createApp(files: Record<string, string> = {}, options: CreateAppOptions = {}): App {
  if (options.platform) setPlatform(options.platform);
  if (options.language) setLanguage(options.language);
  const app = new App(Vault.fromFiles(files));
  app.vault.caseInsensitive = options.caseInsensitive ?? options.platform === "phone";
  if (options.startCache) app.metadataCache.loadStartCache(options.startCache);
  if (options.resolveWithLayout === false) app.workspace.resolveWithLayout = false;
  (options.attachTo ?? activeDocument.body).appendChild(app.containerEl);
  liveApps.push(app);
  if (options.layoutReady) app.workspace.triggerLayoutReady();
  return app;
}

export const DEFAULT_MANIFEST: PluginManifest = {
  id: "mentoring-notes",
  name: "Mentoring notes",
  version: "0.0.0-test",
  minAppVersion: "1.8.7",
  description: "Test manifest",
  author: "Tests",
};

/**
 * Constructs and loads a plugin class (typed against the real API, so any constructor is accepted) and
 * waits for an async onload to finish.
 */
export async function loadPlugin<P extends object>(
  PluginClass: new (app: never, manifest: never) => P,
  app: App,
  manifest: Partial<PluginManifest> = {},
): Promise<P> {
  const full = { ...DEFAULT_MANIFEST, ...manifest };
  const plugin = new PluginClass(app as never, full as never);
  const fake = plugin as unknown as Plugin;
  app.plugins.plugins[full.id] = fake;
  fake.load();
  await (fake as unknown as { onloadResult: unknown }).onloadResult;
  return plugin;
}

export function unloadPlugin(plugin: object): void {
  const fake = plugin as Plugin;
  fake.unload();
  delete fake.app.plugins.plugins[fake.manifest.id];
}

export interface RenderedCodeBlock {
  el: HTMLElement;
  ctx: MarkdownPostProcessorContext;
  /** The reading-view section: unload it to simulate closing the note (children added via ctx unload). */
  section: Component;
}

/** Finds the fenced block of this language whose body is `source`, for getSectionInfo. */
function sectionOf(noteText: string, language: string, source: string): MarkdownSectionInformation {
  const lines = noteText.split("\n").map((l) => l.replace(/\r$/, ""));
  for (let start = 0; start < lines.length; start++) {
    const open = /^ {0,3}(`{3,}|~{3,})\s*(\S*)/.exec(lines[start] ?? "");
    if (!open?.[1] || open[2] !== language) continue;
    for (let end = start + 1; end < lines.length; end++) {
      if (!(lines[end] ?? "").trim().startsWith(open[1])) continue;
      if (lines.slice(start + 1, end).join("\n") === source.replace(/\r?\n$/, "")) return { text: noteText, lineStart: start, lineEnd: end };
      break;
    }
  }
  return { text: noteText, lineStart: 0, lineEnd: 0 };
}

/** Renders a code block the way reading view does: a registered processor, an element, a context. */
export async function renderCodeBlock(app: App, language: string, source: string, sourcePath = ""): Promise<RenderedCodeBlock> {
  const processor = app.codeBlockProcessors.get(language);
  if (!processor) throw new Error(`No code block processor for "${language}"`);
  const file = app.vault.getFileByPath(sourcePath);
  const noteText = file ? (app.vault.contentOf(file) ?? "") : "";
  const section = new Component();
  section.load();
  const el = app.previewEl.createDiv(`block-language-${language}`);
  section.register(() => el.detach());
  const ctx: MarkdownPostProcessorContext = {
    docId: `doc-${sourcePath}`,
    sourcePath,
    frontmatter: file ? app.metadataCache.getFileCache(file)?.frontmatter : undefined,
    addChild: (child) => void section.addChild(child),
    getSectionInfo: () => (file ? sectionOf(noteText, language, source) : null),
  };
  await processor(source, el, ctx);
  return { el, ctx, section };
}

/** Between tests: desktop, English, no notices, no open modals, every app detached and its plugins unloaded. */
export function resetFake(): void {
  setPlatform("desktop");
  setLanguage("en");
  clearNotices();
  for (const modal of [...openModals]) modal.close();
  for (const suggest of [...openSuggests]) suggest.close();
  for (const app of liveApps.splice(0)) {
    for (const plugin of Object.values(app.plugins.plugins)) unloadPlugin(plugin);
    app.containerEl.detach();
  }
}

