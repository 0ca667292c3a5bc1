// The Workspace: leaves in the main area and the sidebars, the active leaf, layout-ready, view registry.
import { Events } from "./core";
import type { App } from "./obsidian";
import type { Editor } from "./editor";
import { FileView, MarkdownView, WorkspaceLeaf, type LeafLocation, type OpenViewState, type View, type ViewCreator, type ViewState } from "./workspace";
import type { TFile } from "./vault";

export class Workspace extends Events {
  layoutReady = false;
  /** Obsidian's metadata cache may resolve well after layout-ready on a big vault: false leaves it to the test. */
  resolveWithLayout = true;
  activeLeaf: WorkspaceLeaf | null = null;
  readonly viewRegistry = new Map<string, ViewCreator>();
  readonly containerEl: HTMLElement;
  readonly rightSplit = { collapsed: true, expand: () => { this.rightSplit.collapsed = false; } };
  readonly leftSplit = { collapsed: false, expand: () => { this.leftSplit.collapsed = false; } };
  /** Test helper: leaves passed to revealLeaf, in order. */
  readonly revealed: WorkspaceLeaf[] = [];
  private leaves: WorkspaceLeaf[] = [];
  private layoutReadyQueue: (() => unknown)[] = [];
  /** The last main-area leaf that showed a file: Obsidian keeps it "active" while a sidebar has focus. */
  private lastFileLeaf: WorkspaceLeaf | null = null;

  constructor(private readonly app: App) {
    super();
    this.containerEl = createDiv("workspace");
  }

  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) callback();
    else this.layoutReadyQueue.push(callback);
  }

  /** Test helper: the app finished loading; queued callbacks run now, later ones at once. */
  triggerLayoutReady(): void {
    if (this.layoutReady) return;
    this.layoutReady = true;
    const queue = this.layoutReadyQueue;
    this.layoutReadyQueue = [];
    for (const callback of queue) callback();
    this.trigger("layout-ready");
    if (this.resolveWithLayout) this.app.metadataCache.resolve();
  }

  getLeaf(newLeaf?: boolean | "tab" | "split" | "window"): WorkspaceLeaf {
    const active = this.activeLeaf;
    if (!newLeaf && active && active.location === "main" && !active.pinned) return active;
    return this.createLeaf("main");
  }

  /** Test helper: a leaf restored from the saved layout and not shown yet (deferred since 1.7.2). */
  addDeferredLeaf(viewState: ViewState, location: LeafLocation = "main"): WorkspaceLeaf {
    const leaf = this.createLeaf(location);
    leaf.defer(viewState);
    return leaf;
  }

  getRightLeaf(split: boolean): WorkspaceLeaf {
    void split;
    return this.createLeaf("right");
  }

  getLeftLeaf(split: boolean): WorkspaceLeaf {
    void split;
    return this.createLeaf("left");
  }

  /** Since 1.7.2: the sidebar leaf of this type, created if missing. */
  async ensureSideLeaf(type: string, side: "left" | "right", options: { active?: boolean; reveal?: boolean; state?: Record<string, unknown> } = {}): Promise<WorkspaceLeaf> {
    const existing = this.getLeavesOfType(type)[0];
    const leaf = existing ?? this.createLeaf(side);
    if (!existing) await leaf.setViewState({ type, active: options.active, state: options.state });
    if (options.reveal !== false) await this.revealLeaf(leaf);
    return leaf;
  }

  getLeavesOfType(type: string): WorkspaceLeaf[] {
    return this.leaves.filter((leaf) => leaf.view.getViewType() === type);
  }

  iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
    for (const leaf of [...this.leaves]) callback(leaf);
  }

  getMostRecentLeaf(): WorkspaceLeaf | null {
    return this.lastFileLeaf ?? this.activeLeaf;
  }

  async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
    if (leaf.location === "right") this.rightSplit.collapsed = false;
    if (leaf.location === "left") this.leftSplit.collapsed = false;
    this.revealed.push(leaf);
  }

  setActiveLeaf(leaf: WorkspaceLeaf, params?: { focus?: boolean }): void {
    void params;
    if (!this.leaves.includes(leaf)) return;
    const changed = this.activeLeaf !== leaf;
    this.activeLeaf = leaf;
    if (leaf.location === "main" && leaf.view instanceof FileView) this.lastFileLeaf = leaf;
    if (changed) this.trigger("active-leaf-change", leaf);
  }

  getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof type ? view : null;
  }

  /** The file of the active file view, or of the last one if a sidebar view has focus. */
  getActiveFile(): TFile | null {
    const view = this.activeLeaf?.view;
    if (view instanceof FileView) return view.file;
    const last = this.lastFileLeaf?.view;
    return last instanceof FileView ? last.file : null;
  }

  get activeEditor(): { editor: Editor; file: TFile | null } | null {
    const view = this.activeLeaf?.view ?? this.lastFileLeaf?.view;
    return view instanceof MarkdownView ? { editor: view.editor, file: view.file } : null;
  }

  detachLeavesOfType(type: string): void {
    for (const leaf of this.getLeavesOfType(type)) leaf.detach();
  }

  /** Opens a link like a click: resolves it, creates the note if it does not exist, opens it. */
  async openLinkText(linktext: string, sourcePath: string, newLeaf?: boolean | "tab" | "split" | "window", openViewState?: OpenViewState): Promise<void> {
    const path = linktext.split("#")[0] ?? linktext;
    let file = this.app.metadataCache.getFirstLinkpathDest(path, sourcePath);
    if (!file) file = await this.app.vault.create(path.endsWith(".md") ? path : `${path}.md`, "");
    await this.getLeaf(newLeaf).openFile(file, openViewState);
  }

  requestSaveLayout(): void {}

  /** Called by a leaf when it is detached. */
  removeLeaf(leaf: WorkspaceLeaf): void {
    this.leaves = this.leaves.filter((l) => l !== leaf);
    if (this.lastFileLeaf === leaf) this.lastFileLeaf = null;
    if (this.activeLeaf === leaf) {
      this.activeLeaf = this.lastFileLeaf ?? this.leaves[0] ?? null;
      this.trigger("active-leaf-change", this.activeLeaf);
    }
    this.trigger("layout-change");
  }

  private createLeaf(location: LeafLocation): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.app, location);
    this.leaves.push(leaf);
    this.containerEl.appendChild(leaf.containerEl);
    return leaf;
  }
}
