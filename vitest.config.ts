import { defineConfig, type Plugin } from "vitest/config";
import { fileURLToPath } from "node:url";

// Built-in templates are Markdown files imported as text, as esbuild's "text" loader does for the bundle.
const markdownAsText: Plugin = {
  name: "markdown-as-text",
  transform(code, id) {
    if (!id.endsWith(".md")) return null;
    return { code: `export default ${JSON.stringify(code)};`, map: null };
  },
};

export default defineConfig({
  plugins: [markdownAsText],
  resolve: {
    // The obsidian package ships types only; tests run against our own small fake.
    alias: { obsidian: fileURLToPath(new URL("./tests/fakes/obsidian.ts", import.meta.url)) },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    environment: "node",
    setupFiles: ["tests/setup/property-seed.ts"],
    // Only stops a test that hangs; no test's speed is checked by a timeout (the bench measures speed).
    // Generous because the property tests take tens of seconds on a busy 2-core machine.
    testTimeout: 120_000,
  },
});
