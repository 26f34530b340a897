/** An order read from a news item: a new order, the same order told again, or old news. */
import { addOrder, updateOrder } from '../../core/changes/order.js';
import { DomainError } from '../../core/errors.js';
import { formatQuantity } from '../../core/quantity.js';
import { indexesOf } from '../../core/indexes.js';
import type { Order, Quantity } from '../../core/model.js';
import type { CandidateEvent } from '../extract/index.js';
import { addStory, refsOf, type Collected, type ItemContext } from './plan-context.js';
import { roundQuantity, storyKey } from './story-index.js';
import { knownStory } from './story-tellings.js';

const BUYER_LABEL = /\b((?:[A-Z][\p{L}-]*\s+){0,2}(?:firms|companies|buyers|customers|tech giants|clients))\b|中国企业|中国公司/u;

// "orders slip to about 1.9 million", 订单回落至: the item tells the total fell.
const TOTAL_FELL =
  /\b(?:slip(?:s|ped)?|f[ae]ll(?:s|en)?|drop(?:s|ped)?|declin(?:e|es|ed|ing)|pared|trimmed|shr[iu]nk|shrinks|reduced|cut\s+to|down\s+to)\b|(?:降|减少|削减|下降|回落|缩减|下调)(?:至|到)/i;

/**
 * The reported running total a figure for unnamed buyers updates ("Chinese orders climb past
 * 2.4 million"): the one reported order of the item with no named buyer (and the same seller,
 * when one is named), when the new figure is larger. A smaller figure updates it only where the
 * item says the total fell ("orders slip to about 1.9 million"): told otherwise, it may be part
 * of the total. A figure about a confirmed order is not a new total of it.
 */
function runningTotal(orders: readonly Order[], c: CandidateEvent, quantity: Quantity, itemUnit: string, fell: boolean): Order | undefined {
  const open = orders.filter((o) => !o.buyerId && o.status === 'reported' && (!c.seller || !o.sellerId || o.sellerId === c.seller.value));
  const only = open.length === 1 ? open[0]! : undefined;
  // "units" is the generic count a headline gives ("2.4mn units"): the item's own unit.
  const unit = (u: string | undefined) => (!u || u === 'units' ? itemUnit : u);
  return only && unit(only.quantity.unit) === unit(quantity.unit) && (quantity.value > only.quantity.value || (fell && quantity.value < only.quantity.value))
    ? only
    : undefined;
}

const BOUND_BELOW = new Set<string>(['over', 'at_least']);

/**
 * The same size of order: equal to two significant figures, or within 5% when either figure is
 * approximate ("about 8,000" reported, then the company confirms 8,192).
 */
function sameSize(a: Quantity, b: Quantity): boolean {
  // "over 2 million" then "about 1.9 million": a figure below the other's lower bound is not the same.
  if (BOUND_BELOW.has(a.qualifier) && b.value < a.value && b.qualifier !== 'exact' && !BOUND_BELOW.has(b.qualifier)) return false;
  if (BOUND_BELOW.has(b.qualifier) && a.value < b.value && a.qualifier !== 'exact' && !BOUND_BELOW.has(a.qualifier)) return false;
  if (roundQuantity(a) === roundQuantity(b)) return true;
  const approximate = a.qualifier !== 'exact' || b.qualifier !== 'exact';
  return approximate && Math.abs(a.value - b.value) <= 0.05 * Math.max(a.value, b.value);
}

/** An order with its number: a new order, unless the same order is already known. */
export function planOrder(acc: Collected, ctx: ItemContext, c: CandidateEvent, text: string): void {
  const state = acc.scratch.state;
  const itemId = c.item!.value;
  const q = c.quantity!;
  const quantity: Quantity = { value: q.value, qualifier: q.qualifier, unit: q.unit };
  const tracked = c.holders.filter((h) => state.party[h.value]);
  const buyerId = tracked.length === 1 && c.holders.length === 1 ? tracked[0]!.value : undefined;
  const buyerLabel = buyerId ? undefined : c.holders.length ? c.holders.map((h) => h.words).join(', ') : (BUYER_LABEL.exec(text)?.[0] ?? 'unnamed buyers');
  const key = storyKey({ itemId, partyIds: [buyerId ?? buyerLabel!.toLowerCase()], what: 'order', quantity });
  if (knownStory(acc, ctx, key, c)) return;
  const orders = indexesOf(state).ordersByItem.get(itemId) ?? [];
  const link = ctx.item.isUpdate ? undefined : ctx.item.link;
  if (link && orders.some((o) => o.evidence.some((e) => e.url === link))) {
    acc.lines.push('already ingested (order evidence)');
    return;
  }
  // An order recorded by hand or by another source, of the same size for the same buyer, is the same order.
  const same = orders.find((o) => o.status !== 'cancelled' && sameSize(o.quantity, quantity) && (buyerId ? o.buyerId === buyerId : !o.buyerId));
  if (same) {
    // Outside any story's window, the known figure told again is old news: it adds nothing.
    const newest = Math.max(...same.evidence.map((e) => Date.parse(e.publishedAt ?? e.seenAt)).filter((t) => !Number.isNaN(t)));
    if (Number.isFinite(newest) && ctx.storyAt - newest > ctx.windowMs) {
      acc.lines.push(`same order as ${same.id}, told before: old news, nothing added`);
      return;
    }
    const result = acc.scratch.run(updateOrder(same.id, {}, ctx.meta));
    if (!(result instanceof DomainError)) addStory(acc, key, refsOf(result));
    acc.lines.push(`same order as ${same.id} (+1 evidence)`);
    return;
  }
  if (!buyerId && !c.holders.length) {
    const total = runningTotal(orders, c, quantity, state.item[itemId]?.unit ?? 'units', TOTAL_FELL.test(text));
    if (total) {
      const grown = { ...quantity, unit: total.quantity.unit };
      const result = acc.scratch.run(updateOrder(total.id, { quantity: grown }, ctx.meta));
      if (!(result instanceof DomainError)) {
        addStory(acc, key, refsOf(result));
        acc.lines.push(`order total ${total.id}: ${formatQuantity(total.quantity)} → ${formatQuantity(grown)}`);
        return;
      }
    }
  }
  const auths = buyerId ? (indexesOf(state).authorizationsByHolder.get(buyerId) ?? []).filter((a) => a.itemId === itemId && a.direction === 'import') : [];
  const result = acc.scratch.run(
    addOrder(
      {
        itemId,
        quantity,
        status: 'reported',
        ...(buyerId ? { buyerId } : { buyerLabel: buyerLabel! }),
        ...(c.seller && state.party[c.seller.value] ? { sellerId: c.seller.value } : {}),
        ...(auths.length === 1 ? { authorizationId: auths[0]!.id } : {}),
      },
      ctx.meta,
    ),
  );
  if (result instanceof DomainError) {
    acc.lines.push(`order not recorded: ${result.message}`);
    return;
  }
  acc.lines.push(`new order ${result[0]!.entityId}`);
  addStory(acc, key, refsOf(result));
}
