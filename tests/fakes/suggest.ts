// Suggesters: the modal kinds and the input kind, with helpers for tests to read and choose suggestions.
import type { App } from "./obsidian";
import { Modal } from "./ui";

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
