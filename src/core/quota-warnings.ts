/**
 * Figures an admin may know better about, so they are kept, but said out loud: allocations
 * that add up to more than the quota, an order above what remained. The command's reply and
 * the alert both use these sentences, so what the admin sees is what the channel sees.
 */
import type { Allocation, Quantity } from './model.js';
import { formatQuantity } from './quantity.js';
import type { Remainder } from './remainder.js';

/** "The allocations add up to 500,000 chips, more than the quota (over 400,000 chips)", or undefined. */
export function overAllocationWarning(allocations: readonly Allocation[] | undefined, quota: Quantity | undefined): string | undefined {
  if (!allocations?.length || !quota) return undefined;
  const total = allocations.reduce((sum, a) => sum + a.quantity.value, 0);
  if (total <= quota.value) return undefined;
  return `The allocations add up to ${total.toLocaleString('en-US')} ${quota.unit}, more than the quota (${formatQuantity(quota)})`;
}

/** "This order is more than what remained of the quota (over 250,000 chips)", or undefined. */
export function overRemainingWarning(remaining: Remainder | undefined, order: { quantity: Quantity; status: string }): string | undefined {
  if (!remaining || order.status === 'cancelled' || order.quantity.value <= remaining.value) return undefined;
  return `This order is more than what remained of the quota (${formatQuantity({ ...remaining, unit: order.quantity.unit })})`;
}
