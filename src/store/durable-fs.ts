/** Small file-system helpers for writes that must survive a crash or power loss. */
import { open, type FileHandle } from 'node:fs/promises';

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
