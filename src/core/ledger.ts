/**
 * The ledger service: validates a change against the current state, turns it into events,
 * has the store append them durably, then tells listeners. Mutations run one at a time so
 * that a check and the write it guards can never interleave with another change.
 */
import { decide, type LedgerCommand } from './decide.js';
import type { EventDraft, LedgerEvent } from './events.js';
import type { LedgerState } from './model.js';
import type { ChangeMeta, ChangePlanner } from './planning.js';
import type { Clock, CommitNotice, EventListener, HistoryQuery, LedgerStore, Logger } from './ports.js';
import { silentLogger } from './ports.js';

export type { ChangeMeta, ChangePlanner } from './planning.js';
export { nextId, requireRecord, slugify } from './planning.js';
export type { Change } from './events.js';
export type { LedgerCommand } from './decide.js';

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
   * Decides and commits a change atomically: the command (or planner) sees the state as it
   * is when the change runs, and either all of its events are stored or none are.
   */
  commit(request: LedgerCommand | ChangePlanner, meta: ChangeMeta): Promise<LedgerEvent[]> {
    const run = this.queue.then(async () => {
      const state = this.store.state;
      const changes = typeof request === 'function' ? request(state) : decide(request, state);
      if (changes.length === 0) return [];
      const recordedAt = this.clock.now().toISOString();
      const drafts = changes.map((c): EventDraft => ({
        ...c,
        actor: meta.actor,
        tier: meta.tier,
        effectiveAt: meta.effectiveAt ?? recordedAt,
        recordedAt,
        ...(meta.evidence ? { evidence: meta.evidence } : {}),
        ...(meta.note ? { note: meta.note } : {}),
      }));
      const events = await this.store.append(drafts);
      await this.notify(events, {});
      return events;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Commits events that carry their own actor, times and evidence (an import keeps each
   * event's original ones), planned on the state as it is when the commit runs; all or none.
   * `recordedAt` is now, for the planner's own changes.
   */
  commitDrafts(plan: (state: LedgerState, recordedAt: string) => EventDraft[], notice: CommitNotice = {}): Promise<LedgerEvent[]> {
    const run = this.queue.then(async () => {
      const drafts = plan(this.store.state, this.clock.now().toISOString());
      if (drafts.length === 0) return [];
      const events = await this.store.append(drafts);
      await this.notify(events, notice);
      return events;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async notify(events: LedgerEvent[], notice: CommitNotice): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(events, notice);
      } catch (err) {
        // A listener failing must not turn a stored change into an error for the user.
        this.logger.error({ err }, 'event listener failed');
      }
    }
  }
}
