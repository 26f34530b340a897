/**
 * The pipeline's entry point: turns a batch of source items into ledger changes and
 * alert events. `ingest` commits item by item (the ledger re-plans each item on the state
 * it commits to) and publishes the alerts that are not ledger changes; `dryRun` plays the
 * same plan forward on a copy and touches nothing.
 */
import type { ItemReadings } from '../../chat/item-readings.js';
import type { AlertEvent, AlertPublisher } from '../../alerts/alert-event.js';
import type { LedgerEvent } from '../../core/events.js';
import type { ChangeMeta, Ledger } from '../../core/ledger.js';
import type { Clock, Logger } from '../../core/ports.js';
import { planItem, type ItemPlan } from './plan-item.js';
import { Scratch } from './scratch.js';
import { RecentItems, type RecentItem } from './recent-items.js';
import { encodeNote, StoryIndex } from './story-index.js';
import type { StoryMemory } from './story-memory.js';
import type { IngestBatch, IngestOutcome } from './types.js';

/** What the ingestor needs. */
export interface IngestorDeps {
  ledger: Ledger;
  alerts: AlertPublisher;
  logger: Logger;
  clock?: Clock;
  /** How far apart two tellings of one story may be (default 72 hours). */
  storyWindowHours?: number;
  /** How many recent events to read at startup to rebuild the story index (default 5,000). */
  historyLimit?: number;
  /** How many recent items `explain` can answer about (default 1,000). */
  recentItems?: number;
  /** Keeps report-only stories (an alert, no ledger change) across restarts; without it they live in memory only. */
  storyMemory?: StoryMemory;
}

/** Turns source batches into ledger events and alert events. */
export interface Ingestor extends ItemReadings {
  /** Commits what the batch says and publishes news and contradictions. */
  ingest(batch: IngestBatch): Promise<IngestOutcome>;
  /** What `ingest` would do, as outcome lines and would-be events; commits and publishes nothing. */
  dryRun(batch: IngestBatch): IngestOutcome;
  /** Resolves once the story index has been rebuilt from recent history (ingest awaits it itself). */
  ready: Promise<void>;
  /** What was read from a recent item (by link or id) and what it did, for `/greenlight explain`. */
  explain(query: string): RecentItem | undefined;
}

/** Creates the ingestor; it starts rebuilding its story index from the ledger's history at once. */
export function createIngestor(deps: IngestorDeps): Ingestor {
  const { ledger, alerts, logger } = deps;
  const clock = deps.clock ?? { now: () => ledger.now() };
  const windowMs = (deps.storyWindowHours ?? 72) * 3600_000;
  const stories = new StoryIndex(windowMs);
  const log = logger.child({ component: 'source-pipeline' });
  const recent = new RecentItems(deps.recentItems);

  const ready = ledger
    .history({ limit: deps.historyLimit ?? 5_000 })
    .then(async (events) => {
      stories.learn(events);
      for (const mark of (await deps.storyMemory?.load()) ?? []) stories.record(mark);
    })
    .catch((err: unknown) => {
      // Without history a repeated story may alert twice; that is better than not ingesting.
      log.error({ err }, 'could not rebuild the story index from history');
    });

  async function ingest(batch: IngestBatch): Promise<IngestOutcome> {
    await ready;
    stories.prune(clock.now().getTime());
    const outcome: IngestOutcome = { ledgerEvents: [], alertEvents: [], outcomes: [] };
    for (const item of batch.items) {
      let plan: ItemPlan | undefined;
      // Planned once outside so the meta (evidence, note) is known, and again inside the
      // commit, on the state the change is actually written to.
      const first = planItem(ledger.state, batch, item, stories, windowMs, clock.now());
      const meta: ChangeMeta = { ...first.meta, ...(first.mark ? { note: encodeNote(batch.sourceName, first.mark) } : {}) };
      const events =
        first.changes.length === 0
          ? []
          : await ledger.commit((state) => {
              plan = planItem(state, batch, item, stories, windowMs, clock.now());
              if (plan.mark) meta.note = encodeNote(batch.sourceName, plan.mark);
              return plan.changes;
            }, meta);
      const done = plan ?? first;
      if (done.mark && (events.length || done.changes.length === 0)) stories.record(done.mark);
      if (done.alerts.length) {
        // A failure here is thrown to the poller, which then keeps the item unseen; the
        // ledger part is idempotent, and alert ids are stable for the outbox to dedupe.
        await alerts.publish(done.alerts);
        stories.markAlerted(done.alerts.map((a) => a.id));
        // A story told only by its alert has no event to carry its mark: keep it for after a restart.
        if (done.mark && !events.length && deps.storyMemory) {
          try {
            await deps.storyMemory.add(done.mark);
          } catch (err) {
            log.error({ err }, 'could not keep a report-only story; a later telling after a restart may alert again');
          }
        }
      }
      outcome.ledgerEvents.push(...events);
      outcome.alertEvents.push(...done.alerts);
      outcome.outcomes.push({ itemId: item.id, title: item.title, outcome: done.outcome });
      recent.record({
        sourceId: batch.sourceId,
        sourceName: batch.sourceName,
        itemId: item.id,
        title: item.title.slice(0, 500),
        at: batch.fetchedAt,
        ...(item.link ? { link: item.link } : {}),
        ...(done.reading ? { reading: done.reading } : {}),
        outcome: done.outcome,
        seqs: events.map((e) => e.seq),
        alerts: done.alerts.map((a) => a.id),
      });
      log.debug({ sourceId: batch.sourceId, itemId: item.id, events: events.length, alerts: done.alerts.length, outcome: done.outcome }, 'item ingested');
    }
    return outcome;
  }

  function dryRun(batch: IngestBatch): IngestOutcome {
    const sim = new Scratch(ledger.state);
    const simStories = stories.fork();
    const recordedAt = clock.now().toISOString();
    const outcome: IngestOutcome = { ledgerEvents: [], alertEvents: [], outcomes: [] };
    for (const item of batch.items) {
      const plan = planItem(sim.state, batch, item, simStories, windowMs, clock.now());
      const firstSeq = sim.state.seq + 1;
      sim.apply(plan.changes);
      const note = plan.mark ? encodeNote(batch.sourceName, plan.mark) : undefined;
      const events = plan.changes.map((c, i): LedgerEvent => ({
        ...c,
        seq: firstSeq + i,
        actor: plan.meta.actor,
        tier: plan.meta.tier,
        effectiveAt: recordedAt,
        recordedAt,
        ...(plan.meta.evidence ? { evidence: plan.meta.evidence } : {}),
        ...(note ? { note } : {}),
      }));
      if (plan.mark) simStories.record(plan.mark);
      simStories.markAlerted(plan.alerts.map((a: AlertEvent) => a.id));
      outcome.ledgerEvents.push(...events);
      outcome.alertEvents.push(...plan.alerts);
      outcome.outcomes.push({ itemId: item.id, title: item.title, outcome: plan.outcome });
    }
    return outcome;
  }

  return { ingest, dryRun, ready, explain: (query) => recent.find(query) };
}
