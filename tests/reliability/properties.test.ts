// Properties over random Markdown, random frontmatter (good and broken) and random edit sequences.
// Already proven elsewhere, and not repeated here:
// - incremental index updates equal a fresh index: tests/core/vault-index.test.ts ("VaultIndex incremental updates")
// - ensureSections twice equals once, never throws: tests/core/sections.test.ts ("ensureSections: properties")
// - setFrontmatterKeys changes only its keys, twice equals once: tests/core/frontmatter-edit.test.ts ("setFrontmatterKeys properties")
// - completing a task line twice equals once: tests/core/actions.test.ts ("properties")
// - write-back changes only its line on random lines: tests/core/write-back.test.ts
// Here the same guarantees are checked on whole notes as people write them, broken ones included, and
// under sequences of different edits on one note.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { closeSessionText } from "../../src/core/edits/close-session";
import { locateFrontmatter, readFrontmatter, type FrontmatterValue } from "../../src/core/syntax/frontmatter";
import { setFrontmatterKeys } from "../../src/core/syntax/frontmatter-edit";
import { completeActionInText, uncompleteActionInText } from "../../src/core/edits/write-back";
import { planCarryOver } from "../../src/core/edits/carry-over";
import { parseNote } from "../../src/core/notes/parse-note";
import { buildDashboard } from "../../src/core/dashboard/dashboard";
import { modelData } from "../fixtures/dashboard-data";
import { VaultIndex } from "../../src/core/index/vault-index";
import { sameData } from "../../src/core/syntax/same-data";
import { CLOSING_SECTIONS } from "../../src/core/notes/section-names";
import { ensureSections } from "../../src/core/notes/sections";
import type { EditResult } from "../../src/core/notes/types";
import { expectInsertOnly, expectLinesSurvive, expectOnlyLineChanged, expectRefusal, keyLine, linesOf } from "./byte-checks";
import { runs } from "../setup/property-runs";

const RUNS = runs(1000);
const TODAY = "2026-11-22";

// --- Generators ---------------------------------------------------------------------------------------

const words = fc.constantFrom("Søren", "Åse", "æbler", "plan", "🚀", "👩🏽‍💻", "שלום", "مرحبا", "a\tb", "x", "#tag", "[[Link]]", "`code`", "<b>", "*", "$x$", "\u0000", "\uD83D");
const sentence = fc.array(words, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(" "));
const date = fc.constantFrom("2026-12-01", "2026-11-30", "2026-13-45", "22/11/2026");
const heading = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom("Actions", "actions", "Handlinger", "Summary", "Insights", "Ideas", "Idéer", "Goals", "Mål", "Topic", "Notes"))
  .map(([level, title]) => `${"#".repeat(level)} ${title}`);
const task = fc
  .tuple(
    fc.constantFrom("", "  ", "\t", "    "),
    fc.constantFrom("-", "*", "+", "1."),
    fc.constantFrom(" ", "x", "X", "/", "-", ">", "?"),
    sentence,
    fc.option(date.map((d) => ` 📅 ${d}`), { nil: "" }),
    fc.option(fc.constantFrom(" [owner:: mentor]", " [due:: 2026-12-01]", " ✅ 2026-11-20", " ^abc123"), { nil: "" }),
  )
  .map(([indent, marker, status, text, due, field]) => `${indent}${marker} [${status}] ${text}${due}${field}`);
const markdownLine = fc.oneof(
  { weight: 4, arbitrary: task },
  { weight: 3, arbitrary: sentence },
  { weight: 2, arbitrary: heading },
  { weight: 2, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: fc.constantFrom("```", "~~~", "```js", "<!--", "-->", "<!-- a comment -->", "> [!note] Callout", "> - [ ] quoted task", "---", "   ") },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, " ")) },
);
const eol = fc.constantFrom("\n", "\r\n", "\r");
/** Body lines, each with its own ending; mostly one ending per note, sometimes mixed. */
const body = fc
  .tuple(fc.array(markdownLine, { maxLength: 25 }), eol, fc.boolean(), fc.array(eol, { minLength: 25, maxLength: 25 }), fc.boolean())
  .map(([lines, one, mixed, endings, lastEol]) =>
    lines.map((line, i) => line + (i === lines.length - 1 && !lastEol ? "" : mixed ? (endings[i] ?? one) : one)).join(""),
  );

