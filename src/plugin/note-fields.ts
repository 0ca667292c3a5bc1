// A mentoring note's fields as Obsidian's metadata cache holds its frontmatter, read by the core's schema:
// the same keys, values and fallbacks the index and the command line read, never a key read raw here.
import type { App, TFile } from "obsidian";
import { agreementPathsBeside } from "../core/new-notes/note-names";
import { agreementOf, linkTarget, NOTE_TYPES, sessionOf, SESSION_KEYS } from "../core/notes/schema";
import { valuesOf, type FrontmatterValues } from "../core/syntax/frontmatter";
import type { Agreement, Session } from "../core/notes/types";
import type { MentoringContext } from "./context";

function valuesOfFile(app: App, file: TFile): FrontmatterValues {
  return valuesOf(app.metadataCache.getFileCache(file)?.frontmatter ?? {});
}

/** Which kind of mentoring note `file` is by its `type`, or null for any other note. */
export function mentoringTypeOfFile(app: App, file: TFile): "agreement" | "session" | null {
  const type = valuesOfFile(app, file).get(SESSION_KEYS.type);
  if (type === NOTE_TYPES.agreement) return "agreement";
  return type === NOTE_TYPES.session ? "session" : null;
}

/** The session `file` is (without its actions, which live in the body), or null when it is no session. */
export function sessionFields(app: App, file: TFile): Session | null {
  if (mentoringTypeOfFile(app, file) !== "session") return null;
  return sessionOf(valuesOfFile(app, file), file.path, file.parent?.path ?? "", []).note;
}

/** The agreement `file` is (without its goals), or null when it is no agreement. */
export function agreementFields(app: App, file: TFile): Agreement | null {
  if (mentoringTypeOfFile(app, file) !== "agreement") return null;
  return agreementOf(valuesOfFile(app, file), file.path, file.parent?.path ?? "", []).note;
}

/**
 * The agreement of a note: the note itself, else the one the index groups it under (the nearest agreement
 * at or above it, as the dashboard and the command line read it). Until the first index is ready: its
 * `agreement` link, else `Agreement.md` or `Aftale.md` beside it.
 */
export function agreementFileOf(ctx: MentoringContext, file: TFile): TFile | null {
  const { app, index } = ctx;
  if (mentoringTypeOfFile(app, file) === "agreement") return file;
  if (ctx.indexBridge.isReady) {
    const folder = index.relationshipFolderOf(file.path);
    const agreement = folder === null ? undefined : index.relationship(folder)?.agreement;
    return agreement ? app.vault.getFileByPath(agreement.file) : null;
  }
  const link = linkTarget(sessionFields(app, file)?.agreementLink ?? null);
  const linked = link ? app.metadataCache.getFirstLinkpathDest(link, file.path) : null;
  if (linked) return linked;
  const beside = agreementPathsBeside(file.parent?.path ?? "", ctx.language()).map((path) => app.vault.getFileByPath(path));
  return beside.find((found) => found !== null) ?? null;
}
