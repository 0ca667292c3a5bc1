// The meeting timer: while the active note is an open session, shows elapsed and remaining time in the
// status bar (on mobile, in the note's header), warns once when about ten minutes are left, and stops
// when the session is closed or the note is left. The counting rules live in core/timer-state.
import { MarkdownView, Notice, Platform, type TFile } from "obsidian";
import {
  markWarned,
  pauseTimer,
  readTimer,
  resumeTimer,
  shouldWarn,
  startTimer,
  togglePause,
  type TimerState,
} from "../core/method/timer-state";
import type { MentoringContext } from "./context";
import { agreementFields, agreementFileOf, sessionFields } from "./note-fields";

const TICK_MS = 1000;

export class MeetingTimer {
  /** One state per session path: leaving a note stops the display, the meeting's clock keeps its start. */
  private readonly states = new Map<string, TimerState>();
  private activePath: string | null = null;
  private intervalId: number | null = null;
  private statusEl: HTMLElement | null = null;
  private headerAction: HTMLElement | null = null;
  private headerText: HTMLElement | null = null;
  private unloaded = false;

  constructor(
    private readonly ctx: MentoringContext,
    /** Closes the session at this path: the one the warning was about, whichever note is in front by then. */
    private readonly closeSession: (path: string) => void,
  ) {}

  register(): void {
    const { plugin, app } = this.ctx;
    if (!Platform.isMobile) {
      this.statusEl = plugin.addStatusBarItem();
      this.statusEl.addClass("mentoring-timer");
      this.statusEl.hide();
      plugin.registerDomEvent(this.statusEl, "click", () => this.togglePause());
    }
    plugin.registerEvent(app.workspace.on("active-leaf-change", () => this.sync()));
    plugin.registerEvent(app.workspace.on("file-open", () => this.sync()));
    plugin.registerEvent(app.metadataCache.on("changed", (file) => {
      if (file.path === this.activePath || file === app.workspace.getActiveFile()) this.sync();
    }));
    plugin.register(() => {
      this.unloaded = true;
      this.stop();
    });
    app.workspace.onLayoutReady(() => this.sync());
    this.registerCommands();
  }

  /** Start (or resume), pause and reset, for the palette or a hotkey the user picks. */
  private registerCommands(): void {
    const command = (id: string, name: "command.timerStart" | "command.timerPause" | "command.timerReset", run: (state: TimerState, now: number) => TimerState) =>
      this.ctx.plugin.addCommand({
        id,
        name: this.ctx.t(name),
        checkCallback: (checking) => {
          if (checking) return this.activeState() !== null;
          this.change(run);
          return true;
        },
      });
    command("timer-start", "command.timerStart", (state, now) => resumeTimer(state, now));
    command("timer-pause", "command.timerPause", (state, now) => pauseTimer(state, now));
    command("timer-reset", "command.timerReset", (state, now) => {
      new Notice(this.ctx.t("timer.resetDone"));
      return startTimer(now, state.meetingMinutes);
    });
  }

  private change(run: (state: TimerState, now: number) => TimerState): void {
    const state = this.activeState();
    if (!state || !this.activePath) {
      new Notice(this.ctx.t("timer.noSession"));
      return;
    }
    this.states.set(this.activePath, run(state, this.ctx.now().getTime()));
    this.render();
  }

  /** Is the timer counting for a note right now (an interval is registered)? */
  get isTicking(): boolean {
    return this.intervalId !== null;
  }

  /** Looks at the active note and starts, keeps or stops the timer to match. */
  sync(): void {
    // A layout-ready callback still runs after an unload: it must start nothing then.
    if (this.unloaded) return;
    const file = this.ctx.app.workspace.getActiveFile();
    const session = file ? sessionFields(this.ctx.app, file) : null;
    if (file && session?.status === "closed") this.states.delete(file.path);
    if (!file || !session || session.status === "closed") {
      this.stop();
      return;
    }
    if (!this.states.has(file.path)) {
      this.states.set(file.path, startTimer(this.ctx.now().getTime(), this.meetingMinutes(file)));
    }
    if (this.activePath !== file.path) this.removeHeaderAction();
    this.activePath = file.path;
    // One interval at a time, cleared by stop() (which unload runs): registering each start would
    // leave one more registration behind every time the timer restarts.
    if (this.intervalId === null) this.intervalId = window.setInterval(() => this.tick(), TICK_MS);
    this.render();
  }