const keyValue = fc.oneof(
  fc.constantFrom(
    "type: mentoring-session",
    "type: mentoring-agreement",
    "type: note",
    "session: 3",
    'session: "three"',
    "date: 2026-11-22",
    "date: 22/11/2026",
    "status: open",
    "status: closed",
    "status: [open]",
    "phase: middle",
    'agreement: "[[Agreement]]"',
    "agreement: [[Agreement]]",
    "next:",
    "cadence_days: 28",
    "topic: 'Jane''s plan'",
    'topic: "Søren 🚀"',
    "tags:\n  - mentoring\n  - jane",
    "tags: [a, b]",
    "# a comment",
    "custom: kept # trailing comment",
    "",
  ),
  // Breakage people cause by hand.
  fc.constantFrom("\tdate: 2026-11-22", "status: open", 'topic: "unclosed', "topic: a: b", "- stray", "{flow: map}", "text: |\n  block\n  text"),
);
const frontmatter = fc
  .tuple(fc.constantFrom("type: mentoring-session", "type: mentoring-agreement", "type: other", ""), fc.array(keyValue, { maxLength: 8 }), fc.boolean())
  .map(([type, keys, closed]) => `---\n${[type, ...keys].filter((line) => line !== "").join("\n")}\n${closed ? "---\n" : ""}`);

/** A whole note: maybe a BOM, maybe frontmatter (in the note's own line ending), then a body. */
const note: fc.Arbitrary<string> = fc.tuple(fc.boolean(), fc.option(frontmatter, { nil: "" }), body, eol).map(([bom, head, text, ending]) => {
  const firstEol = /\r\n|\n|\r/.exec(text)?.[0] ?? ending;
  return (bom ? "\uFEFF" : "") + head.replace(/\n/g, firstEol) + text;
});
/** A random note, mostly broken or not ours: for the properties that must hold on anything (never throw, same reading). */
const randomNote = note;

// Valid sessions as people write them: our frontmatter, prose, an Actions section whose actions use either
// format (Tasks emoji or Dataview fields) or none, forwarded and done lines among them, one line ending per
// note (LF, CRLF or old-Mac CR) or, now and then, mixed. The generator knows every action's line and writes
// the expected ticked and forwarded forms itself, so the checks need nothing from the code under test.
const TARGET = "Mentoring/Jane/2026-12-20 Session 4.md";
const FORWARD_NOTE = "(moved to [[2026-12-20 Session 4]])";
const safeWords = fc.constantFrom("Søren", "Åse", "æbler", "plan", "release", "notes", "🚀", "👩🏽‍💻", "שלום", "#tag", "`code`", "a\tb");
const actionSpec = fc.record({
  indent: fc.constantFrom("", "", "  ", "\t"),
  marker: fc.constantFrom("-", "-", "*", "+", "1."),
  words: fc.array(safeWords, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(" ")),
  format: fc.constantFrom("tasks", "dataview", "none"),
});
type ActionSpec = { indent: string; marker: string; words: string; format: "tasks" | "dataview" | "none" };
interface GeneratedAction {
  line: number;
  raw: string;
  format: ActionSpec["format"];
  /** The line ticked on TODAY, written by hand. */
  ticked: string;
  /** The line forwarded to TARGET, written by hand. */
  forwarded: string;
}
interface GeneratedSession {
  text: string;
  lines: string[];
  endings: string[];
  actions: GeneratedAction[];
  eol: "\n" | "\r\n" | "\r" | "mixed";
}

