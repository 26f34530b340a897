/** Errors the storage layer raises: each names the file and says how to recover. */
import { GreenlightError } from '../core/greenlight-error.js';

/**
 * Why the store refused:
 * - `corrupt`: a file does not parse or validate (never silently reset);
 * - `locked`: another live process owns the data folder;
 * - `newer-version`: the file was written by a newer Greenlight;
 * - `invalid`: an event to append would not load again, so it was not written;
 * - `io`: the operating system refused a read or write.
 */
export type StoreErrorCode = 'corrupt' | 'locked' | 'newer-version' | 'invalid' | 'io';

/** A storage failure whose message is written for the operator who must fix it. */
export class StoreError extends GreenlightError {
  declare readonly code: StoreErrorCode;
  constructor(
    code: StoreErrorCode,
    /** The file at fault, as the store was told to find it. */
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, 'operator', message, options);
  }
}

/** True when `err` is a StoreError (optionally with one of the given codes). */
export function isStoreError(err: unknown, ...codes: StoreErrorCode[]): err is StoreError {
  return err instanceof StoreError && (codes.length === 0 || codes.includes(err.code));
}
