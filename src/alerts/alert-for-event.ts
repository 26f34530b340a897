/**
 * The alert one ledger event makes, if any: one small function per event type, each reading
 * the event's typed fields, with the quota figures as they stood right after the event.
 */
import { claimedValue } from '../core/claim-value.js';
import { unhandledEvent, type EventOfType, type LedgerEvent } from '../core/events.js';
import { statusLabel } from '../core/lifecycle.js';
import { conflicts } from '../core/status-conflict.js';
import { type Authorization, type Evidence, type LedgerState, type Order, type Quantity } from '../core/model.js';
import { formatQuantity } from '../core/quantity.js';
import { authorizationQuota, itemQuota, type QuotaLine } from '../core/quota.js';
import { claimedText, summarizeEvent } from '../chat/summarize-event.js';
import { fieldTexts, type DisplayNames } from '../chat/field-text.js';
import type { AlertEvent, AlertKind } from './alert-event.js';
import { quotaFigures } from './quota-figures.js';
import { overAllocationWarning, overRemainingWarning } from '../core/quota-warnings.js';

/** One event with the states just before and after it, and the batch it came in. */
export interface EventMoment {
  before: LedgerState;
  after: LedgerState;
  batch: readonly LedgerEvent[];
}

type Context = Pick<AlertEvent, 'authorizationId' | 'recordIds' | 'itemId' | 'holderIds' | 'authorityId'>;
type Described = Pick<AlertEvent, 'headline' | 'changes' | 'figures' | 'evidence' | 'warnings'> & { quantity?: Quantity };

function q(x: Quantity | undefined): string {
  return x ? formatQuantity(x) : 'none';
}

/** Every field an edit touched, in words, leaving out evidence and provenance; status first. */
function fieldLines<T extends object>(before: T, after: T, names?: DisplayNames): AlertEvent['changes'] {
  const texts = fieldTexts(before, after, undefined, names);
  const ordered = [...texts.filter((t) => t.label === 'status'), ...texts.filter((t) => t.label !== 'status')];
  return ordered.map((t) => ({
    label: t.label.charAt(0).toUpperCase() + t.label.slice(1),
    ...(t.before === 'none' ? {} : { before: t.before }),
    ...(t.after === 'none' ? {} : { after: t.after }),
  }));
}

/**
 * The evidence behind a change: what the event cites. A source's change with none falls back
 * to the record's latest evidence; a person's change is credited to them and what they cite,
 * never to the last news item on the record.
 */
function evidenceOf(event: LedgerEvent, record: { evidence?: Evidence[] } | undefined): Evidence[] {
  if (event.evidence) return [event.evidence];
  if (event.actor.kind !== 'source') return [];
  return (record?.evidence ?? []).slice(-3);
}

/** "admin Jane — raised" for a person's change; sources are named by their evidence instead. */
function byOf(event: LedgerEvent): string | undefined {
  if (event.actor.kind !== 'admin') return undefined;
  return `${event.actor.name ?? event.actor.id} (admin)${event.note ? ` — ${event.note}` : ''}`;
}

function contextOf(auth: Authorization | undefined): Context {
  return auth ? { authorizationId: auth.id, itemId: auth.itemId, holderIds: [...auth.holderIds], authorityId: auth.authorityId } : { holderIds: [] };
}

/**
 * A change a source made says why: the source pipeline writes the records and words that
 * tied the item to them into the event's note, before its machine part.
 */
