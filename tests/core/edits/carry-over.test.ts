import { describe, it, expect } from "vitest";
import { noteAfterMoves, planCarryOver, undoMoves, type CarryOverPlan } from "../../../src/core/edits/carry-over";
import type { Language, Session } from "../../../src/core/notes/types";
import { sessionNote, sessionOf } from "../../fixtures/sessions";

const folder = "Mentoring/Jane Doe";

const session = (file: string, text: string): Session => sessionOf(`${folder}/${file}.md`, text);

const session2 = [
  "---",
  "type: mentoring-session",
  "session: 2",
  "date: 2026-10-04",
  "status: closed",
  "---",
  "# Session 2",
  "",
  "## Actions",
  "",
  "- [ ] Ask Per about the budget process 📅 2026-10-20",
  "- [x] Read the onboarding guide ✅ 2026-10-10",
  "- [ ] Draft the team charter [owner:: mentor]",
  "\t- [ ] Send it to the team first ^charter",
  "- [>] Book the course (moved earlier)",
  "",
].join("\n");

const session3 = [
  "\uFEFF---",
  "type: mentoring-session",
  "session: 3",
  "date: 2026-11-01",
  "---",
  "## Handlinger",
  "- [/] Øve præsentationen for ledergruppen 🎯 [due:: 2026-11-15]",
  "- [-] Droppet: kursus i Excel",
  "",
].join("\r\n");

