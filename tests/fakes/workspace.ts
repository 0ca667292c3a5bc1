// Views, leaves and the workspace: enough of Obsidian's layout to open notes and plugin views and to find
// the active editor the way plugin code does.
import { Component, debounce, Events } from "./core";
import { Editor, toLf } from "./editor";
import { setIcon } from "./ui";
import type { App } from "./obsidian";
import { TFile } from "./vault";

export interface ViewState {
  type: string;
  state?: Record<string, unknown>;
  active?: boolean;
  pinned?: boolean;
}
export interface OpenViewState {
  state?: Record<string, unknown>;
  eState?: Record<string, unknown>;
  active?: boolean;
}
export type ViewCreator = (leaf: WorkspaceLeaf) => View;
export type LeafLocation = "main" | "left" | "right";

export abstract class View extends Component {
  app: App;
  leaf: WorkspaceLeaf;
  containerEl: HTMLElement;
  icon = "";
  navigation = false;

  constructor(leaf: WorkspaceLeaf) {
    super();
    this.leaf = leaf;
    this.app = leaf.app;
    this.containerEl = createDiv("workspace-leaf-content");
  }

  abstract getViewType(): string;

  getDisplayText(): string {
    return this.getViewType();
  }

  getIcon(): string {
    return this.icon;
  }

  async onOpen(): Promise<void> {}

  async onClose(): Promise<void> {}

  getState(): Record<string, unknown> {
    return {};
  }

  async setState(state: unknown, result: unknown): Promise<void> {
    void state;
    void result;
  }

  getEphemeralState(): Record<string, unknown> {
    return {};
  }

  setEphemeralState(state: unknown): void {
    void state;
  }
}

/** Like Obsidian: a header (with the actions) and the content element, as the container's two children. */
export abstract class ItemView extends View {
  headerEl: HTMLElement;
  contentEl: HTMLElement;
  private readonly actionsEl: HTMLElement;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.headerEl = this.containerEl.createDiv("view-header");
    this.headerEl.createDiv({ cls: "view-header-title", text: "" });
    this.actionsEl = this.headerEl.createDiv("view-actions");
    this.contentEl = this.containerEl.createDiv("view-content");
  }

  addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const button = this.actionsEl.createEl("a", { cls: "clickable-icon view-action", attr: { "aria-label": title } });
    setIcon(button, icon);
    button.addEventListener("click", (evt) => void callback(evt));
    return button;
  }
}

class EmptyView extends ItemView {
  getViewType(): string {
    return "empty";
  }
}

export abstract class FileView extends ItemView {
  file: TFile | null = null;
  allowNoFile = false;

  override getDisplayText(): string {
    return this.file?.basename ?? "";
  }

  async onLoadFile(file: TFile): Promise<void> {
    void file;
  }
}

/**
 * A note open in source mode. Edits go through `editor` (LF only); they reach the vault when `save()` is
 * called or two seconds after the last edit (Obsidian's save delay; window timers, so fake timers work),
 * written with the line ending the file had (Obsidian keeps a CRLF note CRLF; a CR one CR). Until then the typing is in
 * the editor only: a background `vault.process` of the file would not see it. A change to the file from
 * elsewhere is loaded into the editor, replacing what was not saved, as Obsidian does.
 */
export class MarkdownView extends FileView {
  editor = new Editor();
  readonly requestSave = debounce(() => void this.save(), 2000, true);
  /** The file's text as last loaded or saved. */
  private lastSaved = "";
  private eol = "\n";
  /** Test helper: how often the file's text was loaded into the editor (opening, or a change on disk). */
  loadCount = 0;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.editor.onChange(() => this.requestSave());
    this.registerEvent(this.app.vault.on("modify", (file: TFile) => {
      if (file !== this.file) return;
      const text = this.app.vault.contentOf(file);
      if (text !== null && text !== this.lastSaved) this.loadFromDisk(text);
    }));
  }

  getViewType(): string {
    return "markdown";
  }

  getMode(): "source" | "preview" {
    return "source";
  }

  get data(): string {
    return this.editor.getValue();
  }

  override async onLoadFile(file: TFile): Promise<void> {
    this.file = file;
    this.loadFromDisk(await this.app.vault.read(file));
  }

  async save(): Promise<void> {
    this.requestSave.cancel();
    const file = this.file;
    const text = this.toDisk(this.editor.getValue());
    if (!file || text === this.lastSaved || this.app.vault.contentOf(file) === null) return;
    this.lastSaved = text;
    await this.app.vault.modify(file, text);
  }

  /** Test helper: typing that is in the editor and not on disk yet. */
  get hasUnsavedChanges(): boolean {
    return this.file !== null && this.toDisk(this.editor.getValue()) !== this.lastSaved;
  }

  override setEphemeralState(state: unknown): void {
    const line = (state as { line?: unknown } | null)?.line;
    if (typeof line === "number") this.editor.setCursor({ line, ch: 0 });
  }

  private loadFromDisk(text: string): void {
    this.loadCount += 1;
    this.lastSaved = text;
    this.eol = text.includes("\r\n") ? "\r\n" : text.includes("\r") ? "\r" : "\n";
    this.editor.loadText(text);
  }

  private toDisk(editorText: string): string {
    return this.eol === "\n" ? editorText : toLf(editorText).replace(/\n/g, this.eol);
  }
}

