import { describe, expect, it } from "vitest";
import { lostMoves, reopened } from "../../../src/core/notes/lost-moves";
import { planCarryOver } from "../../../src/core/edits/carry-over";
import { parseNote } from "../../../src/core/notes/parse-note";
import type { Session } from "../../../src/core/notes/types";

const FOLDER = "M/Anna";
const note = (file: string, date: string, actions: readonly string[]): Session => {
  const parsed = parseNote(`${FOLDER}/${file}.md`, `---\ntype: mentoring-session\ndate: ${date}\n---\n## Actions\n${actions.join("\n")}\n`);
  if (parsed.kind !== "session") throw new Error("not a session");
  return parsed.note;
};
const texts = (actions: readonly { raw: string }[]): string[] => actions.map((action) => action.raw);

const firstSession = (): Session => note("S1", "2026-10-01", [
  "- [>] Call the team lead (moved to [[S2]]) 📅 2026-10-20",
  "- [>] Read the book (moved to [[S2]])",
  "- [x] Done already",
  "- [>] Book the course → [[S2]]",
]);
const secondSession = (): Session => note("S2", "2026-11-01", ["- [ ] Call the team lead (moved from [[S1]]) 📅 2026-10-20", "- [ ] Read the book (moved from [[S1]])"]);

describe("lostMoves", () => {
  it("finds nothing while the session moved to holds every copy", () => {
    expect(lostMoves([firstSession(), secondSession()])).toEqual([]);
  });

  it("the session moved to is gone: every action forwarded to it is lost; a [>] written by hand is not ours", () => {
    expect(texts(lostMoves([firstSession()]))).toEqual(["- [>] Call the team lead (moved to [[S2]]) 📅 2026-10-20", "- [>] Read the book (moved to [[S2]])"]);
  });

  it("finds the copies in a note whatever else shares its name: every session named like the link is looked in", () => {
    // "Archive/S2" holds the copies; a later "S2" in another folder holds none. Both answer to [[S2]].
    const archived = note("Archive/S2", "2026-11-01", ["- [ ] Call the team lead (moved from [[S1]]) 📅 2026-10-20", "- [ ] Read the book (moved from [[S1]])"]);
    const namesake = note("S2", "2026-11-15", ["- [ ] Something else"]);
    expect(lostMoves([firstSession(), archived, namesake])).toEqual([]);
  });

  it("the session is there but one copy was removed: that action alone is lost", () => {
    const second = note("S2", "2026-11-01", ["- [ ] Read the book (moved from [[S1]])"]);
    expect(texts(lostMoves([firstSession(), second]))).toEqual(["- [>] Call the team lead (moved to [[S2]]) 📅 2026-10-20"]);
  });

  it("a copy ticked, reworded or moved on again still holds its action", () => {
    const second = note("S2", "2026-11-01", [
      "- [x] Call the team lead (moved from [[S1]]) ✅ 2026-11-02",
      "- [>] Read the whole book (moved from [[S1]]) (moved to [[S3]])",
    ]);
    const third = note("S3", "2026-12-01", ["- [ ] Read the whole book (moved from [[S2]])"]);
    expect(lostMoves([firstSession(), second, third])).toEqual([]);
    // The last session deleted: the copy forwarded to it is lost, not the first original (S2 holds a line for it).
    expect(texts(lostMoves([firstSession(), second]))).toEqual(["- [>] Read the whole book (moved from [[S1]]) (moved to [[S3]])"]);
  });

  it("matches a copy by its words whatever the spacing; a line without a link back is no copy; only [>] lines were moved", () => {
    const first = note("S1", "2026-10-01", [
      "- [>] Read the book (moved to [[S2]])",
      "- [>] Call  the   team lead (moved to [[S2]])",
      "- [x] Called the mentor (moved to [[S2]])",
    ]);
    const second = note("S2", "2026-11-01", ["- [ ] Call the team lead (moved from [[S1]])", "- [ ] Read the book"]);
    expect(texts(lostMoves([first, second]))).toEqual(["- [>] Read the book (moved to [[S2]])"]);
  });

  it("reads Danish link notes and links in other case or with a folder", () => {
    const first = note("Møde 1", "2026-10-01", ["- [>] Ring til lederen (flyttet til [[møde 2]])", "- [>] Læs bogen (flyttet til [[M/Anna/Møde 2|næste]])"]);
    const second = note("Møde 2", "2026-11-01", ["- [ ] Læs bogen (flyttet fra [[Møde 1]])"]);
    expect(texts(lostMoves([first, second]))).toEqual(["- [>] Ring til lederen (flyttet til [[møde 2]])"]);
  });

  it("reopened: the lost action as an open one, with its due date and owner", () => {
    const [lost] = lostMoves([firstSession()]);
    if (!lost) throw new Error("expected a lost action");
    expect(reopened(lost)).toMatchObject({ file: `${FOLDER}/S1.md`, line: 5, state: "open", due: "2026-10-20", dueDay: 20261020, owner: "mentee" });
  });
});

describe("planCarryOver moves lost actions again", () => {
  it("the copy is open and links back; the original's link forward points at the new note; nothing else moves", () => {
    const open = note("S1b", "2026-10-02", ["- [ ] Still open"]);
    const plan = planCarryOver([firstSession(), open], `${FOLDER}/S3.md`, "en");
    expect(plan.lines).toEqual([
      "- [ ] Call the team lead (moved from [[S1]]) 📅 2026-10-20",
      "- [ ] Read the book (moved from [[S1]])",
      "- [ ] Still open (moved from [[S1b]])",
    ]);
    const [first] = plan.edits;
    expect(first?.moves.map((move) => [move.line, move.forwarded])).toEqual([
      [5, "- [>] Call the team lead (moved to [[S3]]) 📅 2026-10-20"],
      [6, "- [>] Read the book (moved to [[S3]])"],
    ]);
  });

  it("actions whose copies are held do not move twice", () => {
    expect(planCarryOver([firstSession(), secondSession()], `${FOLDER}/S3.md`, "en").lines).toEqual([
      "- [ ] Call the team lead (moved from [[S2]]) 📅 2026-10-20",
      "- [ ] Read the book (moved from [[S2]])",
    ]);
  });
});
