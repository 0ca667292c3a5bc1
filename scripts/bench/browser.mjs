// The browser figures of `npm run bench`: the built main.js in Chromium, through the end-to-end harness's
// page and launcher. Each repetition alternates the core's index, a plugin start and a dashboard opening
// in the same page, so a slow stretch of the machine hits numerator and denominator alike.
import { join } from "node:path";
import esbuild from "esbuild";
import { isolatedContext, launchBrowser, openHarnessPage, OUT_DIR, releasedFiles, ROOT } from "../../tests/e2e/browser.mjs";

const PAGE_SCRIPT = join(OUT_DIR, "bench-page.js");

/** @param {readonly number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : /** @type {number} */ (sorted[Math.ceil(sorted.length / 2) - 1]);
}

/**
 * @param {{ seed: number, notes: number, repetitions: number, log: (line: string) => void }} options
 */
export async function browserFigures({ seed, notes, repetitions, log }) {
  await esbuild.build({
    entryPoints: [join(ROOT, "scripts", "bench", "browser-page.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2021",
    outfile: PAGE_SCRIPT,
    logLevel: "warning",
  });
  const { mainJs, manifestJson } = releasedFiles();
  const browser = await launchBrowser();
  try {
    const { context } = await isolatedContext(browser);
    const { page, problems } = await openHarnessPage(context, { script: PAGE_SCRIPT });
    const vault = await page.evaluate(([s, n]) => window.bench.prepare(s, n), [seed, notes]);
    const core = [];
    const coreMentoring = [];
    const start = [];
    const firstScreen = [];
    const allRows = [];
    const opened = [];
    let longestStartTaskMs = 0;
    let longestDashboardTaskMs = 0;
    let last = null;
    // Round 0 warms the page up (and is not counted).
    for (let round = 0; round <= repetitions; round += 1) {
      log(`  browser, ${vault.notes.toLocaleString("en")} notes: round ${round} of ${repetitions}${round === 0 ? " (warm-up)" : ""}`);
      const coreMs = await page.evaluate(() => window.bench.coreIndex(false));
      const coreMentoringMs = await page.evaluate(() => window.bench.coreIndex(true));
      await page.evaluate(([js, manifest]) => window.bench.loadOnVault(js, manifest), [mainJs, manifestJson]);
      const started = await page.evaluate(() => window.bench.pluginStart());
      const dashboard = await page.evaluate(() => window.bench.dashboardOpen());
      if (round === 0) continue;
      core.push(coreMs);
      coreMentoring.push(coreMentoringMs);
      start.push(started.ms);
      opened.push(dashboard.openedMs);
      firstScreen.push(dashboard.firstScreenMs);
      allRows.push(dashboard.allRowsMs);
      longestStartTaskMs = Math.max(longestStartTaskMs, started.longestTaskMs);
      longestDashboardTaskMs = Math.max(longestDashboardTaskMs, dashboard.longestTaskMs);
      last = { started, dashboard };
    }
    await context.close();
    if (problems.length > 0) throw new Error(`the bench page reported: ${problems.join("; ")}`);
    if (!last) throw new Error("no repetitions");
    if (last.started.indexedNotes !== vault.mentoringNotes) {
      throw new Error(`the plugin indexed ${last.started.indexedNotes} notes, not the vault's ${vault.mentoringNotes} mentoring notes`);
    }
    const coreMs = median(core);
    return {
      browser: browser.version(),
      browserNotes: vault.notes,
      browserMentoringNotes: vault.mentoringNotes,
      browserCoreIndexMs: coreMs,
      browserCoreIndexMentoringMs: median(coreMentoring),
      pluginStartMs: median(start),
      pluginStartVsIndex: median(start) / coreMs,
      longestTaskStartingMs: longestStartTaskMs,
      dashboardOpenedMs: median(opened),
      dashboardFirstScreenMs: median(firstScreen),
      dashboardFirstScreenVsIndex: median(firstScreen) / coreMs,
      dashboardFirstScreenRows: last.dashboard.rowsOnFirstScreen,
      dashboardAllRowsMs: median(allRows),
      dashboardRows: last.dashboard.rows,
      longestTaskDashboardMs: longestDashboardTaskMs,
    };
  } finally {
    await browser.close();
  }
}
