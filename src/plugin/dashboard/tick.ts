// Ticking an action from the dashboard: one `Vault.process` on its source note with the core write-back,
// which checks the line is still what was shown (or finds it once by content) and changes only that line.
// The dashboard may be stale: a note deleted or renamed meanwhile is reported, never written or recreated.
import { Notice } from "obsidian";
import type { ActionRow } from "../../core/dashboard/dashboard";
import { completeActionInText, uncompleteActionInText, type WriteBackResult } from "../../core/edits/write-back";
import { processNote, writeFailedText } from "../background-edit";
import type { MentoringContext } from "../context";

/** Marks the action done (or open again when `done` is false). Resolves true when the note was changed. */
export async function tickAction(ctx: MentoringContext, row: ActionRow, done: boolean): Promise<boolean> {
  const { app } = ctx;
  const file = app.vault.getFileByPath(row.file);
  if (!file) return refuse(ctx, ctx.t("dashboard.noteGone", { path: row.file }));

  const expected = { line: row.line, raw: row.raw };
  const today = ctx.today();
  const format = ctx.settings.actionFormat;
  let result: WriteBackResult | null = null;
  try {
    await processNote(app, file, (text) => {
      result = done ? completeActionInText(text, expected, today, format) : uncompleteActionInText(text, expected);
      return result.ok ? result.text : text;
    });
  } catch (error) {
    // Deleted between the lookup and the write: the same answer as above, and nothing is recreated.
    if (!app.vault.getFileByPath(row.file)) return refuse(ctx, ctx.t("dashboard.noteGone", { path: row.file }));
    return refuse(ctx, writeFailedText(ctx, row.file, error));
  }
  const outcome = result as WriteBackResult | null;
  if (!outcome?.ok) return refuse(ctx, ctx.t("notice.lineChanged"));
  new Notice(done ? ctx.t("notice.actionCompleted", { text: row.text }) : ctx.t("dashboard.actionReopened", { text: row.text }));
  return true;
}

/** Says why nothing was written and asks every dashboard to redraw from the index as it is now. */
function refuse(ctx: MentoringContext, message: string): false {
  new Notice(message);
  ctx.refreshDashboards();
  return false;
}
