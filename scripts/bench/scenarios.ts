// What the benchmark measures, each as the real plugin does it: a fresh index per repetition, nothing
// carried over between repetitions that the plugin would not have.
import { buildDashboard } from "../../src/core/dashboard/dashboard";
import { VaultIndex } from "../../src/core/index/vault-index";
import type { GeneratedVault } from "./generator";
import { collectGarbage, median, percentile, settledHeap, timeOnce } from "./measure";

type Files = GeneratedVault["files"];

/** Keeps results reachable, so the engine cannot drop the work that made them. */
let sinkValue = 0;
export function sink(value: unknown): void {
  sinkValue = (sinkValue + (typeof value === "number" ? value : value === undefined ? 0 : 1)) | 0;
}
export function sinkTotal(): number {
  return sinkValue;
}

/** The baseline: split every note into lines and test each line against one simple regular expression. */
const TASK_LIKE = /^\s*[-*+] \[.\]/;
export function splitAndTest(files: Files): number {
  let hits = 0;
  // Indexed loops here and in `buildIndex`: destructuring each [path, text] pair would allocate an iterator
  // per note, garbage of the harness charged to what is measured.
  for (let i = 0; i < files.length; i += 1) {
    const text = (files[i] as [string, string])[1];
    const lines = text.split(/\r\n|\n|\r/);
    for (const line of lines) if (TASK_LIKE.test(line)) hits += 1;
  }
  return hits;
}

/** The full index: every note from its text, as the plugin's first build does (ordinary notes included). */
export function buildIndex(files: Files): VaultIndex {
  const index = new VaultIndex();
  for (let i = 0; i < files.length; i += 1) {
    const file = files[i] as [string, string];
    index.set(file[0], file[1]);
  }
  return index;
}

export interface IndexTimes {
  indexMs: number;
  baselineMs: number;
}

/** Index and baseline alternate, so that a slow stretch of the machine hits both alike. */
export function timeIndexAndBaseline(files: Files, repetitions: number): IndexTimes {
  const index: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < repetitions; i += 1) {
    baseline.push(timeOnce(() => splitAndTest(files), sink));
    index.push(timeOnce(() => buildIndex(files), (built) => sink(built.noteCount)));
  }
  return { indexMs: median(index), baselineMs: median(baseline) };
}

/** The note with one more action at its end (under the Actions heading, the note's last section). */
export function withNewAction(text: string, n: number): string {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  return `${text}- [ ] Follow up on change ${n} from the bench 📅 2026-12-0${(n % 9) + 1}${eol}`;
}

export interface IncrementalTimes {
  p50Ms: number;
  p99Ms: number;
  /** The same change followed by redrawing the whole-vault dashboard, as a live dashboard does. */
  redrawP50Ms: number;
  redrawP99Ms: number;
  changes: number;
}

/**
 * One session note changes (a new action), then the next, each a different note: `index.set` alone, and
 * `index.set` plus the dashboard redraw. Warm-up changes use notes that are not measured.
 */
export function timeIncremental(files: Files, sessionPaths: readonly string[], changes: number, today: string): IncrementalTimes {
  const texts = new Map(files);
  const index = buildIndex(files);
  sink(buildDashboard(index, { today }).groups.length);
  const step = Math.max(1, Math.floor(sessionPaths.length / (changes + 50)));
  const picked = sessionPaths.filter((_, i) => i % step === 0);
  const warmUp = picked.slice(changes);
  const measured = picked.slice(0, changes);
  for (const [n, path] of warmUp.entries()) {
    index.set(path, withNewAction(texts.get(path) ?? "", n));
    sink(buildDashboard(index, { today }).groups.length);
  }
  collectGarbage();
  const set: number[] = [];
  const redraw: number[] = [];
  for (const [n, path] of measured.entries()) {
    const changed = withNewAction(texts.get(path) ?? "", n);
    const start = performance.now();
    index.set(path, changed);
    const afterSet = performance.now();
    const model = buildDashboard(index, { today });
    const afterRedraw = performance.now();
    sink(model.groups.length);
    set.push(afterSet - start);
    redraw.push(afterRedraw - start);
  }
  return { p50Ms: median(set), p99Ms: percentile(set, 99), redrawP50Ms: median(redraw), redrawP99Ms: percentile(redraw, 99), changes: measured.length };
}

export interface DashboardTimes {
  /** Whole vault, first build on a fresh index: grouping, sorting and every row drawn. */
  vaultMs: number;
  /** One relationship, first build on another fresh index. */
  oneMs: number;
  /** Whole vault again on the same index, nothing changed: what a redraw without changes costs. */
  vaultRepeatMs: number;
  /**
   * Whole vault with done actions shown, first build on another fresh index: a relationship sorts its done
   * actions only when they are first asked for (`IndexedRelationship.doneActions`).
   */
  vaultWithDoneMs: number;
}

export function timeDashboard(files: Files, relationship: string, repetitions: number, today: string): DashboardTimes {
  const vault: number[] = [];
  const one: number[] = [];
  const repeat: number[] = [];
  const withDone: number[] = [];
  for (let i = 0; i < repetitions; i += 1) {
    const fresh = buildIndex(files);
    vault.push(timeOnce(() => buildDashboard(fresh, { today }), (model) => sink(model.groups.length)));
    repeat.push(timeOnce(() => buildDashboard(fresh, { today }), (model) => sink(model.groups.length)));
    const other = buildIndex(files);
    one.push(timeOnce(() => buildDashboard(other, { today, relationship }), (model) => sink(model.groups.length)));
    const third = buildIndex(files);
    withDone.push(timeOnce(() => buildDashboard(third, { today, showDone: true }), (model) => sink(model.groups.length)));
  }
  return { vaultMs: median(vault), oneMs: median(one), vaultRepeatMs: median(repeat), vaultWithDoneMs: median(withDone) };
}

export interface HeapFigures {
  retainedBytes: number;
  bytesPerNote: number;
  /** The notes' text, for scale (UTF-16 code units, as V8 mostly stores them as one byte each). */
  textBytesPerNote: number;
}

/**
 * Retained heap of an index. Each note's text is a fresh copy that only the index could keep alive, as in
 * the plugin, where the text read from disk is dropped after indexing; a kept slice of it would count.
 */
export function measureHeap(files: Files): { figures: HeapFigures; keep: VaultIndex } {
  const before = settledHeap();
  const index = new VaultIndex();
  for (const [path, text] of files) index.set(path, Buffer.from(text, "utf8").toString("utf8"));
  const after = settledHeap();
  const retainedBytes = after - before;
  const textBytes = files.reduce((sum, [, text]) => sum + text.length, 0);
  return {
    figures: { retainedBytes, bytesPerNote: retainedBytes / files.length, textBytesPerNote: textBytes / files.length },
    keep: index,
  };
}
