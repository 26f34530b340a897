/**
 * What the outbox's journal adds up to: the alerts waiting, the ids already handled, the events waiting for digests,
 * the living cards' messages and the ledger checkpoint. Rebuilt by folding the journal's records at open and each
 * record appended after; `liveRecords` is the shortest journal that rebuilds it. No I/O here (outbox.ts owns the file).
 */
import type { Alert } from '../chat/alert.js';
import type { AlertEvent } from './alert-event.js';
import type { OutboxRecord } from './outbox-records.js';

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

/** The outbox's state, folded from its records. */
export class OutboxState {
  readonly entries = new Map<string, OutboxEntry>();
  /** Handled ids (sent or dropped), oldest first, bounded. */
  readonly known = new Map<string, true>();
  readonly digests = new Map<string, AlertEvent[]>();
  readonly cards = new Map<string, string>();
  checkpoint: number | undefined;
  /** Records in the journal (folded since it was last rewritten). */
  records = 0;

  /** `retainKnownIds`: how many handled ids to remember, so a re-published event is not sent again. */
  constructor(private readonly retainKnownIds: number) {}

  /**
   * Folds one record in. `replaying` is true while the journal is read at open: an attempt found then may have been
   * sent (in this process the dispatcher knows each attempt's outcome).
   */
  apply(record: OutboxRecord, replaying: boolean): void {
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
            ...(replaying ? { inDoubt: true } : {}),
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
    while (this.known.size > this.retainKnownIds) this.known.delete(this.known.keys().next().value!);
  }

  /** The fewest records that rebuild this state (what compaction writes). */
  liveRecords(): OutboxRecord[] {
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

  /** Whether the journal is long enough, and mostly dead records, to be worth rewriting. */
  shouldCompact(minRecords: number): boolean {
    const live = 2 + this.cards.size + this.entries.size * 3 + [...this.digests.values()].reduce((n, l) => n + l.length, 0);
    return this.records >= minRecords && this.records > live * 4;
  }
}
