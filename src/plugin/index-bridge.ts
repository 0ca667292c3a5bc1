// The bridge from vault events to the core index: built once Obsidian's metadata cache has finished its
// first pass (before that it can be stale for notes changed while the app was closed), in time slices that
// keep the UI responsive, with a few reads in flight at once, then kept current one file at a time.
// Dashboards redraw only when the index changed.
import { TFile, TFolder, type TAbstractFile } from "obsidian";
import { NOTE_TYPES } from "../core/notes/schema";
import type { MentoringContext } from "./context";

/** Longest stretch of indexing before giving the UI a turn (well under the 50 ms long-task limit). */
const SLICE_MS = 8;
/** Reads waiting at once during the first build: the disk's waits overlap instead of adding up. */
const READS_IN_FLIGHT = 8;
const REFRESH_DEBOUNCE_MS = 250;

const OUR_TYPES: ReadonlySet<unknown> = new Set([NOTE_TYPES.agreement, NOTE_TYPES.session]);

export class IndexBridge {
  private refreshTimer: number | null = null;
  private ready = false;
  private readonly waiting: Array<() => void> = [];
  private stopped = false;
  /** Per path, the number of the newest text asked for: a read that resolves after a newer one is dropped. */
  private readonly latest = new Map<string, number>();
  private requests = 0;

  constructor(private readonly ctx: MentoringContext) {}

  /** Called from onload: waits for the layout and the metadata cache's first pass, then indexes and listens. */
  register(): void {
    const { app, plugin } = this.ctx;
    plugin.register(() => {
      this.stopped = true;
      if (this.refreshTimer !== null) window.clearTimeout(this.refreshTimer);
    });
    app.workspace.onLayoutReady(() => {
      // A layout-ready callback cannot be withdrawn: after an unload it must register nothing.
      if (this.stopped) return;
      // Registered after layout-ready, so the initial load does not fire one create event per file.
      plugin.registerEvent(app.vault.on("create", (file) => void this.update(file)));
      plugin.registerEvent(app.vault.on("modify", (file) => void this.update(file)));
      plugin.registerEvent(app.vault.on("delete", (file) => this.remove(file)));
      plugin.registerEvent(app.vault.on("rename", (file, oldPath) => this.rename(file, oldPath)));
      // Each re-parse, including those of the first pass that correct a stale start cache, with its text.
      plugin.registerEvent(app.metadataCache.on("changed", (file, data) => this.apply(file.path, this.ask(file.path), data)));
      this.afterFirstPass(() => void this.buildInitialIndex());
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

  /** Runs `build` once the metadata cache has `resolved` (Obsidian's flag for that is not in its typings). */
  private afterFirstPass(build: () => void): void {
    const { metadataCache } = this.ctx.app;
    if ((metadataCache as unknown as { resolved?: unknown }).resolved === true) {
      build();
      return;
    }
    const ref = metadataCache.on("resolved", () => {
      metadataCache.offref(ref);
      if (!this.stopped) build();
    });
    this.ctx.plugin.registerEvent(ref);
  }

  private async buildInitialIndex(): Promise<void> {
    let sliceStart = performance.now();
    let reads: Promise<void>[] = [];
    for (const file of this.ctx.app.vault.getMarkdownFiles()) {
      if (this.stopped) return;
      if (this.mayBeMentoringNote(file)) reads.push(this.read(file));
      if (reads.length === READS_IN_FLIGHT) {
        await Promise.all(reads);
        reads = [];
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await nextTurn();
        sliceStart = performance.now();
      }
    }
    await Promise.all(reads);
    if (this.stopped) return;
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
    if (file instanceof TFile && file.extension === "md") await this.read(file);
  }

  /**
   * Reads the file and indexes the text, unless a newer text of it was asked for or given meanwhile, or
   * the file is gone. A rename meanwhile carries the request to the new path (see `rename`).
   */
  private async read(file: TFile): Promise<void> {
    const request = this.ask(file.path);
    let text: string;
    try {
      text = await this.ctx.app.vault.cachedRead(file);
    } catch {
      // Deleted before its turn came (its delete event has run) or unreadable: it stays out of the index.
      return;
    }
    // A folder's lone delete event leaves no trace of the notes inside it but this.
    if (this.ctx.app.vault.getFileByPath(file.path) === file) this.apply(file.path, request, text);
  }

  private ask(path: string): number {
    this.requests += 1;
    this.latest.set(path, this.requests);
    return this.requests;
  }

  private apply(path: string, request: number, text: string): void {
    if (this.stopped || this.latest.get(path) !== request || !path.toLowerCase().endsWith(".md")) return;
    this.latest.delete(path);
    this.changing(() => this.ctx.index.set(path, text));
  }

  /** A deleted folder may be the only event for the notes inside it. */
  private remove(file: TAbstractFile): void {
    this.latest.delete(file.path);
    this.changing(() => (file instanceof TFolder ? this.ctx.index.deleteFolder(file.path) : this.ctx.index.delete(file.path)));
  }

  /** The index moves the note's entry; a read still waiting for it now indexes it under the new path. */
  private rename(file: TAbstractFile, oldPath: string): void {
    const waiting = this.latest.get(oldPath);
    this.latest.delete(oldPath);
    if (waiting !== undefined) this.latest.set(file.path, waiting);
    this.changing(() => this.ctx.index.rename(oldPath, file.path));
  }

  /** Runs a change to the index and schedules a redraw if it changed anything. */
  private changing(change: () => void): void {
    const before = this.ctx.index.version;
    change();
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

/**
 * A turn for the UI (waiting input and drawing go first) that costs no wait: a zero-delay timer set from
 * a timer's callback is held back 4 ms after a few rounds, and far longer in a hidden window.
 */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
