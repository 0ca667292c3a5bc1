// Builds the plugin bundle (main.js, CommonJS, for Obsidian) and the command line (dist/cli.cjs, for Node),
// with the options of scripts/build-options.mjs (the CLI test builds with them too).
import esbuild from "esbuild";
import { existsSync } from "node:fs";
import { CLI_ENTRY, cliBuildOptions, pluginBuildOptions } from "./scripts/build-options.mjs";

const production = process.argv[2] === "production";
const builds = [pluginBuildOptions(production), ...(existsSync(CLI_ENTRY) ? [cliBuildOptions()] : [])];

if (production) {
  await Promise.all(builds.map((options) => esbuild.build(options)));
} else {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
}
