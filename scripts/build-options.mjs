// The esbuild options of the two bundles, in one place: esbuild.config.mjs builds with them, and the
// command line test (tests/cli/cli.test.ts) builds the CLI with the same options into a temporary folder.
import { builtinModules } from "node:module";

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/**
 * The plugin bundle: main.js, CommonJS, for Obsidian.
 * @param {boolean} production minified and without a source map
 * @returns {import("esbuild").BuildOptions}
 */
export function pluginBuildOptions(production) {
  return {
    entryPoints: ["src/main.ts"],
    bundle: true,
    format: "cjs",
    platform: "browser",
    target: "es2021",
    outfile: "main.js",
    external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...nodeBuiltins],
    logLevel: "info",
    sourcemap: production ? false : "inline",
    minify: production,
    treeShaking: true,
    // Built-in templates are Markdown files with {{placeholders}}, bundled as plain text.
    loader: { ".md": "text" },
  };
}

/** The entry of the command line. */
export const CLI_ENTRY = "src/cli/main.ts";

/**
 * The command line: dist/cli.cjs, CommonJS, for Node (the same in development and production).
 * @returns {import("esbuild").BuildOptions}
 */
export function cliBuildOptions() {
  return {
    entryPoints: [CLI_ENTRY],
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    outfile: "dist/cli.cjs",
    banner: { js: "#!/usr/bin/env node" },
    loader: { ".md": "text" },
    logLevel: "info",
    minify: false,
  };
}
