// The `mentoring-dashboard` code block: the dashboard's drawing inside a note, with options written in the
// block. Options it cannot use are listed in the block (the rest still draws), never thrown.
import { MarkdownRenderChild } from "obsidian";
import { buildDashboard, type DashboardOptions } from "../../core/dashboard/dashboard";
import { parseDashboardBlock, type DashboardBlockParse } from "../../core/dashboard/dashboard-block";
import { dashboardHandlers, modelKey, type DashboardHost } from "./host";
import { DashboardRenderer, type DashboardSections } from "./render";

export const DASHBOARD_BLOCK_LANGUAGE = "mentoring-dashboard";

export function registerDashboardBlock(host: DashboardHost): void {
  // Blocks belong to the note's reading view, not to the plugin: when the plugin unloads, they stop too.
  const liveBlocks = new Set<DashboardBlock>();
  host.plugin.registerMarkdownCodeBlockProcessor(DASHBOARD_BLOCK_LANGUAGE, (source, el, context) => {
    context.addChild(new DashboardBlock(el, host, parseDashboardBlock(source), liveBlocks));
  });
  host.plugin.register(() => {
    for (const block of [...liveBlocks]) block.unload();
  });
}

class DashboardBlock extends MarkdownRenderChild {
  private renderer: DashboardRenderer | null = null;
  private drawnKey: string | null = null;
  private readonly filters: Omit<DashboardOptions, "today">;
  private readonly sections: DashboardSections;

  constructor(
    containerEl: HTMLElement,
    private readonly host: DashboardHost,
    private readonly parsed: DashboardBlockParse,
    private readonly liveBlocks: Set<DashboardBlock>,
  ) {
    super(containerEl);
    const { options } = parsed;
    this.filters = { relationship: options.relationship ?? undefined, owner: options.owner, showDone: options.done };
    this.sections = { parts: options.show, problems: "when-any" };
  }

  override onload(): void {
    const root = this.containerEl;
    root.empty();
    root.addClass("mentoring-dashboard", "mentoring-dashboard-block");
    if (this.parsed.messages.length > 0) {
      const box = root.createDiv({ cls: "mentoring-dashboard-block-messages", attr: { role: "note" } });
      box.createEl("p", { text: this.host.t("dashboard.blockOptions") });
      const list = box.createEl("ul");
      for (const { key, vars } of this.parsed.messages) list.createEl("li", { text: this.host.t(key, vars) });
    }
    this.renderer = new DashboardRenderer(this, root.createDiv("mentoring-dashboard-body"), (key, vars) => this.host.t(key, vars), dashboardHandlers(this.host));
    this.register(this.host.onDashboardRefresh(() => this.refresh()));
    this.liveBlocks.add(this);
    this.refresh();
  }

  override onunload(): void {
    this.liveBlocks.delete(this);
    this.renderer = null;
  }

  private refresh(): void {
    const renderer = this.renderer;
    if (!renderer) return;
    const key = modelKey(this.host, this.filters);
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    if (!this.host.indexBridge.isReady) {
      renderer.showMessage(this.host.t("dashboard.loading"));
      return;
    }
    renderer.draw(buildDashboard(this.host.index, { ...this.filters, today: this.host.today() }), this.sections);
  }
}
