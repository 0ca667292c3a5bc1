// The browser side of the end-to-end tests: the Obsidian fake as `require("obsidian")` for the BUILT
// main.js, an in-memory vault, and small helpers the Node runner calls through `window.harness`.
// The runner bundles this file for the browser; it must not import anything from Node.
import * as obsidian from "../fakes/obsidian";
import { generateVault } from "../../scripts/bench/generator";
import { buildDashboard } from "../../src/core/dashboard/dashboard";
import type { IsoDate } from "../../src/core/notes/types";
import type { VaultIndex } from "../../src/core/index/vault-index";
// render.ts imports only types from "obsidian" (open-note.ts, with the view type, imports values).
import { ROWS_PER_GROUP } from "../../src/plugin/dashboard/render";

const { createApp, MarkdownView, notices, openModals, renderCodeBlock, resetFake, TFile } = obsidian;

/** What the runner needs of the plugin main.js exports; the class itself is untyped at run time. */
export interface LoadedPlugin extends obsidian.Plugin {
  clock: () => Date;
  today(): IsoDate;
  index: VaultIndex;
  indexBridge: { whenReady(): Promise<void>; isReady: boolean };
}

export type PluginClass = new (app: obsidian.App, manifest: obsidian.PluginManifest) => LoadedPlugin;

export interface LoadOptions {
  /** The plugin's fixed clock, local time (`2026-11-22T10:00:00`). */
  now?: string;
  /** Written to the plugin's data.json before it loads. */
  settings?: Record<string, unknown>;
  /** Run onLayoutReady at once (default true); false leaves it to `triggerLayoutReady`. */
  layoutReady?: boolean;
  /** CSS selector of the element the app goes in (default: the body). */
  mount?: string;
}

export interface ModalInfo {
  title: string;
  text: string;
  suggestions: string[];
  buttons: string[];
}

export interface IndexRun {
  notes: number;
  indexedNotes: number;
  relationships: number;
  generateMs: number;
  indexMs: number;
  longTasks: number[];
  /** Action rows the open dashboard drew when indexing finished (0 without a dashboard). */
  drawnActions: number;
}

export interface DashboardOpen {
  longTasks: number[];
  /** From the command until the last slice was drawn. */
  ms: number;
  drawnActions: number;
  /** The text of each "Show N more" button, in screen order. */
  showMoreButtons: string[];
  /** From the core model on the same index: every open action, and what the view should draw of them. */
  openActions: number;
  expectedRows: number;
  expectedButtons: string[];
}

/** The view type of DashboardView (src/plugin/dashboard/open-note.ts). */
const DASHBOARD_VIEW = "mentoring-dashboard-view";

let app: obsidian.App | null = null;
let plugin: LoadedPlugin | null = null;
let manifest: obsidian.PluginManifest | null = null;

/** The bundle may ask for "obsidian" and nothing else: anything more would not run on a phone. */
function requireForBundle(name: string): unknown {
  if (name === "obsidian") return obsidian;
  throw new Error(`main.js requires "${name}": only "obsidian" exists in Obsidian's mobile app`);
}

/** Evaluates main.js as Obsidian does: CommonJS with module, exports and require. */
export function evaluateBundle(mainJs: string): PluginClass {
  const module = { exports: {} as Record<string, unknown> };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the test harness loads main.js from its text, as Obsidian does
  const run = new Function("module", "exports", "require", mainJs) as (m: unknown, e: unknown, r: unknown) => void;
  run(module, module.exports, requireForBundle);
  const exported = (module.exports["default"] ?? module.exports) as unknown;
  if (typeof exported !== "function") throw new Error("main.js does not export a plugin class");
  return exported as PluginClass;
}

export function currentApp(): obsidian.App {
  if (!app) throw new Error("no app: call loadPlugin first");
  return app;
}

export function currentPlugin(): LoadedPlugin {
  if (!plugin) throw new Error("no plugin: call loadPlugin first");
  return plugin;
}

function fileAt(path: string): obsidian.TFile {
  const file = currentApp().vault.getFileByPath(path);
  if (!file) throw new Error(`no note at ${path}`);
  return file;
}

/** Lets promise chains and zero-delay timers run, as the app would between frames. */
export async function settle(rounds = 10): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await new Promise((resolve) => window.setTimeout(resolve, 0));
}

