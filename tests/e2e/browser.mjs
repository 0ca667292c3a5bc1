// Shared by the browser tests and the screenshots: bundle the harness, start Chromium with no network,
// open a page with the theme, styles.css and the harness, and read the files the plugin is tested on.
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";
import { chromium } from "playwright-core";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const OUT_DIR = join(ROOT, "tests", "e2e", ".out");
const HARNESS_OUT = join(OUT_DIR, "harness.js");

const LAUNCH_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--disable-dev-shm-usage",
  "--js-flags=--expose-gc",
];

/** The built plugin exactly as a user installs it: main.js, manifest.json and styles.css from the root. */
export function releasedFiles() {
  const mainPath = join(ROOT, "main.js");
  if (!existsSync(mainPath)) throw new Error("main.js is missing: run `npm run build` first (npm test does).");
  return {
    mainJs: readFileSync(mainPath, "utf8"),
    manifestJson: readFileSync(join(ROOT, "manifest.json"), "utf8"),
    stylesPath: join(ROOT, "styles.css"),
  };
}

/** Every note and setting file of a vault folder, by vault path; installed plugin copies are skipped. */
export function readVault(folder) {
  const files = {};
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const vaultPath = relative(folder, path).split(sep).join("/");
      if (vaultPath.startsWith(".obsidian/plugins")) continue;
      if (statSync(path).isDirectory()) walk(path);
      else files[vaultPath] = readFileSync(path, "utf8");
    }
  };
  walk(folder);
  return files;
}

/** Bundles tests/e2e/harness.ts (and the Obsidian fake) into one script for the page. */
export async function buildHarness() {
  await esbuild.build({
    entryPoints: [join(ROOT, "tests", "e2e", "harness.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2021",
    outfile: HARNESS_OUT,
    logLevel: "warning",
    sourcemap: "inline",
  });
  return HARNESS_OUT;
}

/** Names a system Chromium or Chrome goes by on PATH, and where installers put it when it is not on PATH. */
const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];
const SYSTEM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/snap/bin/chromium",
  "/usr/bin/google-chrome",
  "/opt/google/chrome/chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
];

function isExecutable(path) {
  try {
    accessSync(path, process.platform === "win32" ? constants.F_OK : constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function systemBrowser() {
  const onPath = (process.env.PATH ?? "").split(delimiter).filter(Boolean);
  const exe = process.platform === "win32" ? ".exe" : "";
  for (const name of SYSTEM_NAMES) {
    for (const dir of onPath) if (isExecutable(join(dir, name + exe))) return join(dir, name + exe);
  }
  return SYSTEM_PATHS.find(isExecutable) ?? null;
}

/**
 * Flags of @sparticuz/chromium meant for AWS Lambda that the tests do without: one process for everything
 * ends the whole browser when the first context closes, and the page keeps the web's security rules.
 */
const DROPPED_NPM_ARGS = new Set(["--single-process", "--disable-web-security", "--allow-running-insecure-content"]);

/**
 * The Chromium of the dev dependency @sparticuz/chromium (Linux x64 only), unpacked once per version.
 * It unpacks into the folder TMPDIR names, so it is unpacked into a private folder that is then renamed
 * into place: test runs started side by side never launch a half-written binary.
 */
async function npmBrowser() {
  const { default: packaged } = await import("@sparticuz/chromium");
  const { version } = JSON.parse(readFileSync(join(ROOT, "node_modules", "@sparticuz", "chromium", "package.json"), "utf8"));
  const home = join(tmpdir(), `mentoring-notes-chromium-${version}`);
  const args = packaged.args.filter((arg) => !DROPPED_NPM_ARGS.has(arg));
  if (isExecutable(join(home, "chromium"))) return { executablePath: join(home, "chromium"), args };
  const staging = mkdtempSync(join(tmpdir(), "mentoring-notes-chromium-unpacking-"));
  const tmp = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    await packaged.executablePath();
  } finally {
    if (tmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmp;
  }
  try {
    renameSync(staging, home);
  } catch (error) {
    // Another run put its copy in place first: use that one.
    rmSync(staging, { recursive: true, force: true });
    if (!isExecutable(join(home, "chromium"))) throw error;
  }
  return { executablePath: join(home, "chromium"), args };
}

/**
 * The browser the tests run in, in this order: CHROMIUM_PATH, a system Chromium or Chrome, else the
 * Chromium that npm installed with the dev dependencies (Linux x64). `source` says which, for the log.
 */
export async function findBrowser() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!isExecutable(configured)) throw new Error(`CHROMIUM_PATH is ${configured}, which is not an executable file.`);
    return { executablePath: configured, args: [], source: "CHROMIUM_PATH" };
  }
  const system = systemBrowser();
  if (system) return { executablePath: system, args: [], source: "system" };
  if (process.platform === "linux" && process.arch === "x64") return { ...(await npmBrowser()), source: "@sparticuz/chromium" };
  throw new Error(
    `No Chromium or Chrome found, and npm's Chromium (@sparticuz/chromium) runs on Linux x64 only (this is ${process.platform} ${process.arch}): install Chrome or Chromium, or set CHROMIUM_PATH to one.`,
  );
}

