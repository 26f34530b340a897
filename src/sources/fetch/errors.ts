import { GreenlightError } from '../../core/greenlight-error.js';
import { redactUrl, redactUrlsIn } from './redact-url.js';

/** Why a fetch failed; stable strings callers can branch on (e.g. back off on 'http-status' 429). */
export type SourceFetchErrorCode =
  'timeout' | 'too-large' | 'too-many-redirects' | 'http-status' | 'blocked-address' | 'network' | 'not-found' | 'bad-content-encoding' | 'unsupported-url';

/** Options carried by a {@link SourceFetchError}. */
export interface SourceFetchErrorDetails {
  url?: string;
  status?: number;
  retryAfterMs?: number;
  cause?: unknown;
}

/**
 * The one error type the fetch layer throws. `message` is written for a human
 * (an admin reading a log or a bot reply); `code` is for code. Source URLs in the message and
 * `url` are redacted here (passwords, keys in the query), so no reply, alert or log built from
 * the error can show them.
 */
export class SourceFetchError extends GreenlightError {
  declare readonly code: SourceFetchErrorCode;
  readonly url?: string;
  readonly status?: number;
  /** Milliseconds the server asked us to wait (Retry-After on 429/503). */
  readonly retryAfterMs?: number;

  constructor(code: SourceFetchErrorCode, message: string, details: SourceFetchErrorDetails = {}) {
    super(code, 'operator', redactUrlsIn(message), details.cause === undefined ? undefined : { cause: details.cause });
    if (details.url !== undefined) this.url = redactUrl(details.url);
    if (details.status !== undefined) this.status = details.status;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
  }
}

/** True when `err` is a {@link SourceFetchError} (optionally with the given code). */
export function isSourceFetchError(err: unknown, code?: SourceFetchErrorCode): err is SourceFetchError {
  return err instanceof SourceFetchError && (code === undefined || err.code === code);
}
