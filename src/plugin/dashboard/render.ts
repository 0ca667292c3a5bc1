// The one drawing of a dashboard model, shared by the view and the code block. DOM through Obsidian's
// helpers only (createEl, createDiv, setText): note text always lands as text, never as markup. Clicks
// and ticks are caught once on the root (registered on the owning component), so redrawing adds no
// listeners. A big vault is drawn in slices (see SlicedDrawing), and each relationship shows its first
// ROWS_PER_GROUP actions (the model puts overdue and nearest first) with a button for the next batch.
import type { Component } from "obsidian";
import type { ActionGroup, ActionRow, DashboardModel, GoalRow, RelationshipRow } from "../../core/dashboard/dashboard";
import type { DashboardPart } from "../../core/dashboard/dashboard-block";
import type { MessageKey, Translate } from "../../core/i18n";
import { basenameOf } from "../../core/syntax/paths";
import { daysBetween } from "../../core/syntax/dates";
import { problemText } from "../../core/notes/problems";
import type { IsoDate, Phase, Problem } from "../../core/notes/types";
import { SlicedDrawing } from "./sliced-drawing";
import { drawProgressChart } from "./progress-chart";

/** Actions drawn per relationship before "Show N more"; each click draws this many again. */
export const ROWS_PER_GROUP = 20;

export type { Translate } from "../../core/i18n";

export interface DashboardHandlers {
  /** Writes the tick to the note; resolves false when nothing was written. */
  tick(row: ActionRow, done: boolean): Promise<boolean>;
  /** Opens a note, at a 0-based line when given. */
  open(path: string, line: number | null, evt: MouseEvent): void;
  /** Asks to end the relationship of this agreement (the command's confirmation). */
  endRelationship(agreementFile: string): void;
  /** Opens the form for a new relationship (the empty dashboard's next step); the plugin always gives it. */
  startRelationship?(): void;
}

export interface DashboardSections {
  /** The parts to draw, in this order. */
  parts: readonly DashboardPart[];
  /** The view always lists problems; a code block only when there are some. */
  problems: "always" | "when-any";
}

export const ALL_SECTIONS: DashboardSections = { parts: ["actions", "goals", "relationships", "progress"], problems: "always" };

const PHASE_KEYS: Record<Phase, MessageKey> = { start: "phase.start", middle: "phase.middle", final: "phase.final" };

export class DashboardRenderer {
  private readonly clickTargets = new WeakMap<Node, (evt: MouseEvent) => void>();
  private readonly tickTargets = new WeakMap<Node, ActionRow>();
  /** Actions shown per relationship folder after "Show N more", kept across redraws (a tick redraws). */
  private readonly shownRows = new Map<string, number>();
  private readonly slices: SlicedDrawing;
  /** A checkbox index to focus once it is drawn (after a tick in a long list), or -1. */
  private pendingFocus = -1;

  constructor(
    owner: Component,
    readonly el: HTMLElement,
    private readonly t: Translate,
    private readonly handlers: DashboardHandlers,
  ) {
    owner.registerDomEvent(el, "click", (evt) => this.onClick(evt));
    owner.registerDomEvent(el, "change", (evt) => void this.onChange(evt));
    this.slices = new SlicedDrawing(el, () => this.restoreTickFocus());
    owner.register(() => this.slices.cancel());
  }

  /** Replaces whatever was drawn with a single line of text (loading, nothing to show). */
  showMessage(text: string): void {
    this.slices.cancel();
    this.el.empty();
    this.el.createEl("p", { cls: "mentoring-dashboard-empty", text });
  }

