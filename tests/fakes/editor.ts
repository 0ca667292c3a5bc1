// Obsidian's Editor on a plain string. It holds LF only, as CodeMirror does: any "\r\n" or "\r" given to
// it becomes "\n"; the view writes the file's own line endings back on save (see MarkdownView).

/** CodeMirror splits lines on CRLF, CR and LF alike and keeps "\n" only. */
export function toLf(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

export interface EditorPosition {
  line: number;
  ch: number;
}
export interface EditorRange {
  from: EditorPosition;
  to: EditorPosition;
}
export interface EditorChange {
  from: EditorPosition;
  to?: EditorPosition;
  text: string;
}
export interface EditorSelectionOrCaret {
  from: EditorPosition;
  to?: EditorPosition;
}
export interface EditorTransaction {
  replaceSelection?: string;
  changes?: EditorChange[];
  selection?: EditorSelectionOrCaret;
  selections?: EditorSelectionOrCaret[];
}

export class Editor {
  private text = "";
  private anchor: EditorPosition = { line: 0, ch: 0 };
  private head: EditorPosition = { line: 0, ch: 0 };
  private readonly listeners: ((editor: Editor) => void)[] = [];
  /** Test helpers: how many transactions and single changes were applied, and each transaction's changes. */
  transactionCount = 0;
  changeCount = 0;
  readonly transactions: EditorChange[][] = [];
  focused = false;
  scrolledTo: EditorRange | null = null;

  constructor(text = "") {
    this.text = toLf(text);
  }

  /** Called after every change made through the editor (the view uses it to save). */
  onChange(listener: (editor: Editor) => void): void {
    this.listeners.push(listener);
  }

  getValue(): string {
    return this.text;
  }

  setValue(content: string): void {
    const end = this.offsetToPos(this.text.length);
    this.transaction({ changes: [{ from: { line: 0, ch: 0 }, to: end, text: content }], selection: { from: { line: 0, ch: 0 } } });
  }

  /** Replaces the buffer without counting a transaction: the file changed on disk, not by the plugin. */
  loadText(content: string): void {
    this.text = toLf(content);
    this.anchor = this.clip(this.anchor);
    this.head = this.clip(this.head);
  }

  private rawLines(): string[] {
    return this.text.split("\n");
  }

  getLine(line: number): string {
    const raw = this.rawLines()[line];
    if (raw === undefined) return "";
    return raw.endsWith("\r") ? raw.slice(0, -1) : raw;
  }

  lineCount(): number {
    return this.rawLines().length;
  }

  lastLine(): number {
    return this.lineCount() - 1;
  }

  firstLine(): number {
    return 0;
  }

  posToOffset(pos: EditorPosition): number {
    const lines = this.rawLines();
    const line = Math.max(0, Math.min(pos.line, lines.length - 1));
    let offset = 0;
    for (let i = 0; i < line; i++) offset += (lines[i] ?? "").length + 1;
    return offset + Math.max(0, Math.min(pos.ch, this.getLine(line).length));
  }

  offsetToPos(offset: number): EditorPosition {
    const target = Math.max(0, Math.min(offset, this.text.length));
    const lines = this.rawLines();
    let start = 0;
    for (let line = 0; line < lines.length; line++) {
      const length = (lines[line] ?? "").length;
      if (target <= start + length) return { line, ch: Math.min(target - start, this.getLine(line).length) };
      start += length + 1;
    }
    return { line: lines.length - 1, ch: this.getLine(lines.length - 1).length };
  }

  private clip(pos: EditorPosition): EditorPosition {
    return this.offsetToPos(this.posToOffset(pos));
  }

  getCursor(which: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
    if (which === "head") return { ...this.head };
    if (which === "anchor") return { ...this.anchor };
    const headFirst = this.posToOffset(this.head) <= this.posToOffset(this.anchor);
    return { ...((which === "from") === headFirst ? this.head : this.anchor) };
  }

  setCursor(pos: EditorPosition | number, ch?: number): void {
    const target = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
    this.anchor = this.clip(target);
    this.head = { ...this.anchor };
  }

  setSelection(anchor: EditorPosition, head?: EditorPosition): void {
    this.anchor = this.clip(anchor);
    this.head = this.clip(head ?? anchor);
  }

  listSelections(): { anchor: EditorPosition; head: EditorPosition }[] {
    return [{ anchor: { ...this.anchor }, head: { ...this.head } }];
  }

  somethingSelected(): boolean {
    return this.posToOffset(this.anchor) !== this.posToOffset(this.head);
  }

  getSelection(): string {
    return this.text.slice(this.posToOffset(this.getCursor("from")), this.posToOffset(this.getCursor("to")));
  }

  getRange(from: EditorPosition, to: EditorPosition): string {
    return this.text.slice(this.posToOffset(from), this.posToOffset(to));
  }

  replaceSelection(replacement: string): void {
    this.transaction({ replaceSelection: replacement });
  }

  replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition): void {
    this.transaction({ changes: [{ from, to, text: replacement }] });
  }

  /**
   * All changes use positions in the document as it was before the transaction and are applied at once;
   * overlapping changes are refused (CodeMirror throws too). The selection is in the new document.
   */
  transaction(tx: EditorTransaction): void {
    const changes: EditorChange[] = [...(tx.changes ?? [])];
    if (tx.replaceSelection !== undefined) {
      changes.push({ from: this.getCursor("from"), to: this.getCursor("to"), text: tx.replaceSelection });
    }
    const resolved = changes
      .map((c) => ({ from: this.posToOffset(c.from), to: this.posToOffset(c.to ?? c.from), text: toLf(c.text) }))
      .sort((a, b) => a.from - b.from || a.to - b.to);
    for (let i = 1; i < resolved.length; i++) {
      const previous = resolved[i - 1];
      const current = resolved[i];
      if (previous && current && current.from < previous.to) throw new RangeError("Overlapping changes in one transaction.");
    }
    let next = this.text;
    for (const change of [...resolved].reverse()) next = next.slice(0, change.from) + change.text + next.slice(change.to);
    const endOfLastInsert = resolved.reduce((shift, c) => shift + c.text.length - (c.to - c.from), 0);
    const lastChange = resolved[resolved.length - 1];
    this.text = next;
    const selection = tx.selection ?? tx.selections?.[0];
    if (selection) this.setSelection(selection.from, selection.to);
    else if (tx.replaceSelection !== undefined && lastChange) this.setCursor(this.offsetToPos(lastChange.to + endOfLastInsert));
    else {
      this.anchor = this.clip(this.anchor);
      this.head = this.clip(this.head);
    }
    this.transactionCount += 1;
    this.changeCount += changes.length;
    this.transactions.push(changes);
    for (const listener of this.listeners) listener(this);
  }

  focus(): void {
    this.focused = true;
  }

  blur(): void {
    this.focused = false;
  }

  hasFocus(): boolean {
    return this.focused;
  }

  scrollIntoView(range: EditorRange, center?: boolean): void {
    void center;
    this.scrolledTo = range;
  }

  refresh(): void {}
}
