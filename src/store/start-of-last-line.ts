/** Finding line starts by reading backwards, so the newest lines cost no full scan. */
import type { FileHandle } from 'node:fs/promises';
import { NEWLINE, READ_CHUNK } from './journal-lines.js';

/** Byte offset where the line holding byte `size - 1` starts: just past the last newline before `size`, or 0. */
export async function startOfLastLine(handle: FileHandle, size: number): Promise<number> {
  let end = size;
  while (end > 0) {
    const start = Math.max(0, end - READ_CHUNK);
    const buffer = Buffer.allocUnsafe(end - start);
    await handle.read(buffer, 0, buffer.length, start);
    const nl = buffer.lastIndexOf(NEWLINE);
    if (nl !== -1) return start + nl + 1;
    end = start;
  }
  return 0;
}
