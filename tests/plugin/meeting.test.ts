// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createApp,
  loadPlugin,
  MarkdownView,
  notices,
  openModals,
  resetFake,
  settle,
  unloadPlugin,
  type App,
  type Editor,
  type FuzzySuggestModal,
  type Modal,
} from "../fakes/obsidian";
import MentoringNotesPlugin from "../../src/main";
import { meetingTexts } from "../../src/core/method/meeting-texts";
import { closeSessionInView } from "../../src/plugin/commands/meeting";
import { agreementFrontmatter, SESSION_KEYS } from "../fixtures/malformed/generated";
import { INSIGHTS_AND_IDEAS } from "../fixtures/closed-notes";

const FOLDER = "Mentoring/Jane Doe";
const AGREEMENT_PATH = `${FOLDER}/Agreement.md`;
const SESSION_PATH = `${FOLDER}/2026-11-22 Session 3.md`;
const EARLIER_PATH = `${FOLDER}/2026-10-25 Session 2.md`;
const OTHER_PATH = "Daily/2026-11-22.md";

const AGREEMENT = [
  `${agreementFrontmatter()}# Mentoring agreement: Jane Doe`,
  "",
  "## Goals",
  "",
  "- [ ] Lead the quarterly planning on her own 📅 2027-03-31",
  "- [x] Get to know the other team leads ✅ 2026-10-20",
  "",
].join("\n");

/** A session as people write it mid-meeting: Danish letters, emoji, a nested list, a code fence, Summary already there. */
function session(eol: "\n" | "\r\n" = "\n", status = "open"): string {
  // The shared session keys, with a topic and the given status.
  const keys = SESSION_KEYS.flatMap((key) => (key === "status: open" ? ["topic: Handing over the release notes", `status: ${status}`] : [key]));
  return [
    "---",
    ...keys,
    "---",
    "# Session 3: handing over the release notes",
    "",
    "## Topic",
    "",
    "Jane wants to hand the release notes to Søren (ærgerligt, he is on leave until December) 🚀",
    "- who else could do it",
    "\t- Åse, maybe",
    "",
    "```",
    "## Actions  <- not a heading: inside a code fence",
    "```",
    "",
    "## Summary",
    "",
    "We mapped who could take over, and what Jane keeps.",
    "",
  ].join(eol);
}

/**
 * `note` (a `session`) as closing on 2026-11-22 must leave it, written out here: `status: closed`, `next`
 * 28 days on after the last key, and the three missing headings with their prompts at the end (the
 * "## Actions" in the code fence is not a heading). With `topic`, the empty topic key is filled with it.
 */
function closedByHand(note: string, eol: "\n" | "\r\n" = "\n", topic?: string): string {
  let text = note.replace(`${eol}status: open${eol}`, `${eol}status: closed${eol}`);
  text = text.replace(`${eol}agreement: "[[Agreement]]"${eol}---${eol}`, `${eol}agreement: "[[Agreement]]"${eol}next: 2026-12-20${eol}---${eol}`);
  if (topic !== undefined) text = text.replace(`${eol}topic:${eol}`, `${eol}topic: ${topic}${eol}`);
  const headings = [
    "",
    ...INSIGHTS_AND_IDEAS,
    "## Actions",
    "<!-- What will the mentee do next, and by when? One action per line. -->",
    "",
  ];
  const closed = text + headings.join(eol);
  // Each change above must have found its place.
  expect(closed).toContain(`${eol}status: closed${eol}`);
  expect(closed).toContain(`${eol}next: 2026-12-20${eol}---${eol}`);
  if (topic !== undefined) expect(closed).toContain(`${eol}topic: ${topic}${eol}`);
  return closed;
}

const EARLIER = session().replace("session: 3", "session: 2").replace("date: 2026-11-22", "date: 2026-10-25").replace("status: open", "status: closed");
const OTHER = "# Sunday\n\n- [ ] buy milk\n";

afterEach(() => {
  vi.useRealTimers();
  resetFake();
});

async function setUp(files: Record<string, string> = {}, settings: Record<string, unknown> = {}) {
  const app = createApp(
    {
      ".obsidian/plugins/mentoring-notes/data.json": JSON.stringify({ language: "en", ...settings }),
      [AGREEMENT_PATH]: AGREEMENT,
      [SESSION_PATH]: session(),
      [EARLIER_PATH]: EARLIER,
      [OTHER_PATH]: OTHER,
      ...files,
    },
    { layoutReady: true },
  );
  const plugin = await loadPlugin(MentoringNotesPlugin, app);
  plugin.clock = () => new Date("2026-11-22T10:00:00");
  return { app, plugin };
}

