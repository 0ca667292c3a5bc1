import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { nextSessionNumber, phaseFor, previousSession, sessionOnDay, type SessionLike } from "../../../src/core/notes/session-plan";
import { runs } from "../../setup/property-runs";

const session = (number: number | null, date: string | null, file = `Mentoring/Jane Doe/${date ?? "x"} Session ${number ?? "?"}.md`): SessionLike => ({
  file,
  number,
  date,
});

describe("nextSessionNumber", () => {
  it("starts at one", () => {
    expect(nextSessionNumber([])).toBe(1);
  });

  it("is one more than the highest number, gaps kept", () => {
    expect(nextSessionNumber([session(1, "2026-09-01"), session(2, "2026-10-01"), session(5, "2026-11-01")])).toBe(6);
  });

  it("does not depend on date order", () => {
    const sessions = [session(3, "2026-09-01"), session(1, "2026-11-01"), session(2, "2026-10-01")];
    expect(nextSessionNumber(sessions)).toBe(4);
    expect(nextSessionNumber([...sessions].reverse())).toBe(4);
  });

  it("counts an unnumbered session as the one after those dated before it", () => {
    expect(nextSessionNumber([session(null, "2026-09-01"), session(null, "2026-10-01")])).toBe(3);
    expect(nextSessionNumber([session(1, "2026-09-01"), session(5, "2026-10-01"), session(null, "2026-11-01")])).toBe(7);
    // Unnumbered early, numbered later: the number already covers it.
    expect(nextSessionNumber([session(null, "2026-09-01"), session(4, "2026-10-01")])).toBe(5);
    // The same sessions listed in another order (as a folder listing may give them): dates decide.
    expect(nextSessionNumber([session(4, "2026-10-01"), session(null, "2026-09-01")])).toBe(5);
  });

  it("never gives a number two notes would share when the data conflict: one more than the count at least", () => {
    // A session note copied without changing its number.
    expect(nextSessionNumber([session(1, "2026-09-01", "Mentoring/Jane Doe/2026-09-01 Session 1.md"), session(1, "2026-09-01", "Mentoring/Jane Doe/2026-09-01 Session 1 copy.md")])).toBe(3);
    // An unnumbered session dated before session 1.
    expect(nextSessionNumber([session(null, "2026-08-15"), session(1, "2026-09-01")])).toBe(3);
  });

  it("is always above every existing number", () => {
    const arbitrarySession = fc.record({
      file: fc.string(),
      number: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
      date: fc.option(fc.constantFrom("2026-01-01", "2026-02-01", "2026-03-01"), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(arbitrarySession, { maxLength: 20 }), (sessions) => {
        const next = nextSessionNumber(sessions);
        for (const s of sessions) if (s.number !== null) expect(next).toBeGreaterThan(s.number);
        expect(next).toBeGreaterThanOrEqual(sessions.length + 1);
      }),
      runs(1000),
    );
  });
});

describe("phaseFor", () => {
  it("makes the first meeting the start", () => {
    expect(phaseFor(1, 6)).toBe("start");
    expect(phaseFor(1, 1)).toBe("start");
  });

  it("makes the last quarter (rounded up, at least one) final", () => {
    // How many of the planned meetings are final, for plans of 4, 5, 6, 8 and 12.
    const finals = (planned: number): number => Array.from({ length: planned }, (_, i) => phaseFor(i + 1, planned)).filter((phase) => phase === "final").length;
    expect([4, 5, 6, 8, 12].map(finals)).toEqual([1, 2, 2, 2, 3]);
    // Six planned: 1 start, 2-4 middle, 5-6 final.
    expect([1, 2, 3, 4, 5, 6].map((n) => phaseFor(n, 6))).toEqual(["start", "middle", "middle", "middle", "final", "final"]);
    // Four planned: only the last is final.
    expect([1, 2, 3, 4].map((n) => phaseFor(n, 4))).toEqual(["start", "middle", "middle", "final"]);
    // Two planned: start, final.
    expect([1, 2].map((n) => phaseFor(n, 2))).toEqual(["start", "final"]);
  });

  it("keeps meetings beyond the plan final", () => {
    expect(phaseFor(7, 6)).toBe("final");
    expect(phaseFor(30, 6)).toBe("final");
    expect(phaseFor(2, 0)).toBe("final");
  });
});

describe("previousSession and sessionOnDay", () => {
  it("takes the latest by date, then by number", () => {
    const a = session(2, "2026-10-01");
    const b = session(1, "2026-11-01");
    const c = session(3, "2026-11-01");
    expect(previousSession([c, a, b])).toBe(c);
    expect(previousSession([a, b])).toBe(b);
    expect(previousSession([])).toBeNull();
  });

  it("finds a session dated today", () => {
    const today = session(4, "2026-11-22");
    expect(sessionOnDay([session(3, "2026-11-01"), today], "2026-11-22")).toBe(today);
    expect(sessionOnDay([session(3, "2026-11-01")], "2026-11-22")).toBeNull();
  });
});

describe("nextSessionNumber with conflicting data", () => {
  it("never reuses a number when an unnumbered session sorts before session 1", () => {
    const undated = (file: string, number: number | null) => ({ file, number, date: null });
    expect(nextSessionNumber([undated("a.md", 1), undated("b.md", null)])).toBe(3);
  });
});
