// The Node half of `npm run bench`: the core's figures on a generated vault, as a table and one line of
// JSON that scripts/bench.mjs reads, adds the browser's figures to and checks against the targets.
// The window must exist before the Obsidian fake loads, so dom-setup is the first import.
import { closeWindow } from "./dom-setup";
import { cpus } from "node:os";
import { generateVault, type GeneratedVault } from "./generator";
import { round } from "./measure";
import { timeNoteSize } from "./note-size";
import { timePluginStart } from "./plugin-start";
import { measureHeap, sink, sinkTotal, timeDashboard, timeIncremental, timeIndexAndBaseline } from "./scenarios";

const SEED = 20261123;
const TODAY = "2026-11-23";

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function warmUp(): void {
  // Every measured path on a small vault first, so the timed runs see optimised code.
  const warm = generateVault(SEED + 1, 2000);
  const folder = warm.relationshipFolders[0] ?? "";
  for (let round = 0; round < 3; round += 1) {
    timeIndexAndBaseline(warm.files, 3);
    timeDashboard(warm.files, folder, 2, TODAY);
    timeIncremental(warm.files, warm.sessionPaths, 100, TODAY);
  }
}

function sizeRun(notes: number, repetitions: number): { vault: GeneratedVault["counts"]; indexMs: number; baselineMs: number } {
  log(`  ${notes.toLocaleString("en")} notes: generating`);
  const vault = generateVault(SEED, notes);
  log(`  ${notes.toLocaleString("en")} notes: index and baseline × ${repetitions}`);
  return { vault: vault.counts, ...timeIndexAndBaseline(vault.files, repetitions) };
}

