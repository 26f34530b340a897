/**
 * The ledger service: validates a change against the current state, turns it into events,
 * has the store append them durably, then tells listeners. Mutations run one at a time so
 * that a check and the write it guards can never interleave with another change.
 */
import { DomainError } from './errors.js';
import type { Actor, Change, EventDraft, LedgerEvent } from './events.js';
import type { EntityKind, Evidence, LedgerState, Tier } from './model.js';
import type { Clock, EventListener, HistoryQuery, LedgerStore, Logger } from './ports.js';
import { silentLogger } from './ports.js';

/** Who made a change, how much to trust it, and what backs it. */
export interface ChangeMeta {
  actor: Actor;
  tier: Tier;
  evidence?: Evidence;
  /** When the change took effect (defaults to now). */
  effectiveAt?: string;
  note?: string;
}

export type { Change } from './events.js';

/** Something that looks at the state and says what should change. Throws DomainError to refuse. */
export type ChangePlanner = (state: LedgerState) => Change[];

/** The approvals ledger. */
export class Ledger {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners: EventListener[] = [];

  constructor(
    private readonly store: LedgerStore,
    private readonly clock: Clock,
    private readonly logger: Logger = silentLogger,
  ) {}

  /** The current state (read-only). */
  get state(): LedgerState {
    return this.store.state;
  }

  /** The clock the ledger stamps events with. */
  now(): Date {
    return this.clock.now();
  }

  /** Registers a listener for committed events (the alert pipeline). */
  onEvents(listener: EventListener): void {
    this.listeners.push(listener);
  }

  /** History, oldest first. */
  history(query: HistoryQuery): Promise<LedgerEvent[]> {
    return this.store.history(query);
  }

  /**
   * Plans and commits a change atomically: the planner sees the state as it is when the
   * change runs, and either all of its events are stored or none are.
   */
  commit(planner: ChangePlanner, meta: ChangeMeta): Promise<LedgerEvent[]> {
    const run = this.queue.then(async () => {
      const changes = planner(this.store.state);
      if (changes.length === 0) return [];
      const recordedAt = this.clock.now().toISOString();
      const drafts: EventDraft[] = changes.map((c) => ({
        ...c,
        actor: meta.actor,
        tier: meta.tier,
        effectiveAt: meta.effectiveAt ?? recordedAt,
        recordedAt,
        ...(meta.evidence ? { evidence: meta.evidence } : {}),
        ...(meta.note ? { note: meta.note } : {}),
      }));
      const events = await this.store.append(drafts);
      await this.notify(events);
      return events;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async notify(events: LedgerEvent[]): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(events);
      } catch (err) {
        // A listener failing must not turn a stored change into an error for the user.
        this.logger.error({ err }, 'event listener failed');
      }
    }
  }
}

/** Throws not_found unless the record exists; returns it. */
export function requireRecord<K extends EntityKind>(state: LedgerState, kind: K, id: string): LedgerState[K][string] {
  const record = state[kind][id];
  if (!record) throw new DomainError('not_found', `No ${kind} with id "${id}".`);
  return record as LedgerState[K][string];
}

/** A fresh id `prefix-N` not yet used in the collection. */
export function nextId(collection: Record<string, unknown>, prefix: string): string {
  let n = Object.keys(collection).length + 1;
  while (collection[`${prefix}-${n}`]) n++;
  return `${prefix}-${n}`;
}

/** A lowercase slug for ids: "ByteDance H200 import" → "bytedance-h200-import". */
export function slugify(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'record';
}
