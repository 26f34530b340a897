/** Line numbers for error messages: offsets are what the journal keeps, people read line numbers. */
import type { FileHandle } from 'node:fs/promises';
import { NEWLINE, READ_CHUNK } from './journal-lines.js';

/** 1-based line number of the line starting at `offset`; counting is slow, so only for errors. */
export async function lineNumberAt(handle: FileHandle, offset: number): Promise<number | undefined> {
  try {
    let lines = 1;
    const buffer = Buffer.allocUnsafe(READ_CHUNK);
    for (let position = 0; position < offset;) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(READ_CHUNK, offset - position), position);
      if (bytesRead === 0) break;
      for (let i = 0; i < bytesRead; i++) if (buffer[i] === NEWLINE) lines++;
      position += bytesRead;
    }
    return lines;
  } catch {
    // An error message is on its way; a failed count must not replace it with another.
    return undefined;
  }
}
