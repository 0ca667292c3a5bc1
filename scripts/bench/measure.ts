// Timing and statistics for the benchmark: medians of repetitions, percentiles of many single updates,
// a collected heap before each timed run so that one run's garbage is not charged to the next.

/** Set by `node --expose-gc`; the bench refuses to run without it, because heap figures need it. */
export function collectGarbage(): void {
  const gc = (global as { gc?: () => void }).gc;
  if (!gc) throw new Error("Run with node --expose-gc (npm run bench does).");
  gc();
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** Milliseconds one call takes, after a collection; the result goes to `sink` so it cannot be optimised away. */
export function timeOnce<T>(run: () => T, sink: (value: T) => void): number {
  collectGarbage();
  const start = performance.now();
  const value = run();
  const elapsed = performance.now() - start;
  sink(value);
  return elapsed;
}

export async function timeOnceAsync<T>(run: () => Promise<T>, sink: (value: T) => void): Promise<number> {
  collectGarbage();
  const start = performance.now();
  const value = await run();
  const elapsed = performance.now() - start;
  sink(value);
  return elapsed;
}

/** Heap in use after a full collection. */
export function settledHeap(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** A few significant digits for tables and JSON. */
export function round(value: number, digits = 4): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const scale = 10 ** Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(value))));
  return Math.round(value * scale) / scale;
}
