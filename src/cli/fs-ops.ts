// The file-system calls the command line makes, as one object a vault carries. Commands get Node's own
// (`nodeFs`); only a caller that constructs the command's `CliIo` in code can pass another, which is
// how the fault-injection tests fail the k-th write, sync, rename or folder creation. No argument,
// environment variable or setting reaches this seam.
import * as fs from "node:fs";
import { constants } from "node:fs";

export type FsOps = Pick<
  typeof fs,
  | "openSync"
  | "closeSync"
  | "readSync"
  | "writeSync"
  | "fsyncSync"
  | "fstatSync"
  | "fchmodSync"
  | "fchownSync"
  | "lstatSync"
  | "statSync"
  | "realpathSync"
  | "readdirSync"
  | "mkdirSync"
  | "rmdirSync"
  | "renameSync"
  | "linkSync"
  | "unlinkSync"
>;

export const nodeFs: FsOps = fs;

/** The bytes of a regular file, or null when it is something else (a pipe, a device, a link, a folder). */
export function readRegularFile(fs: FsOps, path: string): Buffer | null {
  const fd = fs.openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  try {
    if (!fs.fstatSync(fd).isFile()) return null;
    const chunks: Buffer[] = [];
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const read = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
    }
    return Buffer.concat(chunks);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Runs a step whose failure changes nothing for the caller: clean-up after a write, or a lock someone
 * else removed first. The caller's next step finds out what state things are in.
 */
export function ignoreErrors(step: () => void): void {
  try {
    step();
  } catch {
    // See the callers: each goes on with its next step.
  }
}

/** The error's code (ENOENT, EACCES…), else its message. */
export function errorCode(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") return error.code;
  return error instanceof Error ? error.message : String(error);
}
