// The browser half of `npm run bench`, run in the page next to the end-to-end harness (whose fake app and
// plugin loader it uses): the BUILT main.js starting on a generated vault, the dashboard opening on it,
// and the core indexing the same notes' texts in the same page, for the ratios.
import { generateVault, type GeneratedVault } from "./generator";
import { VaultIndex } from "../../src/core/index/vault-index";
import { currentApp, currentPlugin, evaluateBundle, loadPlugin, settle, type PluginClass } from "../../tests/e2e/harness";

/** The view type of the dashboard (src/plugin/dashboard/open-note.ts) and the plugin's command. */
const DASHBOARD_VIEW = "mentoring-dashboard-view";
const OPEN_DASHBOARD = "mentoring-notes:open-dashboard";
const GIVE_UP_MS = 60_000;

let vault: GeneratedVault | null = null;
/** main.js evaluated once per page: every start after the first runs compiled code, as the core's index does. */
const pluginClasses = new Map<string, PluginClass>();
let kept = 0;

function currentVault(): GeneratedVault {
  if (!vault) throw new Error("no vault: call prepare first");
  return vault;
}

function collectGarbage(): void {
  (window as unknown as { gc?: () => void }).gc?.();
}

/** Long tasks (over 50 ms) while `run` runs; entries arrive after their task, so a few turns follow. */
async function watchLongTasks<T>(run: () => Promise<T>): Promise<{ result: T; longestTaskMs: number }> {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: "longtask", buffered: false });
  const result = await run();
  await settle(5);
  observer.disconnect();
  return { result, longestTaskMs: Math.round(longest) };
}

function prepare(seed: number, notes: number): { notes: number; mentoringNotes: number } {
  vault = generateVault(seed, notes);
  return { notes: vault.files.length, mentoringNotes: vault.files.filter(([path]) => path.startsWith("Mentoring/")).length };
}

/** The core's full index of every note's text (or of the mentoring notes' only), in one go. */
async function coreIndex(onlyMentoring: boolean): Promise<number> {
  const files = currentVault().files.filter(([path]) => !onlyMentoring || path.startsWith("Mentoring/"));
  collectGarbage();
  await settle(2);
  const start = performance.now();
  const index = new VaultIndex();
  for (const [path, text] of files) index.set(path, text);
  const ms = performance.now() - start;
  kept += index.noteCount;
  return ms;
}

/** A fresh plugin on the vault, loaded and waiting for layout-ready. */
async function loadOnVault(mainJs: string, manifestJson: string): Promise<void> {
  const files: Record<string, string> = Object.fromEntries(currentVault().files);
  files["manifest.json"] = manifestJson;
  const loaded = pluginClasses.get(mainJs) ?? evaluateBundle(mainJs);
  pluginClasses.set(mainJs, loaded);
  await loadPlugin(loaded, files, { layoutReady: false, settings: { language: "en" }, now: "2026-11-23T10:00:00" });
  // Obsidian's metadata cache is ready at layout-ready, and answers from a table. The fake parses on
  // demand and normalises the path on every call, so its answers are taken first and served from a map:
  // only the plugin's own work is timed.
  const { metadataCache, vault: appVault } = currentApp();
  const ready = new Map(appVault.getMarkdownFiles().map((file) => [file, metadataCache.getFileCache(file)]));
  metadataCache.getFileCache = (file) => ready.get(file) ?? null;
}

/** The time from layout-ready until the loaded plugin's index is ready. */
async function pluginStart(): Promise<{ ms: number; indexedNotes: number; longestTaskMs: number }> {
  collectGarbage();
  await settle(2);
  const { result: ms, longestTaskMs } = await watchLongTasks(async () => {
    const start = performance.now();
    currentApp().workspace.triggerLayoutReady();
    await currentPlugin().indexBridge.whenReady();
    return performance.now() - start;
  });
  return { ms, indexedNotes: currentPlugin().index.noteCount, longestTaskMs };
}

function nextFrame(): Promise<number> {
  return new Promise((resolve) => window.requestAnimationFrame(() => resolve(performance.now())));
}

function busy(): boolean {
  return document.querySelector(".mentoring-dashboard [aria-busy=true]") !== null;
}

/**
 * The first screen is drawn when the action rows reach the bottom of what the dashboard shows (its box,
 * cut at the window's bottom), or when the drawing is finished. Reading the rows' boxes lays the page
 * out, as the frame about to be painted would.
 */
function firstScreenDrawn(): boolean {
  const view = document.querySelector<HTMLElement>(".mentoring-dashboard");
  if (!view) return false;
  const rows = view.querySelectorAll(".mentoring-dashboard-action");
  const last = rows[rows.length - 1];
  if (!last) return !busy() && view.querySelector(".mentoring-dashboard-section") !== null;
  const screenBottom = Math.min(view.getBoundingClientRect().bottom, window.innerHeight);
  return last.getBoundingClientRect().bottom >= screenBottom || !busy();
}

/**
 * Opens the dashboard (a fresh view) on the loaded plugin: the time until a frame shows its first screen
 * of rows, and until the last row is drawn.
 */
async function dashboardOpen(): Promise<{ openedMs: number; firstScreenMs: number; allRowsMs: number; rowsOnFirstScreen: number; rows: number; longestTaskMs: number }> {
  currentApp().workspace.detachLeavesOfType(DASHBOARD_VIEW);
  collectGarbage();
  await settle(2);
  const { result, longestTaskMs } = await watchLongTasks(async () => {
    const start = performance.now();
    const commands = currentApp().commands;
    if (!commands.executeCommandById(OPEN_DASHBOARD)) throw new Error("the dashboard command did not run");
    // The command opens the view and draws its first slice; frames follow.
    await commands.lastResult;
    const openedMs = performance.now() - start;
    let frame = await nextFrame();
    while (!firstScreenDrawn()) {
      if (frame - start > GIVE_UP_MS) throw new Error("the dashboard drew no first screen");
      frame = await nextFrame();
    }
    const firstScreenMs = performance.now() - start;
    const rowsOnFirstScreen = document.querySelectorAll(".mentoring-dashboard-action").length;
    while (busy()) {
      if (performance.now() - start > GIVE_UP_MS) throw new Error("the dashboard never finished drawing");
      await settle(1);
    }
    return { openedMs, firstScreenMs, allRowsMs: performance.now() - start, rowsOnFirstScreen };
  });
  return { ...result, rows: document.querySelectorAll(".mentoring-dashboard-action").length, longestTaskMs };
}

const bench = { prepare, coreIndex, loadOnVault, pluginStart, dashboardOpen, kept: () => kept };

export type BrowserBench = typeof bench;

declare global {
  interface Window {
    bench: BrowserBench;
  }
}

window.bench = bench;
