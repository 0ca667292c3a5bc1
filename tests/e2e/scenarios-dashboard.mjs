// The dashboard in the browser: the view, its filters, ticking an action (mouse and keyboard) into its
// source note, the `mentoring-dashboard` code block, and axe-core on the drawing in light and dark.
import { join } from "node:path";
import { ROOT } from "./browser.mjs";
import { assert, assertEqual, waitUntil } from "./steps.mjs";

const SESSION_4 = "Mentoring/Jane Doe/2026-11-16 Session 4.md";
const COMMITMENTS = "- [ ] Write the list of current commitments 📅 2026-11-30";
const COMMITMENTS_DONE = "- [x] Write the list of current commitments 📅 2026-11-30 ✅ 2026-11-22";
const VIEW = ".mentoring-dashboard:not(.mentoring-dashboard-block)";

/** Runs "Open mentoring dashboard" and waits for the drawing (not the loading line). */
async function openDashboard(page) {
  assert(await page.evaluate(() => window.harness.runCommand("open-dashboard")), "open-dashboard ran");
  await page.locator(`${VIEW} .mentoring-dashboard-actions`).waitFor();
  return page.locator(VIEW);
}

async function groupNames(view) {
  return view.locator(".mentoring-dashboard-actions .mentoring-dashboard-group-name").allTextContents();
}

async function actionTexts(view) {
  return view.locator(".mentoring-dashboard-action-text").allTextContents();
}

/** Waits until the note no longer reads `before` and returns it (the tick is an async vault write). */
async function changedNote(page, path, before) {
  let text = before;
  await waitUntil(async () => (text = await page.evaluate((p) => window.harness.read(p), path)) !== before, `${path} to change`);
  return text;
}

/** The note's text after ticking: the one action line, and nothing else. */
function expectOnlyTicked(before, after) {
  assert(before.includes(`\n${COMMITMENTS}\n`), "the example note has the open action");
  assertEqual(after, before.replace(`\n${COMMITMENTS}\n`, `\n${COMMITMENTS_DONE}\n`), "the note after ticking");
}

/** axe-core on the dashboard's element only: serious and critical findings, each with its nodes. */
async function axeFindings(page, selector) {
  await page.addScriptTag({ path: join(ROOT, "node_modules", "axe-core", "axe.min.js") });
  return page.evaluate(async (sel) => {
    const result = await window.axe.run(document.querySelector(sel), { resultTypes: ["violations"] });
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
  }, selector);
}

