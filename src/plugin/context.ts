// What every part of the adapter needs from the plugin, as one small interface, so that commands,
// views and the timer depend on this and not on the plugin class (no import cycles, easy to fake).
import type { App, Plugin } from "obsidian";
import type { MessageKey } from "../core/i18n";
import type { MentoringSettings } from "../core/notes/settings";
import type { IsoDate, Language } from "../core/notes/types";
import type { VaultIndex } from "../core/index/vault-index";

export interface MentoringContext {
  readonly app: App;
  readonly plugin: Plugin;
  readonly settings: MentoringSettings;
  readonly index: VaultIndex;
  /** The language notes are written in and the UI speaks. */
  language(): Language;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  saveSettings(): Promise<void>;
  /** The current time: one clock for commands, timer and dashboard, replaceable in tests. */
  now(): Date;
  today(): IsoDate;
  /** The first index is built and listening; `indexBridge.whenReady()` waits for it. */
  readonly indexBridge: { readonly isReady: boolean; whenReady(): Promise<void> };
  /** Asks every open dashboard (view and code blocks) to redraw if the model changed. */
  refreshDashboards(): void;
}