async function open(app: App, path: string): Promise<Editor> {
  const file = app.vault.getFileByPath(path);
  if (!file) throw new Error(`no ${path}`);
  await app.workspace.getLeaf().openFile(file, { active: true });
  await settle();
  const view = app.workspace.getActiveViewOfType(MarkdownView);
  if (!view) throw new Error("no markdown view");
  return view.editor;
}

function read(app: App, path: string): string {
  const file = app.vault.getFileByPath(path);
  return file ? (app.vault.contentOf(file) ?? "") : "";
}

function snapshot(app: App): Record<string, string> {
  return Object.fromEntries(app.vault.getFiles().map((file) => [file.path, app.vault.contentOf(file) ?? ""]));
}

async function run(app: App, id: string): Promise<boolean> {
  const ran = app.commands.executeCommandById(`mentoring-notes:${id}`);
  await settle();
  return ran;
}

function lastModal<T extends Modal>(): T {
  const modal = openModals[openModals.length - 1];
  if (!modal) throw new Error("no modal open");
  return modal as T;
}

async function click(modal: Modal, text: string): Promise<void> {
  const button = Array.from(modal.contentEl.querySelectorAll("button")).find((el) => el.textContent === text);
  if (!button) throw new Error(`no button ${text}`);
  button.click();
  await settle();
}

function setting(modal: Modal, name: string): HTMLElement {
  const item = Array.from(modal.contentEl.querySelectorAll<HTMLElement>(".setting-item")).find((el) =>
    el.querySelector(".setting-item-name")?.textContent?.startsWith(name),
  );
  if (!item) throw new Error(`no setting ${name}`);
  return item;
}

