// Which folders hold an agreement (a relationship each), kept in order as agreements come and go, and the
// nearest one at or above a note: what decides which relationship a session belongs to.
import { compareCodeUnits, folderOf } from "../syntax/paths";
import { insertionPoint } from "./relationship";

export class AgreementFolders {
  /**
   * Folder -> agreement paths in that folder, shortest first (so `Agreement.md` wins over the
   * `Agreement 1.md` a duplicate command makes), then in code-unit order; the first is the one used.
   */
  private readonly pathsByFolder = new Map<string, string[]>();
  /** The keys of `pathsByFolder` in code-unit order. */
  private readonly ordered: string[] = [];

  /** The folders holding an agreement, in code-unit order. */
  get folders(): readonly string[] {
    return this.ordered;
  }

  /** The agreement paths of one folder, the one used first; empty when it has none. */
  pathsIn(folder: string): readonly string[] {
    return this.pathsByFolder.get(folder) ?? [];
  }

  /** Every folder's agreement paths (folders with a second agreement are the ones with more than one). */
  allPaths(): IterableIterator<readonly string[]> {
    return this.pathsByFolder.values();
  }

  add(path: string): void {
    const folder = folderOf(path);
    const paths = this.pathsByFolder.get(folder) ?? [];
    if (paths.length === 0) this.ordered.splice(this.position(folder), 0, folder);
    paths.push(path);
    paths.sort((a, b) => a.length - b.length || compareCodeUnits(a, b));
    this.pathsByFolder.set(folder, paths);
  }

  remove(path: string): void {
    const folder = folderOf(path);
    const paths = (this.pathsByFolder.get(folder) ?? []).filter((other) => other !== path);
    if (paths.length > 0) {
      this.pathsByFolder.set(folder, paths);
      return;
    }
    this.pathsByFolder.delete(folder);
    const at = this.position(folder);
    if (this.ordered[at] === folder) this.ordered.splice(at, 1);
  }

  /** The folder of the agreement nearest at or above `folder`, or null when there is none. */
  nearest(folder: string): string | null {
    for (let current = folder; ; current = folderOf(current)) {
      if (this.pathsByFolder.has(current)) return current;
      if (current === "") return null;
    }
  }

  private position(folder: string): number {
    return insertionPoint(this.ordered, (other) => compareCodeUnits(other, folder));
  }
}
