// `npm run screenshots`: the README's pictures, made from the built plugin on the example vault, in
// Chromium with the Obsidian fake. A session note the plugin wrote (start, time-out, close) and the
// dashboard, at desktop width (1280) and phone width (390), light and dark, and a relationship's progress
// chart (light and dark), to docs/screenshots/.
// The note is shown as its Markdown source, line by line as text, in a pane styled like Obsidian's editor.
// Then every other screen (screens.mjs: dialogs, pickers, settings, the empty dashboard, the code block's
// reason, the paused timer) in the same four ways, to docs/screens/ (docs/screens.md shows the key ones).
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { buildHarness, exampleVaultFiles, isolatedContext, launchBrowser, leaks, openHarnessPage, releasedFiles, ROOT } from "./browser.mjs";
import { loadEmpty } from "./scenarios-screens.mjs";
import { SCREENS } from "./screens.mjs";
import { NOW, SETTINGS, startSession } from "./steps.mjs";

const OUT = join(ROOT, "docs", "screenshots");
const SCREENS_OUT = join(ROOT, "docs", "screens");
const DESKTOP = { width: 1280, height: 800, deviceScaleFactor: 1 };
const PHONE = { width: 390, height: 844, deviceScaleFactor: 2 };

/** The window around the app: file list, tab strip and panes. Our page, not note content. */
const SHELL_CSS = `
body { overflow: hidden; }
.app-container { display: none; }
.notice-container { display: none; }
.shot-window { display: flex; height: 100vh; background: var(--background-primary); }
.shot-side { width: 250px; flex: none; background: var(--background-secondary); border-right: 1px solid var(--background-modifier-border);
  font-size: var(--font-ui-small); color: var(--text-muted); overflow: hidden; }
.shot-side.mod-right { width: 340px; border-right: none; border-left: 1px solid var(--background-modifier-border); background: var(--background-primary); }
.shot-side-title { height: 40px; display: flex; align-items: center; padding: 0 14px; font-weight: var(--font-semibold);
  color: var(--text-normal); border-bottom: 1px solid var(--background-modifier-border); }
.shot-files { list-style: none; margin: 8px 0; padding: 0 8px; }
.shot-files li { padding: 2px 8px; border-radius: var(--radius-s); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.shot-files li.depth-1 { padding-left: 22px; }
.shot-files li.depth-2 { padding-left: 36px; }
.shot-files li.depth-3 { padding-left: 50px; }
.shot-line.indent-1 { padding-left: 24px; }
.shot-line.indent-2 { padding-left: 48px; }
.shot-files li.is-folder { color: var(--text-normal); font-weight: var(--font-medium); }
.shot-files li.is-active { background: var(--background-modifier-hover); color: var(--text-normal); }
.shot-main { flex: 1; min-width: 0; display: flex; flex-direction: column; }
.shot-tabs { height: 40px; flex: none; display: flex; align-items: flex-end; gap: 2px; padding: 0 10px;
  background: var(--tab-container-background); border-bottom: 1px solid var(--background-modifier-border); }
.shot-tab { padding: 7px 16px; font-size: var(--font-ui-small); color: var(--text-muted); border-radius: 8px 8px 0 0; max-width: 260px;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.shot-tab.is-active { background: var(--background-primary); color: var(--text-normal); border: 1px solid var(--background-modifier-border); border-bottom: none; margin-bottom: -1px; }
.shot-pane { flex: 1; overflow: hidden; }
.shot-pane .workspace-leaf-content > .view-header, .shot-side .workspace-leaf-content > .view-header { display: none; }
.shot-pane .view-content { max-width: 760px; margin: 0 auto; padding: 24px 32px; }
.shot-side .view-content { padding: 12px 16px; }
.shot-phone-header { height: 48px; display: flex; align-items: center; gap: 12px; padding: 0 14px; border-bottom: 1px solid var(--background-modifier-border);
  font-size: var(--font-ui-medium); font-weight: var(--font-semibold); background: var(--background-primary); }
.shot-phone-header .shot-back { color: var(--text-muted); font-weight: var(--font-normal); }
.shot-window.mod-phone { flex-direction: column; }
.shot-window.mod-phone .shot-main { min-height: 0; }
.shot-window.mod-phone .shot-pane .view-content { padding: 12px 16px; }

/* The note's source, one block per line, as Obsidian's editor shows Markdown (text only). */
.shot-editor { max-width: 720px; margin: 0 auto; padding: 28px 40px 40px; font-size: var(--font-text-size); line-height: 1.55;
  color: var(--text-normal); white-space: pre-wrap; overflow-wrap: anywhere; tab-size: 4; }
.mod-phone .shot-editor { padding: 16px 18px; font-size: 15px; }
.shot-line { min-height: 1.55em; }
.shot-line.is-empty { min-height: 0.7em; }
.shot-link { color: var(--text-accent); }
.shot-struck { color: var(--text-muted); }
.shot-line.is-h1 { font-size: var(--h1-size); font-weight: var(--font-bold); line-height: 1.25; margin: 8px 0 10px; }
.shot-line.is-h2 { font-size: 1.3em; font-weight: var(--font-semibold); line-height: 1.3; margin: 14px 0 4px; }
.shot-line .shot-mark { color: var(--text-faint); font-weight: var(--font-normal); }
.shot-line.is-comment { color: var(--text-faint); font-size: 0.9em; }
.shot-line.is-code { font-family: var(--font-monospace); font-size: 0.85em; background: var(--background-primary-alt);
  color: var(--text-muted); padding: 0 10px; border-left: 1px solid var(--background-modifier-border); border-right: 1px solid var(--background-modifier-border); }
.shot-line.is-code.is-fence { color: var(--text-faint); }
.shot-line.is-callout { background: hsla(var(--accent-h), 80%, 60%, 0.1); border-left: 3px solid var(--interactive-accent); padding: 0 12px; }
.shot-line.is-callout.is-callout-title { font-weight: var(--font-semibold); color: var(--text-accent); padding-top: 6px; }
.shot-line.is-callout.is-callout-last { padding-bottom: 6px; margin-bottom: 4px; }
.shot-line.is-task { display: flex; gap: 8px; align-items: baseline; }
.shot-box { flex: none; width: 14px; height: 14px; border: 1.5px solid var(--checkbox-border-color); border-radius: 4px; transform: translateY(2px); }
.shot-box.is-checked { background: var(--interactive-accent); border-color: var(--interactive-accent); }
.shot-line.is-task.is-done .shot-text { color: var(--text-muted); text-decoration: line-through; }
.shot-props { border-bottom: 1px solid var(--background-modifier-border); padding-bottom: 12px; margin-bottom: 16px; font-size: var(--font-ui-small); }
.shot-props-title { color: var(--text-muted); font-weight: var(--font-semibold); margin-bottom: 6px; }
.shot-prop { display: grid; grid-template-columns: 130px minmax(0, 1fr); gap: 8px; padding: 2px 0; }
.shot-prop-key { color: var(--text-muted); }
.mod-phone .shot-prop { grid-template-columns: 100px minmax(0, 1fr); }
`;

