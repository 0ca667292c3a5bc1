// Command-line writers to one vault take turns: each write command runs while holding a lock, so two
// commands never plan from the same notes (two `new-session` get distinct numbers, and move mode never
// forwards an action that another command is forwarding). The lock is proper-lockfile's: a folder
// `.mentoring.lock` at the vault's top, made with mkdir (atomic on every file system) and removed when the
// command ends. Obsidian ignores folders whose name starts with a dot, and it exists only while a command
// writes. A lock left by a killed command counts as stale once its time stamp is older than STALE_MS
// and is then taken over. The plugin does not take this lock; its writes are caught by the write path's
// "changed since it was read" check instead.
import { lockSync } from "proper-lockfile";
import { join } from "node:path";
import type { Vault } from "./vault-fs";
import { errorCode } from "./fs-ops";

export const LOCK_NAME = ".mentoring.lock";
const STALE_MS = 20_000;
const WAIT_MS = 30_000;

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
  const options = { lockfilePath: join(vault.root, LOCK_NAME), realpath: false, stale: STALE_MS };
  const gate = new Int32Array(new SharedArrayBuffer(4));
  let waited = 0;
  for (;;) {
    try {
      return lockSync(vault.root, options);
    } catch (error) {
      const code = errorCode(error);
      if (code !== "ELOCKED" || waited >= WAIT_MS) return code;
    }
    // The command line is synchronous; a short blocking pause, varied so that waiters do not move in step.
    const pause = 10 + Math.floor(Math.random() * 40);
    Atomics.wait(gate, 0, 0, pause);
    waited += pause;
  }
}
