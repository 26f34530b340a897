/**
 * Reads a candidate event as a labelled fact: which ledger record it is about and the
 * status it implies. This is the harness's own fixed reading of the contract (the
 * contract names parties, authority and item, not records), applied the same way to every
 * extractor, so that a wrong holder or authority shows up as a wrong record.
 */
import type { AuthStatus, LedgerState } from '../src/core/model.js';
import type { CandidateEvent } from '../src/sources/extract/candidate.js';
import type { LabelFact } from './schema.js';

const STATUS_OF_KIND: Partial<Record<CandidateEvent['kind'], AuthStatus>> = {
  denial: 'denied',
  suspension: 'suspended',
  revocation: 'revoked',
  application: 'applied',
};

/** The status a candidate implies: a denied certainty or a non-decision implies none. */
export function statusOf(c: CandidateEvent): AuthStatus | undefined {
  if (c.certainty === 'denied') return undefined;
  if (c.kind === 'grant') return c.conditions.length ? 'approved_with_conditions' : 'approved';
  return STATUS_OF_KIND[c.kind];
}

function newRecord(c: CandidateEvent, what: string): string {
  return `new:${[...c.holders.map((h) => h.value), c.item?.value ?? 'item', what].join(' ')}`;
}

function supplyRecord(c: CandidateEvent, state: LedgerState): string {
  const holder = c.seller?.value ?? c.holders[0]?.value;
  const all = Object.values(state.supply).filter((s) => !c.item || s.itemId === c.item.value);
  const hit = all.find((s) => s.holderId === holder) ?? (holder ? undefined : all[0]);
  return hit?.id ?? newRecord(c, 'supply');
}

function orderRecord(c: CandidateEvent, state: LedgerState): string {
  const buyers = c.holders.filter((h) => h.value !== c.seller?.value);
  if (buyers.length) {
    const mine = Object.values(state.order).find((o) => o.buyerId && buyers.every((b) => b.value === o.buyerId));
    return mine?.id ?? newRecord(c, c.kind === 'delivery' ? 'delivery' : 'order');
  }
  const open = Object.values(state.order).find((o) => !o.buyerId && (!c.item || o.itemId === c.item.value));
  return open?.id ?? newRecord(c, c.kind === 'delivery' ? 'delivery' : 'order');
}

function authorizationRecord(c: CandidateEvent, state: LedgerState): string {
  const holders = c.holders.map((h) => h.value);
  if (holders.some((h) => !state.party[h])) return newRecord(c, 'authorization');
  const authority = c.authority ? state.authority[c.authority.value] : undefined;
  const country = authority?.country ?? (holders.length ? state.party[holders[0]!]?.country : undefined);
  const auths = Object.values(state.authorization).filter(
    (a) =>
      (!c.item || a.itemId === c.item.value) &&
      (!authority || a.authorityId === authority.id) &&
      (!country || state.authority[a.authorityId]?.country === country),
  );
  const hit = holders.length ? auths.find((a) => holders.every((h) => a.holderIds.includes(h))) : auths[0];
  return hit?.id ?? newRecord(c, 'authorization');
}

/** The ledger record a candidate is about, or `new:...` when nothing tracked fits. */
export function recordOf(c: CandidateEvent, state: LedgerState): string {
  if (c.kind === 'supply' || (c.kind === 'restatement' && c.quantity?.role === 'inventory')) return supplyRecord(c, state);
  if (c.kind === 'order' || c.kind === 'delivery' || (c.kind === 'restatement' && c.quantity?.role === 'order')) return orderRecord(c, state);
  return authorizationRecord(c, state);
}

/** A candidate as a fact in label terms. */
export function factOf(c: CandidateEvent, state: LedgerState): LabelFact {
  const status = statusOf(c);
  return {
    kind: c.kind,
    record: recordOf(c, state),
    ...(status ? { status } : {}),
    holders: c.holders.map((h) => h.value),
    ...(c.authority ? { authority: c.authority.value } : {}),
    ...(c.item ? { item: c.item.value } : {}),
    ...(c.quantity
      ? {
          quantity: {
            value: c.quantity.value,
            qualifier: c.quantity.qualifier,
            role: c.quantity.role,
            ...(c.quantity.holder ? { holder: c.quantity.holder } : {}),
          },
        }
      : {}),
    certainty: c.certainty,
  };
}