/** Starts the browser `findBrowser` answers (or the one given), headless, its own flags merged with ours. */
export async function launchBrowser(found) {
  const { executablePath, args } = found ?? (await findBrowser());
  return chromium.launch({ executablePath, args: [...new Set([...args, ...LAUNCH_ARGS])], headless: true });
}

/**
 * Runs `work` while Chromium traces the browser and returns its result with every task the page's main
 * thread ran between the user-timing marks `${mark}-start` and `${mark}-end` (which the page sets):
 * `cpuMs` is the thread's CPU time in the task, `wallMs` its length by the clock. CPU time is the work the
 * page did; the clock also counts the time other processes held the CPU, which on a busy machine
 * stretches a 10 ms task past 50 ms.
 */
export async function tracedTasks(browser, page, mark, work) {
  await browser.startTracing(page, { categories: ["toplevel", "blink.user_timing"] });
  let result;
  let trace;
  try {
    result = await work();
  } finally {
    trace = JSON.parse((await browser.stopTracing()).toString("utf8"));
  }
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const markEvent = (name) => {
    const found = events.find((event) => event.name === name && event.cat.includes("blink.user_timing"));
    if (!found) throw new Error(`the trace has no mark ${name}`);
    return found;
  };
  const start = markEvent(`${mark}-start`);
  const end = markEvent(`${mark}-end`);
  const tasks = events
    .filter((event) => event.name === "ThreadControllerImpl::RunTask" && event.ph === "X" && event.pid === start.pid && event.tid === start.tid)
    .filter((event) => event.ts + event.dur >= start.ts && event.ts <= end.ts);
  if (tasks.length === 0) throw new Error(`the trace has no task of the page between ${mark}-start and ${mark}-end`);
  if (tasks.some((task) => typeof task.tdur !== "number")) throw new Error("this browser's trace has no thread CPU time (tdur)");
  return { result, tasks: tasks.map((task) => ({ cpuMs: task.tdur / 1000, wallMs: task.dur / 1000 })) };
}

/**
 * A context whose every request is recorded and none reaches the network: the page is built from
 * strings and inlined files, so any request at all is a finding. Data and blob URLs stay in the page.
 */
export async function isolatedContext(browser, options = {}) {
  const context = await browser.newContext({ serviceWorkers: "block", ...options });
  const requests = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    if (!requests.includes(url)) requests.push(url);
    return route.abort("blockedbyclient");
  });
  context.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith("data:") && !url.startsWith("blob:") && !requests.includes(url)) requests.push(url);
  });
  context.on("websocket", (socket) => requests.push(socket.url()));
  return { context, requests };
}

const PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Mentoring notes</title></head>
<body class="theme-light"></body></html>`;

/**
 * A page with the theme, the plugin's styles.css and the harness (or `script`, a bundle that imports it);
 * console errors and page errors are collected in `problems`.
 */
export async function openHarnessPage(context, { theme = "light", html = PAGE_HTML, script = HARNESS_OUT } = {}) {
  const page = await context.newPage();
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.setContent(html);
  await page.evaluate((name) => {
    document.body.classList.remove("theme-light", "theme-dark");
    document.body.classList.add(`theme-${name}`);
  }, theme);
  await page.addStyleTag({ path: join(ROOT, "tests", "e2e", "theme.css") });
  await page.addStyleTag({ path: releasedFiles().stylesPath });
  await page.addScriptTag({ path: script });
  return { page, problems };
}

/** The example vault plus the released manifest, as `loadPlugin` expects them. */
export function exampleVaultFiles() {
  return { ...readVault(join(ROOT, "example-vault")), "manifest.json": releasedFiles().manifestJson };
}
