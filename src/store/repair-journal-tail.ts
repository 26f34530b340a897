/**
 * Repairs what a crash mid-append can leave at the end of a journal. That append was never
 * acknowledged, so removing it loses nothing a caller was told is stored. A bad line that
 * does end in a newline is not touched: it was acknowledged, and only a person may decide
 * what to do with it.
 */
import type { FileHandle } from 'node:fs/promises';
import { writeFully } from './durable-fs.js';
import { NEWLINE } from './journal-lines.js';
import type { JournalOptions } from './journal-options.js';
import { startOfLastLine } from './start-of-last-line.js';
import { validateLine } from './validate-records.js';

/**
 * Repairs the end of the journal open on `handle`, whose `size` bytes are on disk, and
 * returns the size of its complete lines: a torn final line is completed or cut off, then an
 * unfinished multi-line batch is cut off whole.
 */
export async function repairJournalTail<T extends object>(handle: FileHandle, size: number, options: JournalOptions<T>): Promise<number> {
  const afterTornLine = await repairTornLine(handle, size, options);
  return cutUnfinishedBatch(handle, afterTornLine, options);
}

/**
 * A crash mid-append can leave a final line without its newline. If the line is
 * nevertheless complete and valid, keep it (all its bytes made it); otherwise cut it off.
 */
async function repairTornLine<T extends object>(handle: FileHandle, size: number, options: JournalOptions<T>): Promise<number> {
  if (size === 0) return size;
  const last = Buffer.alloc(1);
  await handle.read(last, 0, 1, size - 1);
  if (last[0] === NEWLINE) return size;
  const lineStart = await startOfLastLine(handle, size);
  const tail = Buffer.allocUnsafe(size - lineStart);
  await handle.read(tail, 0, tail.length, lineStart);
  const text = tail.toString('utf8');
  const { logger, path } = options;
  if (typeof validateLine(options, text) !== 'string') {
    await writeFully(handle, Buffer.from('\n'));
    await handle.datasync();
    logger.warn({ file: path, offset: lineStart }, 'journal: completed a final line that lacked its newline');
    return size + 1;
  }
  await handle.truncate(lineStart);
  await handle.datasync();
  logger.warn(
    { file: path, offset: lineStart, droppedBytes: tail.length, dropped: text.slice(0, 200) },
    'journal: removed a torn final line left by an interrupted append (it was never acknowledged)',
  );
  return lineStart;
}

/**
 * A crash in the middle of a batch written as several lines can leave its first parts
 * complete: the last line then says it is part i of n, i < n. The batch was never
 * acknowledged; cut it off whole.
 */
async function cutUnfinishedBatch<T extends object>(handle: FileHandle, size: number, options: JournalOptions<T>): Promise<number> {
  if (size === 0) return size;
  const lastStart = await startOfLastLine(handle, size - 1);
  const head = Buffer.allocUnsafe(Math.min(64, size - lastStart));
  await handle.read(head, 0, head.length, lastStart);
  const m = /^\[\{"\$part":(\d+),"of":(\d+)\}/.exec(head.toString('utf8'));
  if (!m || Number(m[1]) >= Number(m[2])) return size;
  let start = lastStart;
  for (let part = Number(m[1]); part > 1; part--) start = await startOfLastLine(handle, start - 1);
  await handle.truncate(start);
  await handle.datasync();
  options.logger.warn(
    { file: options.path, offset: start, droppedBytes: size - start, parts: `${m[1]} of ${m[2]}` },
    'journal: removed an unfinished batch left by an interrupted append (it was never acknowledged)',
  );
  return start;
}
