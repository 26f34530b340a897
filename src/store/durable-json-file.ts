/**
 * A lowdb adapter that writes a JSON file atomically and durably (replaceFileDurably: a
 * crash at any moment leaves either the old file or the new one, never a mix). lowdb's
 * own JSONFile renames but never fsyncs.
 */
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { describeJsonError } from './describe-problem.js';
import { hasErrno, messageOf, removeStaleTemps, replaceFileDurably } from './durable-fs.js';
import { StoreError } from './store-error.js';

/**
 * Reads and writes one JSON document. `read` returns the parsed (unvalidated) JSON, or
 * null when the file does not exist; a file that is not JSON is a `corrupt` StoreError.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly path: string,
    /** Appended to `corrupt` messages: how the operator can recover. */
    private readonly recoveryHint = '',
    /** Pretty-printing keeps the snapshot readable and diffable by an operator. */
    private readonly indent: number = 2,
  ) {}

  /** The parsed JSON, or null when the file is missing. The document is not validated here. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if (hasErrno(err, 'ENOENT')) return null;
      throw new StoreError('io', this.path, `${this.path}: cannot read: ${messageOf(err)}`, { cause: err });
    }
    // Editors on Windows may add a byte order mark; it is not a reason to refuse the file.
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      throw new StoreError('corrupt', this.path, `${this.path}: ${describeJsonError(text, err)}${this.recoveryHint}`, { cause: err });
    }
    // lowdb treats a falsy document as "no file"; `null` or `0` must not pass for a missing file.
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new StoreError(
        'corrupt',
        this.path,
        `${this.path}: expected a JSON object, found ${Array.isArray(parsed) ? 'an array' : String(parsed)}${this.recoveryHint}`,
      );
    }
    return parsed as T;
  }

  /**
   * Serialises `data` at once (so later changes to it do not leak into this write), then
   * writes it durably. Writes are queued: they land in the order they were asked for.
   */
  write(data: T): Promise<void> {
    const text = JSON.stringify(data, null, this.indent) + '\n';
    const run = this.queue.then(() => this.replace(text));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Removes temp files left by a process killed mid-write (they never replaced the target). */
  removeStaleTemps(): Promise<void> {
    return removeStaleTemps(this.path);
  }

  private async replace(text: string): Promise<void> {
    try {
      await replaceFileDurably(this.path, text);
    } catch (err) {
      throw new StoreError('io', this.path, `${this.path}: cannot write: ${messageOf(err)}`, { cause: err });
    }
  }
}
