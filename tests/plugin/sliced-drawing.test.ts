// @vitest-environment happy-dom
import { describe, it, expect, vi, afterEach } from "vitest";
// The Obsidian fake installs createDiv and the other DOM helpers on the window.
import "../fakes/obsidian";
import { FIRST_SLICE_UNITS, SLICE_UNITS, SlicedDrawing } from "../../src/plugin/dashboard/sliced-drawing";

afterEach(() => {
  vi.useRealTimers();
});

describe("SlicedDrawing", () => {
  it("draws a screenful at once, then a full slice per later task, busy until the last", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const el = createDiv();
    const drawn: number[] = [];
    const drawing = new SlicedDrawing(el, () => undefined);
    const jobs = FIRST_SLICE_UNITS + 2 * SLICE_UNITS;
    for (let i = 0; i < jobs; i += 1) drawing.add(1, () => drawn.push(i));

    drawing.start();
    expect(FIRST_SLICE_UNITS).toBeLessThan(SLICE_UNITS);
    expect(drawn).toHaveLength(FIRST_SLICE_UNITS);
    expect(el.getAttribute("aria-busy")).toBe("true");
    await vi.advanceTimersByTimeAsync(0);
    expect(drawn).toHaveLength(FIRST_SLICE_UNITS + SLICE_UNITS);
    await vi.runAllTimersAsync();
    expect(drawn).toEqual(Array.from({ length: jobs }, (_, i) => i));
    expect(el.hasAttribute("aria-busy")).toBe(false);
  });
});
