/**
 * One poll of one source: fetch (with the stored validators) → parse → compare with what was
 * seen → hand new and edited items to the pipeline → only then compute the state to save.
 * A failure anywhere throws before the state changes, so the next poll fetches the same items
 * again (the pipeline and the outbox are idempotent on item evidence and event ids).
 */
import type { SourceConfig } from '../../../config/sources-schema.js';
import type { Clock, Logger } from '../../core/ports.js';
import type { IngestBatch, IngestOutcome, SourceItem } from '../pipeline/types.js';
import { cloneSourceState, rememberItem, type SourceState } from '../registry/source-state-store.js';
import { diffItems, toSourceItem } from './diff-items.js';
import { fetchItems } from './fetch-items.js';
import type { CandidateItem, FetchContext, Ingestor } from './types.js';

/** What a poll needs. */
export interface PollDeps {
  ingestor: Ingestor;
  fetch: FetchContext;
  clock: Clock;
  logger: Logger;
}

/** What one poll did. */
export type PollResult =
  /** 304: nothing new. */
  | { kind: 'not-modified' }
  /** First successful poll: everything recorded, nothing ingested or alerted. */
  | { kind: 'first-poll'; recorded: number }
  /** Fetched, but every item was already seen unchanged. */
  | { kind: 'nothing-new'; unchanged: number }
  /** New or edited items went to the pipeline. */
  | { kind: 'ingested'; batch: IngestBatch; outcome: IngestOutcome; unchanged: number };

/** A batch for the pipeline. */
export function makeBatch(source: SourceConfig, items: SourceItem[], fetchedAt: string): IngestBatch {
  return { sourceId: source.id, sourceName: source.name, tier: source.tier, mode: source.mode, items, fetchedAt };
}

/**
 * Polls a source once. `state` is not modified; the returned `next` state (validators, seen,
 * firstPollDone; health untouched) is for the caller to save.
 * @throws whatever the fetch, parse or ingest threw; nothing was stored then.
 */
export async function pollSource(source: SourceConfig, state: SourceState, deps: PollDeps): Promise<{ result: PollResult; next: SourceState }> {
  const fetchedAt = deps.clock.now().toISOString();
  const fetched = await fetchItems(source, state.validators, deps.fetch);
  const next = cloneSourceState(state);
  if (fetched.notModified) return { result: { kind: 'not-modified' }, next };

  const remember = (items: CandidateItem[]): void => {
    // Newest last: walk the feed (usually newest first) backwards.
    for (let i = items.length - 1; i >= 0; i--) rememberItem(next.seen, items[i]!.id, items[i]!.contentHash);
  };
  next.validators = fetched.validators;

  if (!state.firstPollDone) {
    remember(fetched.items);
    next.firstPollDone = true;
    deps.logger.info({ sourceId: source.id, items: fetched.items.length }, 'first poll: recorded items without alerting');
    return { result: { kind: 'first-poll', recorded: fetched.items.length }, next };
  }

  const { fresh, unchanged } = diffItems(fetched.items, state.seen);
  if (fresh.length === 0) {
    remember(fetched.items);
    return { result: { kind: 'nothing-new', unchanged }, next };
  }
  const batch = makeBatch(source, fresh, fetchedAt);
  // The items must be stored before the validators and seen map move on (see the module note).
  const outcome = await deps.ingestor.ingest(batch);
  remember(fetched.items);
  deps.logger.info({ sourceId: source.id, items: fresh.length, events: outcome.ledgerEvents.length + outcome.alertEvents.length }, 'ingested new items');
  return { result: { kind: 'ingested', batch, outcome, unchanged }, next };
}

/** What the next poll would do, computed without storing or sending anything. */
export interface PollPreview {
  notModified: boolean;
  firstPoll: boolean;
  /** Items the next poll would hand to the pipeline (all items on a first poll, for display). */
  items: SourceItem[];
  unchanged: number;
  outcome?: IngestOutcome;
}

/**
 * Fetches and parses like a poll (sending the stored validators), then asks the pipeline for a
 * dry run. Stores nothing: the caller must not save anything either.
 */
export async function previewSource(source: SourceConfig, state: SourceState, deps: PollDeps): Promise<PollPreview> {
  const fetched = await fetchItems(source, state.validators, deps.fetch);
  if (fetched.notModified) return { notModified: true, firstPoll: !state.firstPollDone, items: [], unchanged: 0 };
  const firstPoll = !state.firstPollDone;
  const diff = firstPoll ? { fresh: fetched.items.map((c) => toSourceItem(c, false)), unchanged: 0 } : diffItems(fetched.items, state.seen);
  const preview: PollPreview = { notModified: false, firstPoll, items: diff.fresh, unchanged: diff.unchanged };
  if (diff.fresh.length > 0) preview.outcome = await deps.ingestor.dryRun(makeBatch(source, diff.fresh, deps.clock.now().toISOString()));
  return preview;
}