/** A leaf restored at start and not shown yet (since 1.7.2): its view is a placeholder, not the plugin's class. */
export class DeferredView extends View {
  constructor(leaf: WorkspaceLeaf, private readonly type: string) {
    super(leaf);
  }

  getViewType(): string {
    return this.type;
  }
}

export class WorkspaceLeaf extends Events {
  app: App;
  view: View;
  location: LeafLocation;
  containerEl: HTMLElement;
  pinned = false;

  constructor(app: App, location: LeafLocation) {
    super();
    this.app = app;
    this.location = location;
    this.containerEl = createDiv("workspace-leaf");
    this.view = new EmptyView(this);
    this.mount(this.view);
  }

  private mount(view: View): void {
    this.view = view;
    this.containerEl.appendChild(view.containerEl);
    view.load();
  }

  private async replaceView(view: View): Promise<void> {
    const old = this.view;
    old.containerEl.detach();
    await old.onClose();
    old.unload();
    this.mount(view);
    await view.onOpen();
  }

  async openFile(file: TFile, openState: OpenViewState = {}): Promise<void> {
    // Obsidian saves pending edits before a leaf shows another note.
    if (this.view instanceof MarkdownView) await this.view.save();
    const view = this.view instanceof MarkdownView ? this.view : new MarkdownView(this);
    if (view !== this.view) await this.replaceView(view);
    await view.onLoadFile(file);
    if (openState.eState) view.setEphemeralState(openState.eState);
    // As Obsidian: the leaf becomes active only when asked; `activeEditor` may still be another note.
    if (openState.active === true) this.app.workspace.setActiveLeaf(this, { focus: true });
    this.app.workspace.trigger("file-open", file);
  }

  async setViewState(viewState: ViewState, eState?: Record<string, unknown>): Promise<void> {
    const creator = this.app.workspace.viewRegistry.get(viewState.type);
    const view = creator ? creator(this) : new EmptyView(this);
    await this.replaceView(view);
    if (viewState.state) await view.setState(viewState.state, {});
    if (eState) view.setEphemeralState(eState);
    if (viewState.active) this.app.workspace.setActiveLeaf(this, { focus: true });
    this.app.workspace.trigger("layout-change");
  }

  getViewState(): ViewState {
    return { type: this.view.getViewType(), state: this.view.getState(), active: this.app.workspace.activeLeaf === this, pinned: this.pinned };
  }

  getDisplayText(): string {
    return this.view.getDisplayText();
  }

  isDeferred = false;
  private deferredState: ViewState | null = null;

  /** Test helper (via `Workspace.addDeferredLeaf`): this leaf holds a placeholder until it is shown. */
  defer(viewState: ViewState): void {
    this.isDeferred = true;
    this.deferredState = viewState;
    this.view.containerEl.detach();
    this.view.unload();
    this.mount(new DeferredView(this, viewState.type));
  }

  /** Builds the real view, as Obsidian does when a deferred leaf is shown. */
  async loadIfDeferred(): Promise<void> {
    const state = this.deferredState;
    if (!this.isDeferred || !state) return;
    this.isDeferred = false;
    this.deferredState = null;
    const path = state.state?.["file"];
    const file = typeof path === "string" ? this.app.vault.getFileByPath(path) : null;
    if (state.type === "markdown" && file) await this.openFile(file);
    else await this.setViewState(state);
  }

  setPinned(pinned: boolean): void {
    this.pinned = pinned;
  }

  detach(): void {
    const view = this.view;
    view.containerEl.detach();
    void view.onClose();
    view.unload();
    this.containerEl.detach();
    this.app.workspace.removeLeaf(this);
  }
}
