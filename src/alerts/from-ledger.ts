/**
 * Turns committed ledger events into alert events, described in words with the quota
 * figures as they stood right after each event (alert-for-event.ts, which hands each event
 * to the describer for its kind of record). Also derives `order.overcommit` when an order pushes what is ordered past an
 * approved quota or the supply.
 */
import type { LedgerEvent } from '../core/events.js';
import { evolveChange, revertChange } from '../core/evolve.js';
import { updateIndexes } from '../core/indexes.js';
import { copyCollection, type LedgerState } from '../core/model.js';
import type { QuotaLine } from '../core/quota.js';
import type { AlertEvent } from './alert-event.js';
import { alertForEvent } from './alert-for-event.js';
import { linesForOrder } from './lines-for-order.js';
import { quotaFigures } from './quota-figures.js';

export { quotaFigures } from './quota-figures.js';

/** A private, mutable copy of the state (records are immutable, collections are copied). */
function cloneState(state: LedgerState): LedgerState {
  return {
    seq: state.seq,
    party: copyCollection(state.party),
    authority: copyCollection(state.authority),
    item: copyCollection(state.item),
    authorization: copyCollection(state.authorization),
    condition: copyCollection(state.condition),
    order: copyCollection(state.order),
    supply: copyCollection(state.supply),
    claim: copyCollection(state.claim),
  };
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

function overcommit(event: LedgerEvent, before: LedgerState, after: LedgerState, described: AlertEvent | undefined): AlertEvent | undefined {
  if (event.entity !== 'order') return undefined;
  const to = event.after;
  const was = overcommitFlags(linesForOrder(before, to));
  const lines = linesForOrder(after, to);
  const now = overcommitFlags(lines);
  const crossed = lines.filter((l) => [...now].some((f) => f.startsWith(`${l.label}|`) && !was.has(f)));
  if (!crossed.length) return undefined;
  const line = crossed[0]!;
  return {
    id: `overcommit:${event.seq}`,
    kind: 'order.overcommit',
    occurredAt: event.effectiveAt,
    seqs: [event.seq],
    authorizationId: described?.authorizationId ?? to.authorizationId,
    itemId: to.itemId,
    holderIds: described?.holderIds ?? [],
    authorityId: described?.authorityId,
    quantity: line.ordered,
    headline: `Over-committed: ${line.label}: ${line.overCommitted.join('; ')}`,
    changes: crossed.flatMap((l) => l.overCommitted.map((w) => ({ label: l.label, after: w }))),
    figures: quotaFigures(line),
    evidence: described?.evidence ?? [],
  };
}

/**
 * Alert events for a batch of consecutive ledger events. `state` is the ledger state
 * right after the last of them: each event is looked at against the state just before
 * and after it. Two working copies are rebuilt by reverting the batch, then stepped
 * forward together, `before` one event behind `after`; copying the state per event instead
 * made a batch of N events cost N copies of the ledger (minutes for a 30,000-record import).
 */
export function toAlertEvents(events: LedgerEvent[], state: LedgerState): AlertEvent[] {
  if (!events.length) return [];
  const sorted = [...events].sort((x, y) => x.seq - y.seq);
  const after = cloneState(state);
  for (let i = sorted.length - 1; i >= 0; i--) {
    revertChange(after, sorted[i]!);
    after.seq = sorted[i]!.seq - 1;
  }
  const before = cloneState(after);
  const out: AlertEvent[] = [];
  for (const event of sorted) {
    step(after, event);
    const described = alertForEvent(event, { before, after, batch: sorted });
    if (described) out.push(stripUndefined(described));
    const over = overcommit(event, before, after, described);
    if (over) out.push(stripUndefined(over));
    step(before, event);
  }
  return out;
}

/** Moves a working copy one event forward, its lookup indexes too (so they are not rebuilt per event). */
function step(working: LedgerState, event: LedgerEvent): void {
  evolveChange(working, event);
  working.seq = event.seq;
  updateIndexes(working, event);
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
