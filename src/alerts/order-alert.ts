/** The alerts for orders, with the quota they count against. */
import { summarizeEvent } from '../chat/summarize-event.js';
import type { EventOfType } from '../core/events.js';
import { authorizationQuota } from '../core/quota.js';
import { overRemainingWarning } from '../core/quota-warnings.js';
import type { AlertEvent } from './alert-event.js';
import { authorizationAt, type EventMoment } from './event-moment.js';
import { fieldLines, quantityOrNone } from './field-lines.js';
import { contextOf, evidenceOf, ledgerAlert } from './ledger-alert.js';
import { linesForOrder } from './lines-for-order.js';
import { quotaFigures } from './quota-figures.js';

/** The ledger events that create or change an order. */
export type OrderEvent = EventOfType<'order.created' | 'order.updated' | 'order.status_changed'>;

/** The alert for a new order or a change to one; undefined when it is not alert-worthy. */
export function orderAlert(e: OrderEvent, m: EventMoment): AlertEvent | undefined {
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
  return ledgerAlert(
    e,
    e.type === 'order.created' ? 'order.new' : 'order.status',
    // The order is the record it is about; its authorization is the quota it counts against.
    { ...contextOf(auth), recordIds: [to.id], itemId: to.itemId, holderIds },
    {
      headline:
        e.type === 'order.created'
          ? `New order: ${quantityOrNone(to.quantity)} of ${item} by ${buyer}${auth ? ` under ${auth.name}` : ''}`
          : `Order ${to.id} (${buyer}): ${summarizeEvent(e, m.after).replace(/^order [^:]+: /, '')}`,
      changes: from ? fieldLines(from, to, m.after) : [{ label: 'Order', after: `${quantityOrNone(to.quantity)} of ${item} by ${buyer} (${to.status})` }],
      figures: lines[0] ? quotaFigures(lines[0]) : [],
      evidence: evidenceOf(e, to),
      quantity: to.quantity,
      ...(beyond ? { warnings: [beyond] } : {}),
    },
  );
}
