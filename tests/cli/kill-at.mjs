// Preloaded into the built CLI by tests/cli/fault-injection.test.ts only (`node --import kill-at.mjs cli.cjs`):
// counts the calls that change the disk and, at the KILL_AT-th, kills the process with SIGKILL, as a
// power cut or `kill -9` would. With KILL_COUNT_FILE it only writes the calls' names there.
import fs from "node:fs";

const killAt = Number(process.env.KILL_AT ?? "0");
const countFile = process.env.KILL_COUNT_FILE ?? "";
const names = ["openSync", "writeSync", "fsyncSync", "fchmodSync", "fchownSync", "renameSync", "linkSync", "unlinkSync", "mkdirSync", "rmdirSync"];
const seen = [];

for (const name of names) {
  const original = fs[name];
  fs[name] = function (/** @type {unknown[]} */ ...args) {
    const flags = args[1];
    if (name !== "openSync" || (typeof flags === "number" && (flags & fs.constants.O_CREAT) !== 0)) {
      seen.push(name);
      if (seen.length === killAt) process.kill(process.pid, "SIGKILL");
    }
    return original.apply(this, args);
  };
}

if (countFile !== "") process.on("exit", () => fs.writeFileSync(countFile, seen.join("\n")));
