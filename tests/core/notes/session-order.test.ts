import { describe, expect, it } from "vitest";
import { compareSessions } from "../../../src/core/notes/session-order";
import { previousSession } from "../../../src/core/notes/session-plan";

const s = (file: string, date: string | null, number: number | null) => ({ file, date, number });

describe("compareSessions, the one order of a relationship's sessions", () => {
  it("is by date, then number, then file, with undated and unnumbered sessions after the others", () => {
    const sessions = [
      s("x.md", null, 1),
      s("b.md", "2026-02-01", null),
      s("a.md", "2026-02-01", 2),
      s("c.md", "2026-01-10", 5),
      s("w.md", null, null),
      s("v.md", null, null),
      s("d.md", "2026-02-01", 2),
    ];
    expect([...sessions].sort(compareSessions).map((session) => session.file)).toEqual(["c.md", "a.md", "d.md", "b.md", "x.md", "v.md", "w.md"]);
  });

  it("is the order session planning reads: the previous session is the last in it", () => {
    const sessions = [s("a.md", "2026-01-10", 1), s("b.md", null, 2), s("c.md", "2026-02-01", null)];
    expect(previousSession(sessions)).toBe([...sessions].sort(compareSessions).at(-1));
  });
});
