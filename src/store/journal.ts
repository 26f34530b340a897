/**
 * A generic append-only JSON-lines journal. One line is one atomic commit: a single
 * record as a JSON object, or a batch of records as a JSON array, so a crash can never
 * leave half a batch behind. An append is one write plus an fsync, so its cost does not
 * depend on how long the journal already is.
 *
 * A very large batch (an import of 100,000 events) is written as several lines in that one
 * write, each an array starting with a part header `{"$part":i,"of":n}`, so that reading one
 * of its records later parses one line of at most LINE_RECORDS records, not all of them. A
 * crash can leave only the first parts: opening the journal cuts an unfinished batch off
 * whole, as it cuts a torn line, so a batch is still all or nothing.
 */
import { open, stat, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import type { Logger } from '../core/ports.js';
import { formatZodIssues } from '../core/zod-issues.js';
import { fsyncDir, hasErrno, messageOf, PRIVATE_FILE_MODE, writeFully } from './durable-fs.js';
import { StoreError } from './store-error.js';

const NEWLINE = 0x0a;
const CHUNK = 64 * 1024;
/** Records per line of a batch written as several lines. */
export const LINE_RECORDS = 1_000;

/** The header of one line of a batch written as several lines. */
interface PartHeader {
  $part: number;
  of: number;
}

function isPartHeader(item: unknown): item is PartHeader {
  return typeof item === 'object' && item !== null && '$part' in item;
}

/** How to open a journal. Records must be JSON objects (arrays are reserved for batches). */
export interface JournalOptions<T extends object> {
  path: string;
  /** Validates every record read or appended. */
  schema: z.ZodType<T>;
  logger: Logger;
  /** Names a raw record in error messages, e.g. `authorization "x"`. */
  label?: (raw: unknown) => string | undefined;
}

/** A record read back, with where its line lies in the file. */
export interface JournalEntry<T> {
  record: T;
  /** Byte offset of the line holding the record. */
  offset: number;
  /** Byte offset just past that line's newline. */
  end: number;
  /** Position of the record within its line's batch (0 for a single record). */
  index: number;
}

/** Where an append landed, and the records as they will read back. */
export interface AppendResult<T> {
  offset: number;
  end: number;
  records: T[];
  /** Where each record lies: its line (start and end) and position in it. */
  locations: { offset: number; end: number; index: number }[];
}

/**
 * Which records of a read to return and check: a long import line holds thousands of
 * records, and a reader that needs a few should not validate them all.
 */
export interface ReadFilter {
  /** Skip records (before checking them) for which this is false. */
  accept?: (raw: unknown) => boolean;
  /** false: return records as parsed, unchecked (for readers that only need their place). */
  validate?: boolean;
}

/** An open journal file; one writer at a time (the caller holds the lock). */
export class Journal<T extends object> {
  private tail: Promise<unknown> = Promise.resolve();
  /** Set when a failed append could not be undone: further appends would follow garbage. */
  private broken: StoreError | undefined;
  private closed = false;

  private constructor(
    private readonly options: JournalOptions<T>,
    private readonly handle: FileHandle,
    private acknowledged: number,
  ) {}

  /** Opens (creating if missing) the journal, repairing a torn final line left by a crash. */
  static async open<T extends object>(options: JournalOptions<T>): Promise<Journal<T>> {
    const { path } = options;
    const existed = await stat(path).then(
      () => true,
      (err: unknown) => {
        if (hasErrno(err, 'ENOENT')) return false;
        throw ioError(path, 'cannot read', err);
      },
    );
    // 'a+': reads anywhere, every write goes to the end (O_APPEND).
    const handle = await open(path, 'a+', PRIVATE_FILE_MODE).catch((err: unknown) => {
      throw ioError(path, 'cannot open', err);
    });
    try {
      if (!existed) await fsyncDir(dirname(path));
      const size = (await handle.stat()).size;
      const journal = new Journal(options, handle, size);
      await journal.repairTail();
      return journal;
    } catch (err) {
      await handle.close();
      throw err;
    }
  }

  /** The file's path. */
  get path(): string {
    return this.options.path;
  }

  /** Bytes of complete, acknowledged lines: where the next append starts. */
  get size(): number {
    return this.acknowledged;
  }

  /**
   * Durably appends the records as one line (one write, then fsync). They are validated
   * first, as they will read back, so the journal never holds a line it cannot load.
   */
  append(records: T[]): Promise<AppendResult<T>> {
    const run = this.tail.then(() => this.appendNow(records));
    this.tail = run.catch(() => undefined);
    return run;
  }

  /**
   * Iterates the records of complete lines in [start, end), oldest first. A line longer than
   * a chunk (an import is one line of thousands of events) is gathered in pieces and joined
   * once at its newline: joining at every chunk made reading it quadratic.
   */
  async *readFrom(start = 0, end = this.acknowledged, filter: ReadFilter = {}): AsyncGenerator<JournalEntry<T>> {
    let position = start;
    let pieces: Buffer[] = [];
    let carryOffset = start;
    while (position < end) {
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, end - position));
      const { bytesRead } = await this.handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) throw await this.corruptAt(carryOffset, `the file ends early, at byte ${position} of ${end}`);
      position += bytesRead;
      const chunk = buffer.subarray(0, bytesRead);
      if (chunk.indexOf(NEWLINE) === -1) {
        pieces.push(chunk);
        continue;
      }
      const data = pieces.length > 0 ? Buffer.concat([...pieces, chunk]) : chunk;
      pieces = [];
      let lineStart = 0;
      for (let nl = data.indexOf(NEWLINE); nl !== -1; nl = data.indexOf(NEWLINE, lineStart)) {
        const offset = carryOffset + lineStart;
        const records = await this.parseLine(data.toString('utf8', lineStart, nl), offset, filter);
        for (const [index, record] of records) yield { record, offset, end: carryOffset + nl + 1, index };
        lineStart = nl + 1;
      }
      if (lineStart < data.length) pieces.push(data.subarray(lineStart));
      carryOffset += lineStart;
    }
    if (pieces.length > 0) throw await this.corruptAt(carryOffset, 'the last line has no newline');
  }

  /**
   * Iterates the lines before `end` newest first, each with its records (in line order):
   * for readers that want the newest few records without reading the whole journal.
   */
  async *readBackward(end = this.acknowledged, filter: ReadFilter = {}): AsyncGenerator<JournalEntry<T>[]> {
    let lineEnd = end;
    while (lineEnd > 0) {
      const start = await this.startOfLastLine(lineEnd - 1);
      const buffer = Buffer.allocUnsafe(lineEnd - start);
      const { bytesRead } = await this.handle.read(buffer, 0, buffer.length, start);
      if (bytesRead !== buffer.length || buffer[buffer.length - 1] !== NEWLINE) throw await this.corruptAt(start, 'the line changed while it was read');
      const records = await this.parseLine(buffer.toString('utf8', 0, buffer.length - 1), start, filter);
      yield records.map(([index, record]) => ({ record, offset: start, end: lineEnd, index }));
      lineEnd = start;
    }
  }

  /**
   * Reads the record at position `index` of the line at [offset, end), as located by a
   * previous read. Only that record is validated: a batch line may hold many.
   */
  async readRecord(offset: number, end: number, index = 0): Promise<T> {
    return (await this.readRecords(offset, end, [index]))[0] as T;
  }

  /**
   * Reads the records at the given positions of one line, parsing the line once (an import
   * line can hold 100,000 events: reading them one by one would parse it again for each).
   */
  async readRecords(offset: number, end: number, indexes: readonly number[]): Promise<T[]> {
    const buffer = Buffer.allocUnsafe(end - offset);
    const { bytesRead } = await this.handle.read(buffer, 0, buffer.length, offset);
    if (bytesRead !== buffer.length || buffer[buffer.length - 1] !== NEWLINE) {
      throw await this.corruptAt(offset, 'the line is not where the index says it is');
    }
    let raw: unknown;
    try {
      raw = JSON.parse(buffer.toString('utf8', 0, bytesRead - 1));
    } catch (err) {
      throw await this.corruptAt(offset, `not valid JSON (${messageOf(err)})`);
    }
    const out: T[] = [];
    for (const index of indexes) {
      const item = Array.isArray(raw) ? (raw as unknown[])[index] : index === 0 ? raw : undefined;
      if (item === undefined) throw await this.corruptAt(offset, `the line has no record ${index + 1}`);
      const result = this.validateBatch(item);
      if (typeof result === 'string') throw await this.corruptAt(offset, result);
      out.push(result[0] as T);
    }
    return out;
  }

  /** A `corrupt` StoreError for the line at `offset`: `<file> line N: <problem>` and how to recover. */
  async corruptAt(offset: number, problem: string): Promise<StoreError> {
    const line = await this.lineNumberAt(offset);
    const where = line === undefined ? `byte ${offset}` : `line ${line}`;
    return new StoreError(
      'corrupt',
      this.path,
      `${this.path} ${where}: ${problem}. The journal is the ledger's history and will not be reset: ` +
        `restore ${this.path} from a backup (or repair that line by hand), then start again. The file has not been changed.`,
    );
  }

  /** Waits for pending appends and closes the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.tail;
    await this.handle.close();
  }

  private async appendNow(records: T[]): Promise<AppendResult<T>> {
    if (this.closed) throw new StoreError('io', this.path, `${this.path}: the journal is closed`);
    if (this.broken) throw this.broken;
    const lines = linesOf(records);
    const offset = this.acknowledged;
    const stored: T[] = [];
    const locations: AppendResult<T>['locations'] = [];
    let at = offset;
    for (const line of lines) {
      // Read back exactly what will be stored: this catches NaN, Dates and other things JSON changes.
      const raw = JSON.parse(line) as unknown;
      const items = Array.isArray(raw) ? raw : [raw];
      const first = isPartHeader(items[0]) ? 1 : 0;
      const checked = this.validateBatch(first ? items.slice(1) : raw);
      if (typeof checked === 'string') {
        throw new StoreError('invalid', this.path, `${this.path}: refusing to append a record that would not load again: ${checked}`);
      }
      const end = at + Buffer.byteLength(line, 'utf8') + 1;
      checked.forEach((record, i) => {
        stored.push(record);
        locations.push({ offset: at, end, index: i + first });
      });
      at = end;
    }
    const data = Buffer.from(lines.join('\n') + '\n', 'utf8');
    try {
      await writeFully(this.handle, data);
      await this.handle.datasync();
    } catch (err) {
      await this.undoPartialWrite(offset);
      throw ioError(this.path, 'cannot append', err);
    }
    this.acknowledged = offset + data.length;
    return { offset, end: this.acknowledged, records: stored, locations };
  }

  /** Cuts a failed write back off, so the next append does not follow a broken line. */
  private async undoPartialWrite(offset: number): Promise<void> {
    try {
      await this.handle.truncate(offset);
      await this.handle.datasync();
    } catch (err) {
      this.broken = ioError(this.path, 'a failed append could not be undone; restart to repair', err);
    }
  }

  /**
   * A crash mid-append can leave a final line without its newline; that append was never
   * acknowledged. If the line is nevertheless complete and valid, keep it (all its bytes
   * made it); otherwise cut it off. A bad line that does end in a newline is not touched.
   */
  private async repairTail(): Promise<void> {
    await this.repairTornLine();
    await this.cutUnfinishedBatch();
  }

  /**
   * A crash in the middle of a batch written as several lines can leave its first parts
   * complete: the last line then says it is part i of n, i < n. The batch was never
   * acknowledged; cut it off whole.
   */
  private async cutUnfinishedBatch(): Promise<void> {
    const size = this.acknowledged;
    if (size === 0) return;
    const lastStart = await this.startOfLastLine(size - 1);
    const head = Buffer.allocUnsafe(Math.min(64, size - lastStart));
    await this.handle.read(head, 0, head.length, lastStart);
    const m = /^\[\{"\$part":(\d+),"of":(\d+)\}/.exec(head.toString('utf8'));
    if (!m || Number(m[1]) >= Number(m[2])) return;
    let start = lastStart;
    for (let part = Number(m[1]); part > 1; part--) start = await this.startOfLastLine(start - 1);
    await this.handle.truncate(start);
    await this.handle.datasync();
    this.acknowledged = start;
    this.options.logger.warn(
      { file: this.options.path, offset: start, droppedBytes: size - start, parts: `${m[1]} of ${m[2]}` },
      'journal: removed an unfinished batch left by an interrupted append (it was never acknowledged)',
    );
  }

  private async repairTornLine(): Promise<void> {
    const size = this.acknowledged;
    if (size === 0) return;
    const last = Buffer.alloc(1);
    await this.handle.read(last, 0, 1, size - 1);
    if (last[0] === NEWLINE) return;
    const lineStart = await this.startOfLastLine(size);
    const tail = Buffer.allocUnsafe(size - lineStart);
    await this.handle.read(tail, 0, tail.length, lineStart);
    const text = tail.toString('utf8');
    const { logger, path } = this.options;
    if (typeof this.validateText(text) !== 'string') {
      await writeFully(this.handle, Buffer.from('\n'));
      await this.handle.datasync();
      this.acknowledged = size + 1;
      logger.warn({ file: path, offset: lineStart }, 'journal: completed a final line that lacked its newline');
      return;
    }
    await this.handle.truncate(lineStart);
    await this.handle.datasync();
    this.acknowledged = lineStart;
    logger.warn(
      { file: path, offset: lineStart, droppedBytes: tail.length, dropped: text.slice(0, 200) },
      'journal: removed a torn final line left by an interrupted append (it was never acknowledged)',
    );
  }

  private async startOfLastLine(size: number): Promise<number> {
    let end = size;
    while (end > 0) {
      const start = Math.max(0, end - CHUNK);
      const buffer = Buffer.allocUnsafe(end - start);
      await this.handle.read(buffer, 0, buffer.length, start);
      const nl = buffer.lastIndexOf(NEWLINE);
      if (nl !== -1) return start + nl + 1;
      end = start;
    }
    return 0;
  }

  /** The records of one line with their positions in it, checked unless the filter says otherwise. */
  private async parseLine(text: string, offset: number, filter: ReadFilter): Promise<[number, T][]> {
    // Blank lines (a hand edit) carry nothing; tolerate them rather than refuse to start.
    if (text.trim() === '') return [];
    if (!filter.accept && filter.validate !== false && !text.startsWith('[{"$part":')) {
      const result = this.validateText(text);
      if (typeof result === 'string') throw await this.corruptAt(offset, result);
      return result.map((record, index) => [index, record]);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (err) {
      throw await this.corruptAt(offset, `not valid JSON (${messageOf(err)})`);
    }
    const items = Array.isArray(raw) ? (raw as unknown[]) : [raw];
    const out: [number, T][] = [];
    for (let index = 0; index < items.length; index++) {
      const item = items[index];
      if (index === 0 && isPartHeader(item)) continue;
      if (filter.accept && !filter.accept(item)) continue;
      if (filter.validate === false) {
        out.push([index, item as T]);
        continue;
      }
      const result = this.validateBatch(item);
      if (typeof result === 'string') throw await this.corruptAt(offset, items.length > 1 ? `record ${index + 1} of ${items.length}: ${result}` : result);
      out.push([index, result[0] as T]);
    }
    return out;
  }

  private validateText(text: string): T[] | string {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (err) {
      return `not valid JSON (${messageOf(err)})`;
    }
    if (Array.isArray(raw) && isPartHeader(raw[0])) return this.validateBatch(raw.slice(1));
    return this.validateBatch(raw);
  }

  private validateBatch(raw: unknown): T[] | string {
    const items = Array.isArray(raw) ? raw : [raw];
    const out: T[] = [];
    for (let i = 0; i < items.length; i++) {
      const result = this.options.schema.safeParse(items[i]);
      if (!result.success) {
        const label = this.options.label?.(items[i]);
        const where = items.length > 1 ? `record ${i + 1} of ${items.length}: ` : '';
        return `${where}${label ? `${label}: ` : ''}${formatZodIssues(result.error.issues, { max: 3 })}`;
      }
      out.push(result.data);
    }
    return out;
  }

  /** 1-based line number of the line starting at `offset`; counting is slow, so only for errors. */
  private async lineNumberAt(offset: number): Promise<number | undefined> {
    try {
      let lines = 1;
      const buffer = Buffer.allocUnsafe(CHUNK);
      for (let position = 0; position < offset;) {
        const { bytesRead } = await this.handle.read(buffer, 0, Math.min(CHUNK, offset - position), position);
        if (bytesRead === 0) break;
        for (let i = 0; i < bytesRead; i++) if (buffer[i] === NEWLINE) lines++;
        position += bytesRead;
      }
      return lines;
    } catch {
      return undefined;
    }
  }
}

/** The lines an append writes: one, or for a large batch one per LINE_RECORDS records, each with its part header. */
function linesOf(records: readonly object[]): string[] {
  if (records.length === 1) return [JSON.stringify(records[0])];
  if (records.length <= LINE_RECORDS) return [JSON.stringify(records)];
  const of = Math.ceil(records.length / LINE_RECORDS);
  const lines: string[] = [];
  for (let part = 1; part <= of; part++) {
    lines.push(JSON.stringify([{ $part: part, of }, ...records.slice((part - 1) * LINE_RECORDS, part * LINE_RECORDS)]));
  }
  return lines;
}

function ioError(path: string, what: string, err: unknown): StoreError {
  return new StoreError('io', path, `${path}: ${what}: ${messageOf(err)}`, { cause: err });
}
