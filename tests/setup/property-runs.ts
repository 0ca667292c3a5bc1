// How many inputs a property tries. `npm test` runs each as written. The mutation run (vitest.mutate.config.ts)
// sets MUTATION_PROPERTY_RUNS: every mutant re-runs every property that reaches its line, and a few dozen
// inputs from the fixed seed decide a mutant as well as thousands, at a fraction of the time.
export function runs(numRuns: number): { numRuns: number } {
  const cap = Number(process.env.MUTATION_PROPERTY_RUNS);
  return { numRuns: Number.isInteger(cap) && cap > 0 ? Math.min(numRuns, cap) : numRuns };
}

/** True in the mutation run, where the catalogue's multi-megabyte notes are left out (see catalogue.test.ts). */
export const inMutationRun = process.env.MUTATION_PROPERTY_RUNS !== undefined;