function actionLine(spec: ActionSpec, n: number): GeneratedAction & { line: -1 } {
  const words = `${spec.words} ${n}`;
  const field = spec.format === "tasks" ? " 📅 2026-12-01" : spec.format === "dataview" ? " [due:: 2026-12-01]" : "";
  const head = `${spec.indent}${spec.marker}`;
  const done = spec.format === "dataview" ? ` [completion:: ${TODAY}]` : ` ✅ ${TODAY}`;
  return {
    line: -1,
    raw: `${head} [ ] ${words}${field}`,
    format: spec.format,
    ticked: `${head} [x] ${words}${field}${done}`,
    // A Tasks date stays last, where Tasks reads it; a Dataview field may sit anywhere, so the note goes at the end.
    forwarded: spec.format === "dataview" ? `${head} [>] ${words}${field} ${FORWARD_NOTE}` : `${head} [>] ${words} ${FORWARD_NOTE}${field}`,
  };
}

const validKeys = fc.subarray(["phase: middle", 'agreement: "[[Agreement]]"', "topic: 'Jane''s plan'", 'topic2: "Søren 🚀"', "tags:\n  - mentoring\n  - jane", "# a comment", "custom: kept # trailing comment"]);
const prose = fc.array(fc.array(safeWords, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(" ")), { maxLength: 3 });
const validSession: fc.Arbitrary<GeneratedSession> = fc
  .record({
    keys: validKeys,
    before: prose,
    heading: fc.constantFrom("## Actions", "## Handlinger", "### actions"),
    items: fc.array(fc.oneof({ weight: 4, arbitrary: actionSpec }, { weight: 1, arbitrary: fc.constantFrom("- [>] Old one, passed on", "- [x] Done already ✅ 2026-11-20", "") }), { minLength: 1, maxLength: 6 }),
    after: prose,
    eol: fc.constantFrom<GeneratedSession["eol"]>("\n", "\r\n", "\r", "\n", "\r\n", "\r", "mixed"),
    mixed: fc.array(fc.constantFrom("\n", "\r\n", "\r"), { minLength: 40, maxLength: 40 }),
    lastEol: fc.boolean(),
    extra: actionSpec,
    earlier: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ keys, before, heading, items, after, eol, mixed, lastEol, extra, earlier }) => {
    const lines = ["---", "type: mentoring-session", "session: 3", "date: 2026-11-22", "status: open", ...keys.flatMap((key) => key.split("\n")), "---", "# Session 3", ...before, heading];
    const actions: GeneratedAction[] = [];
    // Three notes in four start their actions with one forwarded by hand (Tasks' `[>]`, no link of ours: a
    // line with our "moved to" link whose note does not hold the copy counts as open again, see lost-moves).
    if (earlier > 0) lines.push("- [>] Earlier one, handed to Søren 📅 2026-11-01");
    // At least one open action.
    for (const item of [extra, ...items]) {
      if (typeof item === "string") {
        lines.push(item);
        continue;
      }
      const action = actionLine(item, actions.length + 1);
      actions.push({ ...action, line: lines.length });
      lines.push(action.raw);
    }
    if (after.length > 0) lines.push("", "## Notes", ...after);
    const endings = lines.map((_, i) => (i === lines.length - 1 && !lastEol ? "" : eol === "mixed" ? (mixed[i % mixed.length] as string) : eol));
    // A CR followed by an empty line's LF would read as one CRLF: such a pair is written as CRLF.
    endings.forEach((ending, i) => {
      if (ending === "\r" && lines[i + 1] === "" && endings[i + 1] !== "") endings[i] = "\r\n";
    });
    return { text: lines.map((line, i) => line + endings[i]).join(""), lines, endings, actions, eol };
  });

/** `session` with line `index` replaced by `text` (its ending kept). */
function withLine(session: GeneratedSession, index: number, text: string): string {
  return session.lines.map((line, i) => (i === index ? text : line) + session.endings[i]).join("");
}

