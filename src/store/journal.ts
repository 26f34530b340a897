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
import { fsyncDir, hasErrno, messageOf, PRIVATE_FILE_MODE, writeFully } from './durable-fs.js';
import { isPartHeader, journalLines, NEWLINE, READ_CHUNK } from './journal-lines.js';
import type { JournalOptions } from './journal-options.js';
import { lineNumberAt } from './line-number-at.js';
import { parseJournalLine, type ReadFilter } from './parse-journal-line.js';
import { repairJournalTail } from './repair-journal-tail.js';
import { startOfLastLine } from './start-of-last-line.js';
import { StoreError } from './store-error.js';
import { validateRecords } from './validate-records.js';

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
      return new Journal(options, handle, await repairJournalTail(handle, size, options));
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
      const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK, end - position));
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
      const start = await startOfLastLine(this.handle, lineEnd - 1);
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
      const result = validateRecords(this.options, item);
      if (typeof result === 'string') throw await this.corruptAt(offset, result);
      out.push(result[0] as T);
    }
    return out;
  }

  /** A `corrupt` StoreError for the line at `offset`: `<file> line N: <problem>` and how to recover. */
  async corruptAt(offset: number, problem: string): Promise<StoreError> {
    const line = await lineNumberAt(this.handle, offset);
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
    const lines = journalLines(records);
    const offset = this.acknowledged;
    const stored: T[] = [];
    const locations: AppendResult<T>['locations'] = [];
    let at = offset;
    for (const line of lines) {
      // Read back exactly what will be stored: this catches NaN, Dates and other things JSON changes.
      const raw = JSON.parse(line) as unknown;
      const items = Array.isArray(raw) ? raw : [raw];
      const first = isPartHeader(items[0]) ? 1 : 0;
      const checked = validateRecords(this.options, first ? items.slice(1) : raw);
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

  /** The records of one line with their positions in it; a `corrupt` StoreError if it does not check out. */
  private async parseLine(text: string, offset: number, filter: ReadFilter): Promise<[number, T][]> {
    const parsed = parseJournalLine(this.options, text, filter);
    if (typeof parsed === 'string') throw await this.corruptAt(offset, parsed);
    return parsed;
  }
}

function ioError(path: string, what: string, err: unknown): StoreError {
  return new StoreError('io', path, `${path}: ${what}: ${messageOf(err)}`, { cause: err });
}
