/**
 * Quota accounting: approved vs ordered vs delivered vs remaining, per authorization,
 * holder, item and group, with over-commitment flagged against quotas and supply.
 */
import { indexesOf, itemKey } from './indexes.js';
import { isActiveApproval } from './lifecycle.js';
import type { Authorization, LedgerState, Order, Quantity } from './model.js';
import { formatQuantity, sumQuantities } from './quantity.js';
import { remainder, type Remainder } from './remainder.js';

/** One line of accounting. Missing figures are undefined, never zero by assumption. */
export interface QuotaLine {
  label: string;
  approved?: Quantity;
  /** Every order that is not cancelled: confirmed and reported together. */
  ordered: Quantity;
  /** Orders recorded as placed, confirmed, shipped or delivered. */
  confirmed: Quantity;
  /** Orders known only from news reports (status reported), kept apart from confirmed ones. */
  reported: Quantity;
  delivered: Quantity;
  /** Orders counted here that name no authorization (a holder's own orders for the item). */
  unlinked?: Quantity;
  remaining?: Remainder;
  supply?: Quantity;
  /** Human sentences saying what is over-committed, empty when nothing is. */
  overCommitted: string[];
  authorizationIds: string[];
}

/** Totals of a set of orders: not cancelled, confirmed, reported, delivered and unlinked. */
interface OrderTotals {
  ordered: Quantity;
  confirmed: Quantity;
  reported: Quantity;
  delivered: Quantity;
  unlinked?: Quantity;
}

function orderTotals(orders: readonly Order[], unit: string): OrderTotals {
  const open: Quantity[] = [];
  const confirmed: Quantity[] = [];
  const reported: Quantity[] = [];
  const delivered: Quantity[] = [];
  const unlinked: Quantity[] = [];
  for (const o of orders) {
    if (o.status === 'cancelled') continue;
    open.push(o.quantity);
    (o.status === 'reported' ? reported : confirmed).push(o.quantity);
    if (o.status === 'delivered') delivered.push(o.quantity);
    if (!o.authorizationId) unlinked.push(o.quantity);
  }
  return {
    ordered: sumQuantities(open, unit),
    confirmed: sumQuantities(confirmed, unit),
    reported: sumQuantities(reported, unit),
    delivered: sumQuantities(delivered, unit),
    ...(unlinked.length ? { unlinked: sumQuantities(unlinked, unit) } : {}),
  };
}

function line(
  label: string,
  unit: string,
  approved: Quantity | undefined,
  orders: readonly Order[] | OrderTotals,
  supply: Quantity | undefined,
  authIds: string[],
  flagSupply = true,
): QuotaLine {
  const totals = Array.isArray(orders) ? orderTotals(orders, unit) : (orders as OrderTotals);
  const { ordered } = totals;
  const overCommitted: string[] = [];
  const hasOrders = ordered.value > 0;
  const remaining = approved ? remainder(approved, ordered, 'the approved quota') : undefined;
  if (remaining?.excess && hasOrders) overCommitted.push(remaining.excess);
  if (flagSupply && supply && hasOrders) {
    const stock = remainder(supply, ordered, 'the supply');
    if (stock.excess) overCommitted.push(stock.excess);
  }
  return { label, approved, ...totals, remaining, supply, overCommitted, authorizationIds: authIds };
}

function approvedOf(auths: Authorization[], unit: string): Quantity | undefined {
  const withQuota = auths.filter((a) => isActiveApproval(a.status) && a.quota);
  return withQuota.length
    ? sumQuantities(
        withQuota.map((a) => a.quota!),
        unit,
      )
    : undefined;
}

function supplyOf(state: LedgerState, itemId: string): Quantity | undefined {
  const figures = indexesOf(state).supplyByItem.get(itemId) ?? [];
  return figures.length ? sumQuantities(figures.map((s) => s.quantity)) : undefined;
}

/**
 * The authorization a holder's unlinked order for an item counts against: the buyer's first
 * active import approval for the item, else its first authorization for the item. One home
 * per order, so no order is counted twice across a holder's lines.
 */
function homeOf(state: LedgerState, order: Order): string | undefined {
  if (order.authorizationId || !order.buyerId) return undefined;
  const auths = (indexesOf(state).authorizationsByHolder.get(order.buyerId) ?? []).filter((a) => a.itemId === order.itemId);
  const home = auths.find((a) => a.direction === 'import' && isActiveApproval(a.status)) ?? auths.find((a) => a.direction === 'import') ?? auths[0];
  return home?.id;
}

/** Orders placed against an authorization, plus its holders' unlinked orders for the item. */
function ordersAgainst(state: LedgerState, authId: string): readonly Order[] {
  const idx = indexesOf(state);
  const auth = state.authorization[authId];
  const linked = idx.ordersByAuthorization.get(authId) ?? [];
  if (!auth) return linked;
  const unlinked = (idx.ordersByItem.get(auth.itemId) ?? []).filter(
    (o) => !o.authorizationId && o.buyerId && auth.holderIds.includes(o.buyerId) && homeOf(state, o) === authId,
  );
  return unlinked.length ? [...linked, ...unlinked] : linked;
}

/** Accounting for one authorization (a group quota is one line for the whole group). */
export function authorizationQuota(state: LedgerState, auth: Authorization): QuotaLine {
  const unit = auth.quota?.unit ?? state.item[auth.itemId]?.unit ?? 'units';
  const approved = isActiveApproval(auth.status) ? auth.quota : undefined;
  return line(auth.name, unit, approved, ordersAgainst(state, auth.id), undefined, [auth.id]);
}

