// Notices, modals, suggesters, icons, markdown rendering (as plain text), keymap and scope.
import { Component } from "./core";
import type { App } from "./obsidian";

const SVG_NS = "http://www.w3.org/2000/svg";

/** Replaces the element's content with an icon; `data-icon` tells tests which one. */
export function setIcon(parent: HTMLElement, iconId: string): void {
  parent.empty();
  const svg = parent.doc.createElementNS(SVG_NS, "svg");
  svg.setAttribute("class", `svg-icon lucide-${iconId}`);
  svg.setAttribute("data-icon", iconId);
  svg.setAttribute("viewBox", "0 0 24 24");
  parent.appendChild(svg);
}

export function getIcon(iconId: string): SVGSVGElement | null {
  const svg = activeDocument.createElementNS(SVG_NS, "svg");
  svg.setAttribute("class", `svg-icon lucide-${iconId}`);
  svg.setAttribute("data-icon", iconId);
  return svg;
}

export function setTooltip(el: HTMLElement, tooltip: string): void {
  el.setAttribute("aria-label", tooltip);
}

/** Every notice shown since the last `clearNotices()`, oldest first. */
export const notices: Notice[] = [];

export function clearNotices(): void {
  for (const notice of notices.splice(0)) notice.hide();
}

export class Notice {
  noticeEl: HTMLElement;
  messageEl: HTMLElement;
  containerEl: HTMLElement;
  duration: number;
  hidden = false;
  private timer: number | null = null;

  /** Duration in ms; 0 keeps it until hidden. Obsidian's default is about five seconds. */
  constructor(message: string | DocumentFragment, duration?: number) {
    const doc = activeDocument;
    let container = doc.body.querySelector<HTMLElement>(":scope > .notice-container");
    if (!container) container = doc.body.createDiv("notice-container");
    this.containerEl = container;
    this.noticeEl = container.createDiv("notice");
    this.messageEl = this.noticeEl.createDiv("notice-message");
    this.duration = duration ?? 5000;
    this.setMessage(message);
    if (this.duration > 0) this.timer = window.setTimeout(() => this.hide(), this.duration);
    notices.push(this);
  }

  /** The text the user reads (for a fragment, its text content). */
  get message(): string {
    return this.messageEl.textContent ?? "";
  }

  setMessage(message: string | DocumentFragment): this {
    this.messageEl.setText(message);
    return this;
  }

  hide(): void {
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = null;
    this.hidden = true;
    this.noticeEl.detach();
  }
}

/** Every modal currently open, oldest first. */
export const openModals: Modal[] = [];

export class Modal {
  app: App;
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  scope = new Scope();
  shouldRestoreSelection = true;
  isOpen = false;

  constructor(app: App) {
    this.app = app;
    this.containerEl = createDiv("modal-container");
    this.modalEl = this.containerEl.createDiv("modal");
    const closeButton = this.modalEl.createDiv({ cls: "modal-close-button", attr: { "aria-label": "Close" } });
    closeButton.addEventListener("click", () => this.close());
    this.titleEl = this.modalEl.createDiv("modal-title");
    this.contentEl = this.modalEl.createDiv("modal-content");
  }

  open(): void {
    if (this.isOpen) return;
    this.isOpen = true;
    activeDocument.body.appendChild(this.containerEl);
    openModals.push(this);
    void this.onOpen();
  }

  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    const index = openModals.indexOf(this);
    if (index >= 0) openModals.splice(index, 1);
    this.containerEl.detach();
    void this.onClose();
  }

  onOpen(): void | Promise<void> {}

  onClose(): void | Promise<void> {}

  setTitle(title: string | DocumentFragment): this {
    this.titleEl.setText(title);
    return this;
  }

  setContent(content: string | DocumentFragment): this {
    this.contentEl.setText(content);
    return this;
  }
}

/** Renders Markdown as plain text (never HTML): enough to see what a view would show. */
export class MarkdownRenderer extends Component {
  static async render(app: App, markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
    void app;
    void sourcePath;
    void component;
    for (const paragraph of markdown.split(/\r?\n\s*\r?\n/)) {
      if (paragraph.trim() !== "") el.createEl("p", { text: paragraph });
    }
  }
}

export class MarkdownRenderChild extends Component {
  containerEl: HTMLElement;

  constructor(containerEl: HTMLElement) {
    super();
    this.containerEl = containerEl;
  }
}

type Modifier = "Mod" | "Ctrl" | "Meta" | "Shift" | "Alt";

export class Keymap {
  static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: Modifier): boolean {
    if (!("ctrlKey" in evt)) return false;
    if (modifier === "Mod" || modifier === "Ctrl") return evt.ctrlKey || (modifier === "Mod" && evt.metaKey);
    if (modifier === "Meta") return evt.metaKey;
    return modifier === "Shift" ? evt.shiftKey : evt.altKey;
  }

  /** Where a click should open: a new tab with Mod, a split with Mod+Alt, a window with Mod+Alt+Shift. */
  static isModEvent(evt?: UserEvent | null): boolean | "tab" | "split" | "window" {
    if (!evt || !("ctrlKey" in evt)) return false;
    if (!Keymap.isModifier(evt, "Mod")) return false;
    if (evt.altKey) return evt.shiftKey ? "window" : "split";
    return "tab";
  }
}

type UserEvent = MouseEvent | KeyboardEvent | TouchEvent | PointerEvent;

export interface KeymapEventHandler {
  scope: Scope;
  modifiers: Modifier[] | null;
  key: string | null;
  func: (evt: KeyboardEvent) => unknown;
}

export class Scope {
  readonly handlers: KeymapEventHandler[] = [];

  constructor(readonly parent?: Scope) {}

  register(modifiers: Modifier[] | null, key: string | null, func: (evt: KeyboardEvent) => unknown): KeymapEventHandler {
    const handler = { scope: this, modifiers, key, func };
    this.handlers.push(handler);
    return handler;
  }

  unregister(handler: KeymapEventHandler): void {
    const index = this.handlers.indexOf(handler);
    if (index >= 0) this.handlers.splice(index, 1);
  }
}
