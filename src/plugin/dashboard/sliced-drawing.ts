// Draws a long dashboard in slices: the first slice, a screenful, at once (a small vault is drawn whole,
// in the same task), the rest in later tasks, so a vault with thousands of rows never blocks the page. Each job
// says how much it draws (about one unit per row); a slice runs jobs until it has drawn SLICE_UNITS.
// While slices are pending the element is `aria-busy`, which tells screen readers (and tests) it is
// still being filled.

/** Units one task may draw: about 100 rows, a few milliseconds in Chromium, so a busy machine stays under a frame. */
export const SLICE_UNITS = 100;
/**
 * Units of the first slice: one group of actions (its ROWS_PER_GROUP rows and heading), about a screen of a
 * laptop window, so that the view shows its top in the first frame; a bigger first slice only delays that frame.
 */
export const FIRST_SLICE_UNITS = 20;

interface Job {
  units: number;
  run: () => void;
}

export class SlicedDrawing {
  private jobs: Job[] = [];
  private next = 0;
  private timer: number | null = null;
  private budget = SLICE_UNITS;

  /** `afterSlice` runs after every slice, the last one included. */
  constructor(
    private readonly el: HTMLElement,
    private readonly afterSlice: () => void,
  ) {}

  get busy(): boolean {
    return this.next < this.jobs.length;
  }

  /** Drops whatever was queued and not drawn yet. */
  cancel(): void {
    if (this.timer !== null) this.el.win.clearTimeout(this.timer);
    this.timer = null;
    this.jobs = [];
    this.next = 0;
    this.el.removeAttribute("aria-busy");
  }

  add(units: number, run: () => void): void {
    this.jobs.push({ units, run });
  }

  /** Draws the first slice (a screenful) now and schedules the rest. */
  start(): void {
    this.budget = FIRST_SLICE_UNITS;
    this.slice();
  }

  private slice(): void {
    this.timer = null;
    let drawn = 0;
    const budget = this.budget;
    this.budget = SLICE_UNITS;
    while (this.next < this.jobs.length && drawn < budget) {
      const job = this.jobs[this.next++];
      if (!job) break;
      job.run();
      drawn += job.units;
    }
    if (this.busy) {
      this.el.setAttribute("aria-busy", "true");
      // The element's own window: a dashboard in a popout window runs on that window's timers.
      this.timer = this.el.win.setTimeout(() => this.slice(), 0);
    } else {
      this.jobs = [];
      this.next = 0;
      this.el.removeAttribute("aria-busy");
    }
    this.afterSlice();
  }
}
