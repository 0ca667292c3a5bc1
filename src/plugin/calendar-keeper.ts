// Keeps `<root>/mentoring.ics` current when the setting asks for it, so a calendar app that subscribes
// to the file follows the notes while Obsidian is closed. Told when the index changed (or the setting was
// turned on), it waits for the changes to settle and writes only when the calendar's text differs from
// the file's.
import { debounce, normalizePath, Notice } from "obsidian";
import { writeFailedText } from "./background-edit";
import type { MentoringContext } from "./context";
import { CALENDAR_FILE_NAME, writeCalendarFile } from "./commands/share";

/** Edits come in bursts (an open note is saved every few seconds while typing): one write after they settle. */
const CALENDAR_DEBOUNCE_MS = 2000;

export class CalendarKeeper {
  private readonly update = debounce(() => void this.keepCurrent(), CALENDAR_DEBOUNCE_MS, true);

  constructor(private readonly ctx: MentoringContext) {}

  /** Called from onload: a write still waiting is dropped when the plugin unloads. */
  register(): void {
    this.ctx.plugin.register(() => this.update.cancel());
  }

  /** The notes may have changed: rewrite the calendar once they settle, if the setting is on. */
  changed(): void {
    if (this.ctx.settings.keepCalendar) this.update();
  }

  private async keepCurrent(): Promise<void> {
    // Checked again: the setting may have been turned off while waiting.
    if (!this.ctx.settings.keepCalendar || !this.ctx.indexBridge.isReady) return;
    try {
      await writeCalendarFile(this.ctx);
    } catch (error) {
      const path = normalizePath(`${this.ctx.settings.rootFolder}/${CALENDAR_FILE_NAME}`);
      new Notice(writeFailedText(this.ctx, path, error));
    }
  }
}
