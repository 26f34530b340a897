/**
 * Plans one source item against a state: the changes to commit, the alerts to publish and
 * a one-line outcome. Pure given the state and the story index, so `dryRun` and `ingest`
 * run the very same code and can only differ in whether the result is committed.
 */
import type { AlertEvent } from '../../alerts/alert-event.js';
import type { Change, ChangeMeta } from '../../core/ledger.js';
import { tierRank, type Evidence, type LedgerState, type Tier } from '../../core/model.js';
import { normaliseText, splitPublisher, type ItemExtraction } from '../extract/index.js';
import type { Collected, ItemContext } from './plan-context.js';
import { Scratch } from './scratch.js';
import type { IngestMark, StoryIndex } from './story-index.js';
import { planStructured } from './structured-facts.js';
import { planText } from './text-facts.js';
import type { IngestBatch, SourceItem } from './types.js';
import { whyOf } from './why.js';

/** What one item would do. */
export interface ItemPlan {
  changes: Change[];
  alerts: AlertEvent[];
  outcome: string;
  meta: ChangeMeta;
  /** For the story index and the events' note; present when there are changes. */
  mark?: IngestMark;
  /** What extraction read from a text item (for `explain`). */
  reading?: ItemExtraction;
}

const MAX_TITLE = 2_000;

/** A news source never outranks a filing: a misconfigured "report" source cannot overwrite official values. */
export function effectiveTier(batch: IngestBatch): Tier {
  return batch.mode === 'report' && tierRank(batch.tier) > tierRank('filing') ? 'filing' : batch.tier;
}

/** The evidence an item gives every change it makes. Titles stay verbatim: escaping is the platforms' job. */
export function evidenceFor(batch: IngestBatch, item: SourceItem): Evidence {
  const publisher = item.structured?.length ? undefined : splitPublisher(normaliseText(item.title.slice(0, MAX_TITLE))).publisher;
  return {
    ...(item.link ? { url: item.link } : {}),
    title: item.title.slice(0, MAX_TITLE),
    publisher: publisher ?? batch.sourceName,
    ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}),
    seenAt: batch.fetchedAt,
    tier: effectiveTier(batch),
  };
}

/** Plans one item. `now` is the fallback story time when the item and batch carry none. */
export function planItem(base: LedgerState, batch: IngestBatch, item: SourceItem, stories: StoryIndex, windowMs: number, now: Date): ItemPlan {
  const evidence = evidenceFor(batch, item);
  const meta: ChangeMeta = { actor: { kind: 'source', id: batch.sourceId, name: batch.sourceName }, tier: effectiveTier(batch), evidence };
  const occurredAt = item.publishedAt ?? batch.fetchedAt;
  const storyAt = [item.publishedAt, batch.fetchedAt].map((t) => (t ? Date.parse(t) : NaN)).find((t) => !Number.isNaN(t)) ?? now.getTime();
  const seenKeys = stories.seenKeys(batch.sourceId, item.id);
  if (seenKeys && !item.isUpdate) return { changes: [], alerts: [], outcome: 'already ingested', meta };

  const ctx: ItemContext = { batch, item, evidence, meta, storyAt, occurredAt, windowMs, stories, seenKeys };
  const acc: Collected = { scratch: new Scratch(base), lines: [], alerts: [], stories: [] };
  let reading: ItemExtraction | undefined;
  if (item.structured?.length) planStructured(acc, ctx, item.structured);
  else reading = planText(acc, ctx);

  // A re-polled news item that changed nothing was already told; tell it once.
  const fresh = acc.alerts.filter((a) => item.isUpdate || !stories.wasAlerted(a.id));
  const lines = acc.alerts.length > fresh.length && acc.scratch.changes.length === 0 ? ['already ingested (alert sent before)'] : acc.lines;
  const outcome = lines.filter(Boolean).join('; ') || 'no change';
  const changes = acc.scratch.changes;
  const read = reading ? { reading } : {};
  // Stories told only by an alert are remembered too, so the next outlet adds to them.
  if (!changes.length && !acc.stories.length) return { changes, alerts: fresh, outcome, meta, ...read };
  const why = reading?.candidates.map(whyOf).join(' | ').slice(0, 600);
  const mark: IngestMark = {
    source: batch.sourceId,
    item: item.id,
    stories: acc.stories,
    at: new Date(storyAt).toISOString(),
    title: item.title.slice(0, 200),
    ...(evidence.publisher ? { publisher: evidence.publisher } : {}),
    ...(why ? { why } : {}),
  };
  return { changes, alerts: fresh, outcome, meta, mark, ...read };
}