function lastModal(): obsidian.Modal {
  const modal = openModals[openModals.length - 1];
  if (!modal) throw new Error("no dialog is open");
  return modal;
}

function activeEditor(): obsidian.Editor {
  const view = currentApp().workspace.getActiveViewOfType(MarkdownView);
  if (!view) throw new Error("no note is open in an editor");
  return view.editor;
}

/** `mainJs` is the bundle's text, or the class an earlier `evaluateBundle` gave (its code already warm). */
export async function loadPlugin(mainJs: string | PluginClass, files: Record<string, string>, options: LoadOptions = {}): Promise<{ commands: string[] }> {
  unload();
  const PluginClass = typeof mainJs === "string" ? evaluateBundle(mainJs) : mainJs;
  manifest = JSON.parse(files["manifest.json"] ?? "null") as obsidian.PluginManifest | null;
  if (!manifest) throw new Error("the files must include manifest.json (the one that is released)");
  const notes: Record<string, string> = { ...files };
  delete notes["manifest.json"];
  if (options.settings) notes[`.obsidian/plugins/${manifest.id}/data.json`] = JSON.stringify(options.settings);
  const mount = options.mount ? document.querySelector<HTMLElement>(options.mount) : null;
  app = createApp(notes, { layoutReady: false, attachTo: mount ?? document.body });
  plugin = new PluginClass(app, manifest);
  if (options.now) {
    const fixed = options.now;
    plugin.clock = () => new Date(fixed);
  }
  app.plugins.plugins[manifest.id] = plugin;
  plugin.load();
  await (plugin as unknown as { onloadResult: unknown }).onloadResult;
  if (options.layoutReady !== false) {
    app.workspace.triggerLayoutReady();
    await plugin.indexBridge.whenReady();
    await settle();
  }
  return { commands: app.commands.listCommands().map((command) => command.id) };
}

function unload(): void {
  resetFake();
  app = null;
  plugin = null;
}

/** Runs a command as the palette does (full id or the plugin's own id); false when it is unavailable. */
async function runCommand(id: string): Promise<boolean> {
  const commands = currentApp().commands;
  const fullId = id.includes(":") ? id : `${manifest?.id ?? ""}:${id}`;
  commands.lastResult = undefined;
  const ran = commands.executeCommandById(fullId);
  await commands.lastResult;
  await settle();
  return ran;
}

async function openFile(path: string, line?: number): Promise<void> {
  const eState = line === undefined ? undefined : { line };
  await currentApp().workspace.getLeaf(false).openFile(fileAt(path), { active: true, eState });
  await settle();
}

/** The note as the vault holds it (after saving the open editor, as Obsidian does before reading). */
async function read(path: string): Promise<string> {
  const view = currentApp().workspace.getActiveViewOfType(MarkdownView);
  if (view?.file?.path === path) await view.save();
  return currentApp().vault.contentOf(fileAt(path)) ?? "";
}

function paths(): string[] {
  return currentApp().vault.getFiles().map((file) => file.path).sort();
}

function activePath(): string | null {
  return currentApp().workspace.getActiveFile()?.path ?? null;
}

function editorText(): string {
  return activeEditor().getValue();
}

/** Puts the cursor at the end of the first line that contains `text` (or at the end of the note). */
function setCursorAfter(text?: string): void {
  const editor = activeEditor();
  const lines = editor.getValue().split("\n");
  const found = text === undefined ? -1 : lines.findIndex((line) => line.includes(text));
  const line = found >= 0 ? found : editor.lastLine();
  editor.setCursor({ line, ch: editor.getLine(line).length });
}

/** Types at the cursor, as one change. */
function type(text: string): void {
  const editor = activeEditor();
  editor.replaceRange(text, editor.getCursor());
}

function modals(): ModalInfo[] {
  return openModals.map((modal) => ({
    title: modal.titleEl.textContent ?? "",
    text: modal.contentEl.textContent ?? "",
    suggestions: Array.from(modal.modalEl.querySelectorAll(".suggestion-item")).map((el) => (el.textContent ?? "").trim()),
    buttons: Array.from(modal.modalEl.querySelectorAll("button")).map((el) => el.textContent ?? ""),
  }));
}

