// `npm run bench`: bundles scripts/bench/main.ts (the Obsidian fake stands in for `obsidian`, templates
// load as text) into a temporary file and runs it in a fresh Node with --expose-gc, passing the output on.
import esbuild from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const folder = mkdtempSync(join(tmpdir(), "mentoring-bench-"));
const outfile = join(folder, "bench.cjs");

try {
  await esbuild.build({
    entryPoints: [join(root, "scripts/bench/main.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile,
    alias: { obsidian: join(root, "tests/fakes/obsidian.ts") },
    loader: { ".md": "text" },
    sourcemap: "inline",
    logLevel: "warning",
  });
  const result = spawnSync(process.execPath, ["--expose-gc", "--enable-source-maps", ...process.argv.slice(2), outfile], {
    stdio: "inherit",
    cwd: root,
  });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
