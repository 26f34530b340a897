/**
 * Turns committed ledger events into alert events, described in words with the quota
 * figures as they stood right after each event. Also derives `order.overcommit` when an
 * order pushes what is ordered past an approved quota or the supply.
 */
import { summarizeEvent } from '../chat/summarize-event.js';
import type { LedgerEvent } from '../core/events.js';
import { statusLabel } from '../core/lifecycle.js';
import type { Authorization, AuthStatus, Claim, Condition, Evidence, LedgerState, Order, Quantity, Supply } from '../core/model.js';
import { formatQuantity } from '../core/quantity.js';
import { authorizationQuota, itemQuota, type QuotaLine } from '../core/quota.js';
import type { AlertEvent, AlertKind } from './alert-event.js';

type Collections = Omit<LedgerState, 'seq'>;

function q(x: Quantity | undefined): string {
  return x ? formatQuantity(x) : 'none';
}

/** A private, mutable copy of the state (records are immutable, collections are copied). */
function cloneState(state: LedgerState): LedgerState {
  const out = { seq: state.seq } as LedgerState;
  for (const key of Object.keys(state) as (keyof LedgerState)[]) {
    if (key !== 'seq') (out as unknown as Record<string, unknown>)[key] = { ...(state[key] as object) };
  }
  return out;
}

function setRecord(state: LedgerState, event: LedgerEvent, record: unknown, seq: number): void {
  const collection = state[event.entity as keyof Collections] as Record<string, unknown>;
  if (record === null || record === undefined) delete collection[event.entityId];
  else collection[event.entityId] = record;
  state.seq = seq;
}

/** Quota figures as labelled lines. */
export function quotaFigures(line: QuotaLine): AlertEvent['figures'] {
  const unit = line.approved?.unit ?? line.ordered.unit;
  const figures: AlertEvent['figures'] = [];
  figures.push({ label: 'Approved', value: line.approved ? formatQuantity(line.approved) : 'no approved quota' });
  figures.push({ label: 'Ordered', value: formatQuantity(line.ordered) });
  if (line.remaining) figures.push({ label: 'Remaining', value: formatQuantity({ ...line.remaining, unit }) });
  if (line.supply) figures.push({ label: 'Supply', value: formatQuantity(line.supply) });
  for (const warning of line.overCommitted) figures.push({ label: '⚠ Over-committed', value: warning });
  return figures;
}

/** Which over-commitment flags are raised, keyed by line and kind (quota / supply). */
function overcommitFlags(lines: QuotaLine[]): Set<string> {
  const flags = new Set<string>();
  for (const line of lines) {
    if (line.approved && line.ordered.value > line.approved.value) flags.add(`${line.label}|quota`);
    if (line.supply && line.ordered.value > line.supply.value) flags.add(`${line.label}|supply`);
  }
  return flags;
}

function linesForOrder(state: LedgerState, order: Order): QuotaLine[] {
  const auth = order.authorizationId ? state.authorization[order.authorizationId] : undefined;
  return [...(auth ? [authorizationQuota(state, auth)] : []), ...itemQuota(state, order.itemId)];
}

/** Fields that change on every report of the same story; a change in only these is not news. */
const NOISE_FIELDS = ['evidence', 'provenance'];

function realChanges(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !NOISE_FIELDS.includes(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

function wordsOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value && 'value' in value && 'qualifier' in value) return formatQuantity(value as Quantity);
  return JSON.stringify(value);
}

function evidenceOf(event: LedgerEvent, record: { evidence?: Evidence[] } | undefined): Evidence[] {
  if (event.evidence) return [event.evidence];
  return (record?.evidence ?? []).slice(-3);
}

interface Context {
  authorizationId?: string;
  itemId?: string;
  holderIds: string[];
  authorityId?: string;
}

function contextOf(auth: Authorization | undefined): Context {
  return auth
    ? { authorizationId: auth.id, itemId: auth.itemId, holderIds: [...auth.holderIds], authorityId: auth.authorityId }
    : { holderIds: [] };
}

