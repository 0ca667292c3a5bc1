// @vitest-environment happy-dom
// A corrupt or hand-edited data.json: the broken values load as defaults, the good ones are kept, one
// notice says which, and the file stays byte for byte as it was until the user changes a setting; then
// it is saved with the keys we do not know still in it.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp, loadPlugin, notices, resetFake, settle, unloadPlugin, type App } from "../fakes/obsidian";
import MentoringNotesPlugin from "../../src/main";
import { DEFAULT_SETTINGS, type MentoringSettings } from "../../src/core/notes/settings";

const DATA = ".obsidian/plugins/mentoring-notes/data.json";
const SESSION = "Mentoring/Jane Doe/2026-11-22 Session 3.md";
const NOTES = {
  "Mentoring/Jane Doe/Agreement.md": "---\ntype: mentoring-agreement\nmentee: Jane Doe\nrole: mentor\nstatus: active\n---\n## Goals\n- [ ] Lead the planning\n",
  [SESSION]: "---\ntype: mentoring-session\nsession: 3\ndate: 2026-11-22\nstatus: open\n---\n## Actions\n- [ ] Send the plan 📅 2026-12-01\n",
};

beforeEach(() => resetFake());
afterEach(() => resetFake());

function defaults(): MentoringSettings {
  return { ...DEFAULT_SETTINGS, templates: { ...DEFAULT_SETTINGS.templates } };
}

interface Case {
  name: string;
  /** data.json exactly as found on disk (hand-edited: its own spacing and key order). */
  file: string;
  settings: MentoringSettings;
  /** The keys the notice names; none means no notice. */
  reported: string[];
  /** Keys of the file we do not know, which a save must keep. */
  unknown: Record<string, unknown>;
}

const CASES: Case[] = [
  {
    name: "invalid JSON (a trailing comma and a missing brace)",
    file: '{\n    "language": "da",\n    "cadenceDays": 14,\n',
    settings: defaults(),
    reported: ["(whole file)"],
    unknown: {},
  },
  {
    name: "an empty file",
    file: "",
    settings: defaults(),
    reported: ["(whole file)"],
    unknown: {},
  },
  {
    name: "a list instead of an object",
    file: '["Mentoring", 28]\n',
    settings: defaults(),
    reported: ["(whole file)"],
    unknown: {},
  },
  {
    name: "wrong types next to good values and unknown keys",
    file: JSON.stringify(
      {
        myName: "Alex Morgan",
        cadenceDays: "28",
        meetingMinutes: 45,
        language: "en",
        carryOver: "sometimes",
        meetingsPlanned: 2.5,
        defaultRole: "mentee",
        templates: { session: 5, agreement: "Templates/Agreement.md" },
        futureOption: { nested: [1, "two"] },
        "hand-added": "keep me",
      },
      null,
      4,
    ),
    settings: {
      ...defaults(),
      myName: "Alex Morgan",
      meetingMinutes: 45,
      language: "en",
      defaultRole: "mentee",
      templates: { ...DEFAULT_SETTINGS.templates, agreement: "Templates/Agreement.md" },
    },
    reported: ["carryOver", "cadenceDays", "meetingsPlanned", "templates.session"],
    unknown: { futureOption: { nested: [1, "two"] }, "hand-added": "keep me" },
  },
  {
    name: "a root folder that climbs out of the vault",
    file: '{"rootFolder": "../../Private", "language": "en", "timeOutMode": 3}',
    settings: { ...defaults(), rootFolder: "Private", language: "en" },
    reported: ["timeOutMode", "rootFolder"],
    unknown: {},
  },
  {
    name: "a good file with a key from a newer version",
    file: '{ "language": "en", "carryOver": "move", "dashboardColumns": 3 }',
    settings: { ...defaults(), language: "en", carryOver: "move" },
    reported: [],
    unknown: { dashboardColumns: 3 },
  },
];