const SHELL_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mentoring notes</title></head><body class="theme-light"></body></html>`;

/**
 * Draws the window and the note's source in the page. Every piece of note text is set with textContent:
 * the note is shown as text, never parsed as HTML.
 */
function drawWindow({ layout, title, files, activeFile, noteText, showDashboard, dashboardSide, scrollToHeading }) {
  const make = (parent, tag, cls, text) => {
    const el = parent.appendChild(document.createElement(tag));
    if (cls) el.className = cls;
    if (text !== undefined) el.textContent = text;
    return el;
  };
  const win = make(document.body, "div", `shot-window mod-${layout}`);
  if (layout === "desktop") {
    const side = make(win, "aside", "shot-side");
    make(side, "div", "shot-side-title", "Mentoring notes");
    const list = make(side, "ul", "shot-files");
    for (const entry of files) {
      make(list, "li", `${entry.folder ? "is-folder" : entry.path === activeFile ? "is-active" : ""} depth-${Math.min(entry.depth, 3)}`, entry.label);
    }
  }
  const main = make(win, "main", "shot-main");
  if (layout === "desktop") {
    const tabs = make(main, "div", "shot-tabs");
    make(tabs, "div", "shot-tab is-active", title);
    if (noteText !== null) make(tabs, "div", "shot-tab", "Welcome");
  } else {
    const header = make(main, "div", "shot-phone-header");
    make(header, "span", "shot-back", "‹");
    make(header, "span", "", title);
  }
  const pane = make(main, "div", "shot-pane");
  if (noteText !== null) {
    const editor = make(pane, "div", "shot-editor");
    drawNote(editor, noteText);
    // The part the plugin adds during a meeting: from Topic (time-out, four headings) to the actions.
    const from = [...editor.querySelectorAll(".shot-line.is-h2")].find((el) => el.textContent === `## ${scrollToHeading}`);
    if (from) pane.scrollTop = from.offsetTop - pane.offsetTop - 16;
  }
  if (showDashboard) {
    const target = dashboardSide ? make(win, "aside", "shot-side mod-right") : pane;
    if (dashboardSide) make(target, "div", "shot-side-title", "Mentoring dashboard");
    target.appendChild(document.querySelector(".workspace-leaf-content:has(.mentoring-dashboard)"));
  }

  /** Wiki links as their shown name, **bold** and ~~struck~~ text, the rest as it is: all as text. */
  function inline(parent, text) {
    const pattern = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]|\*\*([^*]+)\*\*|~~([^~]+)~~/g;
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      if (match[1]) make(parent, "span", "shot-link", match[2] ?? match[1].split("/").at(-1));
      else if (match[3]) make(parent, "strong", "", match[3]);
      else make(parent, "s", "shot-struck", match[4]);
      last = match.index + match[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function drawNote(editor, text) {
    const lines = text.replace(/\r\n/g, "\n").replace(/\n$/, "").split("\n");
    let at = 0;
    if (lines[0] === "---") {
      const end = lines.indexOf("---", 1);
      const props = make(editor, "div", "shot-props");
      make(props, "div", "shot-props-title", "Properties");
      for (const line of lines.slice(1, end)) {
        const colon = line.indexOf(":");
        const row = make(props, "div", "shot-prop");
        make(row, "span", "shot-prop-key", line.slice(0, colon));
        inline(make(row, "span", "shot-prop-value"), line.slice(colon + 1).trim().replace(/^"(.*)"$/, "$1"));
      }
      at = end + 1;
    }
    let fence = false;
    let comment = false;
    for (let i = at; i < lines.length; i += 1) {
      const line = lines[i];
      const isFence = /^\s*```/.test(line);
      const row = make(editor, "div", "shot-line");
      if (fence || isFence) {
        row.classList.add("is-code");
        if (isFence) row.classList.add("is-fence");
        if (isFence) fence = !fence;
        row.textContent = line;
        continue;
      }
      const heading = /^(#{1,6})\s(.*)$/.exec(line);
      const task = /^(\s*)- \[(.)\] (.*)$/.exec(line);
      if (heading) {
        row.classList.add(heading[1].length === 1 ? "is-h1" : "is-h2");
        make(row, "span", "shot-mark", `${heading[1]} `);
        inline(make(row, "span", ""), heading[2]);
      } else if (task) {
        row.classList.add("is-task");
        if (task[2] !== " ") row.classList.add("is-done");
        row.classList.add(`indent-${Math.min(task[1].length, 3)}`);
        make(row, "span", `shot-box${task[2] === " " ? "" : " is-checked"}`);
        inline(make(row, "span", "shot-text"), task[3]);
      } else if (line.startsWith(">")) {
        row.classList.add("is-callout");
        if (/^> \[!/.test(line)) row.classList.add("is-callout-title");
        if (!(lines[i + 1] ?? "").startsWith(">")) row.classList.add("is-callout-last");
        inline(row, line.replace(/^> ?(\[!\w+\] ?)?/, ""));
      } else {
        if (line.startsWith("<!--")) comment = true;
        if (comment) row.classList.add("is-comment");
        if (line.includes("-->")) comment = false;
        if (line.trim() === "") row.classList.add("is-empty");
        if (comment) row.textContent = line;
        else inline(row, line);
      }
    }
  }
}

/** Writes session 5 for Jane Doe the way a mentor would, with the plugin's commands. */
async function writeSession(page) {
  const path = await startSession(page, "Jane Doe");
  const h = (fn, ...args) => page.evaluate(fn, ...args);
  await h(() => {
    window.harness.setCursorAfter("topic:");
    window.harness.type(" Leading the reorganisation");
    window.harness.setCursorAfter("## Topic");
    window.harness.type("\nJane is asked to lead the reorganisation of the support team. Exciting, and a lot on top of the day job.\n- What would she have to give up?\n\t- the monthly sales report, maybe\n");
  });
  // Two questions from the time-out list, then "insert", at the end of what was said so far.
  await h(() => window.harness.setCursorAfter("the monthly sales report, maybe"));
  await h(() => window.harness.runCommand("insert-time-out"));
  const [picker] = await h(() => window.harness.modals());
  await h((q) => window.harness.chooseSuggestion(q), picker.suggestions[0]);
  const [second] = await h(() => window.harness.modals());
  await h((q) => window.harness.chooseSuggestion(q), second.suggestions[2]);
  const [insert] = await h(() => window.harness.modals());
  await h((q) => window.harness.chooseSuggestion(q), insert.suggestions[0]);
  await h(() => window.harness.type("Jane: useful, but she wants to talk about the team, not the org chart. We switch to the team."));
  await h(() => window.harness.runCommand("close-session"));
  await h(() => window.harness.clickButton("Close without these"));
  await h(() => {
    window.harness.setCursorAfter("<!-- Let the mentee sum up");
    window.harness.type("\nJane will say yes to the reorganisation if the sales report moves to someone else.");
    window.harness.setCursorAfter("<!-- What will the mentee do next");
    window.harness.type("\n- [ ] Ask the director which task goes if she takes the project 📅 2026-11-27\n- [ ] Sketch the support team's week as it is today 📅 2026-12-04\n- [ ] Send Jane the checklist from my own reorganisation [owner:: mentor] 📅 2026-11-24");
  });
  return path;
}

function fileList(paths) {
  const entries = [];
  const seen = new Set();
  for (const path of paths.filter((p) => p.endsWith(".md"))) {
    const parts = path.split("/");
    for (let depth = 0; depth < parts.length - 1; depth += 1) {
      const folder = parts.slice(0, depth + 1).join("/");
      if (!seen.has(folder)) entries.push({ label: parts[depth], folder: true, depth, path: folder });
      seen.add(folder);
    }
    entries.push({ label: parts.at(-1).replace(/\.md$/, ""), folder: false, depth: parts.length - 1, path });
  }
  return entries;
}

async function shoot(browser, { name, theme, viewport, kind }) {
  const isolated = await isolatedContext(browser, { viewport: { width: viewport.width, height: viewport.height }, deviceScaleFactor: viewport.deviceScaleFactor });
  const { context } = isolated;
  try {
    const { page, problems } = await openHarnessPage(context, { theme, html: SHELL_HTML });
    await page.addStyleTag({ content: SHELL_CSS });
    const { mainJs } = releasedFiles();
    await page.evaluate(([js, files, opts]) => window.harness.loadPlugin(js, files, opts), [mainJs, exampleVaultFiles(), { now: NOW, settings: SETTINGS }]);
    const path = await writeSession(page);
    // Reading saves the editor (as Obsidian does within two seconds), so the index sees the new actions.
    const written = await page.evaluate((p) => window.harness.read(p), path);
    const noteText = kind === "session" ? written : null;
    const layout = viewport.width < 600 ? "phone" : "desktop";
    const showDashboard = kind === "dashboard" || layout === "desktop";
    if (showDashboard) {
      await page.evaluate(() => window.harness.runCommand("open-dashboard"));
      await page.locator(".mentoring-dashboard .mentoring-dashboard-actions").waitFor({ state: "attached" });
    }

    const paths = await page.evaluate(() => window.harness.paths());
    await page.evaluate(drawWindow, {
      layout,
      title: kind === "session" ? path.split("/").at(-1).replace(/\.md$/, "") : "Mentoring dashboard",
      files: fileList(paths),
      activeFile: path,
      noteText,
      showDashboard,
      dashboardSide: kind === "session",
      scrollToHeading: "Topic",
    });
    if (kind === "dashboard" && layout === "desktop") {
      // One relationship from the mentor's side: my actions, the goals and the relationship fit on one screen.
      await page.locator(".mentoring-dashboard").getByLabel("Relationship", { exact: true }).selectOption({ label: "Jane Doe" });
      await page.locator(".mentoring-dashboard").getByLabel("Owner").selectOption({ label: "Me" });
    }
    await page.evaluate(() => document.fonts.ready);
    const file = join(OUT, `${name}.png`);
    await page.screenshot({ path: file });
    const found = [...problems, ...leaks(isolated)];
    if (found.length > 0) throw new Error(found.join("\n"));
    console.log(`wrote ${file.slice(ROOT.length + 1)}`);
  } finally {
    await context.close();
  }
}

/** What a screen shows that is not a dialog sits on a plain pane, as a note or a sidebar would hold it. */
const STAGE_CSS = `
body { overflow: hidden; background: var(--background-secondary); min-height: 100vh; }
.app-container { display: none; }
.notice-container { display: none; }
.shot-stage { box-sizing: border-box; max-width: 760px; margin: 0 auto; min-height: 100vh; padding: 24px 32px; background: var(--background-primary);
  border-left: 1px solid var(--background-modifier-border); border-right: 1px solid var(--background-modifier-border); }
@media (max-width: 600px) { .shot-stage { padding: 12px 16px; border: none; } }
`;

/** One screen of screens.mjs, photographed. */
async function shootScreen(browser, { screen, theme, viewport, size }) {
  const { context, requests } = await isolatedContext(browser, { viewport: { width: viewport.width, height: viewport.height }, deviceScaleFactor: viewport.deviceScaleFactor });
  try {
    const { page, problems } = await openHarnessPage(context, { theme });
    await page.addStyleTag({ content: STAGE_CSS });
    const env = { page };
    if (screen.vault === "empty") await loadEmpty(env);
    else {
      const { mainJs } = releasedFiles();
      await page.evaluate(([js, files, opts]) => window.harness.loadPlugin(js, files, opts), [mainJs, exampleVaultFiles(), { now: NOW, settings: SETTINGS }]);
    }
    const selector = await screen.stage(page);
    await page.evaluate((sel) => {
      const stage = document.body.createDiv("shot-stage");
      document.body.prepend(stage);
      const shown = document.querySelector(sel);
      // A view or a code block goes on the pane; a dialog stays over it; the status bar stays in its corner.
      if (shown && !shown.matches(".modal-container, .status-bar")) stage.appendChild(shown.closest(".workspace-leaf-content") ?? shown);
      if (shown?.matches(".status-bar")) document.body.appendChild(shown);
    }, selector);
    await page.evaluate(() => document.fonts.ready);
    const file = join(SCREENS_OUT, `${screen.name}-${size}-${theme}.png`);
    await page.screenshot({ path: file });
    if (problems.length > 0 || requests.length > 0) throw new Error([...problems, ...requests].join("\n"));
    console.log(`wrote ${file.slice(ROOT.length + 1)}`);
  } finally {
    await context.close();
  }
}

/** The README's progress picture: the `progress-chart` screen, cropped to the chart, at twice the pixels. */
async function shootProgress(browser, theme) {
  const screen = SCREENS.find((candidate) => candidate.name === "progress-chart");
  const { context, requests } = await isolatedContext(browser, { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  try {
    const { page, problems } = await openHarnessPage(context, { theme });
    await page.addStyleTag({ content: `${STAGE_CSS} .shot-crop { display: inline-block; padding: 12px 20px; background: var(--background-primary); }` });
    const { mainJs } = releasedFiles();
    await page.evaluate(([js, files, opts]) => window.harness.loadPlugin(js, files, opts), [mainJs, exampleVaultFiles(), { now: NOW, settings: SETTINGS }]);
    const selector = await screen.stage(page);
    await page.evaluate((sel) => {
      const crop = document.body.createDiv("shot-crop");
      document.body.prepend(crop);
      crop.appendChild(document.querySelector(sel));
    }, selector);
    await page.evaluate(() => document.fonts.ready);
    const file = join(OUT, `progress-${theme}.png`);
    await page.locator(".shot-crop").screenshot({ path: file });
    if (problems.length > 0 || requests.length > 0) throw new Error([...problems, ...requests].join("\n"));
    console.log(`wrote ${file.slice(ROOT.length + 1)}`);
  } finally {
    await context.close();
  }
}

/** Chromium draws the notes' 📅 and ✅ from a colour emoji font; without one they come out as boxes. */
function warnWithoutEmojiFont() {
  const fonts = spawnSync("fc-list", [":", "family"], { encoding: "utf8" });
  if (fonts.status === 0 && !/emoji/i.test(fonts.stdout)) {
    console.warn("No emoji font found: install fonts-noto-color-emoji (apt-get) before making the README's screenshots.");
  }
}

async function main() {
  warnWithoutEmojiFont();
  mkdirSync(OUT, { recursive: true });
  mkdirSync(SCREENS_OUT, { recursive: true });
  const only = process.env.SCREENS_ONLY;
  await buildHarness();
  const browser = await launchBrowser();
  try {
    for (const kind of ["dashboard", "session"]) {
      if (only) break;
      for (const [size, viewport] of [["desktop", DESKTOP], ["phone", PHONE]]) {
        for (const theme of ["light", "dark"]) await shoot(browser, { name: `${kind}-${size}-${theme}`, theme, viewport, kind });
      }
    }
    for (const theme of ["light", "dark"]) if (!only || "progress".includes(only)) await shootProgress(browser, theme);
    for (const screen of SCREENS) {
      if (only && !screen.name.includes(only)) continue;
      for (const [size, viewport] of [["desktop", DESKTOP], ["phone", PHONE]]) {
        for (const theme of ["light", "dark"]) await shootScreen(browser, { screen, theme, viewport, size });
      }
    }
  } finally {
    await browser.close();
  }
}

await main();
