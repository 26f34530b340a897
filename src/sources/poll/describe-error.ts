/** Turns whatever a poll threw into one short line for `/greenlight sources` and health alerts. */
import type { SourceConfig } from '../../../config/sources-schema.js';
import { FederalRegisterError } from '../federal-register/parse-page.js';
import { SourceFetchError } from '../fetch/errors.js';
import { FeedParseError } from '../feed/errors.js';
import { redactUrlsIn } from '../fetch/redact-url.js';
import { JsonSourceError } from '../json/json-items.js';

const MAX_LENGTH = 300;

/** A one-line, length-capped account of a poll failure, and the server's Retry-After if any. */
export interface DescribedError {
  message: string;
  retryAfterMs?: number;
  /** True for failures of the source itself (fetch, parse); false for our own (storing items). */
  sourceFault: boolean;
}

/** Describes a poll failure in words an admin can act on. */
export function describePollError(err: unknown, source: SourceConfig): DescribedError {
  if (err instanceof SourceFetchError) {
    const out: DescribedError = { message: oneLine(fetchMessage(err, source)), sourceFault: true };
    if (err.retryAfterMs !== undefined) out.retryAfterMs = err.retryAfterMs;
    return out;
  }
  if (err instanceof FeedParseError || err instanceof FederalRegisterError || err instanceof JsonSourceError) {
    return { message: oneLine(err.message), sourceFault: true };
  }
  const detail = err instanceof Error ? err.message : String(err);
  return { message: oneLine(`unexpected error: ${detail}`), sourceFault: false };
}

function fetchMessage(err: SourceFetchError, source: SourceConfig): string {
  switch (err.code) {
    case 'timeout':
      return `timeout after ${formatSeconds(source.limits.timeoutMs)}`;
    case 'too-large':
      return `body larger than ${formatBytes(source.limits.maxBytes)}`;
    case 'too-many-redirects':
      return /redirect loop/.test(err.message) ? 'redirect loop' : `more than ${source.limits.maxRedirects} redirects`;
    case 'http-status':
      return `HTTP ${err.status ?? '?'}${err.retryAfterMs !== undefined ? ` (server asks to retry after ${formatSeconds(err.retryAfterMs)})` : ''}`;
    case 'not-found':
      // A file: source has no HTTP status; its message says the file is missing.
      return err.status === undefined ? err.message : `HTTP ${err.status}: the URL does not exist (any more)`;
    default:
      return err.message;
  }
}

/** "15 s", "2 min". */
export function formatSeconds(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 120 ? `${Math.round(s / 60)} min` : `${s} s`;
}

/** "5 MiB", "512 KiB". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

/**
 * Collapses whitespace and control characters, redacts credentials in URLs and caps the length
 * (text may come from a hostile server, or quote a source URL with a key in it).
 */
export function oneLine(s: string, max = MAX_LENGTH): string {
  const flat = redactUrlsIn(s)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
