/**
 * An in-memory LedgerStore for tests of other layers: same numbering, application and
 * history semantics as the embedded store, nothing on disk.
 */
import type { EventDraft, LedgerEvent } from '../core/events.js';
import { applyEvent } from './apply-event.js';
import { emptyState, type LedgerState } from '../core/model.js';
import type { HistoryQuery, LedgerStore } from '../core/ports.js';
import { filterHistory } from './history-query.js';

/** A LedgerStore that keeps everything in memory. */
export class MemoryLedgerStore implements LedgerStore {
  private current: LedgerState = emptyState();
  private readonly log: LedgerEvent[] = [];
  private failure: Error | undefined;

  /** Optionally starts from existing events (applied in order). */
  constructor(initial: readonly LedgerEvent[] = []) {
    for (const event of initial) this.record(structuredClone(event));
  }

  /** The current state; read-only for callers. */
  get state(): LedgerState {
    return this.current;
  }

  /** Every event so far, oldest first (copies). */
  get events(): LedgerEvent[] {
    return structuredClone(this.log);
  }

  /** Makes the next append reject with `error` and store nothing, as a failing disk would. */
  failNextAppend(error: Error): void {
    this.failure = error;
  }

  /** Nothing to load. */
  async open(): Promise<void> {}

  /** Numbers the drafts, applies them, and returns copies. */
  async append(drafts: EventDraft[]): Promise<LedgerEvent[]> {
    if (this.failure) {
      const failure = this.failure;
      this.failure = undefined;
      throw failure;
    }
    // Copies, as the disk store would read back: later changes by the caller do not leak in.
    const events = drafts.map((draft, i): LedgerEvent => {
      const seq = this.current.seq + 1 + i;
      return Object.assign({ seq }, structuredClone(draft), { seq });
    });
    for (const event of events) this.record(event);
    return structuredClone(events);
  }

  /** Filtered history, oldest first. */
  async history(query: HistoryQuery): Promise<LedgerEvent[]> {
    return structuredClone(filterHistory(this.log, query));
  }

  /** Nothing to release. */
  async close(): Promise<void> {}

  private record(event: LedgerEvent): void {
    if (event.seq !== this.current.seq + 1) throw new Error(`MemoryLedgerStore: expected seq ${this.current.seq + 1}, got ${event.seq}`);
    this.log.push(event);
    applyEvent(this.current, event);
  }
}
