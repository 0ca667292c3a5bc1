// "Start a new mentoring relationship": ask, plan in the core, write the agreement and the first
// session, open the first session with the cursor in Topic.
import { MarkdownView, Notice, normalizePath, type TFile } from "obsidian";
import { topicCursor } from "../../core/new-notes/new-notes";
import { defaultRelationshipInput, planRelationship, type RelationshipInput } from "../../core/new-notes/new-relationship";
import { existingAgreementPaths } from "../../core/new-notes/note-names";
import { folderOf } from "../../core/syntax/paths";
import type { MentoringContext } from "../context";
import { NewRelationshipModal } from "../modals/new-relationship-modal";
import { readUserTemplate, reportUnknownPlaceholders } from "../templates-source";
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

  let opened: TFile | null = null;
  for (const planned of plan.files) {
    const planPath = normalizePath(planned.path);
    let path = planPath;
    try {
      // A folder that exists in another case (on a case-insensitive disk) is used as it is spelt.
      path = pathIn(await ensureFolder(ctx.app, folderOf(planPath)), planPath);
      const file = await vault.create(path, planned.text);
      if (planned === first) opened = file;
    } catch (error) {
      new Notice(ctx.t("notice.writeFailed", { path, reason: error instanceof Error ? error.message : String(error) }));
      return null;
    }
  }
  if (opened) await openAtTopic(ctx, opened, first.text);
  return null;
}

/** Opens a note we just wrote in an active leaf and puts the cursor where the topic goes. */
export async function openAtTopic(ctx: MentoringContext, file: TFile, text: string): Promise<void> {
  const leaf = ctx.app.workspace.getLeaf(false);
  await leaf.openFile(file, { active: true });
  const cursor = topicCursor(text);
  // This leaf's own editor: `activeEditor` may still be another note.
  if (cursor && leaf.view instanceof MarkdownView && leaf.view.file === file) leaf.view.editor.setCursor(cursor);
}
