// The dashboard view: filters as labelled form controls above the shared drawing. It redraws on
// `refreshDashboards` and on a filter change, and only when the model could have changed.
import { ItemView, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { buildDashboard, compareByName, isOwnerFilter, relationshipName, type OwnerFilter } from "../../core/dashboard/dashboard";
import { dashboardHandlers, modelKey, type DashboardHost } from "./host";
import { DASHBOARD_VIEW_TYPE } from "./open-note";
import { ALL_SECTIONS, DashboardRenderer } from "./render";

export { DASHBOARD_VIEW_TYPE } from "./open-note";

interface DashboardFilters {
  /** A relationship's folder; null for all. */
  relationship: string | null;
  owner: OwnerFilter;
  showDone: boolean;
}

const ALL_RELATIONSHIPS = "";

/** Ids for label `for` attributes, unique across every open view. */
let nextViewId = 0;

export class DashboardView extends ItemView {
  private filters: DashboardFilters = { relationship: null, owner: "all", showDone: false };
  private drawnKey: string | null = null;
  private choicesVersion = -1;
  private renderer: DashboardRenderer | null = null;
  private relationshipSelect: HTMLSelectElement | null = null;
  private ownerSelect: HTMLSelectElement | null = null;
  private doneToggle: HTMLInputElement | null = null;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: DashboardHost,
  ) {
    super(leaf);
  }

  getViewType(): string {
    return DASHBOARD_VIEW_TYPE;
  }

  getDisplayText(): string {
    return this.host.t("dashboard.title");
  }

  override getIcon(): string {
    return "list-checks";
  }

  override async onOpen(): Promise<void> {
    const root = this.contentEl;
    root.empty();
    root.addClass("mentoring-dashboard");
    this.drawFilters(root.createDiv({ cls: "mentoring-dashboard-filters", attr: { role: "group", "aria-label": this.host.t("dashboard.filters") } }));
    const body = root.createDiv("mentoring-dashboard-body");
    this.renderer = new DashboardRenderer(this, body, (key, vars) => this.host.t(key, vars), dashboardHandlers(this.host));
    this.register(this.host.onDashboardRefresh(() => this.refresh()));
    this.refresh();
  }

  override async onClose(): Promise<void> {
    this.renderer = null;
    this.contentEl.empty();
  }

  override getState(): Record<string, unknown> {
    return { ...this.filters };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const saved = (state ?? {}) as Partial<Record<keyof DashboardFilters, unknown>>;
    this.filters = {
      relationship: typeof saved.relationship === "string" && saved.relationship !== "" ? saved.relationship : null,
      owner: isOwnerFilter(saved.owner) ? saved.owner : "all",
      showDone: saved.showDone === true,
    };
    await super.setState(state, result);
    this.syncControls();
    this.refresh();
  }

  /** Draws again if the index, the day, the language or the filters changed since the last drawing. */
  refresh(): void {
    const renderer = this.renderer;
    if (!renderer) return;
    const ready = this.host.indexBridge.isReady;
    if (ready) this.updateRelationshipChoices();
    const options = { relationship: this.filters.relationship ?? undefined, owner: this.filters.owner, showDone: this.filters.showDone };
    const key = modelKey(this.host, options);
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    if (!ready) {
      renderer.showMessage(this.host.t("dashboard.loading"));
      return;
    }
    renderer.draw(buildDashboard(this.host.index, { ...options, today: this.host.today() }), ALL_SECTIONS);
  }

  private drawFilters(bar: HTMLElement): void {
    const id = `mentoring-dashboard-${nextViewId++}`;
    const t = (key: Parameters<DashboardHost["t"]>[0]) => this.host.t(key);

    const relationshipField = bar.createDiv("mentoring-dashboard-filter");
    relationshipField.createEl("label", { text: t("dashboard.filterRelationship"), attr: { for: `${id}-relationship` } });
    const relationship = relationshipField.createEl("select", { cls: "dropdown", attr: { id: `${id}-relationship` } });
    this.relationshipSelect = relationship;
    this.registerDomEvent(relationship, "change", () => {
      this.filters.relationship = relationship.value === ALL_RELATIONSHIPS ? null : relationship.value;
      this.filtersChanged();
    });

    const ownerField = bar.createDiv("mentoring-dashboard-filter");
    ownerField.createEl("label", { text: t("dashboard.owner"), attr: { for: `${id}-owner` } });
    const owner = ownerField.createEl("select", { cls: "dropdown", attr: { id: `${id}-owner` } });
    const ownerLabels: Record<OwnerFilter, string> = { all: t("word.everyone"), me: t("word.me"), other: t("word.otherPerson") };
    for (const [value, text] of Object.entries(ownerLabels)) owner.createEl("option", { text, value });
    this.ownerSelect = owner;
    this.registerDomEvent(owner, "change", () => {
      this.filters.owner = isOwnerFilter(owner.value) ? owner.value : "all";
      this.filtersChanged();
    });

    const doneField = bar.createDiv("mentoring-dashboard-filter mod-toggle");
    const done = doneField.createEl("input", { type: "checkbox", attr: { id: `${id}-done` } });
    doneField.createEl("label", { text: t("dashboard.showDone"), attr: { for: `${id}-done` } });
    this.doneToggle = done;
    this.registerDomEvent(done, "change", () => {
      this.filters.showDone = done.checked;
      this.filtersChanged();
    });
    this.syncControls();
  }

  private filtersChanged(): void {
    this.app.workspace.requestSaveLayout();
    this.refresh();
  }

  /** The relationship choices follow the index; rebuilt only when the index changed. */
  private updateRelationshipChoices(): void {
    const select = this.relationshipSelect;
    if (!select || this.choicesVersion === this.host.index.version) return;
    this.choicesVersion = this.host.index.version;
    const choices = this.host.index
      .relationships()
      .map((relationship) => ({ folder: relationship.folder, name: relationshipName(relationship) }))
      .sort(compareByName);
    // A relationship that is gone (renamed, deleted) stops filtering rather than showing nothing.
    const wanted = this.filters.relationship;
    if (wanted !== null && !choices.some((choice) => choice.folder === wanted)) this.filters.relationship = null;
    select.empty();
    select.createEl("option", { text: this.host.t("dashboard.filterAll"), value: ALL_RELATIONSHIPS });
    for (const choice of choices) select.createEl("option", { text: choice.name, value: choice.folder });
    this.syncControls();
  }

  private syncControls(): void {
    if (this.relationshipSelect) this.relationshipSelect.value = this.filters.relationship ?? ALL_RELATIONSHIPS;
    if (this.ownerSelect) this.ownerSelect.value = this.filters.owner;
    if (this.doneToggle) this.doneToggle.checked = this.filters.showDone;
  }
}
