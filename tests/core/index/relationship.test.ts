import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseNote } from "../../../src/core/notes/parse-note";
import { IndexedRelationship, SessionFolder } from "../../../src/core/index/relationship";
import type { Agreement, Session } from "../../../src/core/notes/types";
import { runs } from "../../setup/property-runs";

const FOLDER = "Mentoring/Åse";
const NAMES = ["Session 1.md", "Session 10.md", "Session 2.md", "a.md", "Zeta.md", "ø.md"];

function session(name: string, date: string | null, number: number, actions: ReadonlyArray<[open: boolean, due: string | null]>): Session {
  const lines = actions.map(([open, due], i) => `- [${open ? " " : "x"}] Opgave ${i}${due ? ` 📅 ${due}` : ""}`);
  const text = `---\ntype: mentoring-session\nsession: ${number}\n${date ? `date: ${date}\n` : ""}---\n## Actions\n${lines.join("\n")}\n`;
  const parsed = parseNote(`${FOLDER}/${name}`, text);
  if (parsed.kind !== "session") throw new Error("not a session");
  return parsed.note;
}

const dateArb = fc.option(fc.constantFrom("2026-01-10", "2026-02-01", "2026-02-01", "2026-12-24"), { nil: null });
const operationArb = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant("put" as const),
      name: fc.constantFrom(...NAMES),
      date: dateArb,
      number: fc.integer({ min: 1, max: 4 }),
      actions: fc.array(fc.tuple(fc.boolean(), dateArb), { maxLength: 5 }),
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ kind: fc.constant("remove" as const), name: fc.constantFrom(...NAMES) }), weight: 1 },
);

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const nullLast = <T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : compare(a, b);

describe("SessionFolder, kept in order one note at a time", () => {
  it("holds what sorting its current sessions from scratch gives, whatever order notes come and go in", () => {
    fc.assert(
      fc.property(fc.array(operationArb, { maxLength: 30 }), (operations) => {
        const folder = new SessionFolder();
        const current = new Map<string, Session>();
        for (const operation of operations) {
          const previous = current.get(operation.name);
          if (operation.kind === "put") {
            const next = session(operation.name, operation.date, operation.number, operation.actions);
            folder.put(next, previous);
            current.set(operation.name, next);
          } else if (previous) {
            folder.remove(previous);
            current.delete(operation.name);
          }
        }
        const byFile = [...current.values()].sort((a, b) => byCodeUnits(a.file, b.file));
        const byMeeting = [...current.values()].sort(
          (a, b) => nullLast(a.date, b.date, byCodeUnits) || nullLast(a.number, b.number, (x, y) => x - y) || byCodeUnits(a.file, b.file),
        );
        const dayOf = (due: string | null): number => (due === null ? 100_000_000 : Number(due.replaceAll("-", "")));
        // By due day (undated last), then file, then line: a stable sort of the actions in file and line order.
        const open = byFile
          .flatMap((note) => note.actions.filter((action) => action.state === "open"))
          .sort((a, b) => dayOf(a.task.due) - dayOf(b.task.due));
        expect(folder.size).toBe(current.size);
        expect(folder.byFile).toEqual(byFile);
        expect(folder.byMeeting).toEqual(byMeeting);
        expect(folder.openActions).toEqual(open);
        // The very objects of the current sessions: none left over from a note replaced or removed.
        expect(folder.openActions.every((action, i) => action === open[i])).toBe(true);
      }),
      runs(1000),
    );
  });
});

function agreement(): Agreement {
  const parsed = parseNote(`${FOLDER}/Aftale.md`, "---\ntype: mentoring-agreement\nrole: mentor\nmentee: Åse\n---\n");
  if (parsed.kind !== "agreement") throw new Error("not an agreement");
  return parsed.note;
}

describe("IndexedRelationship", () => {
  it("keeps the sessions and open actions it was made from when a note of its folder changes afterwards", () => {
    const folder = new SessionFolder();
    const first = session("Session 1.md", "2026-01-10", 1, [[true, "2026-02-01"]]);
    folder.put(first, undefined);
    const readBefore = new IndexedRelationship(FOLDER, agreement(), [folder]);
    const readAfter = new IndexedRelationship(FOLDER, agreement(), [folder]);
    expect(readBefore.openActions.map((action) => action.file)).toEqual([first.file]);

    folder.put(session("Session 2.md", "2026-02-01", 2, [[true, "2026-01-20"]]), undefined);
    for (const relationship of [readBefore, readAfter]) {
      expect(relationship.sessions).toEqual([first]);
      expect(relationship.openActions).toEqual(first.actions);
    }
  });

  it("merges the sessions of several folders into meeting order", () => {
    const [later, earlier] = [new SessionFolder(), new SessionFolder()];
    later.put(session("Session 2.md", "2026-02-01", 2, [[true, null]]), undefined);
    earlier.put(session("Session 1.md", "2026-01-10", 1, [[true, "2026-03-01"]]), undefined);
    const relationship = new IndexedRelationship(FOLDER, agreement(), [later, earlier]);
    expect(relationship.sessions.map((note) => note.date)).toEqual(["2026-01-10", "2026-02-01"]);
    expect(relationship.openActions.map((action) => action.due)).toEqual(["2026-03-01", null]);
  });
});
