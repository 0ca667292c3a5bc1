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
import { appendEnding } from "../../src/core/edits/end-relationship";
import { locateFrontmatter, readFrontmatter, type FrontmatterValue } from "../../src/core/syntax/frontmatter";
import { setFrontmatterKeys } from "../../src/core/syntax/frontmatter-edit";
import { completeActionInText, uncompleteActionInText } from "../../src/core/edits/write-back";
import { planCarryOver } from "../../src/core/edits/carry-over";
import { parseNote } from "../../src/core/notes/model";
import { buildDashboard } from "../../src/core/dashboard/dashboard";
import { modelData } from "../fixtures/dashboard-data";
import { VaultIndex } from "../../src/core/index/vault-index";
import { sameData } from "../../src/core/syntax/same-data";
import { meetingTexts } from "../../src/core/method/meeting-texts";
import { CLOSING_SECTIONS } from "../../src/core/notes/section-names";
import { ensureSections } from "../../src/core/notes/sections";
import type { EditResult } from "../../src/core/notes/types";
import { expectInsertOnly, expectLinesSurvive, expectOnlyLineChanged, expectRefusal, keyLine, linesOf } from "./byte-checks";

const RUNS = { numRuns: 1000 };
const TODAY = "2026-11-22";
const ENDING = meetingTexts("en").ending;

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
const note = fc.tuple(fc.boolean(), fc.option(frontmatter, { nil: "" }), body, eol).map(([bom, head, text, ending]) => {
  const firstEol = /\r\n|\n|\r/.exec(text)?.[0] ?? ending;
  return (bom ? "\uFEFF" : "") + head.replace(/\n/g, firstEol) + text;
});
/** A session note that reads: our frontmatter, then a random body. */
const session = fc.tuple(body, fc.array(keyValue, { maxLength: 4 })).map(([text, keys]) => {
  const firstEol = /\r\n|\n|\r/.exec(text)?.[0] ?? "\n";
  return ["---", "type: mentoring-session", "session: 3", "date: 2026-11-22", "status: open", ...keys, "---", ""].join("\n").replace(/\n/g, firstEol) + text;
});

// --- Checks per edit ----------------------------------------------------------------------------------

function split(text: string): { head: string; body: string } {
  const block = locateFrontmatter(text);
  const end = block?.closed ? block.end : 0;
  return { head: text.slice(0, end), body: text.slice(end) };
}

/** A result is a refusal with a reason and no text, or the same text when unchanged. */
function wellFormed(before: string, result: EditResult): result is Extract<EditResult, { ok: true }> {
  if (!result.ok) {
    expectRefusal(result);
    return false;
  }
  if (!result.changed) expect(result.text === before).toBe(true);
  return result.changed;
}

function checkClose(before: string): string {
  const result = closeSessionText(before, TODAY, 28, "en");
  if (!wellFormed(before, result)) return before;
  const a = split(before);
  const b = split(result.text);
  expectLinesSurvive(a.head, b.head, keyLine(["status", "next"]), "close (frontmatter)");
  expectInsertOnly(a.body, b.body, "close (body)");
  return result.text;
}

function checkSetKeys(before: string, updates: Record<string, FrontmatterValue | undefined>): string {
  const result = setFrontmatterKeys(before, updates);
  if (!wellFormed(before, result)) return before;
  const a = split(before);
  const b = split(result.text);
  if (a.head !== "") {
    expect(b.body === a.body, "the body is untouched").toBe(true);
    expectLinesSurvive(a.head, b.head, keyLine(Object.keys(updates)), "set keys");
  } else expect(result.text.endsWith(before.replace(/^\uFEFF/, ""))).toBe(true);
  return result.text;
}

function checkAppendEnding(before: string): string {
  const result = appendEnding(before, ENDING);
  if (!wellFormed(before, result)) return before;
  expect(result.text.startsWith(before)).toBe(true);
  return result.text;
}

function checkEnsure(before: string): string {
  const result = ensureSections(before, CLOSING_SECTIONS, "en");
  if (!wellFormed(before, result)) return before;
  expectInsertOnly(before, result.text, "ensureSections");
  return result.text;
}

/** Ticks (or unticks) the `pick`-th action; only its line may change. */
function checkTick(before: string, pick: number, done: boolean): string {
  const parsed = parseNote("Mentoring/Jane/S.md", before);
  const actions = parsed.kind === "session" ? parsed.note.actions : [];
  const action = actions[pick % Math.max(1, actions.length)];
  if (!action) return before;
  const expected = { line: action.line, raw: action.raw };
  const result = done ? completeActionInText(before, expected, TODAY, "tasks") : uncompleteActionInText(before, expected);
  if (!result.ok) {
    expectRefusal(result);
    return before;
  }
  expectOnlyLineChanged(before, result.text, result.line);
  return result.text;
}

function checkForward(before: string): string {
  const parsed = parseNote("Mentoring/Jane/S.md", before);
  if (parsed.kind !== "session") return before;
  const plan = planCarryOver([parsed.note], "Mentoring/Jane/2026-12-20 Session 4.md", "en");
  let text = before;
  for (const edit of plan.edits) {
    const { text: after, moved } = edit.apply(text);
    const movedLines = new Set(moved.map((move) => move.line));
    const a = linesOf(text);
    const b = linesOf(after);
    expect(b.length).toBe(a.length);
    a.forEach((line, i) => {
      if (!movedLines.has(i)) expect(b[i] === line).toBe(true);
    });
    text = after;
  }
  return text;
}

