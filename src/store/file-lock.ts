/**
 * One writer per data folder. The lock is a file holding the owner's pid and host; it is
 * created whole (written to a temp file, then hard-linked into place, which fails if the
 * lock exists) so that nobody ever reads a half-written lock.
 */
import { hostname } from 'node:os';
import { link, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Logger } from '../core/ports.js';
import { fsyncDir, hasErrno, messageOf, PRIVATE_FILE_MODE } from './durable-fs.js';
import { StoreError } from './store-error.js';

interface LockInfo {
  pid: number;
  hostname: string;
  startedAt: string;
}

/** Locks held by this process, so a second store on the same folder is refused too. */
const heldHere = new Set<string>();

/** A held lock; release it when done. */
export class FileLock {
  private released = false;

  private constructor(readonly path: string) {}

  /**
   * Takes the lock at `path`, or throws a `locked` StoreError naming the holder. A lock
   * left by a dead process on this host is taken over with a warning.
   */
  static async acquire(path: string, logger: Logger): Promise<FileLock> {
    const key = resolve(path);
    if (heldHere.has(key)) throw lockedError(path, `this process already has ${path} open`);
    const mine: LockInfo = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() };
    const temp = `${path}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(mine) + '\n', { mode: PRIVATE_FILE_MODE }).catch((err: unknown) => {
      throw ioError(path, err);
    });
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        try {
          await link(temp, path);
          await fsyncDir(dirname(path));
          heldHere.add(key);
          await removeDeadTemps(path);
          return new FileLock(path);
        } catch (err) {
          if (!hasErrno(err, 'EEXIST')) throw ioError(path, err);
        }
        const holder = await readHolder(path);
        if (holder === 'gone') continue;
        if (holder !== 'unreadable' && !isStale(holder)) {
          throw lockedError(path, `process ${holder.pid} on ${holder.hostname} (since ${holder.startedAt}) has this data folder open`);
        }
        if (holder === 'unreadable') {
          throw lockedError(path, `the lock file ${path} is unreadable`);
        }
        logger.warn({ file: path, stalePid: holder.pid }, 'store: taking over a lock left by a process that is no longer running');
        await unlink(path).catch((err: unknown) => {
          if (!hasErrno(err, 'ENOENT')) throw ioError(path, err);
        });
      }
      throw lockedError(path, 'another process keeps taking the lock');
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  }

  /** Removes the lock file (if it is still ours). */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    heldHere.delete(resolve(this.path));
    const holder = await readHolder(this.path);
    if (typeof holder === 'object' && holder.pid === process.pid && holder.hostname === hostname()) {
      await unlink(this.path).catch(() => undefined);
    }
  }
}

async function readHolder(path: string): Promise<LockInfo | 'gone' | 'unreadable'> {
  try {
    const info = JSON.parse(await readFile(path, 'utf8')) as Partial<LockInfo>;
    if (typeof info.pid !== 'number' || typeof info.hostname !== 'string') return 'unreadable';
    return { pid: info.pid, hostname: info.hostname, startedAt: String(info.startedAt) };
  } catch (err) {
    return hasErrno(err, 'ENOENT') ? 'gone' : 'unreadable';
  }
}

/** Temp files of processes killed while taking the lock (`.lock.<pid>.tmp`). */
async function removeDeadTemps(path: string): Promise<void> {
  const prefix = `${basename(path)}.`;
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(name.slice(prefix.length, -'.tmp'.length));
    if (!name.startsWith(prefix) || !name.endsWith('.tmp') || !Number.isInteger(pid)) continue;
    if (pid !== process.pid && isStale({ pid, hostname: hostname(), startedAt: '' })) {
      await unlink(join(dirname(path), name)).catch(() => undefined);
    }
  }
}

function isStale(holder: LockInfo): boolean {
  // A process on another host cannot be checked; assume it is alive.
  if (holder.hostname !== hostname()) return false;
  // Our own pid, but not a lock we hold: a previous run with the same pid (pid 1 in a
  // container) crashed without releasing it.
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (err) {
    return hasErrno(err, 'ESRCH');
  }
}

function lockedError(path: string, why: string): StoreError {
  return new StoreError(
    'locked',
    path,
    `${path}: ${why}. Only one Greenlight may use a data folder at a time: stop the other one. ` + `If you are sure none is running, delete ${path}.`,
  );
}

function ioError(path: string, err: unknown): StoreError {
  return new StoreError('io', path, `${path}: cannot take the lock: ${messageOf(err)}`, { cause: err });
}