  draw(model: DashboardModel, sections: DashboardSections): void {
    const focusedTick = this.focusedTickIndex();
    this.pendingFocus = focusedTick >= 0 ? focusedTick : this.slices.busy ? this.pendingFocus : -1;
    this.slices.cancel();
    this.el.empty();
    if (!model.relationshipFound) {
      // Only the reason: the empty sections below it would say "no relationships", which is not so.
      this.el.createEl("p", { cls: "mentoring-dashboard-warning", text: this.notFoundText(model) });
      if (model.problems.length > 0) this.drawProblems(model.problems);
      this.slices.start();
      return;
    }
    if (model.relationships.length === 0 && model.filter.relationship === null) {
      this.drawEmpty();
      if (model.problems.length > 0) this.drawProblems(model.problems);
      this.slices.start();
      return;
    }
    for (const part of sections.parts) {
      if (part === "actions") this.drawActions(model);
      else if (part === "goals") this.drawGoals(model.relationships);
      else if (part === "progress") this.drawProgress(model.relationships);
      else this.drawRelationships(model.relationships, model.today);
    }
    if (sections.problems === "always" || model.problems.length > 0) this.drawProblems(model.problems);
    this.slices.start();
  }

  private notFoundText(model: DashboardModel): string {
    const name = model.filter.relationship ?? "";
    const hint = model.relationshipHint;
    if (hint?.kind === "nearest") return this.t("dashboard.relationshipNearest", { name, nearest: hint.name });
    if (hint?.kind === "ambiguous") return this.t("dashboard.relationshipAmbiguous", { name, names: hint.names.join(", ") });
    return this.t("dashboard.relationshipNotFound", { name });
  }

  /** A vault with no relationship: one message and the one next step, instead of four empty sections. */
  private drawEmpty(): void {
    const box = this.el.createDiv("mentoring-dashboard-start");
    box.createEl("h3", { cls: "mentoring-dashboard-heading", text: this.t("dashboard.emptyTitle") });
    box.createEl("p", { cls: "mentoring-dashboard-empty", text: this.t("dashboard.emptyBody") });
    if (!this.handlers.startRelationship) return;
    const button = box.createEl("button", { cls: "mod-cta", text: this.t("dashboard.startRelationship"), attr: { type: "button" } });
    this.clickTargets.set(button, () => this.handlers.startRelationship?.());
  }

  private section(cls: string, title: MessageKey): HTMLElement {
    const section = this.el.createEl("section", { cls: ["mentoring-dashboard-section", cls] });
    section.createEl("h3", { cls: "mentoring-dashboard-heading", text: this.t(title) });
    return section;
  }

  private drawActions(model: DashboardModel): void {
    const section = this.section("mentoring-dashboard-actions", "dashboard.openActions");
    if (model.groups.length === 0) {
      section.createEl("p", { cls: "mentoring-dashboard-empty", text: this.t("dashboard.noOpenActions") });
      return;
    }
    for (const group of model.groups) {
      const shown = Math.min(group.actions.length, this.shownRows.get(group.folder) ?? ROWS_PER_GROUP);
      this.slices.add(shown + 1, () => this.drawGroup(section, group, shown));
    }
  }

  private drawGroup(parent: HTMLElement, group: ActionGroup, shown: number): void {
    const groupEl = parent.createDiv("mentoring-dashboard-group");
    groupEl.createEl("h4", { cls: "mentoring-dashboard-group-name", text: group.name });
    const list = groupEl.createEl("ul", { cls: "mentoring-dashboard-list" });
    for (const row of group.actions.slice(0, shown)) this.drawAction(list, row);
    if (shown < group.actions.length) this.drawShowMore(groupEl, list, group, shown);
  }

  /** A real button under the list; it draws the next batch (one short task) and moves focus to it. */
  private drawShowMore(groupEl: HTMLElement, list: HTMLElement, group: ActionGroup, shown: number): void {
    const count = Math.min(ROWS_PER_GROUP, group.actions.length - shown);
    const button = groupEl.createEl("button", {
      cls: "mentoring-dashboard-show-more",
      text: this.t("dashboard.showMore", { count }),
      attr: { type: "button", "aria-label": this.t("dashboard.showMoreLabel", { count, name: group.name }) },
    });
    this.clickTargets.set(button, () => {
      const more = shown + count;
      this.shownRows.set(group.folder, more);
      const first = list.childElementCount;
      for (const row of group.actions.slice(shown, more)) this.drawAction(list, row);
      button.remove();
      if (more < group.actions.length) this.drawShowMore(groupEl, list, group, more);
      list.children[first]?.querySelector<HTMLInputElement>("input.mentoring-action-checkbox")?.focus();
    });
  }

