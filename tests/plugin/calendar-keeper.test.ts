// @vitest-environment happy-dom
// The setting "Keep the calendar file current": with it on, `<root>/mentoring.ics` is rewritten after the
// notes change (once they settle), only when its text differs; with it off, nothing is written.
import { afterEach, describe, expect, it, vi } from "vitest";
import ICAL from "ical.js";
import { createApp, loadPlugin, resetFake, settle, type App } from "../fakes/obsidian";
import MentoringNotesPlugin from "../../src/main";

const ICS = "Mentoring/mentoring.ics";
const AGREEMENT = ["---", "type: mentoring-agreement", "mentee: Jane Doe", "mentor: Me", "role: mentor", "start: 2026-09-01", "cadence_days: 14", "status: active", "---", "## Goals", "- [ ] Lead", ""].join("\n");
const SESSION_PATH = "Mentoring/Jane Doe/2026-11-30 Session 3.md";
const session = (due: string, summary = "We practised saying no."): string =>
  ["---", "type: mentoring-session", "mentee: Jane Doe", "mentor: Me", "session: 3", "date: 2026-11-30", "status: closed", "---", "## Summary", summary, "", "## Actions", `- [ ] Try it twice 📅 ${due}`, ""].join("\n");

/** Longer than the index's redraw wait (250 ms) and the calendar's wait after it (2 s) together. */
const SETTLE_MS = 5000;

afterEach(() => {
  vi.useRealTimers();
  resetFake();
});

/** The plugin on a small vault, its first index built, with the clock fixed and timers under the test's control. */
async function setUp(keepCalendar: boolean): Promise<App> {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  const app = createApp(
    {
      ".obsidian/plugins/mentoring-notes/data.json": JSON.stringify({ language: "en", keepCalendar }),
      "Mentoring/Jane Doe/Agreement.md": AGREEMENT,
      [SESSION_PATH]: session("2026-12-10"),
    },
    { layoutReady: true },
  );
  const plugin = await loadPlugin(MentoringNotesPlugin, app);
  plugin.clock = () => new Date("2026-12-05T10:00:00");
  while (!plugin.indexBridge.isReady) await vi.advanceTimersByTimeAsync(10);
  await afterChangesSettle();
  return app;
}

async function afterChangesSettle(): Promise<void> {
  await settle();
  await vi.advanceTimersByTimeAsync(SETTLE_MS);
  await settle();
}

async function changeSession(app: App, text: string): Promise<void> {
  const file = app.vault.getFileByPath(SESSION_PATH);
  if (!file) throw new Error("no session");
  await app.vault.modify(file, text);
  await afterChangesSettle();
}

function calendarWrites(app: App): string[] {
  return app.vault.writes.filter((write) => write.path === ICS).map((write) => write.data);
}

/** Each event of the calendar file as [start, summary]. */
function eventsOf(text: string): string[][] {
  return new ICAL.Component(ICAL.parse(text) as unknown[])
    .getAllSubcomponents("vevent")
    .map((event) => new ICAL.Event(event))
    .map((event) => [event.startDate.toString(), event.summary]);
}

describe("Keep the calendar file current", () => {
  it("on: writes the calendar once the notes are read, the same text the command writes", async () => {
    const app = await setUp(true);
    const written = calendarWrites(app);
    expect(written).toHaveLength(1);
    expect(eventsOf(written[0] ?? "")).toEqual([
      ["2026-12-14", "Mentoring meeting with Jane Doe"],
      ["2026-12-10", "Try it twice (mentee, Jane Doe)"],
    ]);
    expect(app.commands.executeCommandById("mentoring-notes:write-calendar")).toBe(true);
    await settle();
    expect(app.vault.contentOf(app.vault.fileAt(ICS))).toBe(written[0]);
  });

  it("off (the default): writes no calendar file, however the notes change", async () => {
    const app = await setUp(false);
    await changeSession(app, session("2026-12-12"));
    expect(app.vault.getFileByPath(ICS)).toBeNull();
    expect(calendarWrites(app)).toEqual([]);
  });

  it("on: a change that leaves the calendar as it was does not rewrite the file", async () => {
    const app = await setUp(true);
    await changeSession(app, session("2026-12-10", "We practised saying no, twice."));
    expect(calendarWrites(app)).toHaveLength(1);
  });

  it("on: follows a change of an action's due date", async () => {
    const app = await setUp(true);
    await changeSession(app, session("2026-12-12"));
    const written = calendarWrites(app);
    expect(written).toHaveLength(2);
    expect(eventsOf(written[1] ?? "")).toEqual([
      ["2026-12-14", "Mentoring meeting with Jane Doe"],
      ["2026-12-12", "Try it twice (mentee, Jane Doe)"],
    ]);
    expect(app.vault.contentOf(app.vault.fileAt(ICS))).toBe(written[1]);
  });
});
