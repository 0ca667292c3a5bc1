// "Start a new mentoring relationship": ask, plan in the core, write the agreement and the first
// session, open the first session with the cursor in Topic.
import { MarkdownView, Notice, normalizePath, type TFile, type TFolder } from "obsidian";
import { topicCursor } from "../../core/new-notes/new-notes";
import { defaultRelationshipInput, planRelationship, type RelationshipInput } from "../../core/new-notes/new-relationship";
import { existingAgreementPaths } from "../../core/new-notes/note-names";
import { folderOf } from "../../core/syntax/paths";
import type { MentoringContext } from "../context";
import { NewRelationshipModal } from "../modals/new-relationship-modal";
import { readUserTemplate, reportUnknownPlaceholders } from "../templates-source";
import { writeFailedText } from "../background-edit";
import { ensureFolder, existingFile, pathIn } from "../vault-paths";

export const NEW_RELATIONSHIP_ID = "new-relationship";

export function registerNewRelationship(ctx: MentoringContext): void {
  ctx.plugin.addCommand({
    id: NEW_RELATIONSHIP_ID,
    name: ctx.t("command.newRelationship"),
    callback: () => openNewRelationship(ctx),
  });
}

/** Opens the form; also used by "start mentoring session" for its "New relationship…" entry. */
export function openNewRelationship(ctx: MentoringContext): void {
  new NewRelationshipModal(ctx, defaultRelationshipInput(ctx.settings, ctx.today()), (input) => createRelationship(ctx, input)).open();
}

/** Plans and writes the two notes. Returns null when done, or the reason shown in the form. */
export async function createRelationship(ctx: MentoringContext, input: RelationshipInput): Promise<string | null> {
  const { vault } = ctx.app;
  // By either language's name: a relationship started in Danish is still there after switching to English.
  let existingAgreement: TFile | null = null;
  for (const path of existingAgreementPaths(ctx.settings.rootFolder, input.name, ctx.language())) {
    existingAgreement ??= await existingFile(ctx.app, normalizePath(path));
  }
  if (existingAgreement) {
    new Notice(ctx.t("notice.relationshipExists", { name: input.name.trim() }));
    await ctx.app.workspace.getLeaf(false).openFile(existingAgreement, { active: true });
    return null;
  }
  const agreementTemplate = await readUserTemplate(ctx, "agreement");
  const firstTemplate = await readUserTemplate(ctx, "firstSession");
  const plan = planRelationship(input, ctx.settings, ctx.language(), ctx.today(), {
    ...(agreementTemplate ? { agreement: agreementTemplate.text } : {}),
    ...(firstTemplate ? { firstSession: firstTemplate.text } : {}),
  });
  if (!plan.ok) return plan.reason;
  const [agreement, first] = plan.files;
  if (!agreement || !first) return null;
  reportUnknownPlaceholders(ctx, agreementTemplate, agreement.unknownPlaceholders);
  reportUnknownPlaceholders(ctx, firstTemplate, first.unknownPlaceholders);

  // Both notes or neither: every path is checked before anything is written, and a write that fails
  // after the first note was created removes what this command created.
  for (const planned of plan.files) {
    const path = normalizePath(planned.path);
    if (await existingFile(ctx.app, path)) {
      new Notice(ctx.t("notice.noteExists", { path }));
      return null;
    }
  }
  const created: Created = { notes: [], folders: [] };
  let opened: TFile | null = null;
  for (const planned of plan.files) {
    const planPath = normalizePath(planned.path);
    let path = planPath;
    try {
      // A folder that exists in another case (on a case-insensitive disk) is used as it is spelt.
      path = pathIn(await ensureFolder(ctx.app, folderOf(planPath), (folder) => created.folders.push(folder)), planPath);
      const file = await vault.create(path, planned.text);
      created.notes.push({ file, text: planned.text });
      if (planned === first) opened = file;
    } catch (error) {
      new Notice(writeFailedText(ctx, path, error));
      await removeCreated(ctx, created);
      return null;
    }
  }
  if (opened) await openAtTopic(ctx, opened, first.text);
  return null;
}

/** What a command made so far, in order: each note with the text it was given, and the folders made for them. */
interface Created {
  notes: { file: TFile; text: string }[];
  folders: TFolder[];
}

/**
 * Undoes a command that failed half way, newest first, through `FileManager.trashFile` (which follows the
 * user's choice of trash). A note goes only while it holds exactly what was written: one that changed since
 * holds someone's text, so it stays, and a notice says so. A folder goes only when empty.
 */
async function removeCreated(ctx: MentoringContext, created: Created): Promise<void> {
  for (const { file, text } of [...created.notes].reverse()) {
    let removed = false;
    try {
      if ((await ctx.app.vault.read(file)) === text) {
        await ctx.app.fileManager.trashFile(file);
        removed = true;
      }
    } catch {
      // Read or trash failed: the note stays, and the notice below says so.
    }
    if (!removed) new Notice(ctx.t("notice.leftInPlace", { path: file.path }));
  }
  for (const folder of [...created.folders].reverse()) {
    if (folder.children.length > 0 || ctx.app.vault.getFolderByPath(folder.path) !== folder) continue;
    try {
      await ctx.app.fileManager.trashFile(folder);
    } catch {
      // An empty folder left behind holds no data; the next run reuses it.
    }
  }
}

/** Opens a note we just wrote in an active leaf and puts the cursor where the topic goes. */
export async function openAtTopic(ctx: MentoringContext, file: TFile, text: string): Promise<void> {
  const leaf = ctx.app.workspace.getLeaf(false);
  await leaf.openFile(file, { active: true });
  const cursor = topicCursor(text);
  // This leaf's own editor: `activeEditor` may still be another note.
  if (cursor && leaf.view instanceof MarkdownView && leaf.view.file === file) leaf.view.editor.setCursor(cursor);
}
