/**
 * The contract between the source watcher (fetching, scheduling, state) and the pipeline
 * that turns items into ledger changes and alert events.
 */
import type { Tier } from '../../core/model.js';
import type { AlertEvent } from '../../alerts/alert-event.js';
import type { LedgerEvent } from '../../core/events.js';

/** How a source's facts may touch the ledger. */
export type SourceMode =
  /** Facts are kept as reported claims/evidence, never overwriting admin or official values (news). */
  | 'report'
  /** Facts change the ledger directly (official sources: Federal Register, a signed webhook). */
  | 'apply';

/** One item from a source, ready for extraction. */
export interface SourceItem {
  /** Stable identity within the source (guid, atom:id, document_number, ...). */
  id: string;
  title: string;
  summary: string;
  link?: string;
  publishedAt?: string;
  /** Federal Register effective date (YYYY-MM-DD) where known. */
  effectiveOn?: string;
  /** Rulemaking numbers an official document belongs to (Federal Register RINs), matched against records' references. */
  references?: string[];
  /** True when the item was seen before with different content (an edit). */
  isUpdate: boolean;
  /** Structured facts from a webhook or JSON mapping, used instead of text extraction when present. */
  structured?: StructuredFact[];
}

/** A fact given in structured form (webhook payloads, generic JSON mappings). */
export type StructuredFact =
  | {
      kind: 'authorization';
      authorizationId?: string;
      name?: string;
      direction?: 'export' | 'import';
      authority?: string;
      item: string;
      holders: string[];
      status?: string;
      quota?: string;
      validTo?: string;
      ref?: string;
    }
  | { kind: 'order'; orderId?: string; item: string; buyer: string; seller?: string; quantity: string; status?: string; authorization?: string };

/** A batch of items from one poll of one source. */
export interface IngestBatch {
  sourceId: string;
  sourceName: string;
  tier: Tier;
  mode: SourceMode;
  items: SourceItem[];
  /** When the batch was fetched (ISO). */
  fetchedAt: string;
}

/** What ingesting a batch did. */
export interface IngestOutcome {
  /** Ledger events committed (their alerts flow through the ledger listener). */
  ledgerEvents: LedgerEvent[];
  /** Alert events that are not ledger changes (news, contradictions); already published. */
  alertEvents: AlertEvent[];
  /** Per item, a one-line account of what happened (for `source test` and logs). */
  outcomes: { itemId: string; title: string; outcome: string }[];
}
