import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

// Stryker (`npm run mutate`) runs the tests against instrumented copies of src/core. Left out: the scans
// of the source text (they read Stryker's instrumentation, not our code) and the command-line tests,
// which run the built dist/cli.cjs and so never see a mutant. Properties try at most 50 inputs each and
// the multi-megabyte notes stay out (tests/setup/property-runs.ts says why).
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ["tests/reliability/security.test.ts", "tests/architecture/**", "tests/cli/**"],
      env: { MUTATION_PROPERTY_RUNS: "50" },
    },
  }),
);