/**
 * Accounting for one holder: its own allocations where a group quota has them; otherwise
 * the group quota is shown as shared, never split by guesswork.
 */
export function holderQuota(state: LedgerState, holderId: string): QuotaLine[] {
  const idx = indexesOf(state);
  const auths = idx.authorizationsByHolder.get(holderId) ?? [];
  const lines = auths.map((auth) => {
    const unit = auth.quota?.unit ?? 'units';
    const allocation = auth.allocations.find((al) => al.holderId === holderId);
    const orders = ordersAgainst(state, auth.id).filter((o) => auth.holderIds.length === 1 || o.buyerId === holderId);
    const shared = auth.holderIds.length > 1 && !allocation;
    const label = shared ? `${auth.name} (shared by ${auth.holderIds.length} holders)` : auth.name;
    const approved = !isActiveApproval(auth.status) ? undefined : allocation ? allocation.quantity : auth.quota;
    // A shared quota is compared with the whole group's orders, not this holder's alone.
    return line(label, unit, approved, shared ? ordersAgainst(state, auth.id) : orders, undefined, [auth.id]);
  });
  // Orders by this holder with no authorization to count against: shown on their own line.
  const homeless = new Map<string, Order[]>();
  for (const orders of idx.ordersByItem.values()) {
    for (const o of orders) {
      if (o.buyerId !== holderId || o.authorizationId || homeOf(state, o)) continue;
      homeless.set(o.itemId, [...(homeless.get(o.itemId) ?? []), o]);
    }
  }
  for (const [itemId, orders] of homeless) {
    const item = state.item[itemId];
    lines.push(line(`${item?.name ?? itemId}: orders not linked to an authorization`, item?.unit ?? 'units', undefined, orders, undefined, []));
  }
  return lines;
}

/**
 * Accounting for one item per direction: import approvals and export licenses are
 * different authorizations for the same goods, so they are never added together.
 * Orders for the item include unattributed ones; supply is compared with all orders.
 */
export function itemQuota(state: LedgerState, itemId: string): QuotaLine[] {
  // The overview asks for every item on each call; accounting only changes with the state.
  // Only the changed item is recomputed after a change.
  let memo = itemMemo.get(state);
  if (!memo) {
    memo = new Map();
    itemMemo.set(state, memo);
  }
  const key = itemKey(state, itemId);
  const hit = memo.get(itemId);
  if (hit && hit.key === key) return hit.lines;
  const lines = computeItemQuota(state, itemId);
  memo.set(itemId, { key, lines });
  return lines;
}

const itemMemo = new WeakMap<LedgerState, Map<string, { key: string; lines: QuotaLine[] }>>();

function computeItemQuota(state: LedgerState, itemId: string): QuotaLine[] {
  const item = state.item[itemId];
  const unit = item?.unit ?? 'units';
  const idx = indexesOf(state);
  const auths = idx.authorizationsByItem.get(itemId) ?? [];
  // Orders are the same for both directions: total them once.
  // Every order of the item counts here, linked or not, so "not linked" says nothing on these lines.
  const { unlinked: _unlinked, ...orders } = orderTotals(idx.ordersByItem.get(itemId) ?? [], unit);
  const supply = supplyOf(state, itemId);
  const lines: QuotaLine[] = [];
  for (const direction of ['import', 'export'] as const) {
    const forDirection = auths.filter((a) => a.direction === direction);
    if (!forDirection.length) continue;
    const label = `${item?.name ?? itemId}: ${direction} approvals`;
    // Orders against supply is one fact about the item: flag it on the first line only.
    lines.push(
      line(
        label,
        unit,
        approvedOf(forDirection, unit),
        orders,
        supply,
        forDirection.map((a) => a.id),
        lines.length === 0,
      ),
    );
  }
  if (!lines.length) lines.push(line(item?.name ?? itemId, unit, undefined, orders, supply, []));
  return lines;
}

/** Accounting for a group quota: the authorizations held by more than one holder that include all of them. */
export function groupQuota(state: LedgerState, holderIds: string[]): QuotaLine[] {
  return (indexesOf(state).authorizationsByHolder.get(holderIds[0] ?? '') ?? [])
    .filter((a) => a.holderIds.length > 1 && holderIds.every((h) => a.holderIds.includes(h)))
    .map((a) => authorizationQuota(state, a));
}

/** A text bar such as `██████░░░░ 60%`; over 100% is shown full with the real percentage. */
export function quotaBar(used: number, total: number, width = 10): string {
  if (total <= 0) return '░'.repeat(width) + ' n/a';
  const ratio = used / total;
  const filled = Math.min(width, Math.round(Math.min(ratio, 1) * width));
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${Math.round(ratio * 100)}%`;
}

/**
 * The ordered figure in words, confirmed and reported kept apart:
 * "150,000 chips confirmed, over 2,000,000 chips reported"; unlinked orders are named.
 */
export function orderedText(line: QuotaLine): string {
  const parts: string[] = [];
  if (line.confirmed.value > 0 || line.reported.value === 0) parts.push(`${formatQuantity(line.confirmed)}${line.reported.value > 0 ? ' confirmed' : ''}`);
  if (line.reported.value > 0) parts.push(`${formatQuantity(line.reported)} reported`);
  const unlinked = line.unlinked && line.authorizationIds.length ? ` (${formatQuantity(line.unlinked)} not linked to an authorization)` : '';
  return parts.join(', ') + unlinked;
}
