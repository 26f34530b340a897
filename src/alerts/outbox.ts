/**
 * The persistent outbox: every alert is recorded (fsynced) before it is sent, an attempt
 * is recorded before each send whose outcome is not already in doubt, and the alert is
 * marked sent once the platform accepted it. An attempt with no outcome after it (the
 * process died mid-send) or a failure that may have reached the platform leaves the alert
 * "in doubt": the target looks for it before posting it again. Its journal also holds the ledger checkpoint and
 * the events waiting for digests, so that one append commits "these events became these
 * alerts" atomically. State is rebuilt from the journal at open; when the journal is
 * mostly dead records it is rewritten (temp file, fsync, rename).
 */
import type { Logger } from '../core/ports.js';
import { removeStaleTemps, replaceFileDurably } from '../store/durable-fs.js';
import { Journal } from '../store/journal.js';
import type { AlertEvent } from './alert-event.js';
import type { Alert, DeliveryReceipt } from '../chat/alert.js';
import { outboxRecordSchema, type OutboxRecord } from './outbox-records.js';
import { OutboxState, type OutboxEntry } from './outbox-state.js';

export type { OutboxEntry } from './outbox-state.js';

/** How to open an outbox. */
export interface OutboxOptions {
  path: string;
  logger: Logger;
  /** How many handled alert ids to remember after compaction, so a re-published event is not sent again. */
  retainKnownIds?: number;
  /** Compact only once the journal holds at least this many records. */
  compactMinRecords?: number;
}

interface Waiter {
  records: OutboxRecord[];
  resolve: () => void;
  reject: (err: unknown) => void;
}

/** The outbox over its journal. One instance per file (the alert service holds it). */
export class Outbox {
  /** What the journal's records add up to (outbox-state.ts). */
  private readonly state: OutboxState;
  /** Ids in a write not yet durable: a second enqueue of one of them is a duplicate too. */
  private readonly reserved = new Set<string>();
  private buffer: Waiter[] = [];
  private flushing: Promise<void> | undefined;
  private closed = false;
  private readonly listeners: (() => void)[] = [];

  private constructor(
    private journal: Journal<OutboxRecord>,
    private readonly options: OutboxOptions,
  ) {
    this.state = new OutboxState(options.retainKnownIds ?? 50_000);
  }

  /** Opens (or creates) the outbox and rebuilds its state. */
  static async open(options: OutboxOptions): Promise<Outbox> {
    await removeStaleTemps(options.path);
    const journal = await Outbox.openJournal(options);
    const outbox = new Outbox(journal, options);
    for await (const { record } of journal.readFrom()) outbox.state.apply(record, true);
    return outbox;
  }

  private static openJournal(options: OutboxOptions): Promise<Journal<OutboxRecord>> {
    return Journal.open<OutboxRecord>({
      path: options.path,
      schema: outboxRecordSchema,
      logger: options.logger,
      label: (raw) => (raw && typeof raw === 'object' && 'op' in raw ? `outbox ${String(raw.op)} record` : undefined),
    });
  }

  /** Ledger events up to this seq have been turned into alerts (undefined: never checkpointed). */
  get lastSeq(): number | undefined {
    return this.state.checkpoint;
  }

  /** Alerts waiting, in the order they were enqueued. */
  pending(): IterableIterator<OutboxEntry> {
    return this.state.entries.values();
  }

  /** The waiting alert with this id. */
  entry(id: string): OutboxEntry | undefined {
    return this.state.entries.get(id);
  }

  get pendingCount(): number {
    return this.state.entries.size;
  }

  /** True when the id was enqueued already (waiting, sent or dropped). */
  has(id: string): boolean {
    return this.state.entries.has(id) || this.state.known.has(id) || this.reserved.has(id);
  }

  /** Events waiting for a subscription's digest. */
  digestEvents(subscriptionId: string): AlertEvent[] {
    return [...(this.state.digests.get(subscriptionId) ?? [])];
  }

  /** The living card message of an authorization in a subscription's channel. */
  card(subscriptionId: string, authorizationId: string): string | undefined {
    return this.state.cards.get(`${subscriptionId}|${authorizationId}`);
  }

  /** Calls `listener` after new alerts were enqueued. */
  onEnqueue(listener: () => void): void {
    this.listeners.push(listener);
  }

