/** Messages between the feed parse pool and its workers (structured-clone data only). */
import type { FeedParseErrorCode } from '../feed/errors.js';
import type { StructureLimits } from '../feed/structure-limits.js';
import type { ParsedFeed } from '../feed/types.js';

/** One body to parse. `bytes` is transferred when it owns its whole buffer. */
export interface ParseJob {
  id: number;
  bytes: Uint8Array;
  contentType: string | undefined;
  baseUrl: string;
  opts: { maxItems?: number; contentLocation?: string; limits?: StructureLimits };
}

/** What a worker answers: ready once loaded, warnings while parsing, then one result per job. */
export type WorkerMessage =
  | { id: number; kind: 'ready' }
  | { id: number; kind: 'warn'; obj: object; msg?: string }
  | { id: number; kind: 'ok'; feed: ParsedFeed }
  | { id: number; kind: 'error'; error: { code?: FeedParseErrorCode; message: string } };
