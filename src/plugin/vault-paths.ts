// Finding and making notes and folders by path as the disk sees them. On macOS, Windows and phones the disk
// ignores case: "mentoring/ana" is the folder "Mentoring/Ana", which the vault's exact lookups miss and
// which cannot be created a second time. The adapter's `exists` answers as the disk does, so the other case
// is looked for only where the disk says the path is taken (never on a case-sensitive disk).
import { TFile, TFolder, type App, type TAbstractFile } from "obsidian";

function segmentsOf(path: string): string[] {
  return path.split("/").filter((segment) => segment !== "");
}

/** The entry at `path` exactly, else (where the disk says it is taken) the entry there in another case. */
async function entryAt(app: App, path: string): Promise<TAbstractFile | null> {
  const exact = app.vault.getAbstractFileByPath(path);
  if (exact || !(await app.vault.adapter.exists(path))) return exact;
  let entry: TAbstractFile = app.vault.getRoot();
  for (const segment of segmentsOf(path)) {
    const wanted = segment.toLowerCase();
    const children: TAbstractFile[] = entry instanceof TFolder ? entry.children : [];
    const next = children.find((child) => child.name.toLowerCase() === wanted);
    if (!next) return null;
    entry = next;
  }
  return entry;
}

/** The note at `path`, in whatever case the disk holds it; null when there is none. */
export async function existingFile(app: App, path: string): Promise<TFile | null> {
  const entry = await entryAt(app, path);
  return entry instanceof TFile ? entry : null;
}

/**
 * Creates `folder` and any missing folder above it, reusing a folder that exists in another case on a
 * case-insensitive disk. Returns the folder's path as the vault spells it ("" for the vault's root).
 * `created` hears of each folder made, outermost first, so a command that fails later can remove them.
 */
export async function ensureFolder(app: App, folder: string, created?: (folder: TFolder) => void): Promise<string> {
  let path = "";
  for (const segment of segmentsOf(folder)) {
    const wanted = path === "" ? segment : `${path}/${segment}`;
    const found = await entryAt(app, wanted);
    let next: TFolder;
    if (found instanceof TFolder) next = found;
    else {
      next = await app.vault.createFolder(wanted);
      created?.(next);
    }
    path = next.path;
  }
  return path;
}

/** The note of `path` by its file name inside `folder` ("" is the vault's root). */
export function pathIn(folder: string, path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return folder === "" ? name : `${folder}/${name}`;
}
