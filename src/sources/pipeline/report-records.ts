/**
 * The tracked records a report alert is about when the report changes nothing in the ledger
 * (a delivery, a stock figure, a condition read from news): so its card names them, and a
 * channel or an admin can see which record the report concerns.
 */
import { indexesOf } from '../../core/indexes.js';
import { isActiveApproval } from '../../core/lifecycle.js';
import type { Direction, LedgerState } from '../../core/model.js';
import type { CandidateEvent } from '../extract/index.js';

/**
 * The order a delivery concerns: the open order of the named tracked buyer, or, when no
 * buyer is named at all ("Chinese customers"), the one open order with no named buyer.
 * Only one fits or none is named: a delivery is never spread over several orders.
 */
function deliveredOrder(state: LedgerState, c: CandidateEvent): string | undefined {
  const named = c.holders.map((h) => h.value).filter((h) => h !== c.seller?.value);
  const buyers = named.filter((h) => state.party[h]);
  // A buyer named but not tracked (海洋王照明's first six servers): its own goods, not the orders no buyer is named for.
  if (named.length && !buyers.length) return undefined;
  const open = (indexesOf(state).ordersByItem.get(c.item!.value) ?? []).filter((o) => o.status !== 'cancelled');
  const fits = buyers.length ? open.filter((o) => o.buyerId && buyers.includes(o.buyerId)) : open.filter((o) => !o.buyerId);
  return fits.length === 1 ? fits[0]!.id : undefined;
}

/** The supply figure a stock report concerns: the named holder's (the maker's), else the item's only one. */
function stockRecord(state: LedgerState, c: CandidateEvent): string | undefined {
  const named = [...c.holders.map((h) => h.value), ...(c.seller ? [c.seller.value] : [])];
  const figures = Object.values(state.supply).filter((s) => s.itemId === c.item!.value);
  const fits = named.length ? figures.filter((s) => s.holderId && named.includes(s.holderId)) : figures;
  return fits.length === 1 ? fits[0]!.id : undefined;
}

/**
 * The authorization a condition read without named holders attaches to: conditions are set
 * on a granted authorization, so of the item's authorizations in that direction (and from
 * that authority, when one is named) the one active approval, if there is exactly one.
 */
export function conditionedAuthorization(state: LedgerState, c: CandidateEvent, direction: Direction | undefined): string | undefined {
  if ((c.kind !== 'condition_proposed' && c.kind !== 'condition_agreed') || c.holders.length || !c.item) return undefined;
  const auths = (indexesOf(state).authorizationsByItem.get(c.item.value) ?? []).filter(
    (a) => (!direction || a.direction === direction) && (!c.authority || a.authorityId === c.authority.value) && isActiveApproval(a.status),
  );
  return auths.length === 1 ? auths[0]!.id : undefined;
}

/** The order or supply record a delivery or stock report concerns; none for other kinds. */
export function reportedRecords(state: LedgerState, c: CandidateEvent): string[] {
  if (!c.item) return [];
  const id = c.kind === 'delivery' ? deliveredOrder(state, c) : c.kind === 'supply' ? stockRecord(state, c) : undefined;
  return id ? [id] : [];
}