/** Describes one event against the states just before and after it; undefined when it is not alert-worthy. */
function describe(event: LedgerEvent, before: LedgerState, after: LedgerState, batch: LedgerEvent[]): AlertEvent | undefined {
  const b = event.before as Record<string, unknown> | null;
  const a = event.after as Record<string, unknown> | null;
  const base = { id: `ledger:${event.seq}`, occurredAt: event.effectiveAt, seqs: [event.seq] };
  const authOf = (id: string | undefined) => (id ? after.authorization[id] ?? before.authorization[id] : undefined);
  const itemName = (id: string) => after.item[id]?.name ?? id;
  const authFigures = (auth: Authorization | undefined) => {
    const current = auth ? after.authorization[auth.id] : undefined;
    return current ? quotaFigures(authorizationQuota(after, current)) : [];
  };
  const make = (kind: AlertKind, ctx: Context, rest: Pick<AlertEvent, 'headline' | 'changes' | 'figures' | 'evidence'> & { quantity?: Quantity }): AlertEvent => ({
    ...base, kind, ...ctx, ...rest,
  });

  switch (event.type) {
    case 'authorization.created': {
      const auth = a as unknown as Authorization;
      return make('authorization.new', contextOf(auth), {
        headline: `${auth.name}: now tracked, ${statusLabel(auth.status)}${auth.quota ? `, quota ${q(auth.quota)}` : ''}`,
        changes: [{ label: 'Status', after: statusLabel(auth.status) }, ...(auth.quota ? [{ label: 'Quota', after: q(auth.quota) }] : [])],
        figures: authFigures(auth), evidence: evidenceOf(event, auth), ...(auth.quota ? { quantity: auth.quota } : {}),
      });
    }
    case 'authorization.status_changed':
    case 'authorization.quota_changed': {
      const from = b as unknown as Authorization;
      const to = a as unknown as Authorization;
      const changes: AlertEvent['changes'] = [];
      if (from.status !== to.status) changes.push({ label: 'Status', before: statusLabel(from.status), after: statusLabel(to.status) });
      if (JSON.stringify(from.quota) !== JSON.stringify(to.quota)) changes.push({ label: 'Quota', before: q(from.quota), after: q(to.quota) });
      const kind = event.type === 'authorization.status_changed' ? 'authorization.status' : 'authorization.quota';
      const headline = kind === 'authorization.status'
        ? `${to.name}: ${statusLabel(from.status)} → ${statusLabel(to.status)}`
        : `${to.name}: quota ${q(from.quota)} → ${q(to.quota)}`;
      return make(kind, contextOf(to), { headline, changes, figures: authFigures(to), evidence: evidenceOf(event, to), ...(to.quota ? { quantity: to.quota } : {}) });
    }
    case 'authorization.updated': {
      const from = b as unknown as Authorization;
      const to = a as unknown as Authorization;
      const fields = realChanges(b ?? {}, a ?? {});
      // The same story from another outlet only adds evidence: one story, one alert.
      if (!fields.length) return undefined;
      // A weaker source's claim is alerted as the claim; the "disputed" flag it sets is part of that story.
      if (batch.some((e) => e.type === 'claim.reported' && e.authorizationId === to.id)) return undefined;
      const changes = fields.map((f) => ({ label: f, before: wordsOf((from as unknown as Record<string, unknown>)[f]), after: wordsOf((to as unknown as Record<string, unknown>)[f]) }));
      return make('authorization.status', contextOf(to), {
        headline: `${to.name}: ${to.disputed && !from.disputed ? 'now disputed' : `updated (${fields.join(', ')})`}`,
        changes, figures: authFigures(to), evidence: evidenceOf(event, to), ...(to.quota ? { quantity: to.quota } : {}),
      });
    }
    case 'authorization.removed': {
      const from = b as unknown as Authorization;
      return make('authorization.removed', contextOf(from), {
        headline: `${from.name}: removed from tracking`, changes: [{ label: 'Status', before: statusLabel(from.status), after: 'not tracked' }],
        figures: [], evidence: event.evidence ? [event.evidence] : [],
      });
    }
    case 'condition.added':
    case 'condition.changed':
    case 'condition.finalized':
    case 'condition.removed': {
      const from = b as unknown as Condition | null;
      const to = (a ?? b) as unknown as Condition;
      const auth = authOf(to.authorizationId);
      const kind: AlertKind = ({ 'condition.added': 'condition.added', 'condition.changed': 'condition.changed', 'condition.finalized': 'condition.final', 'condition.removed': 'condition.removed' } as const)[event.type];
      const verb = { 'condition.added': 'condition added', 'condition.changed': 'condition changed', 'condition.final': 'condition made final', 'condition.removed': 'condition removed' }[kind as 'condition.added'];
      const changes: AlertEvent['changes'] = from
        ? realChanges(from as unknown as Record<string, unknown>, to as unknown as Record<string, unknown>).map((f) => ({ label: f, before: wordsOf((from as unknown as Record<string, unknown>)[f]), after: wordsOf((to as unknown as Record<string, unknown>)[f]) }))
        : [{ label: 'Condition', after: `${to.text} (${to.status})` }];
      return make(kind, contextOf(auth), {
        headline: `${auth?.name ?? to.authorizationId}: ${verb}: ${to.text}`, changes,
        figures: authFigures(auth), evidence: evidenceOf(event, auth),
      });
    }
    case 'order.created':
    case 'order.status_changed':
    case 'order.updated': {
      const from = b as unknown as Order | null;
      const to = a as unknown as Order;
      if (event.type === 'order.updated') {
        // Unlinking orders from a removed authorization is part of that removal's alert.
        if (batch.some((e) => e.type === 'authorization.removed' && e.entityId === from?.authorizationId)) return undefined;
        if (!realChanges(b ?? {}, a ?? {}).length) return undefined;
      }
      const auth = authOf(to.authorizationId);
      const ctx: Context = { ...contextOf(auth), itemId: to.itemId, holderIds: [...new Set([...(auth?.holderIds ?? []), ...(to.buyerId ? [to.buyerId] : []), ...(to.sellerId ? [to.sellerId] : [])])] };
      const buyer = to.buyerId ? after.party[to.buyerId]?.name ?? to.buyerId : to.buyerLabel ?? 'unnamed buyer';
      const changes: AlertEvent['changes'] = from
        ? realChanges(from as unknown as Record<string, unknown>, to as unknown as Record<string, unknown>).map((f) => ({ label: f, before: wordsOf((from as unknown as Record<string, unknown>)[f]), after: wordsOf((to as unknown as Record<string, unknown>)[f]) }))
        : [{ label: 'Order', after: `${q(to.quantity)} of ${itemName(to.itemId)} by ${buyer} (${to.status})` }];
      const lines = linesForOrder(after, to);
      const headline = event.type === 'order.created'
        ? `New order: ${q(to.quantity)} of ${itemName(to.itemId)} by ${buyer}${auth ? ` under ${auth.name}` : ''}`
        : `Order ${to.id} (${buyer}): ${summarizeEvent(event).replace(/^order [^:]+: /, '')}`;
      return make(event.type === 'order.created' ? 'order.new' : 'order.status', ctx, {
        headline, changes, figures: lines[0] ? quotaFigures(lines[0]) : [], evidence: evidenceOf(event, to), quantity: to.quantity,
      });
    }
    case 'supply.set': {
      const from = b as unknown as Supply | null;
      const to = a as unknown as Supply;
      const line = itemQuota(after, to.itemId)[0];
      return make('supply.changed', { itemId: to.itemId, holderIds: to.holderId ? [to.holderId] : [] }, {
        headline: `${itemName(to.itemId)} supply${to.holderId ? ` at ${after.party[to.holderId]?.name ?? to.holderId}` : ''}: ${from ? q(from.quantity) : 'none'} → ${q(to.quantity)}`,
        changes: [{ label: 'Supply', ...(from ? { before: q(from.quantity) } : {}), after: `${q(to.quantity)} as of ${to.asOf}` }],
        figures: line ? quotaFigures(line) : [], evidence: evidenceOf(event, to), quantity: to.quantity,
      });
    }
    case 'claim.reported': {
      const claim = a as unknown as Claim;
      const auth = authOf(claim.authorizationId);
      const value = claim.field === 'quota' ? q(claim.value as Quantity) : statusLabel(claim.value as AuthStatus);
      const current = auth ? (claim.field === 'quota' ? q(auth.quota) : statusLabel(auth.status)) : undefined;
      return make('claim.reported', contextOf(auth), {
        headline: `${auth?.name ?? claim.authorizationId}: reported ${claim.field} ${value} (not confirmed${claim.evidence.publisher ? `, per ${claim.evidence.publisher}` : ''})`,
        changes: [{ label: `Reported ${claim.field}`, ...(current ? { before: `${current} (recorded)` } : {}), after: `${value} (reported)` }],
        figures: authFigures(auth), evidence: [claim.evidence],
        ...(claim.field === 'quota' ? { quantity: claim.value as Quantity } : {}),
      });
    }
    default:
      return undefined;
  }
}

