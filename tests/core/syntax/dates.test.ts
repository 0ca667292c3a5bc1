import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { addDays, dateProblemMessage, dayNumber, daysBetween, isIsoDate, parseIsoDate, toIsoDate } from "../../../src/core/syntax/dates";
import { addDays as addCalendarDays, differenceInCalendarDays } from "date-fns";
import { messageText, translate } from "../../../src/core/i18n";
import { runs } from "../../setup/property-runs";

/** A real calendar day, checked by the calendar itself (years below 100 included): the oracle for `isIsoDate`. */
function referenceIsIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Local midnight; setFullYear keeps years below 100 as written (the Date constructor adds 1900). */
function localMidnight(year: number, month: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month, day);
  return date;
}

describe("parseIsoDate", () => {
  it("accepts real calendar dates in YYYY-MM-DD form", () => {
    expect(parseIsoDate("2026-11-22")).toBe("2026-11-22");
    expect(parseIsoDate("2028-02-29")).toBe("2028-02-29");
    expect(parseIsoDate("2026-12-31")).toBe("2026-12-31");
  });

  it("rejects dates that do not exist", () => {
    expect(parseIsoDate("2026-13-45")).toBeNull();
    expect(parseIsoDate("2026-02-30")).toBeNull();
    expect(parseIsoDate("2026-02-29")).toBeNull();
    for (const month of ["04", "06", "09", "11"]) expect(parseIsoDate(`2026-${month}-31`)).toBeNull();
    expect(parseIsoDate("1900-02-29")).toBeNull();
    expect(parseIsoDate("2000-02-29")).toBe("2000-02-29");
    expect(parseIsoDate("2026-00-10")).toBeNull();
  });

  it("rejects other shapes, however close", () => {
    for (const value of ["22/11/2026", "2026-1-5", "2026-11-22 ", " 2026-11-22", "2026-11-22T10:00", "20261122", "", "i går"]) {
      expect(parseIsoDate(value), value).toBeNull();
    }
    expect(parseIsoDate(20261122)).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
    expect(parseIsoDate(["2026-11-22"])).toBeNull();
  });

  it("reads a Date (a YAML timestamp) by the UTC day that was written", () => {
    expect(parseIsoDate(new Date("2026-11-22T23:30:00Z"))).toBe("2026-11-22");
    expect(parseIsoDate(new Date("2026-11-22T00:00:00+02:00"))).toBe("2026-11-21");
    expect(parseIsoDate(new Date(Number.NaN))).toBeNull();
  });

  it("reads a Date only within the years a YYYY-MM-DD can write, 0000 to 9999", () => {
    expect(parseIsoDate(new Date("0000-01-01T00:00:00Z"))).toBe("0000-01-01");
    expect(parseIsoDate(new Date("9999-12-31T12:00:00Z"))).toBe("9999-12-31");
    expect(parseIsoDate(new Date("-000001-12-31T00:00:00Z"))).toBeNull();
    expect(parseIsoDate(new Date("+010000-01-01T00:00:00Z"))).toBeNull();
  });

  it("agrees with the calendar on every day of a span of years", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
        expect(parseIsoDate(iso)).toBe(real ? iso : null);
      }),
      runs(1000),
    );
  });
});

/** A date problem in English words, as a problem's reason says it. */
function describeDateProblem(value: unknown): string {
  return messageText(dateProblemMessage(value), (key, vars) => translate("en", key, vars));
}

describe("dateProblemMessage", () => {
  it("says whether the form or the day is wrong", () => {
    expect(describeDateProblem("22/11/2026")).toBe("22/11/2026 is not a date in YYYY-MM-DD form");
    expect(describeDateProblem("2026-13-45")).toBe("2026-13-45 is not a real date");
    expect(describeDateProblem(42)).toBe("42 is not a date in YYYY-MM-DD form");
    expect(describeDateProblem(true)).toBe("true is not a date in YYYY-MM-DD form");
    expect(describeDateProblem(["a"])).toBe("A list is not a date in YYYY-MM-DD form");
  });

  it("names what else a date field may hold: empty text, a timestamp that is no day, a set of keys", () => {
    // Another YAML reader (YAML 1.1, as older tools write it) gives timestamps as Date objects.
    expect(describeDateProblem("")).toBe("An empty text is not a date in YYYY-MM-DD form");
    expect(describeDateProblem(new Date("not a day"))).toBe("The timestamp is not a valid date");
    expect(describeDateProblem({ year: 2026, month: 11 })).toBe("The value is not a date in YYYY-MM-DD form");
  });
});