  /** Stops counting on screen: no interval left, nothing shown. */
  stop(): void {
    if (this.intervalId !== null) window.clearInterval(this.intervalId);
    this.intervalId = null;
    this.activePath = null;
    this.statusEl?.hide();
    this.removeHeaderAction();
  }

  togglePause(): void {
    const state = this.activeState();
    if (!state || !this.activePath) return;
    this.states.set(this.activePath, togglePause(state, this.ctx.now().getTime()));
    this.render();
  }

  private activeState(): TimerState | null {
    return this.activePath ? (this.states.get(this.activePath) ?? null) : null;
  }

  private tick(): void {
    const state = this.activeState();
    if (!state || !this.activePath) return;
    const now = this.ctx.now().getTime();
    if (shouldWarn(state, now)) {
      this.states.set(this.activePath, markWarned(state));
      this.warn(this.activePath);
    }
    this.render();
  }

  private warn(path: string): void {
    const fragment = createFragment();
    fragment.createSpan({ text: this.ctx.t("timer.warning") });
    const button = fragment.createEl("button", { text: this.ctx.t("timer.closeNow"), cls: "mentoring-timer-close" });
    const notice = new Notice(fragment, 0);
    // Registered, so a warning still on screen after the plugin is disabled writes nothing.
    this.ctx.plugin.registerDomEvent(button, "click", () => {
      notice.hide();
      this.closeSession(path);
    });
  }

  private render(): void {
    const state = this.activeState();
    if (!state) return;
    const reading = readTimer(state, this.ctx.now().getTime());
    const key = reading.overtime ? "timer.overtime" : "timer.status";
    const counted = this.ctx.t(key, { elapsed: reading.elapsed, remaining: reading.remaining });
    // Paused is said in a word, not only by a fainter colour.
    const text = reading.running ? counted : `${this.ctx.t("timer.pausedWord")} · ${counted}`;
    const label = reading.running ? this.ctx.t("timer.pauseHint") : this.ctx.t("timer.paused");
    if (this.statusEl) {
      this.statusEl.show();
      this.statusEl.setText(text);
      this.statusEl.setAttribute("aria-label", label);
      this.statusEl.toggleClass("mentoring-timer-paused", !reading.running);
      this.statusEl.toggleClass("mentoring-timer-overtime", reading.overtime);
      return;
    }
    this.renderHeaderAction(text, `${text} · ${label}`);
  }

  /**
   * Mobile has no status bar: the same reading sits in the session view's header as visible text (a phone
   * shows no hover label), tap to pause.
   */
  private renderHeaderAction(text: string, title: string): void {
    if (!this.headerAction) {
      const view = this.ctx.app.workspace.getActiveViewOfType(MarkdownView);
      if (!view) return;
      this.headerAction = view.addAction("timer", title, () => this.togglePause());
      this.headerAction.addClass("mentoring-timer-action");
      this.headerText = this.headerAction.createSpan({ cls: "mentoring-timer-text" });
    }
    this.headerAction.setAttribute("aria-label", title);
    this.headerText?.setText(text);
  }

  private removeHeaderAction(): void {
    this.headerAction?.detach();
    this.headerAction = null;
    this.headerText = null;
  }

  /** The meeting length in the session's agreement, else the setting. */
  private meetingMinutes(file: TFile): number {
    const agreement = agreementFileOf(this.ctx, file);
    return (agreement ? agreementFields(this.ctx.app, agreement)?.meetingMinutes : null) ?? this.ctx.settings.meetingMinutes;
  }
}
