// "Start mentoring session": pick a relationship (or start one), then open today's session of it or
// write the next one. In "move" mode the open actions of earlier sessions are forwarded first, one
// Vault.process per source file, and only the ones actually forwarded are written into the new note.
import { Notice, normalizePath, type TFile } from "obsidian";
import { noteAfterMoves, undoMoves, type PlannedMove } from "../../core/edits/carry-over";
import { planSession } from "../../core/new-notes/new-session";
import { checkNewSession } from "../../core/new-notes/session-checks";
import { problemText } from "../../core/notes/problems";
import type { IndexedRelationship } from "../../core/index/vault-index";
import { processNote, reasonOf, writeFailedText } from "../background-edit";
import { ensureFolder, existingFile, pathIn } from "../vault-paths";
import type { MentoringContext } from "../context";
import { ConfirmModal } from "../modals/confirm-modal";
import { RelationshipPickerModal, relationshipChoices } from "../modals/relationship-picker";
import { readUserTemplate, reportUnknownPlaceholders } from "../templates-source";
import { openAtTopic, openNewRelationship, registerNewRelationship } from "./new-relationship";
import { registerSettingsTab } from "../settings-tab";

export const START_SESSION_ID = "start-session";

export function registerStartSession(ctx: MentoringContext): void {
  ctx.plugin.addCommand({
    id: START_SESSION_ID,
    name: ctx.t("command.startSession"),
    callback: () => void pickRelationship(ctx),
  });
}

/** The picker lists the index's relationships, so it is built once the first index is ready. */
async function pickRelationship(ctx: MentoringContext): Promise<void> {
  if (!ctx.indexBridge.isReady) {
    const reading = new Notice(ctx.t("dashboard.loading"), 0);
    await ctx.indexBridge.whenReady();
    reading.hide();
  }
  new RelationshipPickerModal(ctx, relationshipChoices(ctx.index.relationships()), (choice) => {
    if (choice.kind === "new") openNewRelationship(ctx);
    else void startSession(ctx, choice.relationship, choice.name);
  }).open();
}

/**
 * Opens today's session of the relationship, or writes the next one and opens it at Topic. A broken
 * agreement or earlier session stops it with a notice; an ended relationship asks first (`force` is the yes).
 */
export async function startSession(ctx: MentoringContext, relationship: IndexedRelationship, name: string, force = false): Promise<void> {
  const { vault } = ctx.app;
  const template = await readUserTemplate(ctx, "session");
  const plan = planSession(relationship, ctx.settings, ctx.language(), ctx.today(), template?.text);
  if (plan.kind === "exists") {
    const file = vault.getFileByPath(plan.path);
    if (file) {
      new Notice(ctx.t("notice.sessionExists", { name }));
      await ctx.app.workspace.getLeaf(false).openFile(file, { active: true });
      return;
    }
  }
  if (plan.kind !== "create") return;
  const check = checkNewSession(relationship, name, (file) => ctx.index.get(file)?.problems ?? [], force);
  if (!check.ok) {
    if (check.ended) {
      new ConfirmModal(ctx, {
        title: ctx.t("newSession.endedTitle"),
        question: ctx.t("newSession.endedConfirm", { name }),
        action: ctx.t("newSession.startAnyway"),
        onConfirm: () => startSession(ctx, relationship, name, true),
      }).open();
    } else new Notice(problemText(check, (key, vars) => ctx.t(key, vars)));
    return;
  }
  let path = normalizePath(plan.path);
  if (await existingFile(ctx.app, path)) {
    // A note with this name exists but the index does not know it as a session (yet): never overwrite it.
    new Notice(ctx.t("notice.noteExists", { path }));
    return;
  }
  reportUnknownPlaceholders(ctx, template, plan.unknownPlaceholders);

  // Forward the originals first, so the new note only ever holds copies of lines that were forwarded.
  // If a source or the new note cannot be written, what this run forwarded is put back.
  const forwarded: Forwarded[] = [];
  let writing = path; // the note being written, for the notice if it fails
  let created: { file: TFile; text: string };
  try {
    for (const edit of plan.moves.edits) {
      const file = vault.getFileByPath(edit.file);
      if (!file) continue;
      writing = file.path;
      let moves: PlannedMove[] = [];
      await processNote(ctx.app, file, (text) => {
        const result = edit.apply(text);
        moves = result.moved;
        return result.text;
      });
      // Recorded once the write is done: a write that failed forwarded nothing to put back.
      if (moves.length > 0) forwarded.push({ file, moves });
    }
    const text = noteAfterMoves(plan.text, plan.moves, forwarded.flatMap((source) => source.moves));
    writing = path;
    path = pathIn(await ensureFolder(ctx.app, relationship.folder), path);
    writing = path;
    created = { file: await vault.create(path, text), text };
  } catch (error) {
    new Notice(writeFailedText(ctx, writing, error));
    await putBack(ctx, forwarded);
    return;
  }
  const movedCount = forwarded.reduce((count, source) => count + source.moves.length, 0);
  if (plan.moves.edits.length > 0) new Notice(ctx.t("notice.actionsMoved", { count: movedCount }));
  await openAtTopic(ctx, created.file, created.text);
}

/** The lines one source note had forwarded by this run. */
interface Forwarded {
  file: TFile;
  moves: PlannedMove[];
}

/**
 * Undoes the forwarding of a run whose new note was not written, through `processNote` like the forwarding
 * itself. A source that cannot be written is named: its lines point at a note that does not exist, so they
 * count as open (lost-moves.ts) and the next session carries them over.
 */
async function putBack(ctx: MentoringContext, forwarded: readonly Forwarded[]): Promise<void> {
  for (const { file, moves } of forwarded) {
    try {
      await processNote(ctx.app, file, (text) => undoMoves(text, moves).text);
    } catch (error) {
      new Notice(ctx.t("notice.movesNotUndone", { path: file.path, reason: reasonOf(error) }));
    }
  }
}

/** Everything of this feature, for main.ts in one call: both commands and the settings tab. */
export function registerSessionFeatures(ctx: MentoringContext): void {
  registerNewRelationship(ctx);
  registerStartSession(ctx);
  registerSettingsTab(ctx);
}
