// The dialogs and empty states in the browser: focus lands in the first field, Enter submits, an invalid
// field is marked and named, the end-of-relationship question names the person, the empty dashboard
// offers the next step; and axe-core on every staged screen (screens.mjs), light and dark.
import { join } from "node:path";
import { releasedFiles, ROOT } from "./browser.mjs";
import { SCREENS } from "./screens.mjs";
import { assert, assertEqual, NOW, SETTINGS, startSession } from "./steps.mjs";

const JANE_SESSION_4 = "Mentoring/Jane Doe/2026-11-16 Session 4.md";
const JANE_AGREEMENT = "Mentoring/Jane Doe/Agreement.md";

const focused = (page) => page.evaluate(() => window.harness.focused());
const modals = (page) => page.evaluate(() => window.harness.modals());

/** A vault with nothing in it but the plugin. */
export function loadEmpty(env) {
  const { mainJs, manifestJson } = releasedFiles();
  return env.page.evaluate(([js, files, opts]) => window.harness.loadPlugin(js, files, opts), [mainJs, { "manifest.json": manifestJson }, { now: NOW, settings: SETTINGS }]);
}

/** axe-core on one element: serious and critical findings, each with its first nodes. */
export async function axeFindings(page, selector) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: join(ROOT, "node_modules", "axe-core", "axe.min.js") });
  return page.evaluate(async (sel) => {
    // The dialog's close button is the app's own element (drawn by the fake as Obsidian draws it), not the plugin's.
    const result = await window.axe.run({ include: [sel], exclude: [".modal-close-button"] }, { resultTypes: ["violations"] });
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
  }, selector);
}

