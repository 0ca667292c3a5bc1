// A user's own template note, read from the path in the settings. A missing note falls back to the
// built-in template with one notice; placeholders the template uses but we do not know give one notice.
import { Notice, normalizePath } from "obsidian";
import type { NoteKind } from "../core/new-notes/new-notes";
import type { MentoringContext } from "./context";

export interface UserTemplate {
  path: string;
  text: string;
}

/** The template note for `kind`, or null for the built-in one (no path set, or the note is missing). */
export async function readUserTemplate(ctx: MentoringContext, kind: NoteKind): Promise<UserTemplate | null> {
  const setting = ctx.settings.templates[kind].trim();
  if (setting === "") return null;
  const path = normalizePath(setting.endsWith(".md") ? setting : `${setting}.md`);
  const file = ctx.app.vault.getFileByPath(path);
  if (!file) {
    new Notice(ctx.t("notice.templateMissing", { path }));
    return null;
  }
  return { path, text: await ctx.app.vault.cachedRead(file) };
}

/** One notice for a template's unknown placeholders, if it has any. */
export function reportUnknownPlaceholders(ctx: MentoringContext, template: UserTemplate | null, names: readonly string[]): void {
  if (!template || names.length === 0) return;
  new Notice(ctx.t("notice.unknownPlaceholders", { path: template.path, names: names.map((name) => `{{${name}}}`).join(", ") }));
}
