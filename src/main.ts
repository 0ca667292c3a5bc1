import { getLanguage, Notice, Plugin } from "obsidian";
import { translate, type MessageKey } from "./core/i18n";
import { DEFAULT_SETTINGS, effectiveLanguage, type MentoringSettings } from "./core/notes/settings";
import { toIsoDate } from "./core/syntax/dates";
import type { IsoDate, Language } from "./core/notes/types";
import { VaultIndex } from "./core/index/vault-index";
import type { MentoringContext } from "./plugin/context";
import { IndexBridge } from "./plugin/index-bridge";
import { SettingsStore } from "./plugin/settings-store";
import { registerMeeting } from "./plugin/commands/meeting";
import { registerSessionFeatures } from "./plugin/commands/start-session";
import { registerDashboard } from "./plugin/dashboard";
import { registerShare } from "./plugin/commands/share";
import { CalendarKeeper } from "./plugin/calendar-keeper";

/** Wires the adapter together; every rule lives in src/core, every feature in src/plugin. */
export default class MentoringNotesPlugin extends Plugin implements MentoringContext {
  override settings: MentoringSettings = { ...DEFAULT_SETTINGS, templates: { ...DEFAULT_SETTINGS.templates } };
  readonly index = new VaultIndex();
  /** Replaced in tests to fix the clock. */
  clock: () => Date = () => new Date();
  private readonly store = new SettingsStore(this);
  /** Builds the index after layout-ready and keeps it current; `whenIndexed` waits for the first build. */
  readonly indexBridge: IndexBridge = new IndexBridge(this);
  private readonly dashboardRefreshers = new Set<() => void>();
  private readonly calendarKeeper = new CalendarKeeper(this);

  get plugin(): Plugin {
    return this;
  }

  override async onload(): Promise<void> {
    const loaded = await this.store.load();
    this.settings = loaded.settings;
    if (loaded.invalidKeys.length > 0) {
      new Notice(this.t("notice.settingsInvalid", { keys: loaded.invalidKeys.join(", ") }));
    }
    // Registration only: the index is built after layout-ready, in slices (see the index bridge).
    this.registerFeatures();
  }

  private registerFeatures(): void {
    // Each feature registers its own commands, views and events through the context.
    this.indexBridge.register();
    registerMeeting(this);
    registerSessionFeatures(this);
    registerDashboard(this);
    registerShare(this);
    this.calendarKeeper.register();
  }

  language(): Language {
    return effectiveLanguage(this.settings.language, getLanguage());
  }

  t(key: MessageKey, vars?: Record<string, string | number>): string {
    return translate(this.language(), key, vars);
  }

  async saveSettings(): Promise<void> {
    await this.store.save(this.settings);
  }

  now(): Date {
    return this.clock();
  }

  today(): IsoDate {
    return toIsoDate(this.clock());
  }

  /** Dashboards (the view and code blocks) subscribe here; the returned function unsubscribes. */
  onDashboardRefresh(refresh: () => void): () => void {
    this.dashboardRefreshers.add(refresh);
    return () => this.dashboardRefreshers.delete(refresh);
  }

  /** Sent when the index changed (or a setting that shows in them): the calendar file follows too. */
  refreshDashboards(): void {
    for (const refresh of this.dashboardRefreshers) refresh();
    this.calendarKeeper.changed();
  }
}