// Broken sessions: a valid one with one breakage people make by hand in the frontmatter, and the reason
// every frontmatter edit must refuse with.
const breakage = fc.constantFrom(
  { line: "\tdate: 2026-11-22", reason: /not valid YAML.*Tabs/ },
  { line: 'remark: "unclosed', reason: /not valid YAML/ },
  { line: "status: closed", reason: /`status` appears twice/ },
  { line: "remark: a: b", reason: /not valid YAML/ },
  { line: "- stray", reason: /not valid YAML/ },
);
const brokenSession = fc.tuple(validSession, breakage).map(([session, broken]) => {
  const close = session.lines.indexOf("---", 1);
  return { text: withLine(session, close, `${broken.line}\n---`.replace(/\n/g, session.endings[close] || "\n")), reason: broken.reason };
});
const noClosingFence = validSession.map((session) => ({ text: withLine(session, session.lines.indexOf("---", 1), "no fence here"), reason: /no closing ---/ }));

/** Counts how many runs did the work a property is about, so a test can require that most did. */
class Share {
  hits = 0;
  runs = 0;
  count(hit: boolean): void {
    this.runs += 1;
    if (hit) this.hits += 1;
  }
  expectAtLeast(share: number, what: string): void {
    expect(this.runs, what).toBeGreaterThan(0);
    expect(this.hits / this.runs, `${what}: ${this.hits} of ${this.runs} runs`).toBeGreaterThanOrEqual(share);
  }
}

// --- Checks per edit ----------------------------------------------------------------------------------

const SESSION_PATH = "Mentoring/Jane/2026-11-22 Session 3.md";

function split(text: string): { head: string; body: string } {
  const block = locateFrontmatter(text);
  const end = block?.closed ? block.end : 0;
  return { head: text.slice(0, end), body: text.slice(end) };
}

/** The edit is required to change the note: a refusal, or an unchanged result, fails. */
function edited(result: EditResult, what: string): string {
  expect(result, `${what} edits the note`).toMatchObject({ ok: true, changed: true });
  return result.ok ? result.text : "";
}

/** The edit is required to refuse with `reason`, carrying no text. */
function refused(result: EditResult, reason: RegExp): void {
  expectRefusal(result);
  expect(result.ok ? "" : result.reason).toMatch(reason);
}

function checkClose(before: string): string {
  const after = edited(closeSessionText(before, TODAY, 28, "en"), "close");
  const a = split(before);
  const b = split(after);
  expectLinesSurvive(a.head, b.head, keyLine(["status", "next"]), "close (frontmatter)");
  expectInsertOnly(a.body, b.body, "close (body)");
  expect(readFrontmatter(after)).toMatchObject({ kind: "ok", data: { status: "closed" } });
  return after;
}

function checkSetKeys(before: string, updates: Record<string, FrontmatterValue | undefined>): string {
  const result = setFrontmatterKeys(before, updates);
  const after = edited(result, "set keys");
  const a = split(before);
  const b = split(after);
  expect(b.body === a.body, "the body is untouched").toBe(true);
  expectLinesSurvive(a.head, b.head, keyLine(Object.keys(updates)), "set keys");
  return after;
}

// --- Properties ---------------------------------------------------------------------------------------

