/** Small file-system helpers for writes that must survive a crash or power loss. */
import { mkdir, open, readdir, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let tempCounter = 0;

/** Data files are readable and writable by their owner only: they hold who did what, and webhook state. */
export const PRIVATE_FILE_MODE = 0o600;
/** Data folders: only their owner may list, read or create files in them. */
export const PRIVATE_DIR_MODE = 0o700;

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
    const handle = await open(temp, 'wx', PRIVATE_FILE_MODE);
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

/**
 * Creates a data folder (and its parents) readable by its owner only, and says whether it
 * was there before. An existing folder keeps its mode: see warnIfOpenToOthers.
 */
export async function makePrivateDir(dir: string): Promise<boolean> {
  const existed = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  return existed;
}

/**
 * The permission bits that let users other than the owner into a folder, as an octal
 * string ("0755"), or undefined when only its owner may use it (or on Windows, whose
 * permissions these bits do not describe).
 */
export async function openToOthers(dir: string): Promise<string | undefined> {
  if (process.platform === 'win32') return undefined;
  const { mode } = await stat(dir);
  return (mode & 0o077) === 0 ? undefined : `0${(mode & 0o777).toString(8)}`;
}

function tempPrefix(path: string): string {
  return `.${basename(path)}.`;
}
