/** Which subscriptions an alert event goes to. */
import type { AlertEvent } from './alert-event.js';
import type { Subscription } from './subscriptions.js';

function overlaps(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.includes(x));
}

/**
 * True when the subscription wants the event. Include lists (kinds, items, holders,
 * authorities) must be met when set; any exclude hit refuses. An event with no quantity
 * passes a minimum-quantity filter (a status change has no size). Source health goes to
 * every enabled subscription unless it excludes `source.health`: a channel should hear
 * that its feed went quiet whatever it filters on.
 */
export function matches(sub: Subscription, event: AlertEvent): boolean {
  if (!sub.enabled) return false;
  if (sub.excludeKinds.includes(event.kind)) return false;
  if (event.kind === 'source.health') return true;
  if (sub.kinds.length && !sub.kinds.includes(event.kind)) return false;

  if (sub.items.length && (!event.itemId || !sub.items.includes(event.itemId))) return false;
  if (event.itemId && sub.excludeItems.includes(event.itemId)) return false;

  if (sub.holders.length && !overlaps(sub.holders, event.holderIds)) return false;
  if (overlaps(sub.excludeHolders, event.holderIds)) return false;

  if (sub.authorities.length && (!event.authorityId || !sub.authorities.includes(event.authorityId))) return false;
  if (event.authorityId && sub.excludeAuthorities.includes(event.authorityId)) return false;

  if (sub.minQuantity !== undefined && event.quantity && event.quantity.value < sub.minQuantity) return false;
  return true;
}