/** The text the one transaction added, given the note before and after (insert-only edits). */
function added(before: string, after: string): string {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start += 1;
  let end = 0;
  while (end < before.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end += 1;
  expect(before.slice(0, start) + before.slice(before.length - end), "only text was added").toBe(before);
  return after.slice(start, after.length - end);
}

describe("where the meeting commands are offered", () => {
  it("offers the session commands on a session only, the tools on any mentoring note, none on other notes", async () => {
    const { app } = await setUp();
    const available = (id: string): boolean => app.commands.isAvailable(`mentoring-notes:${id}`);
    const sessionOnly = ["insert-time-out", "close-session", "insert-evaluation"];
    const anyMentoringNote = ["insert-values-exercise", "insert-conversation-starters", "insert-mentor-reflection", "insert-mentor-roles", "insert-relationship-check", "end-relationship"];

    await open(app, SESSION_PATH);
    for (const id of [...sessionOnly, ...anyMentoringNote]) expect(available(id), id).toBe(true);
    await open(app, AGREEMENT_PATH);
    for (const id of sessionOnly) expect(available(id), id).toBe(false);
    for (const id of anyMentoringNote) expect(available(id), id).toBe(true);
    await open(app, OTHER_PATH);
    for (const id of [...sessionOnly, ...anyMentoringNote]) expect(available(id), id).toBe(false);

    const mine = [...sessionOnly, ...anyMentoringNote].map((id) => app.commands.findCommand(`mentoring-notes:${id}`));
    for (const command of mine) {
      if (!command) throw new Error("command missing");
      expect(command.name).not.toMatch(/command/i);
      expect(command.name.slice(1), "sentence case").toBe(command.name.slice(1).toLowerCase());
      expect(command).not.toHaveProperty("hotkeys");
    }
  });
});

describe("inserting at the cursor", () => {
  it("time-out (next unused): one transaction, a callout with the time and the question, cursor below it", async () => {
    const { app } = await setUp({}, { timeOutMode: "next" });
    const editor = await open(app, SESSION_PATH);
    editor.setCursor({ line: 18, ch: 0 }); // the blank line after the nested list
    const before = editor.getValue();
    const first = meetingTexts("en").timeOut[0] ?? "";

    expect(await run(app, "insert-time-out")).toBe(true);
    expect(editor.transactionCount).toBe(1);
    const callout = `> [!question] Time-out 10:00\n> ${first}\n\n`;
    expect(editor.getValue()).toBe(before.replace("\t- Åse, maybe\n", `\t- Åse, maybe\n\n${callout}`));
    // The cursor sits on the empty line below the callout, where the answer goes.
    expect(editor.getCursor()).toEqual({ line: 22, ch: 0 });
    expect(editor.getLine(21)).toBe("");
    expect(editor.getLine(20)).toBe(`> ${first}`);

    // The next run takes the next question: the first is in the note now.
    await run(app, "insert-time-out");
    expect(editor.getValue()).toContain(`> ${meetingTexts("en").timeOut[1] ?? ""}`);
  });

  it("time-out (pick): two questions picked from the list go in as one callout, one transaction", async () => {
    const { app } = await setUp();
    const editor = await open(app, SESSION_PATH);
    editor.setCursor({ line: 18, ch: 0 });
    const before = editor.getValue();
    const [, second, third] = meetingTexts("en").timeOut;

    await run(app, "insert-time-out");
    lastModal<FuzzySuggestModal<unknown>>().chooseByText(second ?? "");
    await settle();
    lastModal<FuzzySuggestModal<unknown>>().chooseByText(third ?? "");
    await settle();
    expect(editor.transactionCount).toBe(0);
    lastModal<FuzzySuggestModal<unknown>>().chooseByText("Insert 2 picked");
    await settle();

    expect(openModals).toHaveLength(0);
    expect(editor.transactionCount).toBe(1);
    const callout = `> [!question] Time-out 10:00\n> ${second}\n> ${third}\n\n`;
    expect(editor.getValue()).toBe(before.replace("\t- Åse, maybe\n", `\t- Åse, maybe\n\n${callout}`));
  });

  it("insert-evaluation: one command, a picker of the four sets (my role's first), one transaction at the cursor", async () => {
    const { app } = await setUp();
    const editor = await open(app, SESSION_PATH);
    editor.setCursor({ line: 18, ch: 0 });
    const before = editor.getValue();
    expect(await run(app, "insert-evaluation")).toBe(true);
    const picker = lastModal<FuzzySuggestModal<unknown>>();
    const labels = picker.modalEl.querySelectorAll(".suggestion-item");
    expect(Array.from(labels, (el) => el.textContent)).toEqual([
      "Before the meeting (mentor)",
      "End of meeting (mentor)",
      "Before the meeting (mentee)",
      "End of meeting (mentee)",
    ]);
    expect(editor.transactionCount).toBe(0);
    picker.chooseByText("End of meeting (mentor)");
    await settle();
    expect(editor.transactionCount).toBe(1);
    const block = added(before, editor.getValue());
    for (const text of meetingTexts("en").evaluation("end", "mentor")) expect(block).toContain(`> - ${text}`);
    expect(block).not.toContain(meetingTexts("en").evaluation("end", "mentee")[0]);
    // Private by default: a callout no summary copies, titled as the set.
    expect(block.trimStart().startsWith(`> [!private] ${meetingTexts("en").evaluationTitle("end", "mentor")}\n`)).toBe(true);
  });

  // `privateTitle`: the block is a private callout of that title (every line quoted, then a blank line), so no summary copies it.
  const INSERTS: Array<{ id: string; expected: () => string[]; privateTitle?: () => string }> = [
    { id: "insert-conversation-starters", expected: () => [...meetingTexts("en").starters.questions] },
    {
      id: "insert-mentor-reflection",
      expected: () => meetingTexts("en").reflection.flatMap((g) => [g.title, ...g.questions]),
      privateTitle: () => meetingTexts("en").reflectionTitle,
    },
    { id: "insert-mentor-roles", expected: () => meetingTexts("en").rolesAndHelping.flatMap((g) => g.items.map((i) => i.name)) },
    { id: "insert-values-exercise", expected: () => [...meetingTexts("en").values.values, ...meetingTexts("en").values.steps, "```mermaid"] },
    {
      id: "insert-relationship-check",
      expected: () => [meetingTexts("en").check.prompt, ...meetingTexts("en").check.signs.map((sign) => `> - ${sign}`)],
      privateTitle: () => meetingTexts("en").check.title,
    },
  ];
  for (const { id, expected, privateTitle } of INSERTS) {
    it(`${id}: one transaction at the cursor, the bank's texts, nothing else changed`, async () => {
      const { app } = await setUp();
      const editor = await open(app, SESSION_PATH);
      editor.setCursor({ line: 18, ch: 0 });
      const before = editor.getValue();
      expect(await run(app, id)).toBe(true);
      expect(editor.transactionCount).toBe(1);
      const block = added(before, editor.getValue());
      for (const text of expected()) expect(block).toContain(text);
      expect(before.indexOf("```\n## Actions")).toBe(editor.getValue().indexOf("```\n## Actions") - block.length);
      if (privateTitle) {
        const lines = block.split("\n");
        const first = lines.findIndex((line) => line !== "");
        const quoted = lines.slice(first, lines.indexOf("", first));
        expect(quoted[0]).toBe(`> [!private] ${privateTitle()}`);
        for (const text of expected()) expect(quoted.some((line) => line.includes(text)), text).toBe(true);
        for (const line of quoted) expect(line.startsWith(">"), line).toBe(true);
      }
    });
  }
});

describe("inserting with the cursor in the note's properties", () => {
  // A note opens with the cursor at its very start, on the frontmatter's opening line (hidden under
  // the properties view): a block put there, or on a key line, would break the properties.
  const IDS = ["insert-time-out", "insert-evaluation", ...["conversation-starters", "mentor-reflection", "mentor-roles", "values-exercise", "relationship-check"].map((name) => `insert-${name}`)];
  const closingFence = (text: string): number => text.split("\n").indexOf("---", 1);
  const inProperties = (text: string) => [
    { line: 0, ch: 0 },
    { line: 2, ch: 4 },
    { line: closingFence(text), ch: 0 },
  ];

  for (const id of IDS) {
    it(`${id}: refused with a notice, nothing written and no picker opened`, async () => {
      const { app } = await setUp({}, { timeOutMode: "pick" });
      const editor = await open(app, SESSION_PATH);
      const before = editor.getValue();
      for (const cursor of inProperties(before)) {
        editor.setCursor(cursor);
        notices.length = 0;
        expect(await run(app, id)).toBe(true);
        expect(openModals, JSON.stringify(cursor)).toHaveLength(0);
        expect(notices.map((notice) => notice.message)).toEqual(["The cursor is in the note's properties. Click in the note's text where the new text should go, then run the command again."]);
      }
      expect(editor.transactionCount).toBe(0);
      expect(editor.getValue()).toBe(before);
    });
  }

  it("at the end of the closing fence line, the block goes below the properties", async () => {
    const { app } = await setUp();
    const editor = await open(app, SESSION_PATH);
    const before = editor.getValue();
    const fence = closingFence(before);
    editor.setCursor({ line: fence, ch: 3 });
    expect(await run(app, "insert-conversation-starters")).toBe(true);
    expect(editor.transactionCount).toBe(1);
    const after = editor.getValue();
    expect(after.split("\n").slice(0, fence + 1)).toEqual(before.split("\n").slice(0, fence + 1));
    expect(after.length).toBeGreaterThan(before.length);
  });
});

describe("close session with the four headings", () => {
  it("adds the missing headings in one transaction, sets status closed, offers evaluation and the next date", async () => {
    const { app, plugin } = await setUp();
    const editor = await open(app, SESSION_PATH);
    const before = editor.getValue();

    expect(await run(app, "close-session")).toBe(true);
    expect(editor.transactionCount).toBe(1);
    const text = read(app, SESSION_PATH);
    expect(text).toContain("status: closed");
    // Summary stays where it was; the three missing ones follow it, in order, with their prompts.
    const body = text.slice(text.indexOf("# Session 3"));
    expect(body).toBe(
      before.slice(before.indexOf("# Session 3")) +
        [
          "",
          "## Insights",
          `<!-- ${plugin.t("close.prompt.insights")} -->`,
          "",
          "## Ideas",
          `<!-- ${plugin.t("close.prompt.ideas")} -->`,
          "",
          "## Actions",
          `<!-- ${plugin.t("close.prompt.actions")} -->`,
          "",
        ].join("\n"),
    );

    const offer = lastModal();
    expect(setting(offer, "Insert the end-of-meeting evaluation for the mentor")).toBeTruthy();
    const date = setting(offer, "Next meeting").querySelector("input");
    expect(date?.value).toBe("2026-12-20"); // the session's date plus the agreement's 28 days
    await click(offer, "Save");

    const final = read(app, SESSION_PATH);
    expect(final).toContain("next: 2026-12-20");
    expect(final).toContain(`## ${meetingTexts("en").evaluationTitle("end", "mentor")}\n> [!private]\n`);
    for (const question of meetingTexts("en").evaluation("end", "mentor")) expect(final).toContain(`> - ${question}`);
    expect(editor.getValue()).toBe(final);
  });

  it("keeps CRLF and every existing byte of a Danish note", async () => {
    const danish = session("\r\n").replace("## Topic", "## Emne").replace("## Summary", "## opsummering");
    const { app } = await setUp({ [SESSION_PATH]: danish }, { language: "da" });
    await open(app, SESSION_PATH);
    await run(app, "close-session");
    await click(lastModal(), "Luk uden disse");
    const text = read(app, SESSION_PATH);
    const body = text.slice(text.indexOf("# Session 3"));
    expect(body.startsWith(danish.slice(danish.indexOf("# Session 3")))).toBe(true);
    expect(body).toContain("\r\n## Indsigter\r\n");
    expect(body).toContain("\r\n## Handlinger\r\n");
    expect(body.replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("a next date that cannot be written (a full disk) is told in a notice, with the reason", async () => {
    const { app } = await setUp();
    await open(app, SESSION_PATH);
    await run(app, "close-session");
    const closed = read(app, SESSION_PATH);
    app.vault.process = () => Promise.reject(new Error("ENOSPC: no space left on device"));
    await click(lastModal(), "Save");
    await settle();
    expect(notices.map((notice) => notice.message)).toContain(`Could not write ${SESSION_PATH}: ENOSPC: no space left on device`);
    // The evaluation still goes in through the editor; the frontmatter is as closing left it.
    const frontmatter = (text: string): string => text.slice(0, text.indexOf("\n---\n") + 5);
    expect(frontmatter(read(app, SESSION_PATH))).toBe(frontmatter(closed));
  });

  it("closing twice changes nothing the second time", async () => {
    const { app } = await setUp();
    const editor = await open(app, SESSION_PATH);
    await run(app, "close-session");
    await click(lastModal(), "Save");
    const once = snapshot(app);
    const transactions = editor.transactionCount;
    const writes = app.vault.writes.length;

    expect(await run(app, "close-session")).toBe(true);
    expect(snapshot(app)).toEqual(once);
    expect(editor.transactionCount).toBe(transactions);
    expect(app.vault.writes.length).toBe(writes);
    expect(openModals).toHaveLength(0);
    expect(notices.map((n) => n.message)).toContain("This session is already closed with the four headings.");
  });

  it("on a note that is not a session, says so and writes nothing", async () => {
    const { app, plugin } = await setUp();
    const editor = await open(app, OTHER_PATH);
    const before = snapshot(app);
    expect(await run(app, "close-session")).toBe(false);
    // Reached anyway (the timer's button after switching notes): a notice, no write.
    const view = app.workspace.getActiveViewOfType(MarkdownView);
    if (!view) throw new Error("no view");
    await closeSessionInView(plugin, editor as never, view as never);
    await settle();
    expect(snapshot(app)).toEqual(before);
    expect(editor.transactionCount).toBe(0);
    expect(notices.map((n) => n.message)).toContain("This note is not a mentoring session, so there is nothing to close.");
  });

  it("gives the closed note, byte for byte, with LF and with CRLF (the same bytes as the command line)", async () => {
    for (const eol of ["\n", "\r\n"] as const) {
      const note = session(eol);
      const { app } = await setUp({ [SESSION_PATH]: note });
      await open(app, SESSION_PATH);
      await run(app, "close-session");
      const offer = lastModal();
      setting(offer, "Insert the end-of-meeting evaluation").querySelector<HTMLInputElement>("input[type=checkbox]")?.click();
      await click(offer, "Save");
      expect(read(app, SESSION_PATH)).toBe(closedByHand(note, eol));
      resetFake();
    }
  });
});

describe("close fills an empty topic from the Topic section", () => {
  it("sets topic from the section's first line in the same transaction, the same bytes as the command line", async () => {
    const note = session().replace("topic: Handing over the release notes", "topic:");
    const { app } = await setUp({ [SESSION_PATH]: note });
    const editor = await open(app, SESSION_PATH);
    await run(app, "close-session");
    expect(editor.transactionCount).toBe(1);
    expect(read(app, SESSION_PATH)).toContain(
      "\ntopic: Jane wants to hand the release notes to Søren (ærgerligt, he is on leave until December) 🚀\n",
    );
    const offer = lastModal();
    setting(offer, "Insert the end-of-meeting evaluation").querySelector<HTMLInputElement>("input[type=checkbox]")?.click();
    await click(offer, "Save");
    expect(read(app, SESSION_PATH)).toBe(closedByHand(note, "\n", "Jane wants to hand the release notes to Søren (ærgerligt, he is on leave until December) 🚀"));
  });

  it("on a closed session with an empty topic, fills the topic instead of saying it is already closed", async () => {
    const note = session("\n", "closed").replace("topic: Handing over the release notes", "topic:");
    const { app } = await setUp({ [SESSION_PATH]: note });
    await open(app, SESSION_PATH);
    await run(app, "close-session");
    expect(read(app, SESSION_PATH)).toContain("\ntopic: Jane wants to hand the release notes");
  });
});

describe("close keeps the user's frontmatter", () => {
  it("changes only the status value: comments, quoting, unknown keys and order survive byte for byte", async () => {
    const note = session("\r\n")
      .replace("phase: middle", "phase: 'middle'   # set by hand")
      .replace("topic: Handing over the release notes", "# the topic, in my words\r\ntopic: \"Handing over: the release notes\"\r\ncssclasses: [wide]");
    const { app } = await setUp({ [SESSION_PATH]: note });
    await open(app, SESSION_PATH);
    await run(app, "close-session");
    await click(lastModal(), "Save");
    const closed = read(app, SESSION_PATH);
    const frontmatterEnd = closed.indexOf("\r\n---\r\n") + 7;
    expect(closed.slice(0, frontmatterEnd)).toBe(note.slice(0, note.indexOf("\r\n---\r\n") + 7).replace("status: open", "status: closed").replace("\r\n---\r\n", "\r\nnext: 2026-12-20\r\n---\r\n"));
    expect(closed.includes("\n") && !/[^\r]\n/.test(closed)).toBe(true);
  });
});

describe("end mentoring relationship", () => {
  it("from a session, after confirmation, changes the agreement only", async () => {
    const { app } = await setUp();
    await open(app, SESSION_PATH);
    const before = snapshot(app);
    expect(await run(app, "end-relationship")).toBe(true);
    await click(lastModal(), "End relationship");

    const after = snapshot(app);
    for (const path of Object.keys(before)) if (path !== AGREEMENT_PATH) expect(after[path], path).toBe(before[path]);
    const agreement = after[AGREEMENT_PATH] ?? "";
    expect(agreement).toContain("status: ended");
    expect(agreement).toContain("end: 2026-11-22");
    expect(agreement.slice(agreement.indexOf("# Mentoring agreement"))).toContain(AGREEMENT.slice(AGREEMENT.indexOf("# Mentoring agreement")));
    const texts = meetingTexts("en").ending;
    expect(agreement).toContain(`# ${texts.heading}\n`);
    for (const item of texts.checklist) expect(agreement).toContain(`- [ ] ${item}`);
    for (const question of texts.evaluation) expect(agreement).toContain(`- ${question}`);
  });

  it("from a session in a subfolder, ends the relationship the dashboard groups it under, not another agreement its link's name matches", async () => {
    // `[[Agreement]]` names every relationship's agreement; Obsidian resolves it to one of them by path.
    const archived = `${FOLDER}/Archive/2026-09-27 Session 1.md`;
    const bo = AGREEMENT.replace("Jane Doe", "Bo");
    const { app, plugin } = await setUp({ "Mentoring/Bo/Agreement.md": bo, [archived]: EARLIER.replace("session: 2", "session: 1") });
    await plugin.indexBridge.whenReady();
    expect(plugin.index.relationshipFolderOf(archived)).toBe(FOLDER);
    await open(app, archived);
    expect(await run(app, "end-relationship")).toBe(true);
    expect(lastModal().contentEl.textContent).toContain("Jane Doe");
    await click(lastModal(), "End relationship");
    expect(read(app, "Mentoring/Bo/Agreement.md")).toBe(bo);
    expect(read(app, AGREEMENT_PATH)).toContain("status: ended");
  });

  it("before the first index is ready, finds the agreement by the session's link", async () => {
    const app = createApp({ ".obsidian/plugins/mentoring-notes/data.json": JSON.stringify({ language: "en" }), [AGREEMENT_PATH]: AGREEMENT, [SESSION_PATH]: session() }, { layoutReady: true });
    const held = app.vault.holdReads();
    const plugin = await loadPlugin(MentoringNotesPlugin, app);
    plugin.clock = () => new Date("2026-11-22T10:00:00");
    await open(app, SESSION_PATH);
    expect(plugin.indexBridge.isReady).toBe(false);
    expect(await run(app, "end-relationship")).toBe(true);
    await click(lastModal(), "End relationship");
    expect(read(app, AGREEMENT_PATH)).toContain("status: ended");
    for (const read of held) read.release();
  });

  it("from a session with no agreement link, finds the agreement beside it by its Danish name, Aftale.md", async () => {
    const danishFolder = "Mentoring/Søren Ærø";
    const unlinked = session().replace('agreement: "[[Agreement]]"\n', "");
    expect(unlinked).not.toContain("agreement:");
    const { app } = await setUp({ [`${danishFolder}/Aftale.md`]: AGREEMENT, [`${danishFolder}/2026-11-22 Møde 3.md`]: unlinked });
    await open(app, `${danishFolder}/2026-11-22 Møde 3.md`);
    const before = snapshot(app);
    expect(await run(app, "end-relationship")).toBe(true);
    await click(lastModal(), "End relationship");
    const after = snapshot(app);
    for (const path of Object.keys(before)) if (path !== `${danishFolder}/Aftale.md`) expect(after[path], path).toBe(before[path]);
    expect(after[`${danishFolder}/Aftale.md`]).toContain("status: ended");
  });

  it("a write that fails (a full disk) is told in a notice, with the reason", async () => {
    const { app } = await setUp();
    await open(app, SESSION_PATH);
    const before = snapshot(app);
    app.vault.process = () => Promise.reject(new Error("ENOSPC: no space left on device"));
    expect(await run(app, "end-relationship")).toBe(true);
    await click(lastModal(), "End relationship");
    await settle();
    expect(notices.map((notice) => notice.message)).toContain(`Could not write ${AGREEMENT_PATH}: ENOSPC: no space left on device`);
    expect(snapshot(app)).toEqual(before);
  });

  it("writes nothing when cancelled", async () => {
    const { app } = await setUp();
    await open(app, AGREEMENT_PATH);
    const before = snapshot(app);
    await run(app, "end-relationship");
    await click(lastModal(), "Cancel");
    expect(snapshot(app)).toEqual(before);
  });
});

describe("meeting timer", () => {
  async function timed() {
    vi.useFakeTimers({ now: new Date("2026-11-22T10:00:00"), toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
    const context = await setUp();
    context.plugin.clock = () => new Date();
    return context;
  }
  const statusText = (app: App): string => app.statusBarEl.querySelector(".mentoring-timer")?.textContent ?? "";
  const warnings = (): number => notices.filter((n) => n.message.startsWith("About ten minutes left")).length;

  it("shows elapsed and remaining, warns once about ten minutes before the end, with a button that closes", async () => {
    const { app } = await timed();
    await open(app, SESSION_PATH);
    expect(statusText(app)).toBe("Meeting 00:00 · 1:00:00 left");
    vi.advanceTimersByTime(49 * 60_000);
    expect(statusText(app)).toBe("Meeting 49:00 · 11:00 left");
    expect(warnings()).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(warnings()).toBe(1);
    vi.advanceTimersByTime(30 * 60_000);
    expect(warnings()).toBe(1);
    expect(statusText(app)).toBe("Meeting 1:20:00 · 20:00 over time");

    const notice = notices.find((n) => n.message.startsWith("About ten minutes left"));
    notice?.noticeEl.querySelector("button")?.click();
    await settle();
    expect(read(app, SESSION_PATH)).toContain("status: closed");
  });

  it("the warning's button closes the session it warned about, even when another note is in front by then", async () => {
    const { app } = await timed();
    await open(app, SESSION_PATH);
    vi.advanceTimersByTime(51 * 60_000);
    const notice = notices.find((n) => n.message.startsWith("About ten minutes left"));
    // The warning stays up; meanwhile the user looks at an earlier session and reopens it.
    const earlierOpen = EARLIER.replace("status: closed", "status: open");
    await app.vault.modify(app.vault.fileAt(EARLIER_PATH), earlierOpen);
    await open(app, EARLIER_PATH);
    notice?.noticeEl.querySelector("button")?.click();
    await settle();
    expect(read(app, EARLIER_PATH)).toBe(earlierOpen);
    expect(read(app, SESSION_PATH)).toContain("status: closed");
    expect(app.workspace.getActiveFile()?.path).toBe(SESSION_PATH);
  });

  it("the warning's button goes to the session's own tab when it is still open in one", async () => {
    const { app } = await timed();
    await open(app, SESSION_PATH);
    const sessionLeaf = app.workspace.getMostRecentLeaf();
    vi.advanceTimersByTime(51 * 60_000);
    const notice = notices.find((n) => n.message.startsWith("About ten minutes left"));
    const file = app.vault.getFileByPath(OTHER_PATH);
    if (!file) throw new Error("no other note");
    await app.workspace.getLeaf("tab").openFile(file, { active: true });
    notice?.noticeEl.querySelector("button")?.click();
    await settle();
    expect(read(app, SESSION_PATH)).toContain("status: closed");
    expect(read(app, OTHER_PATH)).toBe(OTHER);
    expect(app.workspace.getMostRecentLeaf()).toBe(sessionLeaf);
    expect(app.workspace.getLeavesOfType("markdown").map((leaf) => (leaf.view as MarkdownView).file?.path)).toEqual([SESSION_PATH, OTHER_PATH]);
  });

  it("the warning's button does nothing once the plugin is disabled", async () => {
    const { app, plugin } = await timed();
    const editor = await open(app, SESSION_PATH);
    vi.advanceTimersByTime(51 * 60_000);
    const notice = notices.find((n) => n.message.startsWith("About ten minutes left"));
    const before = editor.getValue();
    unloadPlugin(plugin);
    notice?.noticeEl.querySelector("button")?.click();
    await settle();
    expect(editor.getValue()).toBe(before);
    expect(read(app, SESSION_PATH)).toBe(session());
  });

  it("pauses and resumes on click", async () => {
    const { app } = await timed();
    await open(app, SESSION_PATH);
    vi.advanceTimersByTime(5 * 60_000);
    const item = app.statusBarEl.querySelector<HTMLElement>(".mentoring-timer");
    item?.click();
    vi.advanceTimersByTime(10 * 60_000);
    expect(statusText(app)).toBe("Paused · Meeting 05:00 · 55:00 left");
    item?.click();
    vi.advanceTimersByTime(60_000);
    expect(statusText(app)).toBe("Meeting 06:00 · 54:00 left");
  });

  it("stops when the session is closed and when the plugin unloads: no interval left", async () => {
    const { app, plugin } = await timed();
    await open(app, OTHER_PATH);
    vi.advanceTimersByTime(60_000);
    const idle = vi.getTimerCount();

    await open(app, SESSION_PATH);
    vi.advanceTimersByTime(60_000);
    expect(vi.getTimerCount()).toBe(idle + 1);
    await run(app, "close-session");
    await click(lastModal(), "Close without these");
    await settle();
    vi.advanceTimersByTime(60_000);
    expect(vi.getTimerCount()).toBe(idle);
    expect(app.statusBarEl.querySelector<HTMLElement>(".mentoring-timer")?.isShown()).toBe(false);

    // A new open session, then the plugin goes away mid-meeting.
    await open(app, EARLIER_PATH); // closed: no timer
    expect(vi.getTimerCount()).toBe(idle);
    const earlier = app.vault.getFileByPath(EARLIER_PATH);
    if (!earlier) throw new Error("no earlier session");
    await app.vault.modify(earlier, EARLIER.replace("status: closed", "status: open"));
    await settle();
    vi.advanceTimersByTime(60_000); // one-off timeouts (saves, notices) run out; only intervals stay
    expect(vi.getTimerCount()).toBe(idle + 1);
    unloadPlugin(plugin);
    vi.advanceTimersByTime(60_000);
    expect(vi.getTimerCount()).toBe(0);
    expect(warnings()).toBe(0);
  });

  it("leaving the note stops the display, coming back keeps the meeting's start", async () => {
    const { app } = await timed();
    await open(app, SESSION_PATH);
    vi.advanceTimersByTime(20 * 60_000);
    await open(app, OTHER_PATH);
    expect(app.statusBarEl.querySelector<HTMLElement>(".mentoring-timer")?.isShown()).toBe(false);
    vi.advanceTimersByTime(5 * 60_000);
    await open(app, SESSION_PATH);
    expect(statusText(app)).toBe("Meeting 25:00 · 35:00 left");
  });
});
