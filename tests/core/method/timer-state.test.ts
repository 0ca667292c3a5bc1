import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  elapsedMs,
  formatDuration,
  isRunning,
  markWarned,
  pauseTimer,
  readTimer,
  remainingMs,
  resumeTimer,
  shouldWarn,
  startTimer,
  togglePause,
} from "../../../src/core/method/timer-state";

const MINUTE = 60_000;
const T0 = Date.parse("2026-11-22T10:00:00");

describe("timer state", () => {
  it("counts elapsed and remaining against the meeting length", () => {
    const timer = startTimer(T0, 60);
    expect(elapsedMs(timer, T0 + 25 * MINUTE)).toBe(25 * MINUTE);
    expect(remainingMs(timer, T0 + 25 * MINUTE)).toBe(35 * MINUTE);
    expect(remainingMs(timer, T0 + 70 * MINUTE)).toBe(-10 * MINUTE);
  });

  it("does not count the time spent paused", () => {
    let timer = startTimer(T0, 60);
    timer = pauseTimer(timer, T0 + 10 * MINUTE);
    expect(isRunning(timer)).toBe(false);
    expect(elapsedMs(timer, T0 + 40 * MINUTE)).toBe(10 * MINUTE);
    timer = resumeTimer(timer, T0 + 40 * MINUTE);
    expect(elapsedMs(timer, T0 + 45 * MINUTE)).toBe(15 * MINUTE);
  });

  it("toggles between paused and running, and pausing twice is harmless", () => {
    let timer = startTimer(T0, 90);
    timer = togglePause(timer, T0 + MINUTE);
    expect(isRunning(timer)).toBe(false);
    expect(pauseTimer(timer, T0 + 5 * MINUTE)).toBe(timer);
    timer = togglePause(timer, T0 + 2 * MINUTE);
    expect(isRunning(timer)).toBe(true);
    expect(resumeTimer(timer, T0 + 3 * MINUTE)).toBe(timer);
    expect(elapsedMs(timer, T0 + 3 * MINUTE)).toBe(2 * MINUTE);
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
  });

  it("property: elapsed never goes backwards, whatever the pauses", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 * MINUTE }), { maxLength: 20 }), (steps) => {
        let timer = startTimer(T0, 60);
        let now = T0;
        let previous = 0;
        for (const step of steps) {
          now += step;
          const elapsed = elapsedMs(timer, now);
          expect(elapsed).toBeGreaterThanOrEqual(previous);
          expect(elapsed).toBeLessThanOrEqual(now - T0);
          previous = elapsed;
          timer = togglePause(timer, now);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("formatDuration", () => {
  it("writes mm:ss below an hour and h:mm:ss from an hour", () => {
    expect(formatDuration(0)).toBe("00:00");
    expect(formatDuration(59_999)).toBe("00:59");
    expect(formatDuration(9 * MINUTE + 5_000)).toBe("09:05");
    expect(formatDuration(60 * MINUTE)).toBe("1:00:00");
    expect(formatDuration(95 * MINUTE + 7_000)).toBe("1:35:07");
    expect(formatDuration(-3 * MINUTE)).toBe("-03:00");
  });

  it("reads the timer as the status bar shows it, with overtime", () => {
    const timer = startTimer(T0, 60);
    expect(readTimer(timer, T0 + 61 * MINUTE + 30_000)).toEqual({
      elapsed: "1:01:30",
      remaining: "01:30",
      overtime: true,
      running: true,
    });
  });
});