export function screenScenarios(loadExample) {
  const scenarios = [];
  const scenario = (name, run) => scenarios.push({ name, run });

  scenario("new relationship form: the name has the focus, Enter submits, a bad field is marked, named and focused", async (env) => {
    const { page } = env;
    await loadExample(env);
    await page.evaluate(() => window.harness.runCommand("new-relationship"));
    const first = await focused(page);
    assertEqual([first.tag, first.name, first.inDialog], ["input", "Name of the other person", true], "the focus when the form opens");

    // Enter with no name: the name field is marked invalid, says why under it, and keeps the focus.
    await page.keyboard.press("Enter");
    const name = page.locator(".modal").getByLabel("Name of the other person");
    assertEqual(await name.getAttribute("aria-invalid"), "true", "the empty name is marked invalid");
    const error = page.locator("#mentoring-new-relationship-name-error");
    assertEqual(await error.textContent(), "Give the other person's name.", "the message under the name");
    assertEqual(await error.getAttribute("role"), "alert", "the message is announced");
    assert((await name.getAttribute("aria-describedby")).split(" ").includes("mentoring-new-relationship-name-error"), "the field is described by its message");
    const colour = await error.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(document.body).getPropertyValue("--text-error").trim()]);
    assert(colour[1] !== "", "the theme has an error colour");
    assertEqual((await focused(page)).name, "Name of the other person", "the focus after the refused Enter");

    // A number out of range, further down: marked and focused once the name is fine.
    await name.fill("Ida Berg");
    const cadence = page.locator(".modal").getByLabel("Days between meetings");
    await cadence.fill("0");
    await name.press("Enter");
    assertEqual(await cadence.getAttribute("aria-invalid"), "true", "the 0 days is marked invalid");
    assertEqual(await page.locator("#mentoring-new-relationship-cadenceDays-error").textContent(), "0 is not a whole number from 1 to 366.", "the message under the days");
    assertEqual((await focused(page)).name, "Days between meetings", "the focus moves to the bad field");
    assertEqual(await name.getAttribute("aria-invalid"), null, "the fixed name is no longer marked");
    assertEqual(await page.evaluate(() => window.harness.paths().filter((p) => p.includes("Ida"))), [], "nothing is written while a field is wrong");

    // Mod+Enter in the goals box creates; a plain Enter there is a new line.
    await cadence.fill("21");
    const goals = page.locator(".modal").getByLabel("Goals");
    await goals.fill("Lead the spring project");
    await goals.press("Enter");
    assertEqual((await modals(page)).length, 1, "Enter in the goals box adds a line, the form stays");
    await goals.press("Control+Enter");
    await page.evaluate(() => window.harness.settle());
    assertEqual(await modals(page), [], "dialogs after Ctrl+Enter");
    assert((await page.evaluate(() => window.harness.paths())).includes("Mentoring/Ida Berg/Agreement.md"), "the agreement was written");
  });

  scenario("close-session dialog: the date field has the focus, a bad date is named, Enter saves", async (env) => {
    const { page } = env;
    await loadExample(env);
    const path = await startSession(page, "Jane Doe");
    await page.evaluate(() => window.harness.runCommand("close-session"));
    const first = await focused(page);
    assertEqual([first.tag, first.name], ["input", "Next meeting"], "the focus when the dialog opens");
    const date = page.locator(".modal").getByLabel("Next meeting");
    assertEqual(await date.getAttribute("type"), "text", "the date is typed as text, YYYY-MM-DD");
    assertEqual(await date.inputValue(), "2026-12-20", "the proposed date, as YYYY-MM-DD");
    await date.fill("20/12/2026");
    await page.keyboard.press("Enter");
    assertEqual(await date.getAttribute("aria-invalid"), "true", "the bad date is marked");
    assert((await page.locator("#mentoring-close-session-next-error").textContent()).startsWith("20/12/2026 is not a date in the form YYYY-MM-DD."), "the bad date is named");
    await date.fill("2026-12-18");
    await page.keyboard.press("Enter");
    await page.evaluate(() => window.harness.settle());
    assertEqual(await modals(page), [], "dialogs after Enter");
    const text = await page.evaluate((p) => window.harness.read(p), path);
    assert(text.split("\n").includes("next: 2026-12-18"), "the typed date is saved");
    const lines = text.split("\n");
    const questions = lines.indexOf("## End of meeting (mentor)");
    assert(questions > lines.indexOf("## Actions"), "the mentor's questions have their own heading after the actions");
  });

  scenario("end relationship: the question and the notice name the person; from a session the agreement opens", async (env) => {
    const { page } = env;
    await loadExample(env);
    await page.evaluate((p) => window.harness.openFile(p), JANE_SESSION_4);
    await page.evaluate(() => window.harness.runCommand("end-relationship"));
    const [confirm] = await modals(page);
    assert(confirm.text.startsWith("End the relationship with Jane Doe?"), `the question names Jane Doe (got: ${confirm.text})`);
    assertEqual([(await focused(page)).tag, (await focused(page)).text], ["button", "Cancel"], "the safe choice has the focus");
    await page.evaluate(() => window.harness.clickButton("End relationship"));
    await page.evaluate(() => window.harness.settle());
    const notices = await page.evaluate(() => window.harness.notices());
    assert(notices.includes("Ended the relationship with Jane Doe."), `the notice names Jane Doe (got: ${notices.join(" | ")})`);
    assertEqual(await page.evaluate(() => window.harness.activePath()), JANE_AGREEMENT, "the changed agreement is open");
    const agreement = await page.evaluate((p) => window.harness.read(p), JANE_AGREEMENT);
    assert(agreement.split("\n").includes("## Ending"), "the ending is a level-2 section");
  });

  scenario("the empty dashboard says so once and offers to start a relationship", async (env) => {
    const { page } = env;
    await loadEmpty(env);
    await page.evaluate(() => window.harness.runCommand("open-dashboard"));
    const view = page.locator(".mentoring-dashboard");
    await view.locator(".mentoring-dashboard-start").waitFor();
    const text = await view.textContent();
    assertEqual(text.split("No mentoring relationships yet").length - 1, 1, "times the empty state is said");
    assert(!text.includes("Every note could be read"), "no problems line on an empty vault");
    assert(!text.includes("No open actions"), "no empty sections");
    await view.getByRole("button", { name: "Start a new mentoring relationship" }).click();
    await page.evaluate(() => window.harness.settle());
    const [form] = await modals(page);
    assertEqual(form?.title, "Start a new mentoring relationship", "the button opens the form");
    assertEqual((await focused(page)).name, "Name of the other person", "focus in the form's first field");
  });

  // One scenario per theme, so that each stays well inside the scenario time limit.
  for (const theme of ["light", "dark"]) {
    scenario(`axe finds nothing serious on any staged screen (${theme})`, async (env) => {
      const { page } = env;
      const failures = [];
      await page.evaluate((name) => {
        document.body.classList.remove("theme-light", "theme-dark");
        document.body.classList.add(`theme-${name}`);
      }, theme);
      for (const screen of SCREENS) {
        if (screen.vault === "empty") await loadEmpty(env);
        else await loadExample(env);
        const selector = await screen.stage(page);
        const findings = await axeFindings(page, selector);
        for (const finding of findings) failures.push(`${screen.name}: ${finding}`);
        env.log(`${screen.name}: ${findings.length} findings`);
        await page.evaluate(() => window.harness.unload());
        await page.evaluate(() => document.querySelectorAll(".modal-container").forEach((el) => el.remove()));
      }
      assertEqual(failures, [], "serious or critical axe findings");
    });
  }

  return scenarios;
}