/** Clicks the suggestion in the newest dialog whose text is (or else contains) `text`. */
async function chooseSuggestion(text: string): Promise<void> {
  const items = Array.from(lastModal().modalEl.querySelectorAll<HTMLElement>(".suggestion-item"));
  const item = items.find((el) => el.textContent?.trim() === text) ?? items.find((el) => el.textContent?.includes(text));
  if (!item) throw new Error(`no suggestion "${text}"; listed: ${items.map((el) => el.textContent).join(" | ")}`);
  item.click();
  await settle();
}

async function clickButton(text: string): Promise<void> {
  const buttons = Array.from(lastModal().modalEl.querySelectorAll<HTMLButtonElement>("button"));
  const button = buttons.find((el) => el.textContent === text);
  if (!button) throw new Error(`no button "${text}"; there are: ${buttons.map((el) => el.textContent).join(" | ")}`);
  button.click();
  await settle();
}

function noticeTexts(): string[] {
  return notices.map((notice) => notice.message);
}

/** Opens a view type in a main-area leaf and returns the number of leaves of that type. */
async function openView(type: string): Promise<number> {
  const leaf = currentApp().workspace.getLeaf(true);
  await leaf.setViewState({ type, active: true });
  await settle();
  return currentApp().workspace.getLeavesOfType(type).length;
}

/** Renders a code block in the reading view of `sourcePath`; returns the rendered text. */
async function renderBlock(language: string, source: string, sourcePath: string): Promise<string> {
  const rendered = await renderCodeBlock(currentApp(), language, source, sourcePath);
  await settle();
  return rendered.el.textContent ?? "";
}

/** Moves an element that the app drew (a view, the preview) under another element, for screenshots. */
function moveInto(selector: string, targetSelector: string): void {
  const el = document.querySelector(selector);
  const target = document.querySelector(targetSelector);
  if (!el || !target) throw new Error(`cannot move ${selector} into ${targetSelector}`);
  target.appendChild(el);
}

/**
 * Generates the benchmark vault here, loads the plugin on it, and indexes it through the plugin's own
 * layout-ready path while a PerformanceObserver records every long task (over 50 ms) of the page.
 */
async function indexGeneratedVault(mainJs: string, manifestJson: string, seed: number, count: number, withDashboard = false): Promise<IndexRun> {
  const generateStart = performance.now();
  const vault = generateVault(seed, count);
  const files: Record<string, string> = Object.fromEntries(vault.files);
  files["manifest.json"] = manifestJson;
  await loadPlugin(mainJs, files, { layoutReady: false, settings: { language: "en" }, now: "2026-11-22T10:00:00" });
  // Obsidian's metadata cache is ready at layout-ready (kept between sessions); the fake parses on demand,
  // so it is filled here, before measuring, and only the plugin's own work is timed.
  const { metadataCache, vault: appVault } = currentApp();
  for (const file of appVault.getMarkdownFiles()) metadataCache.getFileCache(file);
  // The dashboard open from the start, as after a restart: it shows "loading", then draws once indexed.
  if (withDashboard) await runCommand("open-dashboard");
  const generateMs = performance.now() - generateStart;
  // Start from a collected heap (Chromium runs with --expose-gc), so set-up garbage is not charged here.
  (window as unknown as { gc?: () => void }).gc?.();
  // A task of its own, so that the set-up above is not counted.
  await settle(2);
  const longTasks: number[] = [];
  let drawnActions = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(Math.round(entry.duration));
  });
  observer.observe({ type: "longtask", buffered: false });
  await settle(2);
  // The runner reads the page's tasks between these marks from Chromium's trace.
  performance.mark("mentoring-index-start");
  const indexStart = performance.now();
  currentApp().workspace.triggerLayoutReady();
  await currentPlugin().indexBridge.whenReady();
  const indexMs = performance.now() - indexStart;
  performance.mark("mentoring-index-end");
  drawnActions = document.querySelectorAll(".mentoring-dashboard-action").length;
  // Long-task entries arrive after their task ended: give them a turn before reading.
  await settle(5);
  observer.disconnect();
  return {
    notes: vault.files.length,
    indexedNotes: currentPlugin().index.noteCount,
    relationships: currentPlugin().index.relationships().length,
    generateMs: Math.round(generateMs),
    indexMs: Math.round(indexMs),
    longTasks,
    drawnActions,
  };
}