function whyOf(event: LedgerEvent): string | undefined {
  return event.actor.kind === 'source' ? /^From [^#]*?: (.+?)(?: #ingest |$)/s.exec(event.note ?? '')?.[1] : undefined;
}

function make(event: LedgerEvent, kind: AlertKind, context: Context, described: Described): AlertEvent {
  const why = whyOf(event);
  const changes = why ? [...described.changes, { label: 'Why', after: why }] : described.changes;
  const by = byOf(event);
  return { id: `ledger:${event.seq}`, occurredAt: event.effectiveAt, seqs: [event.seq], kind, ...context, ...described, changes, ...(by ? { by } : {}) };
}

function authorizationAt(m: EventMoment, id: string | undefined): Authorization | undefined {
  return id ? (m.after.authorization[id] ?? m.before.authorization[id]) : undefined;
}

/** The figures of an authorization as they stand after the event (none once it is removed). */
function figuresOf(m: EventMoment, auth: Authorization | undefined): AlertEvent['figures'] {
  const current = auth ? m.after.authorization[auth.id] : undefined;
  return current ? quotaFigures(authorizationQuota(m.after, current)) : [];
}

/** The warning the command's reply gave when an edit left the allocations above the quota. */
function allocationWarnings(from: Authorization | undefined, to: Authorization): Pick<AlertEvent, 'warnings'> {
  const touched = !from || JSON.stringify(from.allocations) !== JSON.stringify(to.allocations) || JSON.stringify(from.quota) !== JSON.stringify(to.quota);
  const warning = touched ? overAllocationWarning(to.allocations, to.quota) : undefined;
  return warning ? { warnings: [warning] } : {};
}

/** The quota lines an order counts against: its authorization's, then its item's. */
export function linesForOrder(state: LedgerState, order: Order): QuotaLine[] {
  const auth = order.authorizationId ? state.authorization[order.authorizationId] : undefined;
  return [...(auth ? [authorizationQuota(state, auth)] : []), ...itemQuota(state, order.itemId)];
}

function authorizationCreated(e: EventOfType<'authorization.created'>, m: EventMoment): AlertEvent {
  const auth = e.after;
  return make(e, 'authorization.new', contextOf(auth), {
    headline: `${auth.name}: now tracked, ${statusLabel(auth.status)}${auth.quota ? `, quota ${q(auth.quota)}` : ''}`,
    changes: [{ label: 'Status', after: statusLabel(auth.status) }, ...(auth.quota ? [{ label: 'Quota', after: q(auth.quota) }] : [])],
    ...allocationWarnings(undefined, auth),
    figures: figuresOf(m, auth),
    evidence: evidenceOf(e, auth),
    ...(auth.quota ? { quantity: auth.quota } : {}),
  });
}

/** Status and quota always read "none" when absent; the other fields a change touched follow. */
function statusOrQuotaLines(from: Authorization, to: Authorization, names: DisplayNames): AlertEvent['changes'] {
  return fieldLines(from, to, names).map((c) =>
    c.label === 'Status' || c.label === 'Quota' ? { ...c, before: c.before ?? 'none', after: c.after ?? 'none' } : c,
  );
}

function authorizationStatus(e: EventOfType<'authorization.status_changed'>, m: EventMoment): AlertEvent {
  const to = e.after;
  return make(e, 'authorization.status', contextOf(to), {
    headline: `${to.name}: ${statusLabel(e.from)} → ${statusLabel(e.to)}`,
    changes: statusOrQuotaLines(e.before, to, m.after),
    figures: figuresOf(m, to),
    evidence: evidenceOf(e, to),
    ...(to.quota ? { quantity: to.quota } : {}),
  });
}

function authorizationReopened(e: EventOfType<'authorization.reopened'>, m: EventMoment): AlertEvent {
  const to = e.after;
  return make(e, 'authorization.status', contextOf(to), {
    headline: `${to.name}: reopened, ${statusLabel(e.from)} → ${statusLabel(e.to)}`,
    changes: statusOrQuotaLines(e.before, to, m.after),
    figures: figuresOf(m, to),
    evidence: evidenceOf(e, to),
    ...(to.quota ? { quantity: to.quota } : {}),
  });
}

function authorizationRestored(e: EventOfType<'authorization.restored'>, m: EventMoment): AlertEvent {
  const auth = e.after;
  return make(e, 'authorization.new', contextOf(auth), {
    headline: `${auth.name}: tracked again, ${statusLabel(auth.status)}`,
    changes: [{ label: 'Status', before: 'not tracked', after: statusLabel(auth.status) }],
    figures: figuresOf(m, auth),
    evidence: evidenceOf(e, auth),
    ...(auth.quota ? { quantity: auth.quota } : {}),
  });
}

function authorizationQuotaChanged(e: EventOfType<'authorization.quota_changed'>, m: EventMoment): AlertEvent {
  const to = e.after;
  return make(e, 'authorization.quota', contextOf(to), {
    headline: `${to.name}: quota ${q(e.from)} → ${q(e.to)}`,
    changes: statusOrQuotaLines(e.before, to, m.after),
    ...allocationWarnings(e.before, to),
    figures: figuresOf(m, to),
    evidence: evidenceOf(e, to),
    ...(to.quota ? { quantity: to.quota } : {}),
  });
}

function authorizationUpdated(e: EventOfType<'authorization.updated'>, m: EventMoment): AlertEvent | undefined {
  const { before: from, after: to } = e;
  const changes = fieldLines(from, to, m.after);
  // The same story from another outlet only adds evidence: one story, one alert.
  if (!changes.length) return undefined;
  // A weaker source's claim is alerted as the claim; the "disputed" flag it sets is part of that story.
  if (m.batch.some((x) => x.type === 'claim.reported' && x.authorizationId === to.id)) return undefined;
  return make(e, 'authorization.status', contextOf(to), {
    headline: `${to.name}: ${to.disputed && !from.disputed ? 'now disputed' : `updated (${changes.map((c) => c.label).join(', ')})`}`,
    changes,
    ...allocationWarnings(from, to),
    figures: figuresOf(m, to),
    evidence: evidenceOf(e, to),
    ...(to.quota ? { quantity: to.quota } : {}),
  });
}

function authorizationRemoved(e: EventOfType<'authorization.removed'>): AlertEvent {
  const from = e.before;
  return make(e, 'authorization.removed', contextOf(from), {
    headline: `${from.name}: removed from tracking`,
    changes: [{ label: 'Status', before: statusLabel(from.status), after: 'not tracked' }],
    figures: [],
    evidence: e.evidence ? [e.evidence] : [],
  });
}

type ConditionEvent = EventOfType<'condition.added' | 'condition.changed' | 'condition.finalized' | 'condition.removed'>;
const CONDITION_ALERTS = {
  'condition.added': ['condition.added', 'condition added'],
  'condition.changed': ['condition.changed', 'condition changed'],
  'condition.finalized': ['condition.final', 'condition made final'],
  'condition.removed': ['condition.removed', 'condition removed'],
} as const satisfies Record<ConditionEvent['type'], readonly [AlertKind, string]>;

function conditionEvent(e: ConditionEvent, m: EventMoment): AlertEvent {
  const from = e.before;
  const to = e.after ?? e.before!;
  const auth = authorizationAt(m, to.authorizationId);
  const [kind, verb] = CONDITION_ALERTS[e.type];
  return make(e, kind, contextOf(auth), {
    headline: `${auth?.name ?? to.authorizationId}: ${verb}: ${to.text}`,
    changes: from ? fieldLines(from, to, m.after) : [{ label: 'Condition', after: `${to.text} (${to.status})` }],
    figures: figuresOf(m, auth),
    evidence: evidenceOf(e, auth),
  });
}

type OrderEvent = EventOfType<'order.created' | 'order.updated' | 'order.status_changed'>;

function orderEvent(e: OrderEvent, m: EventMoment): AlertEvent | undefined {
  const { before: from, after: to } = e;
  if (e.type === 'order.updated') {
    // Unlinking orders from a removed authorization is part of that removal's alert.
    if (m.batch.some((x) => x.type === 'authorization.removed' && x.entityId === e.before.authorizationId)) return undefined;
    if (!fieldLines(e.before, to).length) return undefined;
  }
  const auth = authorizationAt(m, to.authorizationId);
  const holderIds = [...new Set([...(auth?.holderIds ?? []), ...(to.buyerId ? [to.buyerId] : []), ...(to.sellerId ? [to.sellerId] : [])])];
  const item = m.after.item[to.itemId]?.name ?? to.itemId;
  const buyer = to.buyerId ? (m.after.party[to.buyerId]?.name ?? to.buyerId) : (to.buyerLabel ?? 'unnamed buyer');
  const lines = linesForOrder(m.after, to);
  // An order above what remained of its authorization's quota: kept, and said, as in the reply.
  const beyond =
    e.type === 'order.created' && auth && m.before.authorization[auth.id]
      ? overRemainingWarning(authorizationQuota(m.before, m.before.authorization[auth.id]!).remaining, to)
      : undefined;
  return make(
    e,
    e.type === 'order.created' ? 'order.new' : 'order.status',
    // The order is the record it is about; its authorization is the quota it counts against.
    { ...contextOf(auth), recordIds: [to.id], itemId: to.itemId, holderIds },
    {
      headline:
        e.type === 'order.created'
          ? `New order: ${q(to.quantity)} of ${item} by ${buyer}${auth ? ` under ${auth.name}` : ''}`
          : `Order ${to.id} (${buyer}): ${summarizeEvent(e, m.after).replace(/^order [^:]+: /, '')}`,
      changes: from ? fieldLines(from, to, m.after) : [{ label: 'Order', after: `${q(to.quantity)} of ${item} by ${buyer} (${to.status})` }],
      figures: lines[0] ? quotaFigures(lines[0]) : [],
      evidence: evidenceOf(e, to),
      quantity: to.quantity,
      ...(beyond ? { warnings: [beyond] } : {}),
    },
  );
}

function supplySet(e: EventOfType<'supply.set'>, m: EventMoment): AlertEvent {
  const { before: from, after: to } = e;
  const line = itemQuota(m.after, to.itemId)[0];
  const item = m.after.item[to.itemId]?.name ?? to.itemId;
  return make(
    e,
    'supply.changed',
    { recordIds: [to.id], itemId: to.itemId, holderIds: to.holderId ? [to.holderId] : [] },
    {
      headline: `${item} supply${to.holderId ? ` at ${m.after.party[to.holderId]?.name ?? to.holderId}` : ''}: ${from ? q(from.quantity) : 'none'} → ${q(to.quantity)}`,
      changes: [{ label: 'Supply', ...(from ? { before: q(from.quantity) } : {}), after: `${q(to.quantity)} as of ${to.asOf}` }],
      figures: line ? quotaFigures(line) : [],
      evidence: evidenceOf(e, to),
      quantity: to.quantity,
    },
  );
}

function claimReported(e: EventOfType<'claim.reported'>, m: EventMoment): AlertEvent | undefined {
  // One more source for a known claim, or a settled review, is not a new claim; a proposed
  // new record is alerted by the pipeline that proposed it, as unconfirmed.
  if (e.before !== null || e.after.field === 'new_authorization') return undefined;
  const claim = e.after;
  const auth = authorizationAt(m, claim.authorizationId);
  const claimed = claimedValue(claim);
  // A source's report opposing the recorded status is raised by the pipeline as one
  // contradiction alert naming both sides; this claim is that story, not a second alert.
  if (e.actor.kind === 'source' && auth && 'status' in claimed && conflicts(claimed.status, auth.status)) return undefined;
  // One report that claims a status and a quota is one alert: the status claim's carries both.
  const quotaSibling = m.batch.find(
    (x): x is EventOfType<'claim.reported'> =>
      x !== e && x.type === 'claim.reported' && x.before === null && x.authorizationId === claim.authorizationId && x.after.field === 'quota',
  );
  const statusSibling = m.batch.some(
    (x) => x !== e && x.type === 'claim.reported' && x.before === null && x.authorizationId === claim.authorizationId && x.after.field === 'status',
  );
  if (claim.field === 'quota' && statusSibling) return undefined;
  const value = claimedText(claimed);
  const current = auth ? (claim.field === 'quota' ? q(auth.quota) : statusLabel(auth.status)) : undefined;
  const quotaLine =
    claim.field === 'status' && quotaSibling
      ? [{ label: 'Reported quota', before: `${q(auth?.quota)} (recorded)`, after: `${claimedText(claimedValue(quotaSibling.after))} (reported)` }]
      : [];
  return make(e, 'claim.reported', contextOf(auth), {
    headline: `${auth?.name ?? claim.authorizationId}: reported ${claim.field} ${value} (not confirmed${claim.evidence.publisher ? `, per ${claim.evidence.publisher}` : ''})`,
    changes: [{ label: `Reported ${claim.field}`, ...(current ? { before: `${current} (recorded)` } : {}), after: `${value} (reported)` }, ...quotaLine],
    figures: figuresOf(m, auth),
    evidence: [claim.evidence],
    ...('quota' in claimed ? { quantity: claimed.quota } : {}),
  });
}

/** The alert for one event; undefined when it is not alert-worthy. */
export function alertForEvent(event: LedgerEvent, moment: EventMoment): AlertEvent | undefined {
  switch (event.type) {
    case 'authorization.created':
      return authorizationCreated(event, moment);
    case 'authorization.status_changed':
      return authorizationStatus(event, moment);
    case 'authorization.quota_changed':
      return authorizationQuotaChanged(event, moment);
    case 'authorization.updated':
      return authorizationUpdated(event, moment);
    case 'authorization.removed':
      return authorizationRemoved(event);
    case 'authorization.reopened':
      return authorizationReopened(event, moment);
    case 'authorization.restored':
      return authorizationRestored(event, moment);
    case 'condition.added':
    case 'condition.changed':
    case 'condition.finalized':
    case 'condition.removed':
      return conditionEvent(event, moment);
    case 'order.created':
    case 'order.updated':
    case 'order.status_changed':
      return orderEvent(event, moment);
    case 'supply.set':
      return supplySet(event, moment);
    case 'claim.reported':
      return claimReported(event, moment);
    // Reference records and claims dropped with their authorization are not news.
    case 'entity.upserted':
    case 'entity.removed':
    case 'party.added':
    case 'party.changed':
    case 'party.removed':
      return undefined;
    default:
      return unhandledEvent(event);
  }
}
