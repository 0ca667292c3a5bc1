import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { markWarned, pauseTimer, readTimer, resumeTimer, shouldWarn, startTimer, togglePause } from "../../../src/core/method/timer-state";
import { runs } from "../../setup/property-runs";

const MINUTE = 60_000;
const T0 = Date.parse("2026-11-22T10:00:00");

/** The test's own reading of a shown duration (`mm:ss` or `h:mm:ss`) back into seconds. */
const seconds = (shown: string): number => shown.split(":").reduce((total, part) => total * 60 + Number(part), 0);

describe("timer state", () => {
  it("counts elapsed and remaining against the meeting length", () => {
    const timer = startTimer(T0, 60);
    expect(readTimer(timer, T0 + 25 * MINUTE)).toMatchObject({ elapsed: "25:00", remaining: "35:00", overtime: false });
    expect(readTimer(timer, T0 + 70 * MINUTE)).toMatchObject({ remaining: "10:00", overtime: true });
  });

  it("does not count the time spent paused", () => {
    let timer = startTimer(T0, 60);
    timer = pauseTimer(timer, T0 + 10 * MINUTE);
    expect(readTimer(timer, T0 + 40 * MINUTE)).toMatchObject({ elapsed: "10:00", running: false });
    timer = resumeTimer(timer, T0 + 40 * MINUTE);
    expect(readTimer(timer, T0 + 45 * MINUTE).elapsed).toBe("15:00");
  });

  it("toggles between paused and running, and pausing twice is harmless", () => {
    let timer = startTimer(T0, 90);
    timer = togglePause(timer, T0 + MINUTE);
    expect(readTimer(timer, T0 + MINUTE).running).toBe(false);
    expect(pauseTimer(timer, T0 + 5 * MINUTE)).toBe(timer);
    timer = togglePause(timer, T0 + 2 * MINUTE);
    expect(readTimer(timer, T0 + 2 * MINUTE).running).toBe(true);
    expect(resumeTimer(timer, T0 + 3 * MINUTE)).toBe(timer);
    expect(readTimer(timer, T0 + 3 * MINUTE).elapsed).toBe("02:00");
  });

  it("warns once when about ten minutes are left", () => {
    let timer = startTimer(T0, 60);
    expect(shouldWarn(timer, T0 + 49 * MINUTE)).toBe(false);
    expect(shouldWarn(timer, T0 + 50 * MINUTE)).toBe(true);
    timer = markWarned(timer);
    expect(shouldWarn(timer, T0 + 51 * MINUTE)).toBe(false);
    expect(shouldWarn(timer, T0 + 80 * MINUTE)).toBe(false);
  });

  it("warns at half time in a meeting of ten minutes or less", () => {
    const timer = startTimer(T0, 8);
    expect(shouldWarn(timer, T0)).toBe(false);
    expect(shouldWarn(timer, T0 + 4 * MINUTE)).toBe(true);
  });

  it("falls back to an hour for a meaningless meeting length", () => {
    expect(startTimer(T0, Number.NaN).meetingMinutes).toBe(60);
    expect(startTimer(T0, -5).meetingMinutes).toBe(60);
    expect(startTimer(T0, 0).meetingMinutes).toBe(60);
    expect(startTimer(T0, Number.POSITIVE_INFINITY).meetingMinutes).toBe(60);
  });

  it("is not over time at the very end of the meeting, and is one second later", () => {
    const timer = startTimer(T0, 45);
    expect(readTimer(timer, T0 + 45 * MINUTE)).toEqual({ elapsed: "45:00", remaining: "00:00", overtime: false, running: true });
    expect(readTimer(timer, T0 + 45 * MINUTE + 1_000)).toEqual({ elapsed: "45:01", remaining: "00:01", overtime: true, running: true });
  });

  it("shows no negative time when the clock is set back after the start", () => {
    const timer = startTimer(T0, 60);
    expect(readTimer(timer, T0 - 5 * MINUTE)).toEqual({ elapsed: "00:00", remaining: "1:00:00", overtime: false, running: true });
    expect(pauseTimer(timer, T0 - 5 * MINUTE).accumulatedMs).toBe(0);
  });

  it("property: elapsed never goes backwards, whatever the pauses", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 * MINUTE }), { maxLength: 20 }), (steps) => {
        let timer = startTimer(T0, 60);
        let now = T0;
        let previous = 0;
        for (const step of steps) {
          now += step;
          const elapsed = seconds(readTimer(timer, now).elapsed);
          expect(elapsed).toBeGreaterThanOrEqual(previous);
          expect(elapsed).toBeLessThanOrEqual(Math.floor((now - T0) / 1000));
          previous = elapsed;
          timer = togglePause(timer, now);
        }
      }),
      runs(1000),
    );
  });
});

describe("readTimer", () => {
  it("writes mm:ss below an hour and h:mm:ss from an hour", () => {
    const timer = startTimer(T0, 600);
    const elapsedAfter = (ms: number): string => readTimer(timer, T0 + ms).elapsed;
    expect(elapsedAfter(0)).toBe("00:00");
    expect(elapsedAfter(59_999)).toBe("00:59");
    expect(elapsedAfter(9 * MINUTE + 5_000)).toBe("09:05");
    expect(elapsedAfter(60 * MINUTE)).toBe("1:00:00");
    expect(elapsedAfter(95 * MINUTE + 7_000)).toBe("1:35:07");
  });

  it("reads the timer as the status bar shows it, with overtime", () => {
    const timer = startTimer(T0, 60);
    expect(readTimer(timer, T0 + 61 * MINUTE + 30_000)).toEqual({
      elapsed: "1:01:30",
      remaining: "01:30",
      overtime: true,
      running: true,
    });
    expect(readTimer(timer, T0 + 63 * MINUTE)).toMatchObject({ remaining: "03:00", overtime: true });
  });
});