describe("the index on random notes", () => {
  it("never throws, and a note set then reset reads as before", () => {
    fc.assert(
      fc.property(fc.array(randomNote, { minLength: 1, maxLength: 6 }), (texts) => {
        const files = texts.map((text, i): [string, string] => [i === 0 ? "Mentoring/Jane/Agreement.md" : `Mentoring/Jane/Note ${i}.md`, text]);
        const index = new VaultIndex(files);
        buildDashboard(index, { today: TODAY, showDone: true });
        index.problems();
        for (const [path] of files) index.set(path, "# nothing of ours\n");
        for (const [path, text] of files) index.set(path, text);
        const fresh = new VaultIndex(files);
        expect(sameData(index.problems(), fresh.problems())).toBe(true);
        expect(modelData(buildDashboard(index, { today: TODAY, showDone: true }))).toEqual(modelData(buildDashboard(fresh, { today: TODAY, showDone: true })));
      }),
      RUNS,
    );
  });

  it("a problem always names its file and says something", () => {
    const withProblems = new Share();
    fc.assert(
      fc.property(fc.oneof(randomNote, brokenSession.map((broken) => broken.text)), (text) => {
        const parsed = parseNote("Mentoring/Jane/N.md", text);
        const problems = parsed.kind === "other" ? [] : parsed.problems;
        withProblems.count(problems.length > 0);
        for (const problem of problems) {
          expect(problem.file).toBe("Mentoring/Jane/N.md");
          expect(problem.reason.length).toBeGreaterThan(10);
        }
      }),
      RUNS,
    );
    // Half the notes are random (mostly broken), half broken sessions: most runs check a problem.
    withProblems.expectAtLeast(0.5, "runs with a problem to check");
  });

  it("a valid session reads every generated action, in order, with no problem", () => {
    fc.assert(
      fc.property(validSession, (session) => {
        const parsed = parseNote(SESSION_PATH, session.text);
        expect(parsed.kind).toBe("session");
        if (parsed.kind !== "session") return;
        expect(parsed.problems).toEqual([]);
        const open = parsed.note.actions.filter((action) => action.state === "open");
        expect(open.map((action) => [action.line, action.raw])).toEqual(session.actions.map((action) => [action.line, action.raw]));
      }),
      RUNS,
    );
  });
});

describe("the generators reach the cases", () => {
  it("most valid sessions use CRLF or CR, hold actions in both formats, or a forwarded line", () => {
    const notLf = new Share();
    const both = new Share();
    const forwarded = new Share();
    fc.assert(
      fc.property(validSession, (session) => {
        notLf.count(session.eol !== "\n");
        const formats = new Set(session.actions.map((action) => action.format));
        both.count(session.actions.length > 1 || formats.size > 1);
        forwarded.count(session.lines.some((line) => line.includes("[>]")));
      }),
      RUNS,
    );
    notLf.expectAtLeast(0.5, "CRLF, CR or mixed endings");
    both.expectAtLeast(0.5, "more than one action");
    forwarded.expectAtLeast(0.5, "a forwarded line");
  });
});

