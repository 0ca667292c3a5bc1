import { describe, it, expect } from "vitest";
import { planCarryOver, withoutCarried } from "../../src/core/carry-over";
import { parseNote } from "../../src/core/model";
import type { Session } from "../../src/core/types";

const folder = "Mentoring/Jane Doe";

function session(file: string, text: string): Session {
  const parsed = parseNote(`${folder}/${file}.md`, text);
  if (parsed.kind !== "session") throw new Error(`not a session: ${file}`);
  return parsed.note;
}

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
  const sessions = [session("2026-10-04 Session 2", session2), session("2026-11-01 Session 3", session3)];
  const target = `${folder}/2026-11-22 Session 4.md`;

  it("moves each open action once, in session order, with a link back", () => {
    const plan = planCarryOver(sessions, target, "en");
    const openCount = sessions.flatMap((s) => s.actions).filter((a) => a.state === "open").length;
    expect(plan.lines).toHaveLength(openCount);
    expect(plan.lines).toHaveLength(4);
    expect(plan.lines[0]).toContain("Ask Per about the budget process");
    expect(plan.lines[0]).toContain("[[2026-10-04 Session 2]]");
    expect(plan.lines[3]).toContain("Øve præsentationen");
    expect(plan.lines[3]).toContain("[[2026-11-01 Session 3]]");
    // The block id stays with the original; the copy is top level.
    expect(plan.lines.some((line) => line.includes("^charter"))).toBe(false);
    expect(plan.lines.every((line) => !line.startsWith("\t"))).toBe(true);
    expect(plan.edits.map((edit) => edit.file)).toEqual([sessions[0]?.file, sessions[1]?.file]);
  });

  it("keeps due dates readable after the link back", () => {
    const plan = planCarryOver(sessions, target, "en");
    const carried = session("2026-11-22 Session 4", `---\ntype: mentoring-session\nsession: 4\n---\n## Actions\n${plan.lines.join("\n")}\n`);
    expect(carried.actions.map((a) => a.task.due)).toEqual(["2026-10-20", null, null, "2026-11-15"]);
    expect(carried.actions.map((a) => a.task.owner)).toEqual(["mentee", "mentor", "mentee", "mentee"]);
    expect(carried.actions.every((a) => a.state === "open")).toBe(true);
  });

  it("forwards the originals and changes nothing else (CRLF and BOM kept)", () => {
    const plan = planCarryOver(sessions, target, "en");
    const [edit2, edit3] = plan.edits;
    const after2 = edit2?.edit(session2) ?? "";
    const after3 = edit3?.edit(session3) ?? "";
    const before2 = session2.split("\n");
    const changed = after2.split("\n").map((line, i) => (line === before2[i] ? null : i)).filter((i) => i !== null);
    expect(changed).toEqual([10, 12, 13]);
    expect(after3.startsWith("\uFEFF---\r\n")).toBe(true);
    expect(after3.split("\r\n")).toHaveLength(session3.split("\r\n").length);
    const reparsed = [session("2026-10-04 Session 2", after2), session("2026-11-01 Session 3", after3)];
    for (const s of reparsed) expect(s.actions.filter((a) => a.state === "open")).toEqual([]);
    expect(reparsed[0]?.actions.filter((a) => a.state === "forwarded").every((a) => a.raw.includes("[[2026-11-22 Session 4]]") || a.raw.includes("moved earlier"))).toBe(true);
    expect(after2).toContain("^charter");
  });

  it("run twice: one open copy of each action, originals forwarded once", () => {
    const first = planCarryOver(sessions, target, "en");
    const texts = [first.edits[0]?.edit(session2) ?? "", first.edits[1]?.edit(session3) ?? ""];
    // Applying the same edit again changes nothing: the lines are no longer the open ones expected.
    expect(first.edits[0]?.apply(texts[0] ?? "")).toEqual({ text: texts[0], moved: [] });
    const newNote = `---\ntype: mentoring-session\nsession: 4\ndate: 2026-11-22\n---\n## Actions\n${first.lines.join("\n")}\n`;
    const after = [
      session("2026-10-04 Session 2", texts[0] ?? ""),
      session("2026-11-01 Session 3", texts[1] ?? ""),
      session("2026-11-22 Session 4", newNote),
    ];
    // Planning again from the notes as they now are moves nothing out of the old sessions.
    const second = planCarryOver(after, target, "en");
    expect(second.lines).toEqual([]);
    expect(second.edits).toEqual([]);
    const open = after.flatMap((s) => s.actions).filter((a) => a.state === "open");
    expect(open).toHaveLength(4);
    expect(new Set(open.map((a) => a.task.text.split(" (")[0])).size).toBe(4);
  });

  it("skips a line the user changed after planning, and the new note then leaves its copy out", () => {
    const plan = planCarryOver(sessions, target, "en");
    const edited = session2.replace("Ask Per about the budget process", "Ask Per and Ida about the budget process");
    const result = plan.edits[0]?.apply(edited);
    expect(result?.moved.map((m) => m.raw)).toEqual(["- [ ] Draft the team charter [owner:: mentor]", "\t- [ ] Send it to the team first ^charter"]);
    expect(result?.text).toContain("- [ ] Ask Per and Ida about the budget process 📅 2026-10-20");
    const skipped = plan.edits[0]?.moves.filter((m) => !result?.moved.includes(m)) ?? [];
    const note = withoutCarried(`## Actions\n${plan.lines.join("\n")}\n`, skipped);
    expect(note).not.toContain("Ask Per");
    expect(note.split("\n").filter((l) => l.startsWith("- ["))).toHaveLength(3);
  });

  it("finds a planned line that moved down because lines were added above it", () => {
    const plan = planCarryOver(sessions, target, "en");
    const shifted = session2.replace("# Session 2\n", "# Session 2\nA note added later.\n\n");
    const result = plan.edits[0]?.apply(shifted);
    expect(result?.moved).toHaveLength(3);
  });

  it("never takes the target note as a source and writes Danish links in Danish", () => {
    const plan = planCarryOver(sessions, `${folder}/2026-11-01 Session 3.md`, "da");
    expect(plan.edits.map((e) => e.file)).toEqual([sessions[0]?.file]);
    expect(plan.lines[0]).not.toContain("moved from");
  });
});
