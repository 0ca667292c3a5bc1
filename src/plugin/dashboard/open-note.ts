// Opening a note from the dashboard like a link click: Mod-click opens a new tab; a plain click uses the
// current tab, unless that tab is the dashboard itself (the dashboard stays put and the note gets a tab).
import { Keymap, Notice, type App } from "obsidian";
import type { Translate } from "./render";

export const DASHBOARD_VIEW_TYPE = "mentoring-dashboard-view";

/** Opens the note at `path`, at a 0-based line when given; a note that is gone gets a notice. */
export async function openNoteAt(app: App, t: Translate, path: string, line: number | null, evt: MouseEvent | null): Promise<void> {
  const file = app.vault.getFileByPath(path);
  if (!file) {
    new Notice(t("dashboard.noteMissing", { path }));
    return;
  }
  const newLeaf = evt ? Keymap.isModEvent(evt) : false;
  let leaf = app.workspace.getLeaf(newLeaf);
  if (!newLeaf && leaf.view.getViewType() === DASHBOARD_VIEW_TYPE) leaf = app.workspace.getLeaf("tab");
  await leaf.openFile(file, line === null ? { active: true } : { active: true, eState: { line } });
}