async function start(file: string): Promise<{ app: App; plugin: MentoringNotesPlugin }> {
  const app = createApp({ ...NOTES, [DATA]: file });
  const plugin = await loadPlugin(MentoringNotesPlugin, app);
  plugin.clock = () => new Date("2026-11-22T10:00:00");
  app.workspace.triggerLayoutReady();
  await plugin.indexBridge.whenReady();
  return { app, plugin };
}

function dataFile(app: App): string | undefined {
  return app.vault.adapter.snapshot()[DATA];
}

const settingsNotices = (plugin: MentoringNotesPlugin): string[] => {
  const prefix = plugin.t("notice.settingsInvalid", { keys: "" });
  return notices.map((notice) => notice.message).filter((message) => message.startsWith(prefix));
};

/** Changes "My name" in the settings tab the way a user does. */
async function typeMyName(app: App, plugin: MentoringNotesPlugin, name: string): Promise<void> {
  const tab = app.setting.pluginTabs[0];
  if (!tab) throw new Error("no settings tab");
  tab.display();
  const item = Array.from(tab.containerEl.querySelectorAll(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === plugin.t("settings.myName.name"));
  const input = item?.querySelector("input");
  if (!input) throw new Error("no My name field");
  input.value = name;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  await settle();
}

describe("a corrupt or hand-edited data.json", () => {
  for (const entry of CASES) {
    it(`${entry.name}: defaults for the broken values, the rest kept, said once, file untouched until a change`, async () => {
      const { app, plugin } = await start(entry.file);
      expect(plugin.settings).toEqual(entry.settings);

      const said = settingsNotices(plugin);
      if (entry.reported.length === 0) expect(said).toEqual([]);
      else {
        expect(said).toHaveLength(1);
        expect(said[0]).toBe(plugin.t("notice.settingsInvalid", { keys: entry.reported.join(", ") }));
      }

      // Using the plugin (dashboard, a command) writes no settings.
      app.commands.executeCommandById("mentoring-notes:open-dashboard");
      await settle();
      await app.workspace.getLeaf().openFile(app.vault.fileAt(SESSION), { active: true });
      await settle();
      expect(dataFile(app), "data.json byte-identical").toBe(entry.file);
      expect(settingsNotices(plugin)).toHaveLength(said.length);

      await typeMyName(app, plugin, "Kim Ærø");
      const saved = JSON.parse(dataFile(app) ?? "null") as Record<string, unknown>;
      expect(saved).toMatchObject({ ...entry.unknown, ...entry.settings, myName: "Kim Ærø" });
      // Loading the saved file again gives the same settings and says nothing.
      unloadPlugin(plugin);
      notices.length = 0;
      const again = await loadPlugin(MentoringNotesPlugin, app);
      expect(again.settings).toEqual({ ...entry.settings, myName: "Kim Ærø" });
      expect(settingsNotices(again)).toEqual([]);
    });
  }

  it("a template kind from a newer version survives a save, inside `templates`", async () => {
    const file = '{"language": "en", "templates": {"session": "T/Session.md", "closing": "T/Closing.md"}}';
    const { app, plugin } = await start(file);
    expect(plugin.settings.templates).toEqual({ ...DEFAULT_SETTINGS.templates, session: "T/Session.md" });
    await typeMyName(app, plugin, "Kim");
    const saved = JSON.parse(dataFile(app) ?? "null") as { templates: Record<string, string> };
    expect(saved.templates).toEqual({ ...DEFAULT_SETTINGS.templates, session: "T/Session.md", closing: "T/Closing.md" });
  });

  it("a missing data.json loads the defaults, says nothing and writes nothing", async () => {
    const app = createApp(NOTES);
    const plugin = await loadPlugin(MentoringNotesPlugin, app);
    app.workspace.triggerLayoutReady();
    await plugin.indexBridge.whenReady();
    expect(plugin.settings).toEqual(defaults());
    expect(settingsNotices(plugin)).toEqual([]);
    expect(dataFile(app)).toBeUndefined();
  });
});
