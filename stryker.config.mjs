// `npm run mutate`: mutation testing of src/core with Stryker and the vitest runner. Incremental: a run
// re-tests only the mutants whose code or tests changed since the last run (reports/stryker-incremental.json).
// Not part of `npm test`: a full run takes tens of minutes on two cores.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutate.config.ts" },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: [
    "src/core/**/*.ts",
    "!src/core/method/banks/**",
    "!src/core/i18n/**",
    "!src/core/new-notes/templates/**",
  ],
  coverageAnalysis: "perTest",
  // A static mutant (a module-level constant) would re-run the whole suite; they are counted apart in docs/testing.md.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  // event-recorder writes each mutant's result as it is tested (reports/mutation-events/), so survivors
  // can be read while a long run goes on.
  reporters: ["clear-text", "progress", "json", "event-recorder"],
  eventReporter: { baseDir: "reports/mutation-events" },
  jsonReporter: { fileName: "reports/mutation.json" },
  concurrency: 2,
  timeoutMS: 60_000,
  dryRunTimeoutMinutes: 45,
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: ".stryker-tmp",
};