describe("every core edit touches only its target bytes, on valid sessions", () => {
  it("close session: edits every valid session (keys and inserted headings only); twice equals once", () => {
    fc.assert(
      fc.property(validSession, (session) => {
        const once = checkClose(session.text);
        expect(closeSessionText(once, TODAY, 28, "en")).toEqual({ ok: true, text: once, changed: false });
      }),
      RUNS,
    );
  });

  it("set frontmatter keys: only those keys; twice equals once", () => {
    const updates = fc.dictionary(
      fc.constantFrom("next", "topic", "session", "custom", "new_key"),
      fc.oneof(fc.constantFrom<FrontmatterValue | undefined>("2026-12-20", 4, null, undefined, ["a", "b"], true), sentence),
      { maxKeys: 3 },
    );
    fc.assert(
      fc.property(validSession, updates, (session, more) => {
        // `status: closed` always changes a valid (open) session, so every run is an edit.
        const wanted = { ...more, status: "closed" };
        const once = checkSetKeys(session.text, wanted);
        expect(setFrontmatterKeys(once, wanted)).toEqual({ ok: true, text: once, changed: false });
      }),
      RUNS,
    );
  });

  it("ticking an open action: only its line, which reads as written by hand; again changes nothing; unticking gives the note back", () => {
    fc.assert(
      fc.property(validSession, fc.nat(), (session, pick) => {
        const action = session.actions[pick % session.actions.length] as GeneratedAction;
        const result = completeActionInText(session.text, { line: action.line, raw: action.raw }, TODAY, "tasks");
        expect(result).toMatchObject({ ok: true, line: action.line });
        if (!result.ok) return;
        expect(result.text).toBe(withLine(session, action.line, action.ticked));
        expectOnlyLineChanged(session.text, result.text, action.line, action.ticked);
        expect(completeActionInText(result.text, { line: action.line, raw: action.ticked }, TODAY, "tasks")).toEqual({ ok: true, text: result.text, line: action.line });
        expect(uncompleteActionInText(result.text, { line: action.line, raw: action.ticked })).toEqual({ ok: true, text: session.text, line: action.line });
      }),
      RUNS,
    );
  });

  it("forwarding (carry-over move), also on a note changed after planning: exactly the open lines still there are forwarded", () => {
    type Change = { kind: "none" } | { kind: "insert" } | { kind: "reword"; pick: number } | { kind: "tick"; pick: number };
    const change: fc.Arbitrary<Change> = fc.oneof(
      { weight: 1, arbitrary: fc.constant<Change>({ kind: "none" }) },
      { weight: 1, arbitrary: fc.constant<Change>({ kind: "insert" }) },
      { weight: 1, arbitrary: fc.nat().map((pick): Change => ({ kind: "reword", pick })) },
      { weight: 1, arbitrary: fc.nat().map((pick): Change => ({ kind: "tick", pick })) },
    );
    const changedAfterPlanning = new Share();
    fc.assert(
      fc.property(validSession, change, (session, what) => {
        const parsed = parseNote(SESSION_PATH, session.text);
        if (parsed.kind !== "session") throw new Error("a valid session must read");
        const plan = planCarryOver([parsed.note], TARGET, "en");
        // The copies for the new note, written by hand: top level, open, a link back before the fields.
        expect(plan.lines, "the carried copies").toEqual(
          session.actions.map((action) => action.raw.replace(/^[ \t]*/, "").replace(/( 📅 2026-12-01)?$/, (field) => ` (moved from [[2026-11-22 Session 3]])${field}`)),
        );
        expect(plan.edits).toHaveLength(1);
        const edit = plan.edits[0];
        if (!edit) return;
        // The note as it is when the move runs, and which actions are still as planned.
        const lines = [...session.lines];
        const endings = [...session.endings];
        let still = session.actions.map((action) => ({ ...action }));
        if (what.kind === "insert") {
          // A line typed above the Actions section: every action moves down by one.
          const at = session.lines.indexOf("# Session 3") + 1;
          lines.splice(at, 0, "Typed while the plan waited");
          endings.splice(at, 0, endings[at - 1] ?? "\n");
          still = still.map((action) => ({ ...action, line: action.line + 1 }));
        } else if (what.kind === "reword" || what.kind === "tick") {
          const target = still[what.pick % still.length] as GeneratedAction;
          lines[target.line] = what.kind === "tick" ? target.ticked : `${target.raw} (reworded)`;
          still = still.filter((action) => action !== target);
        }
        changedAfterPlanning.count(what.kind !== "none");
        const changed = lines.map((line, i) => line + endings[i]).join("");
        for (const action of still) lines[action.line] = action.forwarded;
        const expected = lines.map((line, i) => line + endings[i]).join("");
        const { text: after, moved } = edit.apply(changed);
        expect(after, "the note after forwarding").toBe(expected);
        expect(moved.map((move) => move.raw)).toEqual(still.map((action) => action.raw));
        expect(edit.apply(after)).toEqual({ text: after, moved: [] });
      }),
      RUNS,
    );
    changedAfterPlanning.expectAtLeast(0.5, "runs where the note changed after planning");
  });

  it("ensureSections: text added, nothing else; twice equals once", () => {
    fc.assert(
      fc.property(validSession, (session) => {
        const sections = edited(ensureSections(session.text, CLOSING_SECTIONS, "en"), "ensureSections");
        expectInsertOnly(session.text, sections, "ensureSections");
        expect(ensureSections(sections, CLOSING_SECTIONS, "en")).toEqual({ ok: true, text: sections, changed: false });
      }),
      RUNS,
    );
  });
});

