// Shared by the browser tests and the screenshots: bundle the harness, start Chromium with no network,
// open a page with the theme, styles.css and the harness, and read the files the plugin is tested on.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";
import { chromium } from "playwright-core";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const OUT_DIR = join(ROOT, "tests", "e2e", ".out");
const HARNESS_OUT = join(OUT_DIR, "harness.js");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

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

export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (.ci/run does).`);
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
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
