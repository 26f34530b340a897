/** The alerts for supply figures. */
import type { EventOfType } from '../core/events.js';
import { itemQuota } from '../core/quota.js';
import type { AlertEvent } from './alert-event.js';
import type { EventMoment } from './event-moment.js';
import { quantityOrNone } from './field-lines.js';
import { evidenceOf, ledgerAlert } from './ledger-alert.js';
import { quotaFigures } from './quota-figures.js';

/** The alert for a supply figure set or changed. */
export function supplyAlert(e: EventOfType<'supply.set'>, m: EventMoment): AlertEvent {
  const { before: from, after: to } = e;
  const line = itemQuota(m.after, to.itemId)[0];
  const item = m.after.item[to.itemId]?.name ?? to.itemId;
  return ledgerAlert(
    e,
    'supply.changed',
    { recordIds: [to.id], itemId: to.itemId, holderIds: to.holderId ? [to.holderId] : [] },
    {
      headline: `${item} supply${to.holderId ? ` at ${m.after.party[to.holderId]?.name ?? to.holderId}` : ''}: ${from ? quantityOrNone(from.quantity) : 'none'} → ${quantityOrNone(to.quantity)}`,
      changes: [{ label: 'Supply', ...(from ? { before: quantityOrNone(from.quantity) } : {}), after: `${quantityOrNone(to.quantity)} as of ${to.asOf}` }],
      figures: line ? quotaFigures(line) : [],
      evidence: evidenceOf(e, to),
      quantity: to.quantity,
    },
  );
}
