// Every screen a mentor meets besides the note and the dashboard: the dialogs, the pickers, the settings,
// the empty dashboard, the code block's reason, a relationship's progress chart and the paused timer.
// Each `stage` brings the loaded plugin to that screen the way a user would (commands, typing, clicks)
// and returns the CSS selector of what it shows. The screenshots photograph them; the browser tests run axe
// on each, in light and dark.
import { startSession } from "./steps.mjs";

const JANE_SESSION_4 = "Mentoring/Jane Doe/2026-11-16 Session 4.md";
const h = (page, fn, arg) => page.evaluate(fn, arg);

export const SCREENS = [
  {
    name: "new-relationship",
    vault: "example",
    async stage(page) {
      await h(page, () => window.harness.runCommand("new-relationship"));
      await page.locator(".modal").getByLabel("Name of the other person").fill("Ida Berg");
      await page.locator(".modal").getByLabel("Goals").fill("Lead the spring project\nSpeak up in the board meeting");
      return ".modal-container";
    },
  },
  {
    name: "new-relationship-errors",
    vault: "example",
    async stage(page) {
      await h(page, () => window.harness.runCommand("new-relationship"));
      const modal = page.locator(".modal");
      await modal.getByLabel("Goals").fill("One\nTwo\nThree\nFour");
      await modal.getByLabel("Days between meetings").fill("0");
      await modal.getByRole("button", { name: "Create" }).click();
      await h(page, () => window.harness.settle());
      return ".modal-container";
    },
  },
  {
    name: "relationship-picker",
    vault: "example",
    async stage(page) {
      await h(page, () => window.harness.runCommand("start-session"));
      return ".modal-container";
    },
  },
  {
    name: "time-out-picker",
    vault: "example",
    async stage(page) {
      await startSession(page, "Jane Doe");
      await h(page, () => window.harness.setCursorAfter("## Topic"));
      await h(page, () => window.harness.runCommand("insert-time-out"));
      const [picker] = await h(page, () => window.harness.modals());
      await h(page, (q) => window.harness.chooseSuggestion(q), picker.suggestions[0]);
      const [second] = await h(page, () => window.harness.modals());
      await h(page, (q) => window.harness.chooseSuggestion(q), second.suggestions[2]);
      return ".modal-container";
    },
  },
  {
    name: "evaluation-picker",
    vault: "example",
    async stage(page) {
      await startSession(page, "Jane Doe");
      await h(page, () => window.harness.runCommand("insert-evaluation"));
      return ".modal-container";
    },
  },
  {
    name: "close-session",
    vault: "example",
    async stage(page) {
      await startSession(page, "Jane Doe");
      await h(page, () => window.harness.runCommand("close-session"));
      return ".modal-container";
    },
  },
  {
    name: "close-session-bad-date",
    vault: "example",
    async stage(page) {
      await startSession(page, "Jane Doe");
      await h(page, () => window.harness.runCommand("close-session"));
      await page.locator(".modal").getByLabel("Next meeting").fill("20/12/2026");
      await page.keyboard.press("Enter");
      await h(page, () => window.harness.settle());
      return ".modal-container";
    },
  },
  {
    name: "end-relationship",
    vault: "example",
    async stage(page) {
      await h(page, (p) => window.harness.openFile(p), JANE_SESSION_4);
      await h(page, () => window.harness.runCommand("end-relationship"));
      return ".modal-container";
    },
  },
  {
    name: "settings",
    vault: "example",
    async stage(page) {
      await h(page, () => window.harness.openSettings());
      const days = page.locator(".mod-settings").getByLabel("Days between meetings");
      await days.fill("0");
      await days.evaluate((el) => el.closest(".setting-item")?.scrollIntoView({ block: "center" }));
      return ".modal-container.mod-settings";
    },
  },
  {
    name: "dashboard-empty",
    vault: "empty",
    async stage(page) {
      await h(page, () => window.harness.runCommand("open-dashboard"));
      await page.locator(".mentoring-dashboard-start").waitFor({ state: "attached" });
      return ".mentoring-dashboard";
    },
  },
  {
    name: "code-block-nearest",
    vault: "example",
    async stage(page) {
      await h(page, (p) => window.harness.renderBlock("mentoring-dashboard", "relationship: Jane Dow", p), JANE_SESSION_4);
      return ".block-language-mentoring-dashboard";
    },
  },
  {
    name: "progress-chart",
    vault: "example",
    async stage(page) {
      await h(page, () => window.harness.renderBlock("mentoring-dashboard", "relationship: Mentoring/Omar Haddad\nshow: progress", "Mentoring/Omar Haddad/2026-10-19 Session 6.md"));
      return ".block-language-mentoring-dashboard";
    },
  },
  {
    name: "timer-paused",
    vault: "example",
    async stage(page) {
      await startSession(page, "Jane Doe");
      await page.locator(".status-bar .mentoring-timer").dispatchEvent("click");
      return ".status-bar";
    },
  },
];
