/** Small file-system helpers for writes that must survive a crash or power loss. */
import { open, readdir, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let tempCounter = 0;

/** True when `err` is a Node system error with this code (ENOENT, EEXIST, ...). */
export function hasErrno(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code;
}

/** The message of any thrown value. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Flushes a directory so that files just created, renamed or removed in it stay so after
 * a power loss: rename is atomic, but only durable once the directory entry is synced.
 */
export async function fsyncDir(dir: string): Promise<void> {
  // Windows cannot open directories; its rename durability is the file system's business.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes the whole buffer: one write may be short (disk nearly full, signals). */
export async function writeFully(handle: FileHandle, data: Buffer, position: number | null = null): Promise<void> {
  let done = 0;
  while (done < data.length) {
    const pos = position === null ? null : position + done;
    const { bytesWritten } = await handle.write(data, done, data.length - done, pos);
    if (bytesWritten === 0) throw new Error('write made no progress');
    done += bytesWritten;
  }
}

/**
 * Replaces a file's content atomically and durably: the text goes to a temp file in the
 * same folder, is fsynced, renamed over the target, and the folder is fsynced. A crash at
 * any moment leaves either the old file or the new one, never a mix. On failure the temp
 * file is removed and the error is thrown as it came.
 */
export async function replaceFileDurably(path: string, text: string): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `${tempPrefix(path)}${process.pid}.${++tempCounter}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await writeFully(handle, Buffer.from(text, 'utf8'), 0);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    await fsyncDir(dir);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}

/** Removes temp files that replaceFileDurably left for `path` in a process killed mid-write. */
export async function removeStaleTemps(path: string): Promise<void> {
  const prefix = tempPrefix(path);
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  for (const name of names) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) await unlink(join(dirname(path), name)).catch(() => undefined);
  }
}

function tempPrefix(path: string): string {
  return `.${basename(path)}.`;
}
