// MetadataCache (frontmatter, headings, list items parsed from the text) and FileManager, over the fake vault.
import { parse, stringify } from "yaml";
import { Events } from "./core";
import { TFile, type TAbstractFile, type Vault } from "./vault";
import { readBody, splitLines, type HeadingCache, type Line, type ListItemCache, type Pos } from "./metadata-body";

export type { HeadingCache, ListItemCache, Loc, Pos } from "./metadata-body";
export interface CachedMetadata {
  frontmatter?: Record<string, unknown>;
  frontmatterPosition?: Pos;
  headings?: HeadingCache[];
  listItems?: ListItemCache[];
}

/** The frontmatter block: `---` on the first line, closed by a `---` line. Null when absent or unclosed. */
export function frontmatterBlock(lines: Line[]): { endLine: number } | null {
  if (lines[0]?.text.replace(/^\uFEFF/, "") !== "---") return null;
  for (let i = 1; i < lines.length; i++) if (lines[i]?.text === "---") return { endLine: i };
  return null;
}

export function parseMetadata(text: string): CachedMetadata {
  const lines = splitLines(text);
  const cache: CachedMetadata = {};
  const block = frontmatterBlock(lines);
  let firstBodyLine = 0;
  if (block) {
    firstBodyLine = block.endLine + 1;
    const end = lines[block.endLine] as Line;
    cache.frontmatterPosition = { start: { line: 0, col: 0, offset: 0 }, end: { line: block.endLine, col: 3, offset: end.offset + 3 } };
    try {
      const yamlText = lines.slice(1, block.endLine).map((l) => l.text).join("\n");
      const data: unknown = parse(yamlText);
      if (typeof data === "object" && data !== null && !Array.isArray(data)) cache.frontmatter = data as Record<string, unknown>;
    } catch {
      // Obsidian shows broken YAML as invalid properties: no frontmatter in the cache.
    }
  }
  const { headings, listItems } = readBody(lines, firstBodyLine);
  if (headings.length > 0) cache.headings = headings;
  if (listItems.length > 0) cache.listItems = listItems;
  return cache;
}

/**
 * Parsed from the current text, except what Obsidian loaded from its own cache at start and has not
 * re-parsed yet (`loadStartCache`): that stays stale or null until the file is written or the first pass
 * (`resolve()`) re-parses it. `changed` fires after each re-parse (a microtask after a write, after the
 * vault's `modify` handlers), never on rename; `resolved` after the first pass and after later re-parses.
 */
export class MetadataCache extends Events {
  resolved = false;
  private readonly parsed = new Map<TFile, { text: string; cache: CachedMetadata }>();
  /** Obsidian's cache from the last session: stale for notes changed while the app was closed, null if never parsed. */
  private readonly startCache = new Map<TFile, CachedMetadata | null>();

  constructor(private readonly vault: Vault) {
    super();
    const reparse = (file: TAbstractFile) => {
      if (!(file instanceof TFile) || file.extension !== "md") return;
      void vault.read(file).then((text) => this.reparse(file, text), () => undefined);
    };
    vault.on("create", reparse);
    vault.on("modify", reparse);
    vault.on("delete", (file: TAbstractFile) => {
      if (!(file instanceof TFile)) return;
      const previous = this.parsed.get(file)?.cache ?? null;
      this.parsed.delete(file);
      this.startCache.delete(file);
      this.trigger("deleted", file, previous);
    });
  }

  /**
   * Test helper: what Obsidian's cache held at start, by path: the text it was parsed from (a note changed
   * since, by git or a sync tool, while the app was closed) or null (never parsed: `getFileCache` is null).
   */
  loadStartCache(entries: Record<string, string | null>): void {
    for (const [path, oldText] of Object.entries(entries)) {
      const file = this.vault.fileAt(path);
      this.startCache.set(file, oldText === null ? null : parseMetadata(oldText));
    }
  }

  /** Obsidian's first full pass: re-parses what the start cache got wrong (a `changed` each), then `resolved`. */
  resolve(): void {
    for (const file of [...this.startCache.keys()]) {
      const text = this.vault.contentOf(file);
      if (text !== null) this.reparse(file, text);
    }
    this.markResolved();
  }

  /** Test helper: the first pass is over (without re-parsing anything). */
  markResolved(): void {
    this.resolved = true;
    this.trigger("resolved");
  }

  getFileCache(file: TFile): CachedMetadata | null {
    if (file.extension !== "md" || this.vault.getFileByPath(file.path) !== file) return null;
    if (this.startCache.has(file)) return this.startCache.get(file) ?? null;
    const text = this.vault.contentOf(file);
    return text === null ? null : this.parse(file, text);
  }