describe("planCarryOver", () => {
  const sessions = (): Session[] => [session("2026-10-04 Session 2", session2), session("2026-11-01 Session 3", session3)];
  const target = `${folder}/2026-11-22 Session 4.md`;

  // The expected lines and notes are written out: the copies open, top level, with a link back before a
  // Tasks date or after Dataview fields, no block id; the originals forwarded ([>]) with a link to the new
  // session in the same place, the block id kept, every other byte as it was.
  const copies = [
    "- [ ] Ask Per about the budget process (moved from [[2026-10-04 Session 2]]) 📅 2026-10-20",
    "- [ ] Draft the team charter [owner:: mentor] (moved from [[2026-10-04 Session 2]])",
    "- [ ] Send it to the team first (moved from [[2026-10-04 Session 2]])",
    "- [/] Øve præsentationen for ledergruppen 🎯 [due:: 2026-11-15] (moved from [[2026-11-01 Session 3]])",
  ];
  const to = "(moved to [[2026-11-22 Session 4]])";
  const forwarded2 = session2
    .replace("- [ ] Ask Per about the budget process 📅 2026-10-20\n", `- [>] Ask Per about the budget process ${to} 📅 2026-10-20\n`)
    .replace("- [ ] Draft the team charter [owner:: mentor]\n", `- [>] Draft the team charter [owner:: mentor] ${to}\n`)
    .replace("\t- [ ] Send it to the team first ^charter\n", `\t- [>] Send it to the team first ${to} ^charter\n`);
  const forwarded3 = session3.replace(
    "- [/] Øve præsentationen for ledergruppen 🎯 [due:: 2026-11-15]\r\n",
    `- [>] Øve præsentationen for ledergruppen 🎯 [due:: 2026-11-15] ${to}\r\n`,
  );

  it("moves each open action once, in session order, with a link back", () => {
    const plan = planCarryOver(sessions(), target, "en");
    expect(plan.lines).toEqual(copies);
    expect(plan.edits.map((edit) => edit.file)).toEqual([`${folder}/2026-10-04 Session 2.md`, `${folder}/2026-11-01 Session 3.md`]);
  });

  it("keeps due dates readable after the link back: the Tasks date last, the Dataview field where it was", () => {
    const plan = planCarryOver(sessions(), target, "en");
    // Read here by hand: a Tasks due date must end the line, and a Dataview field may stand anywhere.
    const dueOf = (line: string): string | null => / 📅 (\d{4}-\d\d-\d\d)$/.exec(line)?.[1] ?? /\[due:: (\d{4}-\d\d-\d\d)\]/.exec(line)?.[1] ?? null;
    expect(plan.lines.map(dueOf)).toEqual(["2026-10-20", null, null, "2026-11-15"]);
  });

  it("forwards the originals and changes nothing else (CRLF and BOM kept)", () => {
    const plan = planCarryOver(sessions(), target, "en");
    const [edit2, edit3] = plan.edits;
    // The written-out expectations change exactly the planned lines.
    expect(forwarded2).not.toBe(session2);
    expect(forwarded2.split("(moved to ")).toHaveLength(4);
    expect(forwarded3.split("(moved to ")).toHaveLength(2);
    expect(edit2?.apply(session2).text).toBe(forwarded2);
    expect(edit3?.apply(session3).text).toBe(forwarded3);
  });

  it("run twice: one open copy of each action, originals forwarded once", () => {
    const first = planCarryOver(sessions(), target, "en");
    const texts = [first.edits[0]?.apply(session2).text ?? "", first.edits[1]?.apply(session3).text ?? ""];
    expect(texts).toEqual([forwarded2, forwarded3]);
    // Applying the same edit again changes nothing: the lines are no longer the open ones expected.
    expect(first.edits[0]?.apply(forwarded2)).toEqual({ text: forwarded2, moved: [] });
    expect(first.edits[1]?.apply(forwarded3)).toEqual({ text: forwarded3, moved: [] });
    const after = [
      session("2026-10-04 Session 2", forwarded2),
      session("2026-11-01 Session 3", forwarded3),
      session("2026-11-22 Session 4", sessionNote(4, "2026-11-22", first.lines)),
    ];
    // Planning again from the notes as they now are moves nothing out of the old sessions.
    const second = planCarryOver(after, target, "en");
    expect(second.lines).toEqual([]);
    expect(second.edits).toEqual([]);
  });

  it("skips a line the user changed after planning, and the new note then leaves its copy out", () => {
    const plan = planCarryOver(sessions(), target, "en");
    const edited = session2.replace("Ask Per about the budget process", "Ask Per and Ida about the budget process");
    const result = plan.edits[0]?.apply(edited);
    expect(result?.moved.map((m) => m.raw)).toEqual(["- [ ] Draft the team charter [owner:: mentor]", "\t- [ ] Send it to the team first ^charter"]);
    expect(result?.text).toContain("- [ ] Ask Per and Ida about the budget process 📅 2026-10-20");
    // The other session's lines are still as planned: all of them forwarded.
    const moved = [...(result?.moved ?? []), ...(plan.edits[1]?.apply(session3).moved ?? [])];
    const note = noteAfterMoves(`## Actions\n${plan.lines.join("\n")}\n`, plan, moved);
    expect(note).not.toContain("Ask Per");
    expect(note.split("\n").filter((l) => l.startsWith("- ["))).toHaveLength(3);
  });

  it("of two identical lines of which only one was forwarded, leaves out one copy, not both", () => {
    const twice = session2.replace("## Actions\n\n", "## Actions\n\n- [ ] Call Per\n- [ ] Call Per\n");
    const plan = planCarryOver([session("2026-10-04 Session 2", twice)], target, "en");
    const copy = "- [ ] Call Per (moved from [[2026-10-04 Session 2]])";
    expect(plan.lines.filter((line) => line === copy)).toHaveLength(2);
    // The user deleted one of the two before the move was applied: only one original is forwarded.
    const result = plan.edits[0]?.apply(twice.replace("- [ ] Call Per\n- [ ] Call Per\n", "- [ ] Call Per\n"));
    expect(result?.moved.filter((move) => move.carried === copy)).toHaveLength(1);
    const note = noteAfterMoves(`## Actions\n${plan.lines.join("\n")}\n`, plan, result?.moved ?? []);
    expect(note.split("\n").filter((line) => line === copy)).toHaveLength(1);
  });

  it("finds a planned line that moved down because lines were added above it", () => {
    const plan = planCarryOver(sessions(), target, "en");
    const shifted = session2.replace("# Session 2\n", "# Session 2\nA note added later.\n\n");
    const result = plan.edits[0]?.apply(shifted);
    expect(result?.moved).toHaveLength(3);
  });

  it("refuses a planned line that moved and now appears twice: it cannot tell which one was meant", () => {
    const plan = planCarryOver(sessions(), target, "en");
    const ask = "- [ ] Ask Per about the budget process 📅 2026-10-20";
    // A line added above moves every line down, and the user pasted the same action a second time below.
    const doubled = session2.replace("# Session 2\n", "# Session 2\nA note added later.\n").replace(`${ask}\n`, `${ask}\n${ask}\n`);
    const result = plan.edits[0]?.apply(doubled);
    expect(result?.moved.map((m) => m.raw)).toEqual(["- [ ] Draft the team charter [owner:: mentor]", "\t- [ ] Send it to the team first ^charter"]);
    expect(result?.text.split("\n").filter((line) => line === ask)).toHaveLength(2);
  });

  it("never takes the target note as a source and writes Danish links in Danish", () => {
    const plan = planCarryOver(sessions(), `${folder}/2026-11-01 Session 3.md`, "da");
    expect(plan.edits.map((e) => e.file)).toEqual([sessions()[0]?.file]);
    expect(plan.lines[0]).not.toContain("moved from");
  });

  // A command that forwarded lines and then could not write the new note puts them back.
  describe("undoMoves", () => {
    const forward = (plan: CarryOverPlan, index: number, text: string) => plan.edits[index]?.apply(text) ?? { text, moved: [] };

    it("puts the forwarded lines back byte for byte (CRLF and BOM kept)", () => {
      const plan = planCarryOver(sessions(), target, "en");
      const two = forward(plan, 0, session2);
      const three = forward(plan, 1, session3);
      expect(undoMoves(two.text, two.moved)).toEqual({ text: session2, restored: two.moved });
      expect(undoMoves(three.text, three.moved)).toEqual({ text: session3, restored: three.moved });
    });

    it("leaves a forwarded line that changed since as it is, and puts back the others", () => {
      const plan = planCarryOver(sessions(), target, "en");
      const two = forward(plan, 0, session2);
      const edited = two.text.replace("- [>] Draft the team charter", "- [x] Draft the team charter");
      const result = undoMoves(edited, two.moved);
      expect(result.restored.map((m) => m.raw)).toEqual(["- [ ] Ask Per about the budget process 📅 2026-10-20", "\t- [ ] Send it to the team first ^charter"]);
      expect(result.text).toBe(session2.replace("- [ ] Draft the team charter [owner:: mentor]\n", `- [x] Draft the team charter [owner:: mentor] ${to}\n`));
    });

    it("finds a forwarded line that moved down, and a second undo changes nothing", () => {
      const plan = planCarryOver(sessions(), target, "en");
      const two = forward(plan, 0, session2);
      const shifted = two.text.replace("# Session 2\n", "# Session 2\nA note added later.\n\n");
      const once = undoMoves(shifted, two.moved);
      expect(once.text).toBe(session2.replace("# Session 2\n", "# Session 2\nA note added later.\n\n"));
      expect(undoMoves(once.text, two.moved)).toEqual({ text: once.text, restored: [] });
    });

    it("leaves lines alone that were never forwarded (an empty list changes nothing)", () => {
      expect(undoMoves(session2, [])).toEqual({ text: session2, restored: [] });
      const plan = planCarryOver(sessions(), target, "en");
      expect(undoMoves(session2, plan.edits[0]?.moves ?? [])).toEqual({ text: session2, restored: [] });
    });
  });
});

