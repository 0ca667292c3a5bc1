// @vitest-environment happy-dom
// The whole catalogue of broken notes through the index and every write command: the index never
// throws and says precisely what is wrong (or reads the note right); each edit changes only its target
// bytes, or refuses and gives no text to write. Then the close command through the Obsidian fake.
import { afterEach, describe, expect, it } from "vitest";
import { CATALOGUE, AGREEMENT_PATH, FOLDER, GOOD_AGREEMENT, type MalformedNote, type Outcome } from "../fixtures/malformed/catalogue";
import { buildDashboard } from "../../src/core/dashboard/dashboard";
import { parseNote, mentoringTypeOf } from "../../src/core/notes/parse-note";
import { VaultIndex } from "../../src/core/index/vault-index";
import { closeSessionText } from "../../src/core/edits/close-session";
import { endRelationshipText } from "../../src/core/edits/end-relationship";
import { locateFrontmatter, readFrontmatter } from "../../src/core/syntax/frontmatter";
import { setFrontmatterKeys } from "../../src/core/syntax/frontmatter-edit";
import { completeActionInText } from "../../src/core/edits/write-back";
import { inMutationRun } from "../setup/property-runs";
import { planCarryOver } from "../../src/core/edits/carry-over";
import { planSession } from "../../src/core/new-notes/new-session";
import { meetingTexts } from "../../src/core/method/meeting-texts";
import { DEFAULT_SETTINGS } from "../../src/core/notes/settings";
import type { EditResult, Session } from "../../src/core/notes/types";
import { createApp, loadPlugin, MarkdownView, notices, openModals, resetFake, settle, type App } from "../fakes/obsidian";
import MentoringNotesPlugin from "../../src/main";
import { endRelationship } from "../../src/plugin/commands/meeting";
import { expectInsertOnly, expectLinesSurvive, expectOnlyLineChanged, expectRefusal, keyLine, linesOf } from "./byte-checks";

const TODAY = "2026-11-22";

function vaultOf(entry: MalformedNote): Array<[string, string]> {
  return entry.path === AGREEMENT_PATH ? [[entry.path, entry.text]] : [[AGREEMENT_PATH, GOOD_AGREEMENT], [entry.path, entry.text]];
}

/** Frontmatter (with fences) and body of a note; all body when it has no closed frontmatter. */
/**
 * The 5 MB and 200,000-line notes may take long on a busy machine: their speed is a bench figure, so their
 * timeout only stops a hang. The others keep the configured one. The mutation run leaves them out: every
 * mutant of the reader would read them again, and the small notes reach the same lines.
 */
const isHuge = (entry: MalformedNote): boolean => entry.text.length > 1_000_000;
const timeoutOf = (entry: MalformedNote): number | undefined => (isHuge(entry) ? 600_000 : undefined);

function split(text: string): { head: string; body: string } {
  const block = locateFrontmatter(text);
  const end = block?.closed ? block.end : 0;
  return { head: text.slice(0, end), body: text.slice(end) };
}

/** A frontmatter edit of `keys`: the body is identical, every other frontmatter line survives, the data reads back changed. */
function expectFrontmatterEdit(before: string, after: string, keys: readonly string[]): void {
  const a = split(before);
  const b = split(after);
  expectLinesSurvive(a.head, b.head, keyLine(keys), "frontmatter edit");
  const read = readFrontmatter(after);
  expect(read.kind).toBe("ok");
  return void (a.head === "" ? expect(after.endsWith(before.replace(/^\uFEFF/, ""))).toBe(true) : expect(b.body === a.body, "body untouched").toBe(true));
}

/**
 * The command did what the catalogue requires: refused with that reason (and no text), or edited the note
 * (changed, and then `onChange` checks the bytes). A refusal where an edit is required fails, and so does
 * an edit where a refusal is required.
 */
function check(before: string, result: EditResult, required: Outcome, onChange: (after: string) => void): void {
  if (required !== "edited") {
    expectRefusal(result);
    expect(result.ok ? "" : result.reason).toMatch(required.refused);
    return;
  }
  expect(result, "the note is edited, not refused").toMatchObject({ ok: true, changed: true });
  if (result.ok) onChange(result.text);
}

/**
 * The reference tick, written here and not taken from actions.ts: the status becomes `x` and ` ✅ today`
 * follows the last word, before any trailing blanks (the catalogue's actions carry no block id,
 * recurrence or Dataview field).
 */
function tickedByHand(raw: string): string {
  return raw.replace(/^(\s*(?:[-*+]|\d+[.)]) \[)[^\]](\])/, "$1x$2").replace(/([ \t]*)$/, ` ✅ ${TODAY}$1`);
}