  private drawAction(list: HTMLElement, row: ActionRow): void {
    const item = list.createEl("li", { cls: "mentoring-dashboard-action" });
    item.toggleClass("is-overdue", row.overdue);
    item.toggleClass("is-done", row.done);
    const box = item.createEl("input", { type: "checkbox", cls: "mentoring-action-checkbox", attr: { "aria-label": row.text } });
    box.checked = row.done;
    this.tickTargets.set(box, row);

    const body = item.createDiv("mentoring-dashboard-action-body");
    this.link(body, "mentoring-dashboard-action-text", row.text, (evt) => this.handlers.open(row.file, row.line, evt));
    const meta = body.createDiv("mentoring-dashboard-meta");
    const when = meta.createSpan("mentoring-dashboard-due");
    if (row.done) {
      when.setText(row.completed ? this.t("dashboard.doneOn", { date: row.completed }) : this.t("dashboard.achieved"));
    } else if (row.overdue) {
      // Overdue is said in words as well as marked, so it never rests on colour alone.
      when.addClass("mentoring-dashboard-overdue");
      when.createEl("strong", { text: this.t("dashboard.overdue") });
      when.appendText(` · ${this.t("dashboard.dueOn", { date: row.due ?? "" })}`);
    } else {
      when.setText(row.due ? this.t("dashboard.dueOn", { date: row.due }) : this.t("dashboard.noDue"));
    }
    // The filter's words: "Me" or "The other person", one vocabulary for the same thing.
    const owner = row.mine ? this.t("word.me") : this.t("word.otherPerson");
    meta.createSpan({ cls: "mentoring-dashboard-owner", text: `${this.t("dashboard.owner")}: ${owner}` });
    const session = basenameOf(row.session.file);
    this.link(meta, "mentoring-dashboard-session", this.t("dashboard.fromSession", { session }), (evt) =>
      this.handlers.open(row.session.file, null, evt),
    );
  }

  private drawProgress(relationships: readonly RelationshipRow[]): void {
    const section = this.section("mentoring-dashboard-progress", "progress.title");
    const withSessions = relationships.filter((row) => row.progress.length > 0);
    if (withSessions.length === 0) {
      section.createEl("p", { cls: "mentoring-dashboard-empty", text: this.t("progress.none") });
      return;
    }
    // A chart's session is a bar of several SVG parts and a row of its text table: about four action rows' work.
    for (const row of withSessions) this.slices.add(4 * row.progress.length + 1, () => drawProgressChart(section, row, this.t));
  }

  private drawGoals(relationships: readonly RelationshipRow[]): void {
    const section = this.section("mentoring-dashboard-goals", "dashboard.goals");
    if (relationships.length === 0) {
      section.createEl("p", { cls: "mentoring-dashboard-empty", text: this.t("dashboard.noRelationships") });
      return;
    }
    for (const row of relationships) this.slices.add(row.goals.length + 1, () => this.drawGoalGroup(section, row));
  }

  private drawGoalGroup(section: HTMLElement, row: RelationshipRow): void {
    const groupEl = section.createDiv("mentoring-dashboard-group");
    groupEl.createEl("h4", { cls: "mentoring-dashboard-group-name", text: row.name });
    if (row.tooManyGoals) {
      groupEl.createEl("p", { cls: "mentoring-dashboard-warning", text: this.t("dashboard.tooManyGoals", { count: row.goalCount }) });
    }
    if (row.goals.length === 0) {
      groupEl.createEl("p", { cls: "mentoring-dashboard-empty", text: this.t("dashboard.noGoals") });
      return;
    }
    const list = groupEl.createEl("ul", { cls: "mentoring-dashboard-list" });
    for (const goal of row.goals) this.drawGoal(list, goal);
  }

