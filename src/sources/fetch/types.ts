import type { HostPoliteness } from './host-politeness.js';

/** Options for {@link fetchSource}. */
export interface FetchSourceOptions {
  /** Stored ETag from the previous 200, sent back verbatim as If-None-Match. */
  etag?: string;
  /** Stored Last-Modified from the previous 200, sent back verbatim as If-Modified-Since. */
  lastModified?: string;
  /** Budget for the whole request: DNS, connect, redirects, headers and body. Default 15,000. */
  timeoutMs?: number;
  /** Cap on the (decompressed) body. Default 5 MiB. */
  maxBytes?: number;
  /** Redirect hops allowed before giving up. Default 5. */
  maxRedirects?: number;
  /** Sent on every request; some publishers (SEC) require a contact address in it. */
  userAgent: string;
  /** Allow loopback/private/link-local targets (tests, intranet feeds). Default false. */
  allowPrivate?: boolean;
  /** Shared per-host rate limiter; awaited before every hop. */
  politeness?: HostPoliteness;
  /** Extra request headers (e.g. Accept, Authorization), sent to the first URL's origin only. Conditional and encoding headers are set by us. */
  headers?: Record<string, string>;
  /** Caller's cancellation (e.g. shutdown). */
  signal?: AbortSignal;
}

/** Outcome of a fetch: 304/unchanged, or the body and its validators. */
export type FetchResult =
  | { kind: 'not-modified' }
  | {
      kind: 'ok';
      status: number;
      bytes: Uint8Array;
      contentType?: string;
      etag?: string;
      lastModified?: string;
      /** URL after redirects; use it as the base for relative links. */
      finalUrl: string;
      /** The Content-Location header, if any: the document's own address (a base for its relative links). */
      contentLocation?: string;
    };

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