  getCache(path: string): CachedMetadata | null {
    const file = this.vault.getFileByPath(path);
    return file ? this.getFileCache(file) : null;
  }

  /** Resolves a link path as Obsidian does: exact path first, else by name, nearest to the source. */
  getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
    const path = linkpath.split("#")[0]?.trim() ?? "";
    if (path === "") return this.vault.getFileByPath(sourcePath);
    const withExt = /\.[^/]+$/.test(path) ? [path, `${path}.md`] : [`${path}.md`, path];
    const sourceFolder = sourcePath.includes("/") ? sourcePath.slice(0, sourcePath.lastIndexOf("/")) : "";
    for (const candidate of withExt) {
      const direct = this.vault.getFileByPath(candidate) ?? (sourceFolder ? this.vault.getFileByPath(`${sourceFolder}/${candidate}`) : null);
      if (direct) return direct;
    }
    const wanted = withExt.map((p) => p.toLowerCase());
    const matches = this.vault.getFiles().filter((f) => wanted.some((w) => f.path.toLowerCase() === w || f.path.toLowerCase().endsWith(`/${w}`)));
    const inFolder = (f: TFile) => (f.parent?.path === (sourceFolder || "/") ? 0 : 1);
    matches.sort((a, b) => inFolder(a) - inFolder(b) || a.path.length - b.path.length || a.path.localeCompare(b.path));
    return matches[0] ?? null;
  }

  /** The shortest link text that still finds the file: its base name when unique, else its path. */
  fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
    void sourcePath;
    const name = omitMdExtension && file.extension === "md" ? file.basename : file.name;
    const sameName = this.vault.getFiles().filter((f) => f.name.toLowerCase() === file.name.toLowerCase());
    if (sameName.length <= 1) return name;
    return omitMdExtension && file.extension === "md" ? file.path.slice(0, -3) : file.path;
  }

  private reparse(file: TFile, text: string): void {
    this.startCache.delete(file);
    const cache = this.parse(file, text);
    this.trigger("changed", file, text, cache);
    if (this.resolved) this.trigger("resolved");
  }

  private parse(file: TFile, text: string): CachedMetadata {
    const known = this.parsed.get(file);
    if (known && known.text === text) return known.cache;
    const cache = parseMetadata(text);
    this.parsed.set(file, { text, cache });
    return cache;
  }
}

export class FileManager {
  constructor(private readonly vault: Vault, private readonly metadataCache: MetadataCache) {}

  /**
   * As Obsidian: parse the frontmatter, let fn change the object, write the block back with a YAML
   * serialiser. The body stays byte-identical and the file's line ending (LF or CRLF) is kept.
   * Broken YAML rejects and nothing is written.
   */
  async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
    await this.vault.process(file, (text) => {
      const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
      const content = text.slice(bom.length);
      const firstLineEnd = content.indexOf("\n");
      const eol = firstLineEnd > 0 && content[firstLineEnd - 1] === "\r" ? "\r\n" : "\n";
      const lines = splitLines(content);
      const block = frontmatterBlock(lines);
      let data: Record<string, unknown> = {};
      // Without a block the new one goes on top; with one, everything after its closing line is kept as is.
      let rest = `${eol}${content}`;
      if (block) {
        const closing = lines[block.endLine] as Line;
        rest = content.slice(closing.offset + 3);
        const parsed: unknown = parse(lines.slice(1, block.endLine).map((l) => l.text).join("\n"));
        if (parsed !== null && parsed !== undefined) {
          if (typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("Frontmatter is not a map of properties.");
          data = parsed as Record<string, unknown>;
        }
      }
      fn(data);
      if (!block && Object.keys(data).length === 0) return text;
      const yamlText = Object.keys(data).length === 0 ? "" : stringify(data);
      const yamlWithEol = eol === "\r\n" ? yamlText.replace(/\r?\n/g, "\r\n") : yamlText;
      return `${bom}---${eol}${yamlWithEol}---${rest}`;
    });
  }

  async trashFile(file: TAbstractFile): Promise<void> {
    await this.vault.moveToTrash(file);
  }

  /** Obsidian would also update links to the file; the fake only moves it. */
  async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
    await this.vault.rename(file, newPath);
  }

  generateMarkdownLink(file: TFile, sourcePath: string, subpath = "", alias = ""): string {
    const linktext = this.metadataCache.fileToLinktext(file, sourcePath);
    return `[[${linktext}${subpath}${alias ? `|${alias}` : ""}]]`;
  }

  getNewFileParent(sourcePath: string): TAbstractFile {
    const source = this.vault.getFileByPath(sourcePath);
    return source?.parent ?? this.vault.getRoot();
  }
}