  /**
   * Durably enqueues alerts (ignoring ids already known) together with `extra` records
   * (checkpoint, digest records) in one atomic append. Resolves with the alerts enqueued.
   */
  async enqueue(items: { alert: Alert; notBefore?: number }[], extra: OutboxRecord[] = []): Promise<Alert[]> {
    const fresh = items.filter(({ alert }) => {
      if (this.has(alert.id)) return false;
      this.reserved.add(alert.id);
      return true;
    });
    const records: OutboxRecord[] = [
      ...fresh.map(({ alert, notBefore }): OutboxRecord => ({
        op: 'enqueue',
        alert,
        ...(notBefore !== undefined ? { notBefore: new Date(notBefore).toISOString() } : {}),
      })),
      ...extra,
    ];
    try {
      if (records.length) await this.write(records);
    } finally {
      for (const { alert } of fresh) this.reserved.delete(alert.id);
    }
    if (fresh.length) for (const listener of this.listeners) listener();
    return fresh.map((f) => f.alert);
  }

  /**
   * Records, durably, that these alerts are about to be sent (marking one a little early
   * is safe: after a crash it is only looked for before being posted). Alerts whose mark
   * from an earlier attempt still stands, or that are no longer waiting, are skipped.
   */
  markAttempts(ids: readonly string[], at: Date): Promise<void> {
    const open = ids.filter((id) => this.state.entries.has(id) && !this.state.entries.get(id)!.attemptOpen);
    return open.length ? this.write(open.map((id): OutboxRecord => ({ op: 'attempt', id, at: at.toISOString() }))) : Promise.resolve();
  }

  /** Records that the platform accepted the alert. */
  markSent(id: string, at: Date, receipt: DeliveryReceipt): Promise<void> {
    return this.write([{ op: 'sent', id, at: at.toISOString(), ...(receipt.messageRef ? { messageRef: receipt.messageRef } : {}) }]);
  }

  /** Records a failed attempt and when to retry; `inDoubt` when the platform may have accepted it all the same. */
  markFailed(id: string, attempts: number, nextAttemptAt: number, error: string, inDoubt = false): Promise<void> {
    return this.write([{ op: 'failed', id, attempts, nextAttemptAt: new Date(nextAttemptAt).toISOString(), error, ...(inDoubt ? { inDoubt } : {}) }]);
  }

  /** Gives up on alerts. */
  markDropped(ids: string[], reason: string): Promise<void> {
    return ids.length ? this.write(ids.map((id): OutboxRecord => ({ op: 'dropped', id, reason }))) : Promise.resolve();
  }

  /** Records without alerts (a checkpoint, digest bookkeeping). */
  record(records: OutboxRecord[]): Promise<void> {
    return records.length ? this.write(records) : Promise.resolve();
  }

  /** Waits for pending writes and closes the journal. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    while (this.flushing) await this.flushing;
    await this.journal.close();
  }

  /**
   * Queues records for the next append. Writes that arrive while one is being fsynced are
   * grouped into the next line (group commit): one fsync for many `sent` marks.
   */
  private write(records: OutboxRecord[]): Promise<void> {
    if (this.closed) return Promise.reject(new Error(`${this.options.path}: the outbox is closed`));
    return new Promise<void>((resolve, reject) => {
      this.buffer.push({ records, resolve, reject });
      if (!this.flushing) this.flushing = this.flush();
    });
  }

  private async flush(): Promise<void> {
    try {
      while (this.buffer.length) {
        const batch = this.buffer;
        this.buffer = [];
        const records = batch.flatMap((w) => w.records);
        try {
          await this.journal.append(records);
          for (const record of records) this.state.apply(record, false);
          for (const w of batch) w.resolve();
        } catch (err) {
          for (const w of batch) w.reject(err);
        }
        if (this.state.shouldCompact(this.options.compactMinRecords ?? 2_000)) {
          try {
            await this.compact();
          } catch (err) {
            this.options.logger.error({ err, file: this.options.path }, 'outbox: compaction failed; the journal is kept as it was');
          }
        }
      }
    } finally {
      // Cleared in the very turn the loop found the buffer empty (no await in between), so a
      // write made by a resumed caller always either joins this loop or starts a new one.
      this.flushing = undefined;
    }
  }

  /** Rewrites the live records to a new file and swaps it in atomically. Runs inside flush, so no append interleaves. */
  private async compact(): Promise<void> {
    const path = this.options.path;
    const live = this.state.liveRecords();
    const text = live.map((r) => JSON.stringify(r)).join('\n') + (live.length ? '\n' : '');
    const before = this.state.records;
    // The journal's handle must not outlive the file it points at: close, replace, reopen.
    await this.journal.close();
    try {
      await replaceFileDurably(path, text);
    } finally {
      this.journal = await Outbox.openJournal(this.options);
    }
    this.state.records = live.length;
    this.options.logger.info({ file: path, before, after: live.length }, 'outbox: compacted');
  }
}
