// Small steps and checks the browser scenarios share.
import { isDeepStrictEqual } from "node:util";

/** The clock of every scenario: a Sunday morning, six days after Jane Doe's session 4. */
export const NOW = "2026-11-22T10:00:00";
export const SETTINGS = { language: "en", myName: "Anna Holm" };

export function assert(condition, message) {
  if (!condition) throw new Error(`expected: ${message}`);
}

export function assertEqual(actual, expected, what) {
  if (!isDeepStrictEqual(actual, expected)) {
    throw new Error(`${what}:\n  expected ${JSON.stringify(expected)}\n  got      ${JSON.stringify(actual)}`);
  }
}

/** The note's headings (any level), outside code fences, without the hashes. */
export function headingsOf(text) {
  const headings = [];
  let fence = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s{0,3}(```|~~~)/.test(line)) fence = !fence;
    const match = fence ? null : /^#{2,6}\s+(.*?)\s*$/.exec(line);
    if (match) headings.push(match[1]);
  }
  return headings;
}

/** Runs "Start mentoring session", picks the relationship by name; returns the note it opened. */
export async function startSession(page, name) {
  assert(await page.evaluate(() => window.harness.runCommand("start-session")), "start-session ran");
  const [picker] = await page.evaluate(() => window.harness.modals());
  assert(picker?.suggestions.some((s) => s.startsWith(name)), `the picker lists ${name} (lists: ${picker?.suggestions.join(" | ")})`);
  await page.evaluate((n) => window.harness.chooseSuggestion(n), name);
  return page.evaluate(() => window.harness.activePath());
}

/** Polls `check` (async) until it is true, or fails with what was awaited. */
export async function waitUntil(check, what, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`timed out waiting for ${what}`);
}
