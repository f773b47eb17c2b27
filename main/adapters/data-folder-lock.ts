/**
 * One writer per data folder. Each instance keeps its own copy of the documents in memory, so two
 * of them on one folder (two previews, the preview and the desktop app, two desktop profiles with
 * one --data-dir) would each save over what the other acknowledged. The desktop app's Electron
 * single-instance lock only sees other Electron instances of the same profile; this lock is a
 * file in the data folder itself, so every shell sees it.
 *
 * Why not proper-lockfile: it decides that a lock is stale by its age (mtime not refreshed for
 * 10 s), which needs a timer refreshing it forever and makes a user wait after a crash; it keeps
 * no owner information, so the second instance could not say who holds the data or print the
 * running preview's URL. This file is created with O_EXCL (atomic on every local file system),
 * holds the owner's pid, host and process start time, and is stale at once when that process is
 * gone (process.kill(pid, 0)) — a crashed owner never locks the user out.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FILE_MODE, FOLDER_MODE } from './own-file.js';
import { writeFileAtomically } from './atomic-file.js';

export const LOCK_FILE = 'telework-techo.lock';
/** Guards the takeover of a stale lock, so two instances starting together cannot both take it. */
const TAKEOVER_FILE = `${LOCK_FILE}.takeover`;
/** A lock file still empty after this long was left by an owner that died while creating it. */
const EMPTY_LOCK_GRACE_MS = 5_000;

export interface LockOwner {
  pid: number;
  hostname: string;
  shell: 'electron' | 'preview';
  /** ISO time the lock was taken. */
  startedAt: string;
  /** Linux: the process start time (/proc), so a pid reused by another program is not taken for the owner. */
  processStart?: string;
  /** The running preview's URL (with its token): the file is owner-only, in an owner-only folder. */
  url?: string;
}

export interface DataFolderLock {
  readonly path: string;
  /** Records the preview's URL, for a second start to print. */
  setUrl(url: string): void;
  release(): void;
}

export type LockOutcome =
  | { kind: 'acquired'; lock: DataFolderLock }
  /** Another live instance has it (owner undefined: its lock file could not be read yet). */
  | { kind: 'held'; path: string; owner: LockOwner | undefined; otherHost: boolean }
  /** The folder cannot be written at all (read-only): nobody can save there, so there is nothing to lock. */
  | { kind: 'readOnly'; path: string; error: NodeJS.ErrnoException };

/** Locks held by this process (a lock file with our own pid that is not here is a previous process's). */
const heldHere = new Set<string>();

function processStartOf(pid: number): string | undefined {
  try {
    // Field 22 of /proc/<pid>/stat, counted after the command name (which may contain spaces).
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined; // not Linux, or the process is gone
  }
}

function isAlive(owner: LockOwner, lockPath: string): boolean {
  if (owner.pid === process.pid) return heldHere.has(lockPath);
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else — alive.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const now = processStartOf(owner.pid);
  return owner.processStart === undefined || now === undefined || now === owner.processStart;
}

function readOwner(lockPath: string): { owner: LockOwner | undefined; text: string; ageMs: number } | undefined {
  let text: string;
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(lockPath);
    if (!stat.isFile()) return { owner: undefined, text: '', ageMs: 0 }; // not ours to read (a link): held, and say so
    text = fs.readFileSync(lockPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const ageMs = Date.now() - stat.mtimeMs;
  try {
    const value = JSON.parse(text) as LockOwner;
    return { owner: typeof value.pid === 'number' && typeof value.hostname === 'string' ? value : undefined, text, ageMs };
  } catch {
    return { owner: undefined, text, ageMs };
  }
}

/** Creates `file` only if nothing is there (O_EXCL); false when something is. */
function createExclusive(file: string, text: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx', FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/** Removes a stale lock, unless another starting instance is doing the same right now. */
function takeOver(root: string, lockPath: string, staleText: string): void {
  const guard = path.join(root, TAKEOVER_FILE);
  const me = JSON.stringify({ pid: process.pid, hostname: os.hostname() });
  if (!createExclusive(guard, me)) {
    const other = readOwner(guard);
    // Its taker died in the middle: clear the guard; the next attempt takes over.
    if (other?.owner && other.owner.hostname === os.hostname() && !isAlive(other.owner, guard)) fs.rmSync(guard, { force: true });
    return;
  }
  try {
    // Still the same stale lock (not one a faster instance has just taken)?
    if (fs.readFileSync(lockPath, 'utf8') === staleText) fs.rmSync(lockPath, { force: true });
  } catch {
    // gone already: fine
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function acquireDataFolderLock(root: string, shell: LockOwner['shell']): LockOutcome {
  const lockPath = path.join(root, LOCK_FILE);
  try {
    fs.mkdirSync(root, { recursive: true, mode: FOLDER_MODE });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return { kind: 'readOnly', path: root, error: error as NodeJS.ErrnoException };
    throw error;
  }
  const processStart = processStartOf(process.pid);
  let owner: LockOwner = { pid: process.pid, hostname: os.hostname(), shell, startedAt: new Date().toISOString(), ...(processStart ? { processStart } : {}) };
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      if (createExclusive(lockPath, JSON.stringify(owner))) {
        heldHere.add(lockPath);
        let released = false;
        return {
          kind: 'acquired',
          lock: {
            path: lockPath,
            setUrl(url) {
              owner = { ...owner, url };
              // Replaced by rename: a second instance reading it sees the old or the new text, never half.
              writeFileAtomically(lockPath, new TextEncoder().encode(JSON.stringify(owner)), true);
            },
            release() {
              if (released) return;
              released = true;
              heldHere.delete(lockPath);
              fs.rmSync(lockPath, { force: true });
            },
          },
        };
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return { kind: 'readOnly', path: root, error: error as NodeJS.ErrnoException };
      throw error;
    }
    const current = readOwner(lockPath);
    if (!current) continue; // released meanwhile: try again
    const { owner: holder, text, ageMs } = current;
    const otherHost = holder !== undefined && holder.hostname !== os.hostname();
    if (holder === undefined) {
      // Being written by an instance starting right now, or left empty by one that died then.
      if (ageMs < EMPTY_LOCK_GRACE_MS) return { kind: 'held', path: lockPath, owner: undefined, otherHost: false };
    } else if (otherHost || isAlive(holder, lockPath)) {
      // On another computer (a network drive) nothing here can tell whether it still runs.
      return { kind: 'held', path: lockPath, owner: holder, otherHost };
    }
    takeOver(root, lockPath, text);
    sleepSync(10 + attempt * 10);
  }
  const last = readOwner(lockPath);
  return { kind: 'held', path: lockPath, owner: last?.owner, otherHost: false };
}
