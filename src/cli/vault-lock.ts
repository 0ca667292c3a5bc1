// Command-line writers to one vault take turns: each write command runs while holding a lock, so two
// commands never plan from the same notes (two `new-session` get distinct numbers, and move mode never
// forwards an action that another command is forwarding). The lock is proper-lockfile's: a folder
// `.mentoring.lock` at the vault's top, made with mkdir (atomic on every file system) and removed when the
// command ends. Obsidian ignores folders whose name starts with a dot, and it exists only while a command
// writes. The plugin does not take this lock; its writes are caught by the write path's "changed since it
// was read" check instead.
//
// A lock is taken over only when it is abandoned: its owner (the process id and machine written into
// it) is a process of this machine that is gone. Its age does not count then: a synchronous command
// cannot refresh the lock's time stamp while it works, so a long command's lock would look abandoned.
// A lock without a readable owner (killed between making the folder and writing the owner, or made on
// another machine sharing the vault) is taken over once its time stamp is older than STALE_MS.
import { lockSync } from "proper-lockfile";
import { readFileSync, rmdirSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import type { Vault } from "./vault-fs";
import { errorCode, ignoreErrors } from "./fs-ops";

export const LOCK_NAME = ".mentoring.lock";
const STALE_MS = 20_000;
const WAIT_MS = 30_000;
// proper-lockfile's own age check is kept out of the way (a day); abandoned() below decides instead.
const NEVER_STALE_MS = 24 * 60 * 60 * 1000;
const OWNER_FILE = "owner";

export type Locked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Runs `work` holding the vault's lock, waiting for another command's lock to go first. */
export function withVaultLock<T>(vault: Vault, work: () => T): Locked<T> {
  const release = acquire(vault);
  if (typeof release === "string") {
    return {
      ok: false,
      reason:
        release === "ELOCKED" ? vault.t("cli.lockHeld", { lock: LOCK_NAME }) : vault.t("cli.lockFailed", { lock: LOCK_NAME, code: release }),
    };
  }
  try {
    return { ok: true, value: work() };
  } finally {
    release();
  }
}

/** The lock's release, or the error code that kept the lock from being taken. */
function acquire(vault: Vault): (() => void) | string {
  const lock = join(vault.root, LOCK_NAME);
  const options = { lockfilePath: lock, realpath: false, stale: NEVER_STALE_MS };
  const gate = new Int32Array(new SharedArrayBuffer(4));
  let waited = 0;
  for (;;) {
    try {
      const release = lockSync(vault.root, options);
      // Without it (a full disk), the lock is judged by its age, as a lock from another machine.
      ignoreErrors(() => writeFileSync(join(lock, OWNER_FILE), `${process.pid} ${hostname()}\n`));
      return () => {
        // The owner goes first: proper-lockfile removes the folder with rmdir, which needs it empty.
        ignoreErrors(() => unlinkSync(join(lock, OWNER_FILE)));
        release();
      };
    } catch (error) {
      const code = errorCode(error);
      if (code !== "ELOCKED" || waited >= WAIT_MS) return code;
      // A left-over lock is removed, and taken after the pause like any other that went.
      if (abandoned(lock)) removeAbandoned(lock);
    }
    // The command line is synchronous; a short blocking pause, varied so that waiters do not move in step.
    const pause = 10 + Math.floor(Math.random() * 40);
    Atomics.wait(gate, 0, 0, pause);
    waited += pause;
  }
}

/** Whether a lock held by someone else is left over (see the top of this file). */
function abandoned(lock: string): boolean {
  let owner: string[] = [];
  try {
    owner = readFileSync(join(lock, OWNER_FILE), "utf8").trim().split(" ");
  } catch {
    // No owner to read: judged by age below.
  }
  const [pid, machine] = owner;
  if (pid !== undefined && /^\d+$/.test(pid) && machine === hostname()) return !isRunning(Number(pid));
  try {
    return statSync(lock).mtimeMs < Date.now() - STALE_MS;
  } catch {
    // Gone meanwhile: taking it is simply tried again.
    return false;
  }
}

/** Whether a process of this machine runs: signal 0 checks without sending anything; EPERM means another user's. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
}

function removeAbandoned(lock: string): void {
  ignoreErrors(() => unlinkSync(join(lock, OWNER_FILE)));
  ignoreErrors(() => rmdirSync(lock));
}
