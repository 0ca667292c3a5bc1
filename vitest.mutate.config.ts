import { defineConfig, mergeConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import base from "./vitest.config";

/** Focused unit tests first, then the property and catalogue tests, then the plugin's: see `FocusedFirst`. */
function breadth(file: string): number {
  if (file.includes("/tests/core/")) return 0;
  if (file.includes("/tests/plugin/") || file.includes("/tests/fakes/")) return 2;
  return 1;
}

/**
 * Stryker stops a mutant's run at its first failing test, so the files that test one module at a time go
 * first: most mutants then fall to a quick unit test before the wide suites, which load whole vaults, start.
 */
class FocusedFirst extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = [...files].sort((a, b) => breadth(a.moduleId) - breadth(b.moduleId) || (a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0));
    return Promise.resolve(ordered);
  }
}

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
      sequence: { sequencer: FocusedFirst },
    },
  }),
);
