// Builds the plugin bundle (main.js, CommonJS, for Obsidian) and the command line (dist/cli.cjs, for Node).
import esbuild from "esbuild";
import { builtinModules } from "node:module";

const production = process.argv[2] === "production";
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const plugin = {
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

const cli = {
  entryPoints: ["src/cli/main.ts"],
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

const { existsSync } = await import("node:fs");
const builds = [plugin, ...(existsSync(cli.entryPoints[0]) ? [cli] : [])];

if (production) {
  await Promise.all(builds.map((options) => esbuild.build(options)));
} else {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
}
