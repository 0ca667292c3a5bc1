// Shared by the command line's data tests: the CLI built into a temporary folder (with the same options
// as dist/cli.cjs), small vault copies, and a hash of every entry of a vault, so that "nothing changed"
// is checked byte for byte on the disk rather than taken from the exit status.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { cliBuildOptions } from "../../scripts/build-options.mjs";
import { FIXTURE_VAULT } from "../fixtures/load-vault";

export interface Run {
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

export interface Harness {
  workDir: string;
  cli: string;
}

/** Builds the CLI into a fresh temporary folder; `dispose` removes it. */
export async function buildCli(prefix: string): Promise<Harness & { dispose(): void }> {
  const workDir = mkdtempSync(join(tmpdir(), prefix));
  const cli = join(workDir, "cli.cjs");
  await build({ ...cliBuildOptions(), outfile: cli, logLevel: "silent" });
  return { workDir, cli, dispose: () => rmSync(workDir, { recursive: true, force: true }) };
}

/** A fixed, small environment: English locale, no colour preference, not a terminal. */
export const CLI_ENV = { PATH: process.env["PATH"] ?? "", LANG: "en_US.UTF-8" };

export function runCli(harness: Harness, args: readonly string[], timeout = 20_000): Run {
  const result = spawnSync(process.execPath, [harness.cli, ...args], { encoding: "utf8", env: CLI_ENV, timeout });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** The CLI under a file-size limit of `kilobytes`, set by `/bin/sh`'s `ulimit -f` (in 512-byte blocks). */
export function runCliLimited(harness: Harness, kilobytes: number, args: readonly string[]): Run {
  const quoted = [process.execPath, harness.cli, ...args].map((arg) => `'${arg.replace(/'/g, "'\\''")}'`).join(" ");
  const result = spawnSync("/bin/sh", ["-c", `ulimit -f ${kilobytes * 2}; exec ${quoted}`], { encoding: "utf8", env: CLI_ENV, timeout: 20_000 });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the CLI without waiting, for processes that must run at the same time. */
export function startCli(harness: Harness, args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [harness.cli, ...args], { env: CLI_ENV });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

/** A fresh copy of the fixture vault (or an empty one) in its own parent folder under `workDir`. */
export function copyVault(workDir: string, empty = false): { parent: string; vault: string } {
  const parent = mkdtempSync(join(workDir, "case-"));
  const vault = join(parent, "vault");
  if (empty) mkdirSync(vault);
  else cpSync(FIXTURE_VAULT, vault, { recursive: true });
  return { parent, vault };
}

/** Saves the plugin's settings in a vault, as the settings tab would. */
export function saveSettings(vault: string, settings: object): void {
  const folder = join(vault, ".obsidian", "plugins", "mentoring-notes");
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "data.json"), JSON.stringify(settings));
}

/** Every entry below `dir`: files by a hash of their bytes and their mode, folders and links by kind. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string, prefix: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name);
      const key = `${prefix}${name}`;
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) out[key] = `link -> ${readlinkSync(full)}`;
      else if (stat.isDirectory()) {
        out[key] = "folder";
        walk(full, `${key}/`);
      } else if (!stat.isFile()) out[key] = "not a regular file";
      else out[key] = `${createHash("sha256").update(readFileSync(full)).digest("hex")} ${(stat.mode & 0o7777).toString(8)}`;
    }
  };
  walk(dir, "");
  return out;
}

export function readVaultFile(vault: string, path: string): string {
  return readFileSync(join(vault, ...path.split("/")), "utf8");
}
