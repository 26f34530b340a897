/**
 * End to end: each story (its tellings in publishedAt order) or single item goes through
 * the real ingest pipeline on a fresh in-memory ledger seeded from config/greenlight.yml,
 * as a wire-tier news source in report mode, one poll per item with the clock at the
 * item's time. Ledger events are turned into alert events the way the alert service does
 * (toAlertEvents), and the pipeline's own published events (news, contradictions) are
 * recorded beside them: together, what a channel subscribed to everything would get.
 */
import { DEFAULT_CONFIG_PATH, loadConfigFile } from '../config/load-config.js';
import type { AlertEvent, AlertPublisher } from '../src/alerts/alert-event.js';
import { toAlertEvents } from '../src/alerts/from-ledger.js';
import type { LedgerEvent } from '../src/core/events.js';
import { Ledger } from '../src/core/ledger.js';
import { silentLogger, type Clock } from '../src/core/ports.js';
import { seedLedger } from '../src/seed/seed-ledger.js';
import { createIngestor } from '../src/sources/pipeline/index.js';
import { MemoryLedgerStore } from '../src/store/memory-ledger-store.js';
import type { LabelItem } from './schema.js';

/** What one item did end to end. */
export interface ItemOutcome {
  ledgerEvents: LedgerEvent[];
  alerts: AlertEvent[];
  /** Tracked record ids the ledger events and alerts concern. */
  records: string[];
  /** The pipeline's one-line account. */
  outcome: string;
}

class SettableClock implements Clock {
  current = new Date('2026-01-29T00:00:00Z');
  now(): Date {
    return new Date(this.current);
  }
}

class Recorder implements AlertPublisher {
  events: AlertEvent[] = [];
  async publish(events: AlertEvent[]): Promise<void> {
    this.events.push(...events);
  }
}

/**
 * The tracked records (those in the ledger before the item) that the item's ledger events
 * and alerts are about: an order or supply event is about its own record (an order's
 * authorization is only the quota it counts against), a claim about its authorization; an
 * alert about its records, else its authorization. A record the item created, or a review
 * candidate's proposed id, is not a tracked record (labels call those `new:`).
 */
function recordsOf(tracked: ReadonlySet<string>, events: LedgerEvent[], alerts: AlertEvent[]): string[] {
  const ids = new Set<string>();
  for (const e of events) {
    if (e.entity === 'order' || e.entity === 'supply') ids.add(e.entityId);
    else if (e.authorizationId) ids.add(e.authorizationId);
    else if (e.entity === 'authorization') ids.add(e.entityId);
  }
  for (const a of alerts) for (const id of a.recordIds ?? (a.authorizationId ? [a.authorizationId] : [])) ids.add(id);
  return [...ids].filter((id) => tracked.has(id));
}

/** Groups items into units: one per story, one per single item; tellings sorted by time. */
export function unitsOf(items: LabelItem[]): LabelItem[][] {
  const stories = new Map<string, LabelItem[]>();
  const units: LabelItem[][] = [];
  for (const item of items) {
    if (!item.story) units.push([item]);
    else if (stories.has(item.story)) stories.get(item.story)!.push(item);
    else {
      const unit = [item];
      stories.set(item.story, unit);
      units.push(unit);
    }
  }
  for (const unit of units) unit.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
  return units;
}

/** Runs every unit through the pipeline; outcomes by item id. */
export async function runEndToEnd(items: LabelItem[]): Promise<Map<string, ItemOutcome>> {
  const seed = loadConfigFile(DEFAULT_CONFIG_PATH).seed;
  const out = new Map<string, ItemOutcome>();
  for (const unit of unitsOf(items)) {
    const clock = new SettableClock();
    const ledger = new Ledger(new MemoryLedgerStore(), clock);
    await seedLedger(ledger, seed);
    const committed: LedgerEvent[][] = [];
    ledger.onEvents((events) => void committed.push(events));
    const recorder = new Recorder();
    const ingestor = createIngestor({ ledger, alerts: recorder, logger: silentLogger, clock });
    await ingestor.ready;
    for (const item of unit) {
      clock.current = new Date(Date.parse(item.publishedAt) + 5 * 60_000);
      committed.length = 0;
      // The ledger's state changes in place: keep the ids tracked before the item.
      const tracked = new Set([ledger.state.authorization, ledger.state.order, ledger.state.supply].flatMap((c) => Object.keys(c)));
      recorder.events = [];
      const result = await ingestor.ingest({
        sourceId: 'eval-wire',
        sourceName: 'Eval wire',
        tier: 'wire',
        mode: 'report',
        fetchedAt: clock.now().toISOString(),
        items: [{ id: item.id, title: item.title, summary: item.summary, link: item.link, publishedAt: item.publishedAt, isUpdate: false }],
      });
      const ledgerEvents = committed.flat();
      const alerts = [...toAlertEvents(ledgerEvents, ledger.state), ...recorder.events];
      out.set(item.id, { ledgerEvents, alerts, records: recordsOf(tracked, ledgerEvents, alerts), outcome: result.outcomes[0]?.outcome ?? '' });
    }
  }
  return out;
}