describe("date arithmetic", () => {
  it("toIsoDate gives the local calendar date", () => {
    expect(toIsoDate(new Date(2026, 10, 22, 23, 59))).toBe("2026-11-22");
    expect(toIsoDate(new Date(2026, 0, 1, 0, 0))).toBe("2026-01-01");
  });

  it("addDays crosses months, years, leap days and daylight-saving changes", () => {
    expect(addDays("2026-11-22", 14)).toBe("2026-12-06");
    expect(addDays("2026-12-25", 7)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDays("2026-10-24", 2)).toBe("2026-10-26");
    expect(addDays("2026-01-10", -10)).toBe("2025-12-31");
  });

  it("addDays gives null past 9999-12-31 or before 0000-01-01: a date the notes cannot hold is never made", () => {
    expect(addDays("9999-12-20", 28)).toBeNull();
    expect(addDays("9999-12-31", 1)).toBeNull();
    expect(addDays("9999-12-30", 1)).toBe("9999-12-31");
    expect(addDays("0000-01-01", -1)).toBeNull();
    expect(addDays("0000-01-02", -1)).toBe("0000-01-01");
  });

  it("addDays and daysBetween agree with date-fns on local calendar days, for any date and offset (property)", () => {
    const date = fc.date({ min: localMidnight(1, 0, 1), max: localMidnight(9998, 11, 31), noInvalidDate: true });
    fc.assert(
      fc.property(date, fc.integer({ min: -40_000, max: 40_000 }), (start, offset) => {
        const iso = toIsoDate(start);
        const expected = addCalendarDays(localMidnight(start.getFullYear(), start.getMonth(), start.getDate()), offset);
        // Years 1 to 9999: date-fns writes year 0 as 0001 (1 BC, year of era), which no note holds.
        if (expected.getFullYear() < 1 || expected.getFullYear() > 9999) return;
        expect(addDays(iso, offset)).toBe(toIsoDate(expected));
        expect(daysBetween(iso, toIsoDate(expected))).toBe(differenceInCalendarDays(expected, start));
      }),
      runs(2000),
    );
  });

  it("addDays leaves an unreadable date as it is instead of throwing", () => {
    expect(addDays("22/11/2026", 3)).toBe("22/11/2026");
  });

  it("daysBetween counts whole days from the first to the second", () => {
    expect(daysBetween("2026-11-22", "2026-12-06")).toBe(14);
    expect(daysBetween("2026-12-06", "2026-11-22")).toBe(-14);
    expect(daysBetween("2026-03-01", "2026-04-01")).toBe(31);
    expect(Number.isNaN(daysBetween("2026-13-45", "2026-01-01"))).toBe(true);
    expect(Number.isNaN(daysBetween("2026-01-01", "2026-13-45"))).toBe(true);
  });

  it("adding n days and counting them back agree, and text order is date order", () => {
    const isoDate = fc
      .date({ min: new Date(1970, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true })
      .map((date) => toIsoDate(date));
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -2000, max: 2000 }), (iso, n) => {
        const later = addDays(iso, n);
        if (later === null) throw new Error(`${iso} + ${n} days fell outside the four-digit years`);
        expect(parseIsoDate(later)).toBe(later);
        expect(daysBetween(iso, later)).toBe(n);
        expect(Math.sign(later.localeCompare(iso))).toBe(Math.sign(n));
        // Day numbers order as the dates do, and no date comes after no date.
        expect(Math.sign(dayNumber(later) - dayNumber(iso))).toBe(Math.sign(n));
        expect(dayNumber(later)).toBeLessThan(dayNumber(null));
      }),
      runs(1000),
    );
  });
});

describe("isIsoDate", () => {
  const digitsAndDashes = fc.array(fc.constantFrom("0", "1", "2", "3", "9", "-", "x", " ", "٣"), { minLength: 8, maxLength: 12 }).map((chars) => chars.join(""));
  const nearDates = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
    ([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
  );

  it("names exactly the real calendar days (property)", () => {
    fc.assert(
      fc.property(fc.oneof(nearDates, digitsAndDashes), (value) => {
        expect(isIsoDate(value)).toBe(referenceIsIsoDate(value));
      }),
      runs(3000),
    );
  });

  it("knows leap days and month lengths", () => {
    expect(["2024-02-29", "2000-02-29", "0000-02-29", "2026-12-31", "2026-04-30"].map(isIsoDate)).toEqual([true, true, true, true, true]);
    expect(["2023-02-29", "1900-02-29", "2026-04-31", "2026-00-10", "2026-13-01", "2026-01-00", "2026-1-01"].map(isIsoDate)).toEqual([false, false, false, false, false, false, false]);
  });
});

describe("dayNumber", () => {
  it("is the date's digits as one number, and after every date for no date", () => {
    expect([dayNumber("2026-11-29"), dayNumber("0001-01-01")]).toEqual([20261129, 10101]);
    expect(dayNumber(null)).toBeGreaterThan(dayNumber("9999-12-31"));
  });
});
