/**
 * Quota accounting: approved vs ordered vs delivered vs remaining, per authorization,
 * holder, item and group, with over-commitment flagged against quotas and supply.
 */
import { indexesOf, itemKey } from './indexes.js';
import { isActiveApproval } from './lifecycle.js';
import type { Authorization, LedgerState, Order, Quantity } from './model.js';
import { subtract, sumQuantities } from './quantity.js';

/** One line of accounting. Missing figures are undefined, never zero by assumption. */
export interface QuotaLine {
  label: string;
  approved?: Quantity;
  ordered: Quantity;
  delivered: Quantity;
  remaining?: { value: number; qualifier: Quantity['qualifier'] };
  supply?: Quantity;
  /** Human sentences saying what is over-committed, empty when nothing is. */
  overCommitted: string[];
  authorizationIds: string[];
}

/** Ordered (not cancelled) and delivered totals of a set of orders. */
interface OrderTotals {
  ordered: Quantity;
  delivered: Quantity;
}

function orderTotals(orders: readonly Order[], unit: string): OrderTotals {
  const open: Quantity[] = [];
  const delivered: Quantity[] = [];
  for (const o of orders) {
    if (o.status === 'cancelled') continue;
    open.push(o.quantity);
    if (o.status === 'delivered') delivered.push(o.quantity);
  }
  return { ordered: sumQuantities(open, unit), delivered: sumQuantities(delivered, unit) };
}

function line(label: string, unit: string, approved: Quantity | undefined, orders: readonly Order[] | OrderTotals, supply: Quantity | undefined, authIds: string[], flagSupply = true): QuotaLine {
  const { ordered, delivered } = Array.isArray(orders) ? orderTotals(orders, unit) : (orders as OrderTotals);
  const overCommitted: string[] = [];
  const remaining = approved ? subtract(approved, ordered) : undefined;
  if (approved && ordered.value > approved.value) {
    overCommitted.push(`ordered exceeds the approved quota by ${(ordered.value - approved.value).toLocaleString('en-US')}`);
  }
  if (flagSupply && supply && ordered.value > supply.value) {
    overCommitted.push(`ordered exceeds the supply by ${(ordered.value - supply.value).toLocaleString('en-US')}`);
  }
  return { label, approved, ordered, delivered, remaining, supply, overCommitted, authorizationIds: authIds };
}

function approvedOf(auths: Authorization[], unit: string): Quantity | undefined {
  const withQuota = auths.filter((a) => isActiveApproval(a.status) && a.quota);
  return withQuota.length ? sumQuantities(withQuota.map((a) => a.quota!), unit) : undefined;
}

function supplyOf(state: LedgerState, itemId: string): Quantity | undefined {
  const figures = indexesOf(state).supplyByItem.get(itemId) ?? [];
  return figures.length ? sumQuantities(figures.map((s) => s.quantity)) : undefined;
}

function ordersAgainst(state: LedgerState, authId: string): readonly Order[] {
  return indexesOf(state).ordersByAuthorization.get(authId) ?? [];
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
  const auths = indexesOf(state).authorizationsByHolder.get(holderId) ?? [];
  return auths.map((auth) => {
    const unit = auth.quota?.unit ?? 'units';
    const allocation = auth.allocations.find((al) => al.holderId === holderId);
    const orders = ordersAgainst(state, auth.id).filter((o) => auth.holderIds.length === 1 || o.buyerId === holderId);
    const shared = auth.holderIds.length > 1 && !allocation;
    const label = shared ? `${auth.name} (shared by ${auth.holderIds.length} holders)` : auth.name;
    const approved = !isActiveApproval(auth.status) ? undefined : allocation ? allocation.quantity : auth.quota;
    // A shared quota is compared with the whole group's orders, not this holder's alone.
    return line(label, unit, approved, shared ? ordersAgainst(state, auth.id) : orders, undefined, [auth.id]);
  });
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
  const orders = orderTotals(idx.ordersByItem.get(itemId) ?? [], unit);
  const supply = supplyOf(state, itemId);
  const lines: QuotaLine[] = [];
  for (const direction of ['import', 'export'] as const) {
    const forDirection = auths.filter((a) => a.direction === direction);
    if (!forDirection.length) continue;
    const label = `${item?.name ?? itemId}: ${direction} approvals`;
    // Orders against supply is one fact about the item: flag it on the first line only.
    lines.push(line(label, unit, approvedOf(forDirection, unit), orders, supply, forDirection.map((a) => a.id), lines.length === 0));
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
