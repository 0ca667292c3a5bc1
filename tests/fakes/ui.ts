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

/** The suggestion list shared by modal and input suggesters: renders, and lets tests choose. */
class SuggestionList<T> {
  values: T[] = [];
  readonly els: HTMLElement[] = [];

  constructor(readonly containerEl: HTMLElement) {}

  show(values: T[], render: (value: T, el: HTMLElement) => void, onChoose: (value: T, evt: MouseEvent) => void): void {
    this.containerEl.empty();
    this.els.length = 0;
    this.values = values;
    for (const value of values) {
      const el = this.containerEl.createDiv("suggestion-item");
      render(value, el);
      el.addEventListener("click", (evt) => onChoose(value, evt));
      this.els.push(el);
    }
  }

  indexByText(text: string): number {
    const texts = this.els.map((el) => (el.textContent ?? "").trim());
    const exact = texts.indexOf(text);
    return exact >= 0 ? exact : texts.findIndex((t) => t.includes(text));
  }
}

export abstract class SuggestModal<T> extends Modal {
  limit = 100;
  emptyStateText = "No results found.";
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;
  private readonly list: SuggestionList<T>;

  constructor(app: App) {
    super(app);
    this.inputEl = this.modalEl.createEl("input", { cls: "prompt-input", type: "text" });
    this.resultContainerEl = this.modalEl.createDiv("prompt-results");
    this.list = new SuggestionList<T>(this.resultContainerEl);
    this.inputEl.addEventListener("input", () => void this.updateSuggestions());
  }

  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

  setPlaceholder(placeholder: string): void {
    this.inputEl.placeholder = placeholder;
  }

  setInstructions(instructions: { command: string; purpose: string }[]): void {
    void instructions;
  }

  override open(): void {
    super.open();
    void this.updateSuggestions();
  }

  /** Test helper: type a query and wait for the list. */
  async setQuery(query: string): Promise<void> {
    this.inputEl.value = query;
    await this.updateSuggestions();
  }

  /** Test helper: the values currently listed. */
  suggestions(): T[] {
    return [...this.list.values];
  }

  /** Test helper: choose the n-th listed value, as a click does (the modal closes first, as in Obsidian). */
  choose(index: number): void {
    const el = this.list.els[index];
    if (!el) throw new Error(`No suggestion at ${index}; listed: ${this.list.values.length}`);
    el.click();
  }

  /** Test helper: choose the suggestion whose text is (or else contains) `text`. */
  chooseByText(text: string): void {
    const index = this.list.indexByText(text);
    if (index < 0) throw new Error(`No suggestion shows "${text}"`);
    this.choose(index);
  }

  private async updateSuggestions(): Promise<void> {
    const values = (await this.getSuggestions(this.inputEl.value)).slice(0, this.limit);
    this.list.show(values, (value, el) => this.renderSuggestion(value, el), (value, evt) => {
      this.close();
      this.onChooseSuggestion(value, evt);
    });
    if (values.length === 0) this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
  }
}

export interface FuzzyMatch<T> {
  item: T;
  match: { score: number; matches: [number, number][] };
}

/** Letters of the query in order, case-insensitive: a simple stand-in for Obsidian's fuzzy search. */
function fuzzyScore(query: string, text: string): number | null {
  const q = query.toLowerCase();
  const t = text.toLowerCase();
  let from = 0;
  for (const ch of q) {
    const found = t.indexOf(ch, from);
    if (found < 0) return null;
    from = found + 1;
  }
  return -from;
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;

  getSuggestions(query: string): FuzzyMatch<T>[] {
    const results: FuzzyMatch<T>[] = [];
    for (const item of this.getItems()) {
      const score = fuzzyScore(query, this.getItemText(item));
      if (score !== null) results.push({ item, match: { score, matches: [] } });
    }
    return query === "" ? results : results.sort((a, b) => b.match.score - a.match.score);
  }

  renderSuggestion(value: FuzzyMatch<T>, el: HTMLElement): void {
    el.setText(this.getItemText(value.item));
  }

  onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(item.item, evt);
  }
}

/** Every input suggester whose list is open. */
export const openSuggests: AbstractInputSuggest<unknown>[] = [];

export abstract class AbstractInputSuggest<T> {
  app: App;
  limit = 100;
  readonly suggestEl: HTMLElement;
  private readonly textInputEl: HTMLInputElement | HTMLDivElement;
  private readonly list: SuggestionList<T>;
  private selectCallback: ((value: T, evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

  constructor(app: App, textInputEl: HTMLInputElement | HTMLDivElement) {
    this.app = app;
    this.textInputEl = textInputEl;
    this.suggestEl = createDiv("suggestion-container");
    this.list = new SuggestionList<T>(this.suggestEl);
    textInputEl.addEventListener("input", () => void this.update());
    textInputEl.addEventListener("focus", () => void this.update());
  }

  protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;

  getValue(): string {
    return this.textInputEl instanceof HTMLInputElement ? this.textInputEl.value : (this.textInputEl.textContent ?? "");
  }

  setValue(value: string): void {
    if (this.textInputEl instanceof HTMLInputElement) this.textInputEl.value = value;
    else this.textInputEl.textContent = value;
  }

  onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.selectCallback = callback;
    return this;
  }

  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.selectCallback?.(value, evt);
  }

  open(): void {
    if (!this.suggestEl.isConnected) activeDocument.body.appendChild(this.suggestEl);
    if (!openSuggests.includes(this as AbstractInputSuggest<unknown>)) openSuggests.push(this as AbstractInputSuggest<unknown>);
  }

  close(): void {
    this.suggestEl.detach();
    const index = openSuggests.indexOf(this as AbstractInputSuggest<unknown>);
    if (index >= 0) openSuggests.splice(index, 1);
  }

  /** Test helper: the values listed for the input's current text. */
  suggestions(): T[] {
    return [...this.list.values];
  }

  /** Test helper: choose the suggestion whose text is (or else contains) `text`. */
  chooseByText(text: string): void {
    const index = this.list.indexByText(text);
    const el = this.list.els[index];
    if (!el) throw new Error(`No suggestion shows "${text}"`);
    el.click();
  }

  private async update(): Promise<void> {
    const values = (await this.getSuggestions(this.getValue())).slice(0, this.limit);
    this.open();
    this.list.show(values, (value, el) => this.renderSuggestion(value, el), (value, evt) => {
      this.selectSuggestion(value, evt);
      this.close();
    });
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