describe("broken sessions are refused with what is wrong", () => {
  it("close and set keys refuse a session whose frontmatter cannot be read, naming the breakage", () => {
    fc.assert(
      fc.property(fc.oneof(brokenSession, noClosingFence), ({ text, reason }) => {
        refused(closeSessionText(text, TODAY, 28, "en"), reason);
        refused(setFrontmatterKeys(text, { status: "closed" }), reason);
      }),
      RUNS,
    );
  });
});

type Step = { kind: "close" } | { kind: "keys"; updates: Record<string, FrontmatterValue | undefined> } | { kind: "tick"; pick: number } | { kind: "forward" };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<Step>({ kind: "close" }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("keys" as const), updates: fc.dictionary(fc.constantFrom("next", "topic"), fc.constantFrom<FrontmatterValue | undefined>("open", "2026-12-20", "Søren 🚀"), { minKeys: 1, maxKeys: 2 }) }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("tick" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: "forward" }) },
);

describe("random edit sequences on one valid session", () => {
  it("each step does its edit and changes only its own target; the frontmatter stays readable", () => {
    const ticked = new Share();
    fc.assert(
      fc.property(validSession, fc.array(step, { minLength: 2, maxLength: 8 }), (session, steps) => {
        let current = session.text;
        // The generated actions still open, tracked by their line (no step adds or removes a line above them
        // except close, which only inserts headings after them or keys above: tracked by content).
        let open = session.actions.map((action) => action.raw);
        let didTick = false;
        let didForward = false;
        for (const s of steps) {
          if (s.kind === "close") {
            const result = closeSessionText(current, TODAY, 28, "en");
            expect(result.ok).toBe(true);
            if (result.ok && result.changed) expectInsertOnly(split(current).body, split(result.text).body, "close (body)");
            current = result.ok ? result.text : current;
          } else if (s.kind === "keys") {
            const result = setFrontmatterKeys(current, s.updates);
            expect(result.ok).toBe(true);
            if (result.ok && result.changed) expect(split(result.text).body === split(current).body).toBe(true);
            current = result.ok ? result.text : current;
          } else if (s.kind === "tick" && open.length > 0) {
            const raw = open[s.pick % open.length] as string;
            const all = linesOf(current);
            const line = all.findIndex((candidate) => candidate.replace(/(\r\n|\n|\r)$/, "") === raw);
            const action = session.actions.find((candidate) => candidate.raw === raw) as GeneratedAction;
            const result = completeActionInText(current, { line, raw }, TODAY, "tasks");
            expect(result).toMatchObject({ ok: true, line });
            if (result.ok) expectOnlyLineChanged(current, result.text, line, action.ticked);
            current = result.ok ? result.text : current;
            open = open.filter((candidate) => candidate !== raw);
            didTick = true;
          } else if (s.kind === "forward" && !didForward) {
            // Forwarded once only: the new note is not part of this one-note world, so a second plan would
            // (rightly) find the moved actions missing from it and move them again (see lost-moves).
            didForward = true;
            const parsed = parseNote(SESSION_PATH, current);
            if (parsed.kind !== "session") throw new Error("the session must still read");
            const plan = planCarryOver([parsed.note], TARGET, "en");
            expect(plan.edits.length).toBe(open.length > 0 ? 1 : 0);
            for (const edit of plan.edits) {
              const { text: after, moved } = edit.apply(current);
              expect(moved.map((move) => move.raw).sort()).toEqual([...open].sort());
              const byHand = linesOf(current)
                .map((candidate) => {
                  const ending = /(\r\n|\n|\r)$/.exec(candidate)?.[0] ?? "";
                  const action = session.actions.find((a) => open.includes(a.raw) && a.raw + ending === candidate);
                  return action ? action.forwarded + ending : candidate;
                })
                .join("");
              expect(after).toBe(byHand);
              current = after;
            }
            open = [];
          }
        }
        ticked.count(didTick);
        expect(readFrontmatter(current).kind).toBe("ok");
      }),
      RUNS,
    );
    ticked.expectAtLeast(0.5, "sequences that tick an action");
  });
});
