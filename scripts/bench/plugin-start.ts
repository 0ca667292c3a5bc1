// Plugin start with the Obsidian fake: the time `onload` takes on a big vault, and proof that it indexed
// nothing (the index bridge waits for layout-ready).
import { createApp, loadPlugin, resetFake } from "../../tests/fakes/obsidian";
import MentoringNotesPlugin from "../../src/main";
import type { GeneratedVault } from "./generator";
import { median, timeOnceAsync } from "./measure";
import { sink } from "./scenarios";

export interface StartFigures {
  onloadMs: number;
  /** Notes in the index right after onload, in every repetition (must be 0). */
  indexedAfterOnload: number;
}

export async function timePluginStart(files: GeneratedVault["files"], repetitions: number): Promise<StartFigures> {
  const times: number[] = [];
  let indexedAfterOnload = 0;
  const notes = Object.fromEntries(files);
  for (let i = 0; i < repetitions; i += 1) {
    const app = createApp(notes);
    const elapsed = await timeOnceAsync(() => loadPlugin(MentoringNotesPlugin, app), (plugin) => {
      indexedAfterOnload = Math.max(indexedAfterOnload, plugin.index.noteCount);
      sink(plugin.index.version);
    });
    times.push(elapsed);
    resetFake();
  }
  return { onloadMs: median(times), indexedAfterOnload };
}
