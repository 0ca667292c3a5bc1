// The bridge from vault events to the core index: built after layout-ready in time slices that keep the
// UI responsive, then kept current one file at a time. Dashboards redraw only when the index changed.
import { TFile, type TAbstractFile } from "obsidian";
import { NOTE_TYPES } from "../core/notes/schema";
import type { MentoringContext } from "./context";

/** Longest stretch of indexing before giving the UI a turn (well under the 50 ms long-task limit). */
const SLICE_MS = 8;
const REFRESH_DEBOUNCE_MS = 250;

const OUR_TYPES: ReadonlySet<unknown> = new Set([NOTE_TYPES.agreement, NOTE_TYPES.session]);

export class IndexBridge {
  private refreshTimer: number | null = null;
  private ready = false;
  private readonly waiting: Array<() => void> = [];
  private stopped = false;

  constructor(private readonly ctx: MentoringContext) {}

  /** Called from onload: waits for the layout, then indexes and starts listening. */
  register(): void {
    const { app, plugin } = this.ctx;
    app.workspace.onLayoutReady(() => {
      // Registered after layout-ready, so the initial load does not fire one create event per file.
      plugin.registerEvent(app.vault.on("create", (file) => void this.update(file)));
      plugin.registerEvent(app.vault.on("modify", (file) => void this.update(file)));
      plugin.registerEvent(app.vault.on("delete", (file) => this.remove(file)));
      plugin.registerEvent(app.vault.on("rename", (file, oldPath) => this.rename(file, oldPath)));
      void this.buildInitialIndex();
    });
    plugin.register(() => {
      this.stopped = true;
      if (this.refreshTimer !== null) window.clearTimeout(this.refreshTimer);
    });
  }

  /** Resolves once the first full index is built (at once if it already is). */
  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  get isReady(): boolean {
    return this.ready;
  }

  private async buildInitialIndex(): Promise<void> {
    const { app, index } = this.ctx;
    let sliceStart = performance.now();
    for (const file of app.vault.getMarkdownFiles()) {
      if (this.stopped) return;
      if (this.mayBeMentoringNote(file)) index.set(file.path, await app.vault.cachedRead(file));
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise<void>((resolve) => window.setTimeout(resolve, 0));
        sliceStart = performance.now();
      }
    }
    this.ready = true;
    for (const resolve of this.waiting.splice(0)) resolve();
    this.ctx.refreshDashboards();
  }

  /** The metadata cache answers "is this ours?" without reading the file; no cache entry means "look". */
  private mayBeMentoringNote(file: TFile): boolean {
    const cache = this.ctx.app.metadataCache.getFileCache(file);
    if (!cache) return true;
    return OUR_TYPES.has(cache.frontmatter?.type) || this.ctx.index.has(file.path);
  }

  private async update(file: TAbstractFile): Promise<void> {
    if (!(file instanceof TFile) || file.extension !== "md") return;
    const before = this.ctx.index.version;
    const text = await this.ctx.app.vault.cachedRead(file);
    if (this.stopped) return;
    this.ctx.index.set(file.path, text);
    if (this.ctx.index.version !== before) this.scheduleRefresh();
  }

  private remove(file: TAbstractFile): void {
    const before = this.ctx.index.version;
    this.ctx.index.delete(file.path);
    if (this.ctx.index.version !== before) this.scheduleRefresh();
  }

  private rename(file: TAbstractFile, oldPath: string): void {
    const before = this.ctx.index.version;
    this.ctx.index.rename(oldPath, file.path);
    if (this.ctx.index.version !== before) this.scheduleRefresh();
  }

  private scheduleRefresh(): void {
    if (!this.ready) return;
    if (this.refreshTimer !== null) window.clearTimeout(this.refreshTimer);
    this.refreshTimer = window.setTimeout(() => {
      this.refreshTimer = null;
      this.ctx.refreshDashboards();
    }, REFRESH_DEBOUNCE_MS);
  }
}
