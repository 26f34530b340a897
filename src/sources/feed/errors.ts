import { GreenlightError } from '../../core/greenlight-error.js';

/** Why a body could not be turned into feed items. */
export type FeedParseErrorCode =
  | 'empty'
  | 'binary'
  | 'html'
  | 'malformed-xml'
  | 'invalid-json'
  | 'not-a-feed'
  /** Past a structure limit (attributes per element, nesting depth). */
  | 'too-complex'
  /** Parsing ran past its time budget and was stopped. */
  | 'too-slow'
  /** The parser itself failed (out of memory, crashed worker). */
  | 'parser-failed';

/**
 * Thrown when a fetched body is not a usable feed. The message is meant for a
 * human deciding what to do about the source (wrong URL, broken server, ...).
 */
export class FeedParseError extends GreenlightError {
  declare readonly code: FeedParseErrorCode;

  constructor(code: FeedParseErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, 'operator', message, options);
  }
}