describe("the malformed-notes catalogue", () => {
  it("has at least 40 notes, each with a distinct name", () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CATALOGUE.map((entry) => entry.name)).size).toBe(CATALOGUE.length);
  });

  for (const entry of CATALOGUE) {
    describe.skipIf(inMutationRun && isHuge(entry))(entry.name, { timeout: timeoutOf(entry) }, () => {
      it("the index never throws and reports a precise problem or reads it right", () => {
        const index = new VaultIndex(vaultOf(entry));
        expect(() => buildDashboard(index, { today: TODAY, showDone: true })).not.toThrow();
        const problems = index.problems().filter((problem) => problem.file === entry.path);
        if (entry.expect.kind === "problem") {
          const { reason } = entry.expect;
          expect(problems.map((problem) => problem.reason), "a problem names what is wrong").toContainEqual(expect.stringMatching(reason));
        } else {
          expect(problems).toEqual([]);
          entry.expect.check?.(parseNote(entry.path, entry.text));
        }
        // Incremental: the note edited into a good one and back leaves the same problems.
        index.set(entry.path, entry.path === AGREEMENT_PATH ? GOOD_AGREEMENT : "# just a note\n");
        index.set(entry.path, entry.text);
        expect(index.problems()).toEqual(new VaultIndex(vaultOf(entry)).problems());
      });

      it("close session: the required outcome; an edit adds headings and keys only", () => {
        const before = entry.text;
        check(before, closeSessionText(before, TODAY, 28, "en"), entry.edits.close, (after) => {
          const a = split(before);
          const b = split(after);
          expectLinesSurvive(a.head, b.head, keyLine(["status", "next"]), "close (frontmatter)");
          expectInsertOnly(a.body, b.body, "close (body)");
          expect(closeSessionText(after, TODAY, 28, "en")).toEqual({ ok: true, text: after, changed: false });
        });
      });

      it("end relationship: the required outcome; an edit sets status and end and appends the ending", () => {
        const before = entry.text;
        check(before, endRelationshipText(before, TODAY, meetingTexts("en").ending), entry.edits.end, (after) => {
          const a = split(before);
          const b = split(after);
          expectLinesSurvive(a.head, b.head, keyLine(["status", "end"]), "end (frontmatter)");
          expect(b.body.startsWith(a.body), "the ending is appended after every existing byte").toBe(true);
        });
      });

      it("set frontmatter keys: the required outcome; an edit changes only those keys", () => {
        const before = entry.text;
        const updates = { status: "closed", next: "2026-12-20", topic: "Søren 🚀 \"quoted\"" };
        check(before, setFrontmatterKeys(before, updates), entry.edits.keys, (after) => {
          expectFrontmatterEdit(before, after, Object.keys(updates));
          expect(setFrontmatterKeys(after, updates)).toEqual({ ok: true, text: after, changed: false });
        });
      });

      it("write-back: ticking an open action changes only its line, as written by hand; a changed line is refused", () => {
        const before = entry.text;
        const parsed = parseNote(entry.path, before);
        const actions = parsed.kind === "session" ? parsed.note.actions : [];
        const open = actions.filter((action) => action.state === "open");
        const candidates = [...new Set([open[0], open[open.length - 1]])].filter((action) => action !== undefined);
        const lines = linesOf(before);
        for (const action of candidates) {
          const result = completeActionInText(before, { line: action.line, raw: action.raw }, TODAY, "tasks");
          expect(result, `ticking line ${action.line + 1}`).toMatchObject({ ok: true, line: action.line });
          if (result.ok) expectOnlyLineChanged(before, result.text, action.line, tickedByHand(action.raw));
          // The same task line, changed after the dashboard showed it: refused as stale, nothing to write.
          const own = lines[action.line] ?? "";
          const ending = /(\r\n|\n|\r)$/.exec(own)?.[0] ?? "";
          const changed = [...lines.slice(0, action.line), `${own.slice(0, own.length - ending.length)} (edited)${ending}`, ...lines.slice(action.line + 1)].join("");
          const stale = completeActionInText(changed, { line: action.line, raw: action.raw }, TODAY, "tasks");
          expectRefusal(stale);
          expect(stale.ok ? "" : stale.reason).toMatch(/no longer in the note/);
        }
      });

      it("carry-over (move) and planning the next session: only the forwarded lines change, paths stay inside the root", () => {
        const before = entry.text;
        const index = new VaultIndex(vaultOf(entry));
        const parsed = index.get(entry.path);
        const sessions: Session[] = parsed?.kind === "session" ? [parsed.note] : [];
        const target = "Mentoring/Jane Doe/2026-12-20 Session 4.md";
        const plan = planCarryOver(sessions, target, "en");
        for (const edit of plan.edits) {
          const { text: after, moved } = edit.apply(before);
          const movedLines = new Set(moved.map((move) => move.line));
          const a = linesOf(before);
          const b = linesOf(after);
          expect(b.length).toBe(a.length);
          a.forEach((line, i) => {
            if (!movedLines.has(i)) expect(b[i] === line, `line ${i + 1} untouched by carry-over`).toBe(true);
          });
          expect(edit.apply(after).moved, "forwarding twice forwards nothing more").toEqual([]);
        }

        // Every vault here has Jane Doe's agreement (broken or not, it makes the relationship), so the next
        // session is always planned, in her folder; its number depends on which session numbers read.
        const relationship = index.relationship(FOLDER);
        expect(relationship, "Jane Doe's relationship").toBeDefined();
        if (!relationship) return;
        const next = planSession(relationship, { ...DEFAULT_SETTINGS, carryOver: "move" }, "en", "2026-12-20");
        expect(next.path).toMatch(/^Mentoring\/Jane Doe\/2026-12-20 Session [1-9]\d*\.md$/);
        expect(next.kind).toBe("create");
        if (next.kind !== "create") return;
        expect(readFrontmatter(next.text).kind).toBe("ok");
        expect(parseNote(next.path, next.text).kind).toBe("session");
        for (const edit of next.moves.edits) {
          const { text: after, moved } = edit.apply(before);
          expectLinesSurvive(before, after, (line) => moved.some((move) => line.replace(/(\r\n|\n|\r)$/, "") === move.raw));
        }
      });
    });
  }
});