// --- Properties ---------------------------------------------------------------------------------------

describe("the index on random notes", () => {
  it("never throws, and a note set then reset reads as before", () => {
    fc.assert(
      fc.property(fc.array(note, { minLength: 1, maxLength: 6 }), (texts) => {
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
    fc.assert(
      fc.property(note, (text) => {
        const parsed = parseNote("Mentoring/Jane/N.md", text);
        if (parsed.kind === "other") return;
        for (const problem of parsed.problems) {
          expect(problem.file).toBe("Mentoring/Jane/N.md");
          expect(problem.reason.length).toBeGreaterThan(10);
        }
      }),
      RUNS,
    );
  });
});

describe("every core edit touches only its target bytes, on any note", () => {
  it("close session: keys and inserted headings only; twice equals once", () => {
    fc.assert(
      fc.property(fc.oneof(note, session), (text) => {
        const once = checkClose(text);
        if (!closeSessionText(text, TODAY, 28, "en").ok) return;
        expect(closeSessionText(once, TODAY, 28, "en")).toEqual({ ok: true, text: once, changed: false });
      }),
      RUNS,
    );
  });

  it("set frontmatter keys: only those keys; twice equals once", () => {
    const updates = fc.dictionary(
      fc.constantFrom("status", "next", "topic", "session", "custom", "new_key"),
      fc.oneof(fc.constantFrom<FrontmatterValue | undefined>("closed", "2026-12-20", 4, null, undefined, ["a", "b"], true), sentence),
      { maxKeys: 3 },
    );
    fc.assert(
      fc.property(fc.oneof(note, session), updates, (text, wanted) => {
        const once = checkSetKeys(text, wanted);
        const twice = setFrontmatterKeys(once, wanted);
        if (once !== text) expect(twice).toEqual({ ok: true, text: once, changed: false });
      }),
      RUNS,
    );
  });

  it("ticking an action: only that line; ticking it again changes nothing", () => {
    fc.assert(
      fc.property(session, fc.nat(), (text, pick) => {
        const once = checkTick(text, pick, true);
        if (once === text) return;
        expect(checkTick(once, pick, true)).toBe(once);
      }),
      RUNS,
    );
  });

  it("forwarding (carry-over move): only the forwarded lines; forwarding again changes nothing", () => {
    fc.assert(
      fc.property(session, (text) => {
        const once = checkForward(text);
        expect(checkForward(once)).toBe(once);
      }),
      RUNS,
    );
  });

  it("ensureSections and the ending block: text added, nothing else; twice equals once", () => {
    fc.assert(
      fc.property(fc.oneof(note, session), (text) => {
        const sections = checkEnsure(text);
        expect(checkEnsure(sections)).toBe(sections);
        const ended = checkAppendEnding(text);
        expect(checkAppendEnding(ended)).toBe(ended);
      }),
      RUNS,
    );
  });
});

type Step =
  | { kind: "close" }
  | { kind: "keys"; updates: Record<string, FrontmatterValue | undefined> }
  | { kind: "tick"; pick: number; done: boolean }
  | { kind: "forward" }
  | { kind: "ensure" }
  | { kind: "ending" };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constant<Step>({ kind: "close" }),
  fc.record({ kind: fc.constant("keys" as const), updates: fc.dictionary(fc.constantFrom("status", "next", "topic"), fc.constantFrom<FrontmatterValue | undefined>("closed", "open", "2026-12-20", undefined), { maxKeys: 2 }) }),
  fc.record({ kind: fc.constant("tick" as const), pick: fc.nat(), done: fc.boolean() }),
  fc.constant<Step>({ kind: "forward" }),
  fc.constant<Step>({ kind: "ensure" }),
  fc.constant<Step>({ kind: "ending" }),
);

function apply(text: string, s: Step): string {
  switch (s.kind) {
    case "close":
      return checkClose(text);
    case "keys":
      return checkSetKeys(text, s.updates);
    case "tick":
      return checkTick(text, s.pick, s.done);
    case "forward":
      return checkForward(text);
    case "ensure":
      return checkEnsure(text);
    case "ending":
      return checkAppendEnding(text);
  }
}

describe("random edit sequences on one note", () => {
  it("each step changes only its own target, and the note stays readable as it was", () => {
    fc.assert(
      fc.property(fc.oneof(session, note), fc.array(step, { maxLength: 8 }), (text, steps) => {
        const readable = readFrontmatter(text).kind;
        let current = text;
        for (const s of steps) current = apply(current, s);
        // An edit never breaks frontmatter that was readable, nor makes broken frontmatter look fixed.
        const after = readFrontmatter(current).kind;
        if (readable === "ok") expect(after).toBe("ok");
        // (A note ending right at its closing fence gets a line ending there when text is appended.)
        const head = (t: string): string => split(t).head.replace(/(\r\n|\n|\r)$/, "");
        if (readable === "problem") expect(head(current)).toBe(head(text));
      }),
      RUNS,
    );
  });
});
