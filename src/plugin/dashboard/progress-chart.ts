// Progress over a relationship as a small chart: one stacked bar per session (done, moved on,
// cancelled, still open), built with Obsidian's DOM helpers (createSvg, createEl) and coloured by the
// theme through CSS classes. A table with the same numbers follows for screen readers, so the picture
// is never the only way to read them.
import type { RelationshipRow } from "../../core/dashboard/dashboard";
import type { ProgressRow } from "../../core/dashboard/progress";
import type { MessageKey, Translate } from "../../core/i18n";

const STATES = ["done", "forwarded", "cancelled", "open"] as const satisfies ReadonlyArray<keyof ProgressRow>;
const BAR_WIDTH = 18;
const GAP = 8;
const CHART_HEIGHT = 64;
const LABEL_HEIGHT = 14;

/** Draws the chart and its table for one relationship into `parent`. */
export function drawProgressChart(parent: HTMLElement, row: RelationshipRow, t: Translate): void {
  const figure = parent.createEl("figure", { cls: "mentoring-progress" });
  figure.createEl("figcaption", { cls: "mentoring-progress-name", text: row.name });
  if (row.progress.length === 0) {
    figure.createEl("p", { cls: "mentoring-dashboard-empty", text: t("progress.none") });
    return;
  }
  const highest = Math.max(1, ...row.progress.map((session) => session.agreed));
  const width = row.progress.length * (BAR_WIDTH + GAP) + GAP;
  const svg = figure.createSvg("svg", {
    cls: "mentoring-progress-chart",
    attr: { viewBox: `0 0 ${width} ${CHART_HEIGHT + LABEL_HEIGHT}`, width, height: CHART_HEIGHT + LABEL_HEIGHT, role: "img", "aria-label": t("progress.chartLabel", { name: row.name }) },
  });
  row.progress.forEach((session, i) => {
    const x = GAP + i * (BAR_WIDTH + GAP);
    let y = CHART_HEIGHT;
    for (const state of STATES) {
      const count = session[state];
      if (count === 0) continue;
      const height = (count / highest) * CHART_HEIGHT;
      y -= height;
      svg.createSvg("rect", { cls: `mentoring-progress-${state}`, attr: { x, y, width: BAR_WIDTH, height } });
    }
    const label = svg.createSvg("text", {
      cls: "mentoring-progress-label",
      attr: { x: x + BAR_WIDTH / 2, y: CHART_HEIGHT + LABEL_HEIGHT - 2, "text-anchor": "middle" },
    });
    label.setText(session.number === null ? "?" : String(session.number));
  });
  const legend = figure.createDiv({ cls: "mentoring-progress-legend", attr: { "aria-hidden": "true" } });
  for (const state of STATES) {
    const item = legend.createSpan({ cls: "mentoring-progress-legend-item" });
    item.createSpan({ cls: ["mentoring-progress-swatch", `mentoring-progress-${state}`] });
    item.appendText(t(`progress.${state}` as MessageKey));
  }
  drawTable(figure, row.progress, t);
}

/** The numbers behind the chart: read aloud by screen readers, hidden from sight. */
function drawTable(parent: HTMLElement, rows: readonly ProgressRow[], t: Translate): void {
  const table = parent.createEl("table", { cls: "mentoring-visually-hidden" });
  const head = table.createEl("thead").createEl("tr");
  for (const key of ["session", "date", "agreed", "done", "forwarded", "cancelled", "open", "days"]) head.createEl("th", { text: t(`progress.${key}` as MessageKey) });
  const body = table.createEl("tbody");
  for (const row of rows) {
    const tr = body.createEl("tr");
    const cells = [row.number ?? "—", row.date ?? "—", row.agreed, row.done, row.forwarded, row.cancelled, row.open, row.daysSincePrevious ?? "—"];
    for (const cell of cells) tr.createEl("td", { text: String(cell) });
  }
}