describe("the close command on each malformed session, through the Obsidian fake", () => {
  afterEach(() => resetFake());
  // The sessions are picked by a line of their text, not by the reader under test (it then runs inside each test).
  const sessions = CATALOGUE.filter((entry) => entry.path !== AGREEMENT_PATH && /^type: mentoring-session\r?$/m.test(entry.text) && entry.text.length < 1_000_000);

  async function closeThroughPlugin(entry: MalformedNote): Promise<{ app: App; before: Record<string, string> }> {
    const files = Object.fromEntries([...vaultOf(entry), [".obsidian/plugins/mentoring-notes/data.json", JSON.stringify({ language: "en" })]]);
    const app = createApp(files, { layoutReady: true });
    const plugin = await loadPlugin(MentoringNotesPlugin, app);
    plugin.clock = () => new Date("2026-11-22T10:00:00");
    const before = app.vault.snapshot();
    const file = app.vault.getFileByPath(entry.path);
    if (!file) throw new Error(`no ${entry.path}`);
    await app.workspace.getLeaf().openFile(file, { active: true });
    await settle();
    app.commands.executeCommandById("mentoring-notes:close-session");
    await settle();
    const offer = openModals[openModals.length - 1];
    const skip = offer ? Array.from(offer.contentEl.querySelectorAll("button")).find((button) => button.textContent === "Close without these") : undefined;
    skip?.click();
    await settle();
    await app.workspace.getActiveViewOfType(MarkdownView)?.save();
    await settle();
    return { app, before };
  }

  for (const entry of sessions) {
    it(`${entry.name}: the required edit, or the required refusal as a notice and a byte-identical vault`, async () => {
      expect(mentoringTypeOf(entry.text), "the note reads as a session").toBe("session");
      const { app, before } = await closeThroughPlugin(entry);
      const after = app.vault.snapshot();
      for (const path of Object.keys(before)) if (path !== entry.path) expect(after[path], path).toBe(before[path]);
      const required = entry.edits.close;
      if (required !== "edited") {
        expect(after[entry.path] === entry.text, "nothing written").toBe(true);
        expect(notices.map((notice) => notice.message), "a notice says why").toContainEqual(expect.stringMatching(required.refused));
        return;
      }
      const text = after[entry.path] ?? "";
      const a = split(entry.text);
      const b = split(text);
      expectInsertOnly(a.body, b.body, "close (body)");
      expect(readFrontmatter(text)).toMatchObject({ kind: "ok", data: { status: "closed" } });
    });
  }
});

describe("ending the relationship on each malformed agreement, through the Obsidian fake", () => {
  afterEach(() => resetFake());
  const agreements = CATALOGUE.filter((entry) => entry.path === AGREEMENT_PATH);

  for (const entry of agreements) {
    it(`${entry.name}: the required edit, or the required refusal as a notice and a byte-identical vault`, async () => {
      const files = { [entry.path]: entry.text, ".obsidian/plugins/mentoring-notes/data.json": JSON.stringify({ language: "en" }) };
      const app = createApp(files, { layoutReady: true });
      const plugin = await loadPlugin(MentoringNotesPlugin, app);
      plugin.clock = () => new Date("2026-11-22T10:00:00");
      const file = app.vault.getFileByPath(entry.path);
      if (!file) throw new Error(`no ${entry.path}`);
      // Called directly: on broken YAML the command is not even offered, but the timer or a stale view may get here.
      await endRelationship(plugin, file as never);
      await settle();
      const text = app.vault.snapshot()[entry.path] ?? "";
      const required = entry.edits.end;
      if (required !== "edited") {
        expect(text === entry.text, "nothing written").toBe(true);
        expect(notices.map((notice) => notice.message), "a notice says why").toContainEqual(expect.stringMatching(required.refused));
        return;
      }
      expect(split(text).body.startsWith(split(entry.text).body)).toBe(true);
      expect(readFrontmatter(text)).toMatchObject({ kind: "ok", data: { status: "ended", end: "2026-11-22" } });
    });
  }
});
