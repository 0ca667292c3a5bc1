// @vitest-environment happy-dom
// `mentoring summary` prints what the plugin's "Copy session summary" puts on the clipboard: the same
// vault files, the plugin run in the fake Obsidian, the CLI built and spawned, and the two texts compared.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createApp, loadPlugin, MarkdownView, resetFake, settle } from "../fakes/obsidian";
import MentoringNotesPlugin from "../../src/main";
import { buildCli, copyVault, runCli, type Harness } from "./harness";

let harness: Harness & { dispose(): void };
beforeAll(async () => {
  harness = await buildCli("mentoring-summary-");
}, 60_000);
afterAll(() => harness.dispose());
afterEach(() => resetFake());

const SESSION_PATH = "Mentoring/Jane Doe/2026-11-30 Session 3.md";
const AGREEMENT = ["---", "type: mentoring-agreement", "mentee: Jane Doe", "mentor: Me", "role: mentor", "start: 2026-09-01", "cadence_days: 14", "status: active", "---", "## Goals", "- [ ] Lead", ""].join("\n");

function session(lang: "en" | "da"): string {
  const [summary, insights, actions] = lang === "en" ? ["Summary", "Insights", "Actions"] : ["Resumé", "Indsigter", "Handlinger"];
  return [
    "---",
    "type: mentoring-session",
    "mentee: Jane Doe",
    "mentor: Me",
    "session: 3",
    "date: 2026-11-30",
    "next: 2026-12-14",
    "topic: Saying no",
    "status: closed",
    "---",
    `## ${summary}`,
    "We practised saying no.",
    "> [!private] Mine",
    "> She looked exhausted.",
    "%% a private comment %%",
    "",
    `## ${insights}`,
    "Boundaries help.",
    "",
    `## ${actions}`,
    "- [ ] Try it twice 📅 2026-12-10",
    "- [x] Read the chapter ✅ 2026-12-01",
    "",
  ].join("\r\n");
}

async function pluginCopy(files: Record<string, string>): Promise<string> {
  const app = createApp(files, { layoutReady: true });
  const plugin = await loadPlugin(MentoringNotesPlugin, app);
  plugin.clock = () => new Date("2026-12-05T10:00:00");
  await plugin.indexBridge.whenReady();
  const file = app.vault.getFileByPath(SESSION_PATH);
  if (!file) throw new Error("no session");
  await app.workspace.getLeaf().openFile(file, { active: true });
  await settle();
  expect(app.workspace.getActiveViewOfType(MarkdownView)).not.toBeNull();
  expect(app.commands.executeCommandById("mentoring-notes:copy-session-summary")).toBe(true);
  await settle();
  return navigator.clipboard.readText();
}

describe("the command-line summary equals the plugin's copied summary", () => {
  for (const lang of ["en", "da"] as const) {
    it(`${lang}: byte for byte, without the private parts`, async () => {
      const files = {
        ".obsidian/plugins/mentoring-notes/data.json": JSON.stringify({ language: lang }),
        "Mentoring/Jane Doe/Agreement.md": AGREEMENT,
        [SESSION_PATH]: session(lang),
      };
      const copied = await pluginCopy(files);
      const { vault } = copyVault(harness.workDir, true);
      for (const [path, text] of Object.entries(files)) {
        const full = join(vault, ...path.split("/"));
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, text);
      }
      const result = runCli(harness, ["summary", vault, SESSION_PATH]);
      expect(result.status, result.stderr).toBe(0);
      expect(copied).toContain("We practised saying no.");
      expect(copied).not.toContain("exhausted");
      expect(copied).not.toContain("private comment");
      expect(result.stdout).toBe(copied);
      // The default format is the plugin's, Markdown; asked for by name it is the same.
      expect(runCli(harness, ["summary", vault, SESSION_PATH, "--format", "markdown"]).stdout).toBe(copied);
    });
  }

  it("text and json formats; a note that is not a session is exit 1 with the reason", () => {
    const { vault } = copyVault(harness.workDir, true);
    mkdirSync(join(vault, "Mentoring", "Jane Doe"), { recursive: true });
    writeFileSync(join(vault, ...SESSION_PATH.split("/")), session("en"));
    writeFileSync(join(vault, "Mentoring", "Jane Doe", "Agreement.md"), AGREEMENT);
    const json = JSON.parse(runCli(harness, ["summary", vault, SESSION_PATH, "--format", "json"]).stdout) as { number: number; actions: unknown[]; next: string };
    expect(json.number).toBe(3);
    expect(json.actions).toHaveLength(2);
    expect(json.next).toBe("2026-12-14");
    const text = runCli(harness, ["summary", vault, SESSION_PATH, "--format", "text"]).stdout;
    expect(text).toContain("We practised saying no.");
    expect(text).not.toContain("exhausted");
    const notSession = runCli(harness, ["summary", vault, "Mentoring/Jane Doe/Agreement.md"]);
    expect(notSession.status).toBe(1);
    expect(notSession.stderr).toContain("not a mentoring session");
  });
});
