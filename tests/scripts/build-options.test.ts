// The bundles' esbuild options live in scripts/build-options.mjs alone: the build script and the CLI test
// both take them from there, so the CLI the test runs is built as the shipped one is.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { CLI_ENTRY, cliBuildOptions, pluginBuildOptions } from "../../scripts/build-options.mjs";

const source = (path: string): string => readFileSync(`${process.cwd()}/${path}`, "utf8");

describe("build options", () => {
  it("build the command line as a Node CommonJS script with a shebang, templates as text", () => {
    expect(cliBuildOptions()).toMatchObject({
      entryPoints: [CLI_ENTRY],
      bundle: true,
      format: "cjs",
      platform: "node",
      outfile: "dist/cli.cjs",
      banner: { js: "#!/usr/bin/env node" },
      loader: { ".md": "text" },
    });
    expect(CLI_ENTRY).toBe("src/cli/main.ts");
  });

  it("build the plugin for Obsidian, minified without a source map only in production", () => {
    expect(pluginBuildOptions(true)).toMatchObject({ entryPoints: ["src/main.ts"], outfile: "main.js", format: "cjs", minify: true, sourcemap: false });
    expect(pluginBuildOptions(false)).toMatchObject({ minify: false, sourcemap: "inline" });
    expect(pluginBuildOptions(true).external).toEqual(expect.arrayContaining(["obsidian", "node:fs", "fs"]));
  });

  it("are written once: the build script and the CLI test import them and spell out no options of their own", () => {
    for (const path of ["esbuild.config.mjs", "tests/cli/cli.test.ts"]) {
      const text = source(path);
      expect(text, path).toMatch(/from "[./]+\/?scripts\/build-options\.mjs"/);
      expect(text, path).not.toMatch(/entryPoints|src\/cli\/main\.ts|platform:/);
    }
    expect(source("esbuild.config.mjs")).toMatch(/cliBuildOptions\(\)/);
    expect(source("esbuild.config.mjs")).toMatch(/pluginBuildOptions\(production\)/);
  });
});