  private drawGoal(list: HTMLElement, goal: GoalRow): void {
    const item = list.createEl("li", { cls: "mentoring-dashboard-goal" });
    item.toggleClass("is-achieved", goal.achieved);
    this.link(item, "mentoring-dashboard-goal-text", goal.text, (evt) => this.handlers.open(goal.file, goal.line, evt));
    const state = goal.achieved
      ? goal.completed
        ? `${this.t("dashboard.achieved")} · ${goal.completed}`
        : this.t("dashboard.achieved")
      : this.t("dashboard.notAchieved");
    item.createSpan({ cls: "mentoring-dashboard-goal-state", text: state });
  }

  private drawRelationships(relationships: readonly RelationshipRow[], today: IsoDate): void {
    const section = this.section("mentoring-dashboard-relationships", "dashboard.relationships");
    if (relationships.length === 0) {
      section.createEl("p", { cls: "mentoring-dashboard-empty", text: this.t("dashboard.noRelationships") });
      return;
    }
    // A card is about as much drawing as three action rows.
    for (const row of relationships) this.slices.add(3, () => this.drawRelationship(section, row, today));
  }

  private drawRelationship(parent: HTMLElement, row: RelationshipRow, today: IsoDate): void {
    const card = parent.createDiv("mentoring-dashboard-relationship");
    card.toggleClass("is-follow-up", row.followUp);
    card.toggleClass("is-ended", row.status === "ended");
    const title = card.createEl("h4", { cls: "mentoring-dashboard-relationship-title" });
    this.link(title, "mentoring-dashboard-relationship-name", row.name, (evt) => this.handlers.open(row.agreementFile, null, evt));
    if (row.followUp) card.createSpan({ cls: "mentoring-dashboard-flag", text: this.t("dashboard.followUp") });
    if (row.status === "ended") card.createSpan({ cls: "mentoring-dashboard-flag mod-ended", text: this.t("dashboard.ended") });
    const held =
      row.meetingsPlanned === null
        ? this.t("dashboard.sessionsHeldNoPlan", { held: row.sessionsHeld })
        : this.t("dashboard.sessionsHeld", { held: row.sessionsHeld, planned: row.meetingsPlanned });
    card.createEl("p", { cls: "mentoring-dashboard-held", text: held });
    const facts = card.createEl("dl", { cls: "mentoring-dashboard-facts" });
    const fact = (label: MessageKey, value: string): HTMLElement => {
      facts.createEl("dt", { text: this.t(label) });
      return facts.createEl("dd", { text: value });
    };
    fact("dashboard.phase", this.t(PHASE_KEYS[row.phase]));
    if (row.focus !== null) fact("dashboard.focus", this.t(`focus.${row.focus}`));
    fact("dashboard.lastMeeting", row.lastMeeting ?? this.t("dashboard.never"));
    const next = fact("dashboard.nextMeeting", row.nextMeeting ?? this.t("dashboard.never"));
    const ago = row.nextMeeting === null ? 0 : daysBetween(row.nextMeeting, today);
    if (row.nextMeeting !== null && ago > 0) {
      // A next meeting already past is said in words ("6 days ago"), before the follow-up flag a week later.
      const words = ago === 1 ? this.t("dashboardText.yesterday") : this.t("dashboardText.daysAgo", { days: ago });
      next.setText(this.t("dashboard.pastNextMeeting", { date: row.nextMeeting, ago: words }));
      next.addClass("mentoring-dashboard-past");
    }
    if (row.end !== null) fact("dashboard.endDate", row.end);
    if (row.endPassed) this.drawEndPassed(card, row);
  }

  /** Past its end date and still active: the cue in words, and ending it one click away. */
  private drawEndPassed(card: HTMLElement, row: RelationshipRow): void {
    const cue = card.createDiv("mentoring-dashboard-end-passed");
    cue.createEl("p", { cls: "mentoring-dashboard-warning", text: this.t("dashboard.endPassedCue", { command: this.t("command.insertRelationshipCheck") }) });
    const button = cue.createEl("button", {
      cls: "mentoring-dashboard-end",
      text: this.t("command.endRelationship"),
      attr: { type: "button", "aria-label": `${this.t("command.endRelationship")}: ${row.name}` },
    });
    this.clickTargets.set(button, () => this.handlers.endRelationship(row.agreementFile));
  }

