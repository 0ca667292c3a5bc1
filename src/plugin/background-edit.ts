// The one way the plugin changes a note that is not the editor's own transaction: open editors of the note
// are saved first, so typing not yet on disk (Obsidian saves about two seconds after the last key) is part
// of the text the edit starts from, and the editor, reloading the changed file, loses nothing.
import { MarkdownView, type App, type TFile } from "obsidian";
import type { MentoringContext } from "./context";

/** Writes what every open editor of `file` holds to disk. Deferred leaves have no editor and nothing unsaved. */
export async function saveOpenEditors(app: App, file: TFile): Promise<void> {
  for (const leaf of app.workspace.getLeavesOfType("markdown")) {
    if (leaf.view instanceof MarkdownView && leaf.view.file === file) await leaf.view.save();
  }
}

/** `vault.process` after saving the note's open editors; `fn` runs on the text the user sees. */
export async function processNote(app: App, file: TFile, fn: (text: string) => string): Promise<string> {
  await saveOpenEditors(app, file);
  return app.vault.process(file, fn);
}

/** Why a write failed, in the words of the error (a full disk, a file gone). */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What a notice says when a write failed: the note and the reason. */
export function writeFailedText(ctx: MentoringContext, path: string, error: unknown): string {
  return ctx.t("notice.writeFailed", { path, reason: reasonOf(error) });
}
