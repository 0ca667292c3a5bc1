// An in-memory vault: files and folders as Obsidian models them, writes that fail like Obsidian's, events.
import { Events, normalizePath } from "./core";

export interface FileStats {
  ctime: number;
  mtime: number;
  size: number;
}

function lastSegment(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? path : path.slice(slash + 1);
}

function parentPathOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "/" : path.slice(0, slash);
}

export abstract class TAbstractFile {
  vault: Vault;
  path: string;
  name: string;
  parent: TFolder | null = null;

  constructor(vault: Vault, path: string) {
    this.vault = vault;
    this.path = path;
    this.name = path === "/" ? "" : lastSegment(path);
  }

  /** Moves this entry (and, for folders, everything inside). */
  setPath(path: string): void {
    this.path = path;
    this.name = lastSegment(path);
  }
}

export class TFile extends TAbstractFile {
  stat: FileStats;
  basename = "";
  extension = "";

  constructor(vault: Vault, path: string, stat: FileStats) {
    super(vault, path);
    this.stat = stat;
    this.setPath(path);
  }

  override setPath(path: string): void {
    super.setPath(path);
    const dot = this.name.lastIndexOf(".");
    this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
    this.extension = dot > 0 ? this.name.slice(dot + 1) : "";
  }
}

export class TFolder extends TAbstractFile {
  children: TAbstractFile[] = [];

  isRoot(): boolean {
    return this.path === "/";
  }
}

/** The adapter holds what the vault does not index (the config folder); other paths go to the vault. */
export class DataAdapter {
  private readonly hidden = new Map<string, string>();

  constructor(private readonly vault: Vault) {}

  getName(): string {
    return "fake-vault";
  }

  /** `sensitive` forces an exact-case check; otherwise a case-insensitive disk finds other cases too. */
  async exists(path: string, sensitive = false): Promise<boolean> {
    const p = normalizePath(path);
    if (sensitive) return this.hidden.has(p) || this.vault.getAbstractFileByPath(p) !== null;
    if (this.hidden.has(p)) return true;
    for (const key of this.hidden.keys()) if (key.startsWith(`${p}/`)) return true;
    return this.vault.takenPath(p) !== null;
  }

  async read(path: string): Promise<string> {
    const p = normalizePath(path);
    const hidden = this.hidden.get(p);
    if (hidden !== undefined) return hidden;
    const file = this.vault.getFileByPath(p);
    if (!file) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
    return this.vault.read(file);
  }

  async write(path: string, data: string): Promise<void> {
    const p = normalizePath(path);
    const file = this.vault.getFileByPath(p);
    if (file) await this.vault.modify(file, data);
    else this.hidden.set(p, data);
  }

  async remove(path: string): Promise<void> {
    if (!this.hidden.delete(normalizePath(path))) throw new Error(`ENOENT: no such file, unlink '${path}'`);
  }

  async mkdir(): Promise<void> {}

