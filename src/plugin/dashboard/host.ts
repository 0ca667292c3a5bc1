// What a dashboard (the view or a code block) needs from the plugin, and the pieces both share: the
// handlers behind clicks and ticks, and the cheap key that says whether the model could have changed.
import type { DashboardOptions } from "../../core/dashboard/dashboard";
import { openNewRelationship } from "../commands/new-relationship";
import type { MentoringContext } from "../context";
import { endRelationship } from "../commands/meeting";
import { EndRelationshipModal } from "../modals/meeting-modals";
import { openNoteAt } from "./open-note";
import type { DashboardHandlers } from "./render";
import { tickAction } from "./tick";

export interface DashboardHost extends MentoringContext {
  /** Subscribes to `refreshDashboards`; the returned function unsubscribes. */
  onDashboardRefresh(refresh: () => void): () => void;
}

export function dashboardHandlers(host: DashboardHost): DashboardHandlers {
  return {
    tick: (row, done) => tickAction(host, row, done),
    open: (path, line, evt) => void openNoteAt(host.app, (key, vars) => host.t(key, vars), path, line, evt),
    endRelationship: (path) => {
      const agreement = host.app.vault.getFileByPath(path);
      if (agreement) new EndRelationshipModal(host, agreement.basename, () => endRelationship(host, agreement)).open();
    },
    startRelationship: () => openNewRelationship(host),
  };
}

/**
 * Everything the drawn model depends on: the index's version, the day, the language and the filters.
 * Equal keys mean an equal model, so a refresh with an equal key draws nothing.
 */
export function modelKey(host: DashboardHost, options: Omit<DashboardOptions, "today">): string {
  return JSON.stringify([
    host.indexBridge.isReady,
    host.index.version,
    host.today(),
    host.language(),
    options.relationship ?? null,
    options.owner ?? "all",
    options.showDone ?? false,
  ]);
}