describe("an action moved more than once", () => {
  const name = (n: number): string => `2026-1${n}-01 Session ${n}`;
  const path = (n: number): string => `${folder}/${name(n)}.md`;

  /** Plans and applies a move of every open action of `texts` into a new session `to`, as the commands do. */
  function move(texts: Map<number, string>, to: number, lang: Language = "en"): CarryOverPlan {
    const sessions = [...texts.entries()].map(([n, text]) => sessionOf(path(n), text));
    const plan = planCarryOver(sessions, path(to), lang);
    for (const edit of plan.edits) {
      const n = [...texts.keys()].find((key) => path(key) === edit.file) ?? -1;
      const result = edit.apply(texts.get(n) ?? "");
      expect(result.moved).toEqual(edit.moves);
      texts.set(n, result.text);
    }
    texts.set(to, sessionNote(to, `2026-1${to}-01`, plan.lines));
    return plan;
  }

  it("links back once, to the session it just left; each forwarded original keeps its own links", () => {
    const texts = new Map([[1, sessionNote(1, "2026-11-01", ["- [ ] Read the book 📅 2026-12-20"])]]);
    move(texts, 2);
    move(texts, 3);
    move(texts, 4);
    expect(texts.get(4)).toContain(`\n- [ ] Read the book (moved from [[${name(3)}]]) 📅 2026-12-20\n`);
    // The history is the chain of forwarded originals: each says where it came from and where it went.
    expect(texts.get(1)).toContain(`\n- [>] Read the book (moved to [[${name(2)}]]) 📅 2026-12-20\n`);
    expect(texts.get(2)).toContain(`\n- [>] Read the book (moved from [[${name(1)}]]) (moved to [[${name(3)}]]) 📅 2026-12-20\n`);
    expect(texts.get(3)).toContain(`\n- [>] Read the book (moved from [[${name(2)}]]) (moved to [[${name(4)}]]) 📅 2026-12-20\n`);
    const open = [...texts.values()].flatMap((text) => text.split("\n")).filter((line) => line.startsWith("- [ ]"));
    expect(open).toHaveLength(1);
  });

  it("keeps every byte the user wrote: words after the link, status, Tasks and inline fields", () => {
    const line = "- [/] Call Ida about *the plan* ⏫ 🔁 every week ⏳ 2026-11-30 📅 2026-12-01 ^call";
    const texts = new Map([[1, sessionNote(1, "2026-11-01", ["- [x] Context", `\t${line}`])]]);
    move(texts, 2);
    expect(texts.get(2)).toContain(`\n- [/] Call Ida about *the plan* (moved from [[${name(1)}]]) ⏫ 🔁 every week ⏳ 2026-11-30 📅 2026-12-01\n`);
    // The mentor adds a word after our link in session 2; the next move replaces only the link.
    texts.set(2, (texts.get(2) ?? "").replace(`(moved from [[${name(1)}]])`, `(moved from [[${name(1)}]]) — Ida is away until the 5th`));
    move(texts, 3);
    expect(texts.get(3)).toContain(`\n- [/] Call Ida about *the plan* (moved from [[${name(2)}]]) — Ida is away until the 5th ⏫ 🔁 every week ⏳ 2026-11-30 📅 2026-12-01\n`);
    // The block id stays with the very first original, which keeps every byte but its status and a link.
    expect(texts.get(1)).toContain(`\n\t- [>] Call Ida about *the plan* (moved to [[${name(2)}]]) ⏫ 🔁 every week ⏳ 2026-11-30 📅 2026-12-01 ^call\n`);
  });

  it("replaces a link back in the other language, and collapses the several links older versions wrote", () => {
    const texts = new Map([[1, sessionNote(1, "2026-11-01", ["- [ ] Øve præsentationen [due:: 2026-12-01]"], { heading: "## Handlinger" })]]);
    move(texts, 2, "en");
    move(texts, 3, "da");
    expect(texts.get(3)).toContain(`\n- [ ] Øve præsentationen [due:: 2026-12-01] (flyttet fra [[${name(2)}]])\n`);
    // A copy written before this fix, with two links back: its next copy has one.
    const legacy = `- [ ] Ask Per (moved from [[${name(1)}]]) (moved from [[${name(2)}]]) 📅 2026-12-01`;
    const plan = planCarryOver([sessionOf(path(3), sessionNote(3, "2026-13-01", [legacy]))], path(4), "en");
    expect(plan.lines).toEqual([`- [ ] Ask Per (moved from [[${name(3)}]]) 📅 2026-12-01`]);
    expect(plan.edits[0]?.apply(sessionNote(3, "2026-13-01", [legacy])).text).toContain(`- [>] ${legacy.slice(6).replace(" 📅", ` (moved to [[${name(4)}]]) 📅`)}`);
  });
});

describe("carry-over on a line with a long run of blanks", () => {
  // Its time is a bench figure: a pattern that backtracks over the blanks shows there, not here.
  it("keeps the blanks", () => {
    const blanks = " \t".repeat(100_000);
    const line = `- [ ] Paste${blanks}end (moved from [[2026-11-01 Session 1]])${blanks}📅 2026-12-01${blanks}^pasted`;
    const text = sessionNote(2, "2026-12-01", [line]);
    const plan = planCarryOver([session("2026-12-01 Session 2", text)], `${folder}/2026-12-15 Session 3.md`, "en");
    expect(plan.lines).toEqual([`- [ ] Paste${blanks}end (moved from [[2026-12-01 Session 2]])${blanks}📅 2026-12-01`]);
  });
});