async function main(): Promise<void> {
  const started = performance.now();
  log("Warming up…");
  warmUp();

  log("10,000 notes: generating");
  const vault = generateVault(SEED, 10_000);
  const { counts } = vault;
  log("10,000 notes: full index and baseline × 9");
  const full = timeIndexAndBaseline(vault.files, 9);
  log("10,000 notes: incremental updates of 500 session notes");
  const incremental = timeIncremental(vault.files, vault.sessionPaths, 500, TODAY);
  log("10,000 notes: dashboard × 7");
  const dashboard = timeDashboard(vault.files, vault.relationshipFolders[0] ?? "", 7, TODAY);
  log("10,000 notes: retained heap");
  const heap = measureHeap(vault.files);
  sink(heap.keep.noteCount);
  log("10,000 notes: plugin onload × 5");
  const start = await timePluginStart(vault.files, 5);

  const small = sizeRun(1_000, 15);
  // As many repetitions as the 10,000-note run: the growth figure divides one median by the other.
  const large = sizeRun(40_000, 9);
  log("Close session on a 100,000-line and a 200,000-line note × 5");
  const noteSize = timeNoteSize(200_000, 5);

  const figures = {
    seed: SEED,
    today: TODAY,
    node: process.version,
    cores: cpus().length,
    notes: counts.notes,
    agreements: counts.agreements,
    sessions: counts.sessions,
    ordinaryNotes: counts.ordinary,
    actions: counts.actions,
    actionsTasksFormat: counts.actionFormats.tasks,
    actionsDataviewFormat: counts.actionFormats.dataview,
    actionsUndated: counts.actionFormats.undated,
    otherTasks: counts.otherTasks,
    vaultMegabytes: round(counts.bytes / 1e6, 3),
    indexMs: round(full.indexMs),
    baselineMs: round(full.baselineMs),
    indexVsBaseline: round(full.indexMs / full.baselineMs),
    incrementalP50Ms: round(incremental.p50Ms),
    incrementalP99Ms: round(incremental.p99Ms),
    incrementalP50VsIndex: round(incremental.p50Ms / full.indexMs),
    incrementalP99VsIndex: round(incremental.p99Ms / full.indexMs),
    incrementalChanges: incremental.changes,
    liveRedrawP50Ms: round(incremental.redrawP50Ms),
    liveRedrawP99Ms: round(incremental.redrawP99Ms),
    dashboardMs: round(dashboard.vaultMs),
    dashboardVsIndex: round(dashboard.vaultMs / full.indexMs),
    dashboardOneRelationshipMs: round(dashboard.oneMs),
    dashboardOneRelationshipVsIndex: round(dashboard.oneMs / full.indexMs),
    dashboardUnchangedRepeatMs: round(dashboard.vaultRepeatMs),
    dashboardWithDoneMs: round(dashboard.vaultWithDoneMs),
    heapRetainedBytes: heap.figures.retainedBytes,
    heapBytesPerNote: round(heap.figures.bytesPerNote),
    textBytesPerNote: round(heap.figures.textBytesPerNote),
    onloadMs: round(start.onloadMs),
    indexedAfterOnload: start.indexedAfterOnload,
    index1kMs: round(small.indexMs),
    baseline1kMs: round(small.baselineMs),
    index40kMs: round(large.indexMs),
    baseline40kMs: round(large.baselineMs),
    growth10kVs1k: round(full.indexMs / small.indexMs),
    growth40kVs10k: round(large.indexMs / full.indexMs),
    baselineGrowth40kVs10k: round(large.baselineMs / full.baselineMs),
    noteSizeLines: noteSize.lines,
    closeSmallNoteMs: round(noteSize.smallMs),
    closeLargeNoteMs: round(noteSize.largeMs),
    noteSizeGrowth: round(noteSize.growth),
    seconds: 0,
  };
  figures.seconds = round((performance.now() - started) / 1000, 3);

  const rows: Array<[string, string]> = [
    ["Vault", `${counts.notes} notes: ${counts.agreements} agreements, ${counts.sessions} sessions, ${counts.ordinary} ordinary; ${counts.actions} actions (${counts.actionFormats.tasks} emoji, ${counts.actionFormats.dataview} Dataview, ${counts.actionFormats.undated} undated); ${figures.vaultMegabytes} MB`],
    ["Full index (10k)", `${figures.indexMs} ms`],
    ["Baseline: split + one regex (10k)", `${figures.baselineMs} ms`],
    ["index / baseline", `${figures.indexVsBaseline}`],
    ["Incremental update p50 / p99", `${figures.incrementalP50Ms} / ${figures.incrementalP99Ms} ms (${incremental.changes} notes)`],
    ["incremental p50 / index", `${figures.incrementalP50VsIndex} (p99: ${figures.incrementalP99VsIndex})`],
    ["Update + live dashboard redraw p50 / p99", `${figures.liveRedrawP50Ms} / ${figures.liveRedrawP99Ms} ms`],
    ["Dashboard, whole vault (first build)", `${figures.dashboardMs} ms`],
    ["dashboard / index", `${figures.dashboardVsIndex}`],
    ["Dashboard, one relationship (first build)", `${figures.dashboardOneRelationshipMs} ms (/ index: ${figures.dashboardOneRelationshipVsIndex})`],
    ["Dashboard, whole vault, unchanged redraw", `${figures.dashboardUnchangedRepeatMs} ms`],
    ["Dashboard, whole vault with done actions", `${figures.dashboardWithDoneMs} ms (first build)`],
    ["Retained heap of the index", `${figures.heapBytesPerNote} bytes/note (${round(heap.figures.retainedBytes / 1e6, 3)} MB; text ${figures.textBytesPerNote} bytes/note)`],
    ["Plugin onload (Obsidian fake)", `${figures.onloadMs} ms; notes indexed after onload: ${start.indexedAfterOnload}`],
    ["Full index 1k / 10k / 40k", `${figures.index1kMs} / ${figures.indexMs} / ${figures.index40kMs} ms`],
    ["growth 40k / 10k (baseline)", `${figures.growth40kVs10k} (${figures.baselineGrowth40kVs10k})`],
    [`Close session, ${noteSize.lines[0].toLocaleString("en")} / ${noteSize.lines[1].toLocaleString("en")} lines`, `${figures.closeSmallNoteMs} / ${figures.closeLargeNoteMs} ms (growth ${figures.noteSizeGrowth})`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`Mentoring notes benchmark: seed ${SEED}, ${figures.cores} cores, Node ${process.version}, ${figures.seconds} s`);
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  log(`(sink ${sinkTotal()})`);
  console.log(JSON.stringify(figures));
  closeWindow();
  // The large vault (index and keep) must stay alive until the heap figure is taken; it is, above.
  sink(heap.keep.version);
  // Indexing in onload would hold up Obsidian's start: a defect, not a slow figure.
  if (start.indexedAfterOnload !== 0) {
    console.error("The plugin indexed notes in onload.");
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