/**
 * Opens the dashboard view, waits until it is drawn whole (it draws a big vault in slices and is
 * `aria-busy` until the last one), and reports the long tasks meanwhile, the time until drawn, the
 * action rows drawn and the "Show N more" buttons.
 */
async function measureDashboardOpen(): Promise<DashboardOpen> {
  // A fresh view each time, so a second measurement draws everything again; the closed view's rows are
  // collected first, so that an opening is not charged with the garbage of the one before.
  currentApp().workspace.detachLeavesOfType(DASHBOARD_VIEW);
  (window as unknown as { gc?: () => void }).gc?.();
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(Math.round(entry.duration));
  });
  observer.observe({ type: "longtask", buffered: false });
  await settle(2);
  performance.mark("mentoring-dashboard-start");
  const start = performance.now();
  await runCommand("open-dashboard");
  while (document.querySelector(".mentoring-dashboard [aria-busy=true]")) await settle(1);
  const ms = performance.now() - start;
  performance.mark("mentoring-dashboard-end");
  // Long-task entries arrive after their task ended: give them a turn before reading.
  await settle(5);
  observer.disconnect();
  // What the view should show: the model's groups, each cut at ROWS_PER_GROUP.
  const model = buildDashboard(currentPlugin().index, { today: currentPlugin().today() });
  const sizes = model.groups.map((group) => group.actions.length);
  return {
    longTasks,
    ms: Math.round(ms),
    drawnActions: document.querySelectorAll(".mentoring-dashboard-action").length,
    showMoreButtons: Array.from(document.querySelectorAll(".mentoring-dashboard button.mentoring-dashboard-show-more")).map((el) => el.textContent ?? ""),
    openActions: sizes.reduce((sum, size) => sum + size, 0),
    expectedRows: sizes.reduce((sum, size) => sum + Math.min(size, ROWS_PER_GROUP), 0),
    expectedButtons: sizes.filter((size) => size > ROWS_PER_GROUP).map((size) => `Show ${Math.min(ROWS_PER_GROUP, size - ROWS_PER_GROUP)} more`),
  };
}

/**
 * Opens the plugin's settings tab as Obsidian's settings window shows it (a wide dialog with the tab's
 * content), drawn by `display()`, the path every supported app version can take.
 */
function openSettings(): void {
  const tab = currentApp().setting.pluginTabs[0];
  if (!tab) throw new Error("the plugin has no settings tab");
  const container = document.body.createDiv("modal-container mod-dim mod-settings");
  container.createDiv("modal-bg");
  const modal = container.createDiv("modal mod-settings");
  modal.createDiv({ cls: "modal-title", text: "Mentoring notes" });
  const content = modal.createDiv("vertical-tab-content-container");
  content.appendChild(tab.containerEl);
  tab.display();
}

/** The focused element: its tag, id and accessible name (from aria-labelledby or aria-label). */
function focused(): { tag: string; id: string; name: string; text: string; inDialog: boolean } {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return { tag: "", id: "", name: "", text: "", inDialog: false };
  const labelledBy = el.getAttribute("aria-labelledby");
  const name = labelledBy
    ? labelledBy
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" ")
    : (el.getAttribute("aria-label") ?? "");
  return { tag: el.tagName.toLowerCase(), id: el.id, name, text: el.textContent ?? "", inDialog: el.closest(".modal") !== null };
}

const harness = {
  openSettings,
  focused,
  loadPlugin,
  unload,
  runCommand,
  commandAvailable: (id: string) => currentApp().commands.isAvailable(id.includes(":") ? id : `${manifest?.id ?? ""}:${id}`),
  openFile,
  read,
  paths,
  activePath,
  editorText,
  setCursorAfter,
  type,
  modals,
  chooseSuggestion,
  clickButton,
  notices: noticeTexts,
  openView,
  renderBlock,
  moveInto,
  settle,
  indexGeneratedVault,
  measureDashboardOpen,
  isFile: (path: string) => currentApp().vault.getAbstractFileByPath(path) instanceof TFile,
};

export type Harness = typeof harness;

declare global {
  interface Window {
    harness: Harness;
  }
}

window.harness = harness;