function overcommit(event: LedgerEvent, before: LedgerState, after: LedgerState, described: AlertEvent | undefined): AlertEvent | undefined {
  if (event.entity !== 'order' || !event.after) return undefined;
  const to = event.after as Order;
  const was = overcommitFlags(linesForOrder(before, to));
  const lines = linesForOrder(after, to);
  const now = overcommitFlags(lines);
  const crossed = lines.filter((l) => [...now].some((f) => f.startsWith(`${l.label}|`) && !was.has(f)));
  if (!crossed.length) return undefined;
  const line = crossed[0]!;
  return {
    id: `overcommit:${event.seq}`, kind: 'order.overcommit', occurredAt: event.effectiveAt, seqs: [event.seq],
    authorizationId: described?.authorizationId ?? to.authorizationId, itemId: to.itemId,
    holderIds: described?.holderIds ?? [], authorityId: described?.authorityId, quantity: line.ordered,
    headline: `Over-committed: ${line.label}: ${line.overCommitted.join('; ')}`,
    changes: crossed.flatMap((l) => l.overCommitted.map((w) => ({ label: l.label, after: w }))),
    figures: quotaFigures(line), evidence: described?.evidence ?? [],
  };
}

/**
 * Alert events for a batch of consecutive ledger events. `state` is the ledger state
 * right after the last of them: each event is looked at against the state just before
 * and after it, rebuilt by undoing the batch (events carry whole records).
 */
export function toAlertEvents(events: LedgerEvent[], state: LedgerState): AlertEvent[] {
  if (!events.length) return [];
  const sorted = [...events].sort((x, y) => x.seq - y.seq);
  const working = cloneState(state);
  for (let i = sorted.length - 1; i >= 0; i--) setRecord(working, sorted[i]!, sorted[i]!.before, sorted[i]!.seq - 1);
  const out: AlertEvent[] = [];
  for (const event of sorted) {
    const before = cloneState(working);
    setRecord(working, event, event.after, event.seq);
    const described = describe(event, before, working, sorted);
    if (described) out.push(stripUndefined(described));
    const over = overcommit(event, before, working, described);
    if (over) out.push(stripUndefined(over));
  }
  return out;
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
