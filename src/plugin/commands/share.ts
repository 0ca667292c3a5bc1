// What a user takes out of the vault on purpose: the summary of a session to send to the other person
// (on the clipboard), and a calendar file of next meetings and due actions for a phone's calendar. The
// texts come from src/core/share; private parts are left out there.
import { Notice, normalizePath } from "obsidian";
import { buildDashboard } from "../../core/dashboard/dashboard";
import { calendarText } from "../../core/share/calendar";
import { renderSummary, summariseSession } from "../../core/share/summary";
import { messageText } from "../../core/i18n";
import { basenameOf } from "../../core/syntax/paths";
import { mentoringTypeOf } from "../../core/notes/parse-note";
import { processNote, writeFailedText } from "../background-edit";
import type { MentoringContext } from "../context";
import { ensureFolder, existingFile, pathIn } from "../vault-paths";

export const COPY_SUMMARY_ID = "copy-session-summary";
export const WRITE_CALENDAR_ID = "write-calendar";
export const CALENDAR_FILE_NAME = "mentoring.ics";

export function registerShare(ctx: MentoringContext): void {
  ctx.plugin.addCommand({
    id: COPY_SUMMARY_ID,
    name: ctx.t("command.copySummary"),
    editorCheckCallback: (checking, editor, view) => {
      const file = view.file;
      if (!file || mentoringTypeOf(editor.getValue()) !== "session") return false;
      if (!checking) void copySummary(ctx, file.path, editor.getValue());
      return true;
    },
  });
  ctx.plugin.addCommand({
    id: WRITE_CALENDAR_ID,
    name: ctx.t("command.writeCalendar"),
    callback: () => void writeCalendar(ctx),
  });
}

/** Puts the session's summary on the clipboard as Markdown, and says so. */
export async function copySummary(ctx: MentoringContext, path: string, text: string): Promise<void> {
  const result = summariseSession(path, text, ctx.language());
  if (!result.ok) {
    new Notice(messageText(result.message, ctx.t.bind(ctx)));
    return;
  }
  await navigator.clipboard.writeText(renderSummary(result.summary, "markdown"));
  new Notice(ctx.t("summary.copied", { note: basenameOf(path) }));
}

/** Writes `<root>/mentoring.ics` from the index and says where; a failed write says why. */
export async function writeCalendar(ctx: MentoringContext): Promise<void> {
  try {
    const { path } = await writeCalendarFile(ctx);
    new Notice(ctx.t("calendar.written", { path }));
  } catch (error) {
    const path = normalizePath(`${ctx.settings.rootFolder}/${CALENDAR_FILE_NAME}`);
    new Notice(writeFailedText(ctx, path, error));
  }
}

/**
 * Writes `<root>/mentoring.ics` from the index: created the first time, replaced whole after, and left
 * alone (not even touched) when it already holds this text. `written` says whether it was written.
 */
export async function writeCalendarFile(ctx: MentoringContext): Promise<{ path: string; written: boolean }> {
  const today = ctx.today();
  const model = buildDashboard(ctx.index, { today });
  const t = ctx.t.bind(ctx);
  const text = calendarText(model, today, t);
  let path = normalizePath(`${ctx.settings.rootFolder}/${CALENDAR_FILE_NAME}`);
  const existing = await existingFile(ctx.app, path);
  if (existing) {
    if ((await ctx.app.vault.read(existing)) === text) return { path: existing.path, written: false };
    await processNote(ctx.app, existing, () => text);
    return { path: existing.path, written: true };
  }
  path = pathIn(await ensureFolder(ctx.app, normalizePath(ctx.settings.rootFolder).replace(/^\/$/, "")), path);
  await ctx.app.vault.create(path, text);
  return { path, written: true };
}
