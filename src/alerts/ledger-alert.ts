/**
 * The alert event a ledger event makes, assembled from what its describer says; every
 * describer goes through here, so who made a change and why read the same in every alert.
 */
import type { LedgerEvent } from '../core/events.js';
import type { Authorization, Evidence, Quantity } from '../core/model.js';
import type { AlertEvent, AlertKind } from './alert-event.js';

/** The records an alert is about, which subscriptions match on. */
export type AlertContext = Pick<AlertEvent, 'authorizationId' | 'recordIds' | 'itemId' | 'holderIds' | 'authorityId'>;

/** What an event's describer says about it, and the quantity it concerns if any. */
export type AlertDescription = Pick<AlertEvent, 'headline' | 'changes' | 'figures' | 'evidence' | 'warnings'> & { quantity?: Quantity };

/** The context of an alert about an authorization (or about nothing, when it is unknown). */
export function contextOf(auth: Authorization | undefined): AlertContext {
  return auth ? { authorizationId: auth.id, itemId: auth.itemId, holderIds: [...auth.holderIds], authorityId: auth.authorityId } : { holderIds: [] };
}

/**
 * The evidence behind a change: what the event cites. A source's change with none falls back
 * to the record's latest evidence; a person's change is credited to them and what they cite,
 * never to the last news item on the record.
 */
export function evidenceOf(event: LedgerEvent, record: { evidence?: Evidence[] } | undefined): Evidence[] {
  if (event.evidence) return [event.evidence];
  if (event.actor.kind !== 'source') return [];
  return (record?.evidence ?? []).slice(-3);
}

/** "admin Jane — raised" for a person's change; sources are named by their evidence instead. */
function byOf(event: LedgerEvent): string | undefined {
  if (event.actor.kind !== 'admin') return undefined;
  return `${event.actor.name ?? event.actor.id} (admin)${event.note ? ` — ${event.note}` : ''}`;
}

/**
 * A change a source made says why: the source pipeline writes the records and words that
 * tied the item to them into the event's note, before its machine part.
 */
function whyOf(event: LedgerEvent): string | undefined {
  return event.actor.kind === 'source' ? /^From [^#]*?: (.+?)(?: #ingest |$)/s.exec(event.note ?? '')?.[1] : undefined;
}

/** The alert event for a ledger event of this kind, about this context, as described; with who made the change and why. */
export function ledgerAlert(event: LedgerEvent, kind: AlertKind, context: AlertContext, described: AlertDescription): AlertEvent {
  const why = whyOf(event);
  const changes = why ? [...described.changes, { label: 'Why', after: why }] : described.changes;
  const by = byOf(event);
  return { id: `ledger:${event.seq}`, occurredAt: event.effectiveAt, seqs: [event.seq], kind, ...context, ...described, changes, ...(by ? { by } : {}) };
}
