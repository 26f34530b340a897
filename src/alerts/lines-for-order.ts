/** The quota lines an order counts against, for its alert and for over-commitment checks. */
import type { LedgerState, Order } from '../core/model.js';
import { authorizationQuota, itemQuota, type QuotaLine } from '../core/quota.js';

/** The quota lines an order counts against: its authorization's, then its item's. */
export function linesForOrder(state: LedgerState, order: Order): QuotaLine[] {
  const auth = order.authorizationId ? state.authorization[order.authorizationId] : undefined;
  return [...(auth ? [authorizationQuota(state, auth)] : []), ...itemQuota(state, order.itemId)];
}
