import type { Readable } from 'node:stream';
import { Agent, request } from 'undici';
import { assertPublicAddress } from './address-guard.js';
import { SourceFetchError } from './errors.js';
import { readFileSource } from './file-source.js';
import { guardedLookup } from './guarded-lookup.js';
import { readBody } from './read-body.js';
import { parseRetryAfter } from './retry-after.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS, type FetchResult, type FetchSourceOptions } from './types.js';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Marker stored as the abort reason so we can tell our timeout from other aborts. */
class TimeoutReason extends Error {}

/**
 * Fetch a feed or API document over http(s) or from a `file:` URL.
 *
 * - Sends stored validators verbatim (If-None-Match / If-Modified-Since); 304 → `{ kind: 'not-modified' }`.
 * - Follows up to `maxRedirects` redirects by hand, re-checking each hop
 *   (scheme, SSRF guard, politeness).
 * - `timeoutMs` bounds the whole exchange, including a server that never answers
 *   and a body that trickles. Waiting for the first politeness slot is not counted.
 * - Stops reading once the decoded body exceeds `maxBytes`.
 *
 * @throws {SourceFetchError} for every failure; see its `code`.
 */
export async function fetchSource(url: string | URL, opts: FetchSourceOptions): Promise<FetchResult> {
  let current: URL;
  try {
    current = new URL(url);
  } catch (cause) {
    throw new SourceFetchError('unsupported-url', `Not a valid URL: ${String(url)}`, { cause });
  }
  if (current.protocol === 'file:') return readFileSource(current, opts);
  assertHttp(current);

  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const allowPrivate = opts.allowPrivate ?? false;

  await opts.politeness?.acquire(current, opts.signal);

  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new TimeoutReason()), timeoutMs);
  const signal = opts.signal ? AbortSignal.any([timeout.signal, opts.signal]) : timeout.signal;
  // One agent per call: no keep-alive sockets outlive the fetch, and the
  // connect-time lookup guard applies to every hop.
  const agent = new Agent({
    connect: allowPrivate ? {} : { lookup: guardedLookup },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const originalUrl = current.href;
  const origin = current.origin;
  try {
    const seen = new Set<string>([current.href]);
    for (let hop = 0; ; hop++) {
      if (hop > 0) await opts.politeness?.acquire(current, signal);
      if (!allowPrivate) await abortable(assertPublicAddress(current), signal);

      const res = await request(current, {
        method: 'GET',
        // Configured headers carry credentials: they go to the source's own origin only, never along a redirect elsewhere.
        headers: buildHeaders(opts, current.origin === origin),
        signal,
        dispatcher: agent,
      });
      const status = res.statusCode;

      if (REDIRECT_STATUSES.has(status)) {
        discard(res.body);
        const location = header(res.headers, 'location');
        if (!location) {
          throw new SourceFetchError('http-status', `HTTP ${status} redirect without a Location header from ${current.href}`, {
            url: current.href,
            status,
          });
        }
        const next = new URL(location, current);
        assertHttp(next);
        if (hop + 1 > maxRedirects) {
          const loop = seen.has(next.href) ? ' (redirect loop)' : '';
          throw new SourceFetchError(
            'too-many-redirects',
            `Gave up after ${maxRedirects} redirects fetching ${originalUrl}${loop}; last Location: ${next.href}`,
            { url: originalUrl },
          );
        }
        seen.add(next.href);
        current = next;
        continue;
      }

      if (status === 304) {
        discard(res.body);
        return { kind: 'not-modified' };
      }

      if (status < 200 || status >= 300) {
        discard(res.body);
        throw statusError(status, current.href, header(res.headers, 'retry-after'));
      }

      const declared = Number(header(res.headers, 'content-length'));
      const encoding = header(res.headers, 'content-encoding');
      if (!encoding && Number.isFinite(declared) && declared > maxBytes) {
        discard(res.body);
        throw new SourceFetchError('too-large', `Response from ${current.href} declares ${declared} bytes, over the ${maxBytes}-byte limit; not downloaded`, {
          url: current.href,
        });
      }
      const bytes = await readBody(res.body, encoding, maxBytes, current.href);
      const result: FetchResult = { kind: 'ok', status, bytes, finalUrl: current.href };
      const contentType = header(res.headers, 'content-type');
      const etag = header(res.headers, 'etag');
      const lastModified = header(res.headers, 'last-modified');
      if (contentType !== undefined) result.contentType = contentType;
      if (etag !== undefined) result.etag = etag;
      if (lastModified !== undefined) result.lastModified = lastModified;
      const contentLocation = header(res.headers, 'content-location');
      if (contentLocation !== undefined) result.contentLocation = contentLocation;
      return result;
    }
  } catch (err) {
    throw mapError(err, current.href, timeout.signal, timeoutMs);
  } finally {
    clearTimeout(timer);
    await agent.destroy().catch(() => {});
  }
}

/** Drop a body we will not read. undici emits an error on destroy(); nobody needs it. */
function discard(body: Readable): void {
  body.on('error', () => {});
  body.destroy();
}

function assertHttp(url: URL): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SourceFetchError('unsupported-url', `Unsupported URL scheme "${url.protocol}" in ${url.href}`, {
      url: url.href,
    });
  }
}

function buildHeaders(opts: FetchSourceOptions, sameOrigin: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5',
    ...(sameOrigin ? lowerKeys(opts.headers) : {}),
    'user-agent': opts.userAgent,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (opts.etag !== undefined) headers['if-none-match'] = opts.etag;
  if (opts.lastModified !== undefined) headers['if-modified-since'] = opts.lastModified;
  return headers;
}

function lowerKeys(headers: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function statusError(status: number, url: string, retryAfter: string | undefined): SourceFetchError {
  if (status === 404 || status === 410) {
    return new SourceFetchError('not-found', `HTTP ${status}: ${url} does not exist (any more)`, { url, status });
  }
  const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(retryAfter) : undefined;
  const hint = retryAfterMs === undefined ? '' : `; server asks to retry after ${Math.ceil(retryAfterMs / 1000)} s`;
  return new SourceFetchError('http-status', `HTTP ${status} from ${url}${hint}`, {
    url,
    status,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

async function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function mapError(err: unknown, url: string, timeoutSignal: AbortSignal, timeoutMs: number): unknown {
  const own = findSourceFetchError(err);
  if (own) return own;
  if (timeoutSignal.aborted && timeoutSignal.reason instanceof TimeoutReason) {
    return new SourceFetchError('timeout', `Timed out after ${timeoutMs} ms fetching ${url}`, { url, cause: err });
  }
  if ((err as { name?: string } | null)?.name === 'AbortError') return err; // caller cancelled
  const code = (err as { code?: string } | null)?.code;
  const detail = err instanceof Error ? err.message : String(err);
  return new SourceFetchError('network', `Network error fetching ${url}: ${detail}${code ? ` (${code})` : ''}`, {
    url,
    cause: err,
  });
}

function findSourceFetchError(err: unknown): SourceFetchError | undefined {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof SourceFetchError) return e;
  }
  return undefined;
}
