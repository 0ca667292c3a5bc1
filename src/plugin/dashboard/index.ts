// The dashboard feature, wired in one call: the view, the code block, the command and the ribbon icon.
import type { App } from "obsidian";
import { registerDashboardBlock } from "./code-block";
import type { DashboardHost } from "./host";
import { DASHBOARD_VIEW_TYPE, DashboardView } from "./view";

export type { DashboardHost } from "./host";
export { DASHBOARD_VIEW_TYPE } from "./view";

export const OPEN_DASHBOARD_ID = "open-dashboard";
const DASHBOARD_ICON = "list-checks";

export function registerDashboard(host: DashboardHost): void {
  const { plugin, app } = host;
  plugin.registerView(DASHBOARD_VIEW_TYPE, (leaf) => new DashboardView(leaf, host));
  registerDashboardBlock(host);
  plugin.addCommand({
    id: OPEN_DASHBOARD_ID,
    name: host.t("command.openDashboard"),
    callback: () => openDashboard(app),
  });
  plugin.addRibbonIcon(DASHBOARD_ICON, host.t("command.openDashboard"), () => openDashboard(app));
}

/**
 * Shows the dashboard: the open one if there is one (views may be deferred, so it is looked up, never
 * kept), else a new one in the right sidebar, or in a tab where there is no sidebar.
 */
export async function openDashboard(app: App): Promise<void> {
  const { workspace } = app;
  let leaf = workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0];
  if (!leaf) {
    leaf = workspace.getRightLeaf(false) ?? workspace.getLeaf("tab");
    await leaf.setViewState({ type: DASHBOARD_VIEW_TYPE, active: true });
  }
  await workspace.revealLeaf(leaf);
}
