/** Orders as replies: one order in detail, and the rows of the orders list. */
import type { LedgerState, Order } from '../../src/core/model.js';
import { formatQuantity, formatQuantityShort } from '../../src/core/quantity.js';
import { nameOf } from './record-fields.js';
import type { Reply } from '../../src/chat/reply.js';

/** Who ordered, by display name: "ByteDance", or the label of an unnamed buyer. */
export function buyerText(state: LedgerState, order: Order): string {
  return order.buyerId ? nameOf(state, 'party', order.buyerId) : (order.buyerLabel ?? '—');
}

/** Status of an order in words; a reported order says it is known only from news. */
export function orderStatusText(order: Order): string {
  return order.status === 'reported' ? 'reported (news, not confirmed)' : order.status;
}

/** Columns matching orderRow. */
export const ORDER_COLUMNS = ['id', 'item', 'quantity', 'buyer', 'status', 'authorization'];

/** A table row for an order in lists. */
export function orderRow(state: LedgerState, o: Order): string[] {
  return [
    o.id,
    nameOf(state, 'item', o.itemId),
    formatQuantityShort(o.quantity),
    buyerText(state, o),
    o.status,
    o.authorizationId ? (state.authorization[o.authorizationId]?.id ?? o.authorizationId) : 'not linked',
  ];
}

/** Detail reply for one order (status). */
export function orderDetail(state: LedgerState, o: Order): Reply {
  const auth = o.authorizationId ? state.authorization[o.authorizationId] : undefined;
  const fields = [
    { label: 'Status', value: orderStatusText(o), inline: true },
    { label: 'Item', value: nameOf(state, 'item', o.itemId), inline: true },
    { label: 'Quantity', value: formatQuantity(o.quantity), inline: true },
    { label: 'Buyer', value: buyerText(state, o), inline: true },
    ...(o.sellerId ? [{ label: 'Seller', value: nameOf(state, 'party', o.sellerId), inline: true }] : []),
    { label: 'Authorization', value: auth ? `${auth.name} (${auth.id})` : (o.authorizationId ?? 'not linked to an authorization'), inline: false },
  ];
  const links = o.evidence
    .filter((e) => e.url)
    .slice(-5)
    .reverse()
    .map((e) => ({ title: `${e.title}${e.publisher ? ` (${e.publisher})` : ''}`, url: e.url! }));
  const sources = o.evidence.filter((e) => !e.url).map((e) => `${e.title}${e.publisher ? ` (${e.publisher})` : ''}`);
  return {
    severity: 'info',
    title: `Order ${o.id}: ${formatQuantity(o.quantity)} of ${nameOf(state, 'item', o.itemId)} by ${buyerText(state, o)}`,
    sections: [{ fields }, ...(sources.length ? [{ heading: 'Evidence', text: sources.join('\n') }] : [])],
    ...(links.length ? { links } : {}),
  };
}

/** The order a typed target names by id ("ord-2", "ORD-2"), if any. */
export function orderNamed(state: LedgerState, text: string | undefined): Order | undefined {
  if (!text) return undefined;
  const id = text.trim().toLowerCase();
  return Object.hasOwn(state.order, id) ? state.order[id] : undefined;
}