export function dashboardScenarios(loadExample) {
  const scenarios = [];
  const scenario = (name, run) => scenarios.push({ name, run });

  scenario("opens the dashboard view", async (env) => {
    await loadExample(env);
    const view = await openDashboard(env.page);
    const headings = await view.locator(".mentoring-dashboard-heading").allTextContents();
    assertEqual(headings, ["Open actions", "Goals", "Relationships", "Progress", "Problems"], "dashboard sections");
    assertEqual((await groupNames(view)).sort(), ["Jane Doe", "Mette Lund", "Omar Haddad"], "relationships with open actions");
    const texts = await actionTexts(view);
    assert(texts.includes("Write the list of current commitments"), "Jane's action from session 4 is listed");
    assert(texts.includes("Øv oplægget højt for en kollega"), "Mette's Danish action is listed");
    const overdue = view.locator(".mentoring-dashboard-action.is-overdue", { hasText: "Send Jane the commitments list template" });
    assert((await overdue.count()) === 1, "an action due 2026-11-18 is overdue on 2026-11-22");
    assert((await overdue.textContent()).includes("Overdue"), "overdue is said in words, not colour alone");
  });

  scenario("filters the dashboard by relationship and owner", async (env) => {
    await loadExample(env);
    const view = await openDashboard(env.page);
    await view.getByLabel("Relationship", { exact: true }).selectOption({ label: "Jane Doe" });
    assertEqual(await groupNames(view), ["Jane Doe"], "groups with the Jane Doe filter");
    const jane = await actionTexts(view);
    assert(!jane.includes("Øv oplægget højt for en kollega"), "Mette's actions are filtered out");
    await view.getByLabel("Owner").selectOption({ label: "Me" });
    // In Jane's agreement the vault owner is the mentor, so "me" is the actions marked [owner:: mentor].
    const mine = await actionTexts(view);
    assert(mine.length > 0 && mine.length < jane.length, `the owner filter narrows the list (${mine.length} of ${jane.length})`);
    assert(mine.includes("Send Jane the commitments list template"), "the mentor's own action stays");
    assert(!mine.includes("Write the list of current commitments"), "the mentee's action goes");
    await view.getByLabel("Owner").selectOption({ label: "Everyone" });
    assertEqual(await actionTexts(view), jane, "back to everyone's actions");
    await view.getByLabel("Show done").check();
    const done = await view.locator(".mentoring-dashboard-action.is-done .mentoring-dashboard-action-text").allTextContents();
    assert(done.includes("Draft the agenda for the planning meeting and send it two days before"), `show done lists the done actions (${done.join(" | ")})`);
    assert((await view.getByRole("checkbox", { name: done[0], exact: true }).isChecked()), "a done action's box is ticked");
  });

  scenario("ticks an action in the dashboard and its source note changes", async (env) => {
    const { page } = env;
    await loadExample(env);
    const view = await openDashboard(page);
    const before = await page.evaluate((p) => window.harness.read(p), SESSION_4);
    await view.getByRole("checkbox", { name: "Write the list of current commitments", exact: true }).click();
    expectOnlyTicked(before, await changedNote(page, SESSION_4, before));
    // The view follows the note: with "show done" off, the ticked action leaves the list.
    await page.waitForFunction(
      (sel) => ![...document.querySelectorAll(`${sel} .mentoring-dashboard-action-text`)].some((el) => el.textContent === "Write the list of current commitments"),
      VIEW,
      { timeout: 5000 },
    );
  });

  scenario("renders a mentoring-dashboard code block", async (env) => {
    const { page } = env;
    await loadExample(env);
    const text = await page.evaluate((p) => window.harness.renderBlock("mentoring-dashboard", "relationship: Mentoring/Jane Doe\nshow: actions", p), SESSION_4);
    assert(text.includes("Open actions") && text.includes("Write the list of current commitments"), "the block lists Jane's open actions");
    assert(!text.includes("Øv oplægget"), "and only Jane's");
    assert(!text.includes("Relationships"), "show: actions draws the actions only");
    const odd = await page.evaluate((p) => window.harness.renderBlock("mentoring-dashboard", "show: actions\ncolour: purple", p), SESSION_4);
    assert(odd.includes("Some options in this block could not be used:"), "an unknown option is listed in the block, not thrown");
    // Ticking in the block writes the same way as the view.
    const before = await page.evaluate((p) => window.harness.read(p), SESSION_4);
    const block = page.locator(".mentoring-dashboard-block").first();
    await block.getByRole("checkbox", { name: "Write the list of current commitments", exact: true }).click();
    expectOnlyTicked(before, await changedNote(page, SESSION_4, before));
  });

  for (const theme of ["light", "dark"]) {
    scenario(`dashboard has no serious or critical axe-core violations (${theme})`, async (env) => {
      const { page } = env;
      await page.evaluate((name) => document.body.classList.replace("theme-light", `theme-${name}`), theme);
      await loadExample(env);
      const view = await openDashboard(page);
      // Done actions are drawn too, so their styling is checked as well.
      await view.getByLabel("Show done").check();
      await page.evaluate(() => window.harness.renderBlock("mentoring-dashboard", "relationship: Mentoring/Jane Doe\nshow: actions, goals", "Mentoring/Jane Doe/2026-11-16 Session 4.md"));
      assertEqual(await axeFindings(page, VIEW), [], "axe findings in the view");
      assertEqual(await axeFindings(page, ".mentoring-dashboard-block"), [], "axe findings in the code block");
    });
  }

  // Omar Haddad's six sessions, from the example vault's file names.
  const OMAR_SESSIONS = [
    ["1", "2026-04-13"],
    ["2", "2026-05-11"],
    ["3", "2026-06-15"],
    ["4", "2026-08-17"],
    ["5", "2026-09-14"],
    ["6", "2026-10-19"],
  ];

  /** The chart of `name` inside `root`: drawn as an SVG picture with its label, and read out by a table of the same numbers. */
  async function checkProgressChart(page, root, name) {
    const figure = page.locator(`${root} figure.mentoring-progress`, { has: page.locator("figcaption", { hasText: name }) });
    assertEqual(await figure.count(), 1, `one progress chart for ${name} in ${root}`);
    const svg = figure.locator("svg.mentoring-progress-chart");
    assertEqual(await svg.getAttribute("role"), "img", "the chart is one picture to assistive technology");
    assertEqual(await svg.getAttribute("aria-label"), `Actions per session with ${name}: done, moved on, cancelled and still open`, "the chart's label");
    assertEqual(await svg.locator("text").allTextContents(), OMAR_SESSIONS.map(([number]) => number), "one bar per session, numbered");
    const rows = await figure.locator("table tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
    assertEqual(rows.map((cells) => cells.slice(0, 2)), OMAR_SESSIONS, "the text alternative: sessions and dates in order");
    // Every non-zero count of done, moved on, cancelled and open is one drawn bar part, and no more.
    const parts = rows.reduce((sum, cells) => sum + cells.slice(3, 7).filter((cell) => cell !== "0").length, 0);
    assert(parts > 0, "Omar's sessions have actions to draw");
    assertEqual(await svg.locator("rect").count(), parts, "bar parts drawn");
    const box = await svg.boundingBox();
    assert(box !== null && box.width > 0 && box.height > 0, "the chart takes room on the page");
    const fills = await svg.locator("rect").evaluateAll((rects) => rects.map((rect) => getComputedStyle(rect).fill));
    assert(fills.every((fill) => fill !== "rgb(0, 0, 0)" && fill !== "none"), `the bars take the theme's colours (${[...new Set(fills)].join(", ")})`);
  }

  for (const theme of ["light", "dark"]) {
    scenario(`the progress chart is drawn with its text alternative, axe-clean (${theme})`, async (env) => {
      const { page } = env;
      await page.evaluate((name) => document.body.classList.replace("theme-light", `theme-${name}`), theme);
      await loadExample(env);
      await openDashboard(page);
      await page.locator(`${VIEW} .mentoring-dashboard-progress svg`).first().waitFor();
      await checkProgressChart(page, `${VIEW} .mentoring-dashboard-progress`, "Omar Haddad");
      assertEqual(await axeFindings(page, `${VIEW} .mentoring-dashboard-progress`), [], "axe findings in the view's progress");
      await page.evaluate(() => window.harness.renderBlock("mentoring-dashboard", "relationship: Mentoring/Omar Haddad\nshow: progress", "Mentoring/Omar Haddad/2026-10-19 Session 6.md"));
      await checkProgressChart(page, ".mentoring-dashboard-block", "Omar Haddad");
      assertEqual(await axeFindings(page, ".mentoring-dashboard-block"), [], "axe findings in the progress block");
    });
  }

  scenario("keyboard: Tab reaches an action checkbox and Space ticks it", async (env) => {
    const { page } = env;
    await loadExample(env);
    const view = await openDashboard(page);
    await view.getByLabel("Relationship", { exact: true }).focus();
    let reached = null;
    let presses = 0;
    for (; presses < 15 && !reached; presses += 1) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => {
        const el = document.activeElement;
        return el instanceof HTMLInputElement && el.type === "checkbox" && el.closest(".mentoring-dashboard-action") ? el.getAttribute("aria-label") : null;
      });
    }
    assert(reached, "Tab from the filters reaches an action checkbox within 15 presses");
    env.log(`${presses} × Tab from the relationship filter reached "${reached}"`);
    const path = await page.evaluate((label) => {
      const box = [...document.querySelectorAll(".mentoring-dashboard-action input")].find((el) => el.getAttribute("aria-label") === label);
      const group = box?.closest(".mentoring-dashboard-group")?.querySelector(".mentoring-dashboard-group-name")?.textContent;
      return group === "Jane Doe" || group === "Mette Lund" ? group : null;
    }, reached);
    assert(path, `the focused checkbox (${reached}) belongs to a relationship`);
    const before = await page.evaluate(() => window.harness.paths().map((p) => [p, ""]));
    const snapshot = async () => Object.fromEntries(await Promise.all(before.map(async ([p]) => [p, await page.evaluate((q) => window.harness.read(q), p)])));
    const was = await snapshot();
    await page.keyboard.press("Space");
    let now = was;
    await waitUntil(async () => Object.keys((now = await snapshot())).some((p) => now[p] !== was[p]), "a note to change after Space");
    const changed = Object.keys(now).filter((p) => now[p] !== was[p]);
    assertEqual(changed.length, 1, `notes changed by Space (${changed.join(", ")})`);
    const [file] = changed;
    const gone = was[file].split("\n").filter((line) => !now[file].split("\n").includes(line));
    assertEqual(gone.length, 1, "lines changed in the note");
    assert(gone[0].includes(reached) && gone[0].includes("- [ ]"), `the ticked line was the focused action: ${gone[0]}`);
    assert(now[file].includes(gone[0].replace("- [ ]", "- [x]").split(reached)[0] + reached), "and it is now done");
  });

  return scenarios;
}
