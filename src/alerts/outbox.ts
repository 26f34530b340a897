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

/** An alert waiting to be delivered. */
export interface OutboxEntry {
  alert: Alert;
  /** Not to be sent before this time (ms since epoch), e.g. the end of quiet hours. */
  notBefore?: number;
  attempts: number;
  /** After a failure: when to try again (ms since epoch). */
  nextAttemptAt?: number;
  lastError?: string;
  /** When the first attempt began (ms since epoch); bounds the search for an earlier post. */
  firstAttemptAt?: number;
  /** An earlier attempt may have reached the platform: look for it before posting again. */
  inDoubt?: boolean;
  /**
   * The journal's last word on this alert is "may have been sent" (an attempt without an
   * outcome, or a failure in doubt), so a new attempt needs no new record.
   */
  attemptOpen?: boolean;
}

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
  private readonly entries = new Map<string, OutboxEntry>();
  /** Handled ids (sent or dropped), oldest first, bounded. */
  private readonly known = new Map<string, true>();
  /** Ids in a write not yet durable: a second enqueue of one of them is a duplicate too. */
  private readonly reserved = new Set<string>();
  private readonly digests = new Map<string, AlertEvent[]>();
  private readonly cards = new Map<string, string>();
  private checkpoint: number | undefined;
  private records = 0;
  private buffer: Waiter[] = [];
  private flushing: Promise<void> | undefined;
  private closed = false;
  /** True while the journal is read at open: an attempt found then may have been sent. */
  private replaying = false;
  private readonly listeners: (() => void)[] = [];

  private constructor(
    private journal: Journal<OutboxRecord>,
    private readonly options: OutboxOptions,
  ) {}

  /** Opens (or creates) the outbox and rebuilds its state. */
  static async open(options: OutboxOptions): Promise<Outbox> {
    await removeStaleTemps(options.path);
    const journal = await Outbox.openJournal(options);
    const outbox = new Outbox(journal, options);
    outbox.replaying = true;
    for await (const { record } of journal.readFrom()) outbox.apply(record);
    outbox.replaying = false;
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
    return this.checkpoint;
  }

  /** Alerts waiting, in the order they were enqueued. */
  pending(): IterableIterator<OutboxEntry> {
    return this.entries.values();
  }

  /** The waiting alert with this id. */
  entry(id: string): OutboxEntry | undefined {
    return this.entries.get(id);
  }

  get pendingCount(): number {
    return this.entries.size;
  }

  /** True when the id was enqueued already (waiting, sent or dropped). */
  has(id: string): boolean {
    return this.entries.has(id) || this.known.has(id) || this.reserved.has(id);
  }

  /** Events waiting for a subscription's digest. */
  digestEvents(subscriptionId: string): AlertEvent[] {
    return [...(this.digests.get(subscriptionId) ?? [])];
  }

  /** The living card message of an authorization in a subscription's channel. */
  card(subscriptionId: string, authorizationId: string): string | undefined {
    return this.cards.get(`${subscriptionId}|${authorizationId}`);
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
    const open = ids.filter((id) => this.entries.has(id) && !this.entries.get(id)!.attemptOpen);
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
          for (const record of records) this.apply(record);
          for (const w of batch) w.resolve();
        } catch (err) {
          for (const w of batch) w.reject(err);
        }
        if (this.shouldCompact()) {
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

  private apply(record: OutboxRecord): void {
    this.records++;
    switch (record.op) {
      case 'enqueue':
        if (!this.entries.has(record.alert.id) && !this.known.has(record.alert.id)) {
          this.entries.set(record.alert.id, { alert: record.alert, attempts: 0, ...(record.notBefore ? { notBefore: Date.parse(record.notBefore) } : {}) });
        }
        break;
      case 'sent': {
        const entry = this.entries.get(record.id);
        const a = entry?.alert;
        if (a?.livingCard && a.authorizationId && record.messageRef) this.cards.set(`${a.subscriptionId}|${a.authorizationId}`, record.messageRef);
        this.entries.delete(record.id);
        this.remember(record.id);
        break;
      }
      case 'attempt': {
        // In this process the dispatcher knows each attempt's outcome; only an attempt left
        // without one by an earlier process is in doubt.
        const entry = this.entries.get(record.id);
        if (entry)
          Object.assign(entry, {
            firstAttemptAt: entry.firstAttemptAt ?? Date.parse(record.at),
            attemptOpen: true,
            ...(this.replaying ? { inDoubt: true } : {}),
          });
        break;
      }
      case 'failed': {
        const entry = this.entries.get(record.id);
        const inDoubt = record.inDoubt ?? false;
        if (entry)
          Object.assign(entry, {
            attempts: record.attempts,
            nextAttemptAt: Date.parse(record.nextAttemptAt),
            lastError: record.error,
            inDoubt,
            attemptOpen: inDoubt,
          });
        break;
      }
      case 'dropped':
        this.entries.delete(record.id);
        this.remember(record.id);
        break;
      case 'checkpoint':
        this.checkpoint = Math.max(this.checkpoint ?? 0, record.seq);
        break;
      case 'digest-add': {
        const list = this.digests.get(record.subscriptionId) ?? [];
        if (!list.some((e) => e.id === record.event.id)) list.push(record.event);
        this.digests.set(record.subscriptionId, list);
        break;
      }
      case 'digest-clear': {
        const left = (this.digests.get(record.subscriptionId) ?? []).filter((e) => !record.eventIds.includes(e.id));
        if (left.length) this.digests.set(record.subscriptionId, left);
        else this.digests.delete(record.subscriptionId);
        break;
      }
      case 'card':
        this.cards.set(`${record.subscriptionId}|${record.authorizationId}`, record.messageRef);
        break;
      case 'known':
        for (const id of record.ids) this.remember(id);
        break;
    }
  }

  private remember(id: string): void {
    this.known.delete(id);
    this.known.set(id, true);
    const limit = this.options.retainKnownIds ?? 50_000;
    while (this.known.size > limit) this.known.delete(this.known.keys().next().value!);
  }

  private liveRecords(): OutboxRecord[] {
    const out: OutboxRecord[] = [];
    if (this.checkpoint !== undefined) out.push({ op: 'checkpoint', seq: this.checkpoint });
    if (this.known.size) out.push({ op: 'known', ids: [...this.known.keys()] });
    for (const [key, messageRef] of this.cards) {
      const [subscriptionId, authorizationId] = [key.slice(0, key.indexOf('|')), key.slice(key.indexOf('|') + 1)];
      out.push({ op: 'card', subscriptionId, authorizationId, messageRef });
    }
    for (const [subscriptionId, events] of this.digests) for (const event of events) out.push({ op: 'digest-add', subscriptionId, event });
    for (const e of this.entries.values()) {
      out.push({ op: 'enqueue', alert: e.alert, ...(e.notBefore !== undefined ? { notBefore: new Date(e.notBefore).toISOString() } : {}) });
      if (e.attempts > 0)
        out.push({
          op: 'failed',
          id: e.alert.id,
          attempts: e.attempts,
          nextAttemptAt: new Date(e.nextAttemptAt ?? 0).toISOString(),
          error: e.lastError ?? '',
          ...(e.inDoubt ? { inDoubt: true } : {}),
        });
      // After the failure, so the rewritten journal says "may have been sent" whenever this one did.
      if (e.attemptOpen && e.firstAttemptAt !== undefined) out.push({ op: 'attempt', id: e.alert.id, at: new Date(e.firstAttemptAt).toISOString() });
    }
    return out;
  }

  private shouldCompact(): boolean {
    const live = 2 + this.cards.size + this.entries.size * 3 + [...this.digests.values()].reduce((n, l) => n + l.length, 0);
    return this.records >= (this.options.compactMinRecords ?? 2_000) && this.records > live * 4;
  }

  /** Rewrites the live records to a new file and swaps it in atomically. Runs inside flush, so no append interleaves. */
  private async compact(): Promise<void> {
    const path = this.options.path;
    const live = this.liveRecords();
    const text = live.map((r) => JSON.stringify(r)).join('\n') + (live.length ? '\n' : '');
    const before = this.records;
    // The journal's handle must not outlive the file it points at: close, replace, reopen.
    await this.journal.close();
    try {
      await replaceFileDurably(path, text);
    } finally {
      this.journal = await Outbox.openJournal(this.options);
    }
    this.records = live.length;
    this.options.logger.info({ file: path, before, after: live.length }, 'outbox: compacted');
  }
}