  /** Test helper: the files outside the vault index (settings), by path. */
  snapshot(): Record<string, string> {
    return Object.fromEntries([...this.hidden.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
}

/** A `cachedRead` the test holds back, to resolve in any order (`vault.holdReads()`). */
export interface HeldRead {
  path: string;
  /** The text as it was when the read was asked for. */
  text: string;
  release(): void;
}

export class Vault extends Events {
  readonly configDir = ".obsidian";
  /** Models a case-insensitive disk (macOS, Windows, phones): a path taken in another case cannot be created. */
  caseInsensitive = false;
  /** Models `cachedRead` being asynchronous: while held, reads wait for the test to release them, in any order. */
  private heldReads: HeldRead[] | null = null;
  readonly adapter: DataAdapter;
  private readonly root: TFolder;
  private readonly entries = new Map<string, TAbstractFile>();
  private readonly contents = new Map<TFile, string>();
  /** Test helper: every write that reached a file (create, modify, process, append), in order. */
  readonly writes: { path: string; data: string }[] = [];
  /** Test helper: files moved to the trash. */
  readonly trashed: string[] = [];

  constructor() {
    super();
    this.adapter = new DataAdapter(this);
    this.root = new TFolder(this, "/");
    this.entries.set("/", this.root);
  }

  /** Test helper: a vault holding these notes (folders made as needed), without create events. */
  static fromFiles(files: Record<string, string> = {}): Vault {
    const vault = new Vault();
    for (const [path, text] of Object.entries(files)) {
      const p = normalizePath(path);
      if (p.startsWith(`${vault.configDir}/`)) {
        void vault.adapter.write(p, text);
        continue;
      }
      vault.ensureFolder(parentPathOf(p));
      vault.addFile(p, text);
    }
    return vault;
  }

  /** Test helper: every note's text by path, sorted, to compare with an expected vault byte for byte. */
  snapshot(): Record<string, string> {
    const files = [...this.contents.entries()].map(([file, text]) => [file.path, text] as const);
    return Object.fromEntries(files.sort(([a], [b]) => a.localeCompare(b)));
  }

  getName(): string {
    return "Fake vault";
  }

  getRoot(): TFolder {
    return this.root;
  }

  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.entries.get(normalizePath(path)) ?? null;
  }

  getFileByPath(path: string): TFile | null {
    const entry = this.getAbstractFileByPath(path);
    return entry instanceof TFile ? entry : null;
  }

  getFolderByPath(path: string): TFolder | null {
    const entry = this.getAbstractFileByPath(path);
    return entry instanceof TFolder ? entry : null;
  }

  /** Test helper: the file at this path, or a thrown error naming it. */
  fileAt(path: string): TFile {
    const file = this.getFileByPath(path);
    if (!file) throw new Error(`No file at ${path}`);
    return file;
  }

  /** Test helper: the folder at this path, or a thrown error naming it. */
  folderAt(path: string): TFolder {
    const folder = this.getFolderByPath(path);
    if (!folder) throw new Error(`No folder at ${path}`);
    return folder;
  }

  getFiles(): TFile[] {
    return [...this.contents.keys()];
  }

  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((file) => file.extension === "md");
  }

  getAllLoadedFiles(): TAbstractFile[] {
    return [...this.entries.values()];
  }

  async read(file: TFile): Promise<string> {
    return this.textOf(file);
  }

  async cachedRead(file: TFile): Promise<string> {
    const text = this.textOf(file);
    const held = this.heldReads;
    if (!held) return text;
    return new Promise((resolve) => held.push({ path: file.path, text, release: () => resolve(text) }));
  }

  /** Test helper: from now on `cachedRead`s wait; returns the list the test releases them from. */
  holdReads(): HeldRead[] {
    this.heldReads = [];
    return this.heldReads;
  }

  /** Test helper: the path as the disk would find it: exact, or in another case on a case-insensitive disk. */
  takenPath(path: string): string | null {
    const p = normalizePath(path);
    if (this.entries.has(p)) return p;
    if (!this.caseInsensitive) return null;
    const lower = p.toLowerCase();
    for (const key of this.entries.keys()) if (key.toLowerCase() === lower) return key;
    return null;
  }

  /** Like Obsidian: fails if the path is taken or its folder does not exist. */
  async create(path: string, data: string): Promise<TFile> {
    const p = normalizePath(path);
    if (this.takenPath(p) !== null) throw new Error("File already exists.");
    if (!this.getFolderByPath(parentPathOf(p))) throw new Error("Folder does not exist.");
    const file = this.addFile(p, data);
    this.writes.push({ path: p, data });
    this.trigger("create", file);
    return file;
  }

  async createFolder(path: string): Promise<TFolder> {
    const p = normalizePath(path);
    if (this.takenPath(p) !== null) throw new Error("Folder already exists.");
    return this.ensureFolder(p);
  }

  async modify(file: TFile, data: string): Promise<void> {
    this.write(file, data);
  }

  async append(file: TFile, data: string): Promise<void> {
    this.write(file, this.textOf(file) + data);
  }

  /** Read, change and write in one step (fn is synchronous). Writes only when the text changed. */
  async process(file: TFile, fn: (data: string) => string): Promise<string> {
    const before = this.textOf(file);
    const after = fn(before);
    if (after !== before) this.write(file, after);
    return after;
  }

  async delete(file: TAbstractFile, force?: boolean): Promise<void> {
    void force;
    this.assertPresent(file);
    this.remove(file);
  }

  async trash(file: TAbstractFile, system: boolean): Promise<void> {
    void system;
    await this.moveToTrash(file);
  }

  /** What trash and FileManager.trashFile do: remove, and remember it was trashed rather than deleted. */
  async moveToTrash(file: TAbstractFile): Promise<void> {
    this.assertPresent(file);
    this.trashed.push(file.path);
    this.remove(file);
  }

  async rename(file: TAbstractFile, newPath: string): Promise<void> {
    this.assertPresent(file);
    const target = normalizePath(newPath);
    if (this.entries.has(target)) throw new Error("Destination file already exists!");
    const newParent = this.getFolderByPath(parentPathOf(target));
    if (!newParent) throw new Error("Folder does not exist.");
    const moved: [TAbstractFile, string][] = [];
    const move = (entry: TAbstractFile, path: string) => {
      moved.push([entry, entry.path]);
      this.entries.delete(entry.path);
      entry.setPath(path);
      this.entries.set(path, entry);
      if (entry instanceof TFolder) for (const child of entry.children) move(child, `${path}/${child.name}`);
    };
    this.detachFromParent(file);
    move(file, target);
    file.parent = newParent;
    newParent.children.push(file);
    for (const [entry, oldPath] of moved) this.trigger("rename", entry, oldPath);
  }

  /** Test and fake helper: the text right now, without a promise; null once the file is gone. */
  contentOf(file: TFile): string | null {
    return this.contents.get(file) ?? null;
  }

  private textOf(file: TFile): string {
    const text = this.contents.get(file);
    if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${file.path}'`);
    return text;
  }

  private write(file: TFile, data: string): void {
    this.textOf(file);
    this.contents.set(file, data);
    file.stat = { ctime: file.stat.ctime, mtime: Date.now(), size: data.length };
    this.writes.push({ path: file.path, data });
    this.trigger("modify", file);
  }

  private assertPresent(file: TAbstractFile): void {
    if (this.entries.get(file.path) !== file) throw new Error(`ENOENT: no such file or directory '${file.path}'`);
  }

  private addFile(path: string, text: string): TFile {
    const now = Date.now();
    const file = new TFile(this, path, { ctime: now, mtime: now, size: text.length });
    const parent = this.ensureFolder(parentPathOf(path));
    file.parent = parent;
    parent.children.push(file);
    this.entries.set(path, file);
    this.contents.set(file, text);
    return file;
  }

  private ensureFolder(path: string): TFolder {
    const existing = this.entries.get(path);
    if (existing instanceof TFolder) return existing;
    if (existing) throw new Error(`A file is in the way of folder '${path}'.`);
    const parent = this.ensureFolder(parentPathOf(path));
    const folder = new TFolder(this, path);
    folder.parent = parent;
    parent.children.push(folder);
    this.entries.set(path, folder);
    return folder;
  }

  private detachFromParent(entry: TAbstractFile): void {
    if (entry.parent) entry.parent.children = entry.parent.children.filter((c) => c !== entry);
  }

  /** Deleting a folder fires `delete` for the folder only, as Obsidian may: its children go silently. */
  private remove(entry: TAbstractFile): void {
    this.forget(entry);
    this.detachFromParent(entry);
    this.trigger("delete", entry);
  }

  private forget(entry: TAbstractFile): void {
    if (entry instanceof TFolder) for (const child of entry.children) this.forget(child);
    this.entries.delete(entry.path);
    if (entry instanceof TFile) this.contents.delete(entry);
  }
}
