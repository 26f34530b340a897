/** Types shared by the poll code, the webhook receiver and the source service. */
import type { SourceConfig } from '../../../config/sources-schema.js';
import type { HostPoliteness } from '../fetch/host-politeness.js';
import type { WarnLogger } from '../feed/types.js';
import type { FeedParser } from './feed-parse-pool.js';
import type { IngestBatch, IngestOutcome, SourceItem } from '../pipeline/types.js';

/** What the watcher needs from the pipeline (src/sources/pipeline createIngestor implements it). */
export interface Ingestor {
  /** Stores the batch's facts and publishes its alerts; idempotent on item evidence. */
  ingest(batch: IngestBatch): Promise<IngestOutcome>;
  /** What ingest would do, touching nothing. */
  dryRun(batch: IngestBatch): IngestOutcome | Promise<IngestOutcome>;
}

/** An item as fetched, before it is compared with what was seen (so not yet known to be an update). */
export type CandidateItem = Omit<SourceItem, 'isUpdate'> & {
  /** Changes when the item is edited. */
  contentHash: string;
};

/** The result of fetching a source once. */
export type FetchedItems = { notModified: true } | { notModified: false; items: CandidateItem[]; validators: { etag?: string; lastModified?: string } };

/** Shared settings every fetch uses. */
export interface FetchContext {
  userAgent: string;
  politeness?: HostPoliteness;
  /** Allow private/loopback addresses for every source (config `allowPrivateAddresses`). */
  allowPrivateAddresses: boolean;
  logger?: WarnLogger;
  /** Request headers of a source resolved from the environment (config `headers:`); sent only to the source's own origin. */
  headersFor?: (source: SourceConfig) => Record<string, string> | undefined;
  /** Parses feed bodies off the main thread (a FeedParsePool). */
  feedParser: FeedParser;
  /** Shutdown. */
  signal?: AbortSignal;
}

/** A source as the watcher runs it. */
export interface WatchedSource {
  config: SourceConfig;
  /** Where the definition lives: the YAML config or `_added.json` (admin-added). */
  origin: 'config' | 'added';
}
