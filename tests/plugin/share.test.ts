// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { createApp, loadPlugin, MarkdownView, notices, resetFake, settle, type App } from "../fakes/obsidian";
import MentoringNotesPlugin from "../../src/main";

const AGREEMENT = ["---", "type: mentoring-agreement", "mentee: Jane Doe", "mentor: Me", "role: mentor", "start: 2026-09-01", "cadence_days: 14", "status: active", "---", "## Goals", "- [ ] Lead", ""].join("\n");
const SESSION_PATH = "Mentoring/Jane Doe/2026-11-30 Session 3.md";
const SESSION = [
  "---",
  "type: mentoring-session",
  "mentee: Jane Doe",
  "mentor: Me",
  "session: 3",
  "date: 2026-11-30",
  "status: closed",
  "---",
  "## Summary",
  "We practised saying no.",
  "> [!private] Mine",
  "> She looked exhausted.",
  "",
  "## Actions",
  "- [ ] Try it twice 📅 2026-12-10",
  "",
].join("\n");

afterEach(() => resetFake());

async function setUp(): Promise<{ app: App; plugin: MentoringNotesPlugin }> {
  const app = createApp(
    {
      ".obsidian/plugins/mentoring-notes/data.json": JSON.stringify({ language: "en" }),
      "Mentoring/Jane Doe/Agreement.md": AGREEMENT,
      [SESSION_PATH]: SESSION,
    },
    { layoutReady: true },
  );
  const plugin = await loadPlugin(MentoringNotesPlugin, app);
  plugin.clock = () => new Date("2026-12-05T10:00:00");
  await plugin.indexBridge.whenReady();
  return { app, plugin };
}

describe("Copy session summary", () => {
  it("puts the summary on the clipboard without the private callout, and says so", async () => {
    const { app } = await setUp();
    const file = app.vault.getFileByPath(SESSION_PATH);
    if (!file) throw new Error("no session");
    await app.workspace.getLeaf().openFile(file, { active: true });
    await settle();
    expect(app.workspace.getActiveViewOfType(MarkdownView)).not.toBeNull();
    expect(app.commands.executeCommandById("mentoring-notes:copy-session-summary")).toBe(true);
    await settle();
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain("# Session 3 with Jane Doe, 2026-11-30");
    expect(copied).toContain("We practised saying no.");
    expect(copied).toContain("| Try it twice | mentee | 2026-12-10 | open |");
    expect(copied).not.toContain("exhausted");
    expect(notices.map((notice) => notice.message)).toContain("Copied the summary of 2026-11-30 Session 3.");
    // The note itself is not changed.
    expect(app.vault.contentOf(file)).toBe(SESSION);
  });
});

describe("Write the mentoring calendar file", () => {
  it("writes Mentoring/mentoring.ics with the next meeting and the dated open action, and replaces it on a second run", async () => {
    const { app } = await setUp();
    expect(app.commands.executeCommandById("mentoring-notes:write-calendar")).toBe(true);
    await settle();
    const file = app.vault.getFileByPath("Mentoring/mentoring.ics");
    if (!file) throw new Error("no calendar file");
    const first = app.vault.contentOf(file) ?? "";
    const events = new ICAL.Component(ICAL.parse(first) as unknown[]).getAllSubcomponents("vevent").map((event) => new ICAL.Event(event));
    expect(events.map((event) => [event.startDate.toString(), event.summary])).toEqual([
      ["2026-12-14", "Mentoring meeting with Jane Doe"],
      ["2026-12-10", "Try it twice (mentee, Jane Doe)"],
    ]);
    app.commands.executeCommandById("mentoring-notes:write-calendar");
    await settle();
    expect(app.vault.getFiles().filter((f) => f.path.endsWith(".ics"))).toHaveLength(1);
    expect(app.vault.contentOf(file)).toBe(first);
  });

  // A full disk when the file is first written, and when it is replaced: a notice with the reason, the
  // vault as it was, and no unhandled rejection.
  for (const [when, failing] of [
    ["created", "create"],
    ["replaced", "process"],
  ] as const) {
    it(`a write that fails when the file is ${when} says so, and changes nothing`, async () => {
      const { app } = await setUp();
      if (failing === "process") {
        app.commands.executeCommandById("mentoring-notes:write-calendar");
        await settle();
        // Something to replace: the next run's text differs from the file's.
        const file = app.vault.getFileByPath("Mentoring/mentoring.ics");
        if (!file) throw new Error("no calendar file");
        await app.vault.modify(file, "old calendar\n");
      }
      const before = app.vault.snapshot();
      app.vault[failing] = async () => {
        throw new Error("ENOSPC: no space left on device");
      };
      const rejections: unknown[] = [];
      const listener = (reason: unknown) => rejections.push(reason);
      process.on("unhandledRejection", listener);
      try {
        expect(app.commands.executeCommandById("mentoring-notes:write-calendar")).toBe(true);
        for (let i = 0; i < 5; i += 1) await settle();
      } finally {
        process.off("unhandledRejection", listener);
      }
      expect(rejections).toEqual([]);
      expect(notices.at(-1)?.message).toBe("Could not write Mentoring/mentoring.ics: ENOSPC: no space left on device");
      expect(app.vault.snapshot()).toEqual(before);
    });
  }
});
