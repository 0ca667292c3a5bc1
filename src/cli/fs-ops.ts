// The file-system calls the command line makes, as one object a vault carries. Commands get Node's own
// (`nodeFs`); only a caller that constructs the command's `CliIo` in code can pass another, which is
// how the fault-injection tests fail the k-th write, sync, rename or folder creation. No argument,
// environment variable or setting reaches this seam.
import * as fs from "node:fs";

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
