// `npm run bench`: the core's figures in Node (scripts/bench/main.ts, bundled with the Obsidian fake in
// place of `obsidian` and run in a fresh Node with --expose-gc), then the built plugin's in Chromium
// (scripts/bench/browser.mjs), then every target checked. Prints the tables, and last one line of JSON
// with every figure and the checks. `--node-only` skips the browser (and its targets are then missed).
import esbuild from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { browserFigures } from "./bench/browser.mjs";
import { checkTargets } from "./bench/targets.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const nodeOnly = args.includes("--node-only");
const log = (line) => process.stderr.write(`${line}\n`);

/** A few significant digits, as the Node half rounds. */
function round(value, digits = 4) {
  if (!Number.isFinite(value) || value === 0) return value;
  const scale = 10 ** Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(value))));
  return Math.round(value * scale) / scale;
}

function nodeFigures() {
  const folder = mkdtempSync(join(tmpdir(), "mentoring-bench-"));
  const outfile = join(folder, "bench.cjs");
  try {
    esbuild.buildSync({
      entryPoints: [join(root, "scripts/bench/main.ts")],
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      outfile,
      alias: { obsidian: join(root, "tests/fakes/obsidian.ts") },
      loader: { ".md": "text" },
      sourcemap: "inline",
      logLevel: "warning",
    });
    const result = spawnSync(process.execPath, ["--expose-gc", "--enable-source-maps", outfile], {
      stdio: ["ignore", "pipe", "inherit"],
      cwd: root,
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    });
    const lines = result.stdout.trimEnd().split("\n");
    const json = lines.pop() ?? "";
    for (const line of lines) console.log(line);
    if (result.status !== 0) throw new Error(`the Node half of the bench failed (exit ${result.status})`);
    return JSON.parse(json);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function buildPlugin() {
  log("Building main.js");
  const result = spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { stdio: "inherit", cwd: root });
  if (result.status !== 0) throw new Error("npm run build failed");
}

async function main() {
  const figures = nodeFigures();
  if (!nodeOnly) {
    buildPlugin();
    log("Browser: the built main.js on the 10,000-note vault");
    const browser = await browserFigures({ seed: figures.seed, notes: 10_000, repetitions: 5, log });
    for (const [key, value] of Object.entries(browser)) figures[key] = typeof value === "number" ? round(value) : value;
    const rows = [
      ["Browser", `${figures.browser}, ${figures.browserNotes} notes (${figures.browserMentoringNotes} mentoring notes)`],
      ["Core index in the page, all / mentoring notes", `${figures.browserCoreIndexMs} / ${figures.browserCoreIndexMentoringMs} ms`],
      ["Plugin start: layout-ready to ready index", `${figures.pluginStartMs} ms (longest task ${figures.longestTaskStartingMs} ms)`],
      ["Dashboard: the open command (model and first slice)", `${figures.dashboardOpenedMs} ms`],
      ["Dashboard: open to a frame with the first screen", `${figures.dashboardFirstScreenMs} ms (${figures.dashboardFirstScreenRows} rows)`],
      ["Dashboard: open to every row drawn", `${figures.dashboardAllRowsMs} ms (${figures.dashboardRows} rows, longest task ${figures.longestTaskDashboardMs} ms)`],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  }
  const checks = checkTargets(figures);
  console.log("");
  console.log("Targets (each a ratio within this run):");
  const width = Math.max(...checks.map((check) => check.key.length));
  for (const check of checks) {
    const value = check.value === null ? "not measured" : String(round(check.value));
    console.log(`  ${check.met ? "pass" : "FAIL"}  ${check.key.padEnd(width)}  ${value} ≤ ${check.max}   ${check.label}`);
  }
  figures.growthVsBaselineGrowth = round(figures.growth40kVs10k / figures.baselineGrowth40kVs10k);
  figures.targets = Object.fromEntries(checks.map((check) => [check.key, { max: check.max, met: check.met }]));
  figures.targetsMet = checks.every((check) => check.met);
  console.log(JSON.stringify(figures));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