  private drawProblems(problems: readonly Problem[]): void {
    const section = this.section("mentoring-dashboard-problems", "dashboard.problems");
    if (problems.length === 0) {
      section.createEl("p", { cls: "mentoring-dashboard-empty", text: this.t("dashboard.noProblems") });
      return;
    }
    const list = section.createEl("ul", { cls: "mentoring-dashboard-list" });
    for (const problem of problems) this.slices.add(1, () => this.drawProblem(list, problem));
  }

  private drawProblem(list: HTMLElement, problem: Problem): void {
    const item = list.createEl("li", { cls: "mentoring-dashboard-problem" });
    const line = problem.line === undefined ? null : problem.line - 1;
    this.link(item, "mentoring-dashboard-problem-file", problem.file, (evt) => this.handlers.open(problem.file, line, evt));
    if (problem.line !== undefined) {
      item.createSpan({ cls: "mentoring-dashboard-problem-line", text: this.t("dashboard.problemLine", { line: problem.line }) });
    }
    // The catalogue marks keys as `code`; they are shown as code, not as backticks.
    const reason = item.createDiv({ cls: "mentoring-dashboard-problem-reason" });
    const text = problemText(problem, this.t);
    let last = 0;
    for (const match of text.matchAll(/`([^`\n]+)`/g)) {
      reason.appendText(text.slice(last, match.index));
      reason.createEl("code", { text: match[1] ?? "" });
      last = match.index + match[0].length;
    }
    reason.appendText(text.slice(last));
  }

  /** A real link (focusable, Enter opens it) whose text is shown as text. */
  private link(parent: HTMLElement, cls: string, text: string, open: (evt: MouseEvent) => void): HTMLElement {
    const anchor = parent.createEl("a", { cls: ["mentoring-dashboard-link", cls], text, href: "#" });
    this.clickTargets.set(anchor, open);
    return anchor;
  }

  private onClick(evt: MouseEvent): void {
    for (let node = evt.target as Node | null; node && node !== this.el; node = node.parentNode) {
      const open = this.clickTargets.get(node);
      if (open) {
        evt.preventDefault();
        open(evt);
        return;
      }
    }
  }

  private async onChange(evt: Event): Promise<void> {
    const box = evt.target as HTMLInputElement | null;
    const row = box ? this.tickTargets.get(box) : undefined;
    if (!box || !row) return;
    const done = box.checked;
    box.disabled = true;
    const written = await this.handlers.tick(row, done);
    // Refused: show the box as it really is; a redraw follows when the note changed anyway.
    if (!written) box.checked = !done;
    box.disabled = false;
  }

  private tickBoxes(): HTMLInputElement[] {
    return Array.from(this.el.querySelectorAll<HTMLInputElement>("input.mentoring-action-checkbox"));
  }

  private focusedTickIndex(): number {
    const active = this.el.doc.activeElement;
    if (!active || !this.el.contains(active)) return -1;
    return this.tickBoxes().indexOf(active as HTMLInputElement);
  }

  /**
   * After a tick the row goes away; keep the keyboard where it was (the next action's box). Runs after
   * every slice until that box is drawn, and only while the focus is still lost (on the body), so a
   * later slice never takes the focus from where the user moved it.
   */
  private restoreTickFocus(): void {
    const index = this.pendingFocus;
    if (index < 0) return;
    const active = this.el.doc.activeElement;
    if (active && active !== this.el.doc.body) {
      this.pendingFocus = -1;
      return;
    }
    const boxes = this.tickBoxes();
    if (index >= boxes.length && this.slices.busy) return;
    this.pendingFocus = -1;
    boxes[Math.min(index, boxes.length - 1)]?.focus();
  }
}
