/**
 * The ledger's active licensing of an item by one country's authority in one direction (China's imports,
 * Washington's exports): the record a rule's notice or a retelling of the rule is about.
 */
import { isActiveApproval } from '../../core/lifecycle.js';
import type { Authorization, LedgerState } from '../../core/model.js';

/** The active authorization of `itemId` by an authority of `country` in `direction`, by `authorityId` when given. */
export function activeLicensing(
  state: LedgerState,
  itemId: string,
  country: string,
  direction: Authorization['direction'],
  authorityId?: string,
): Authorization | undefined {
  return Object.values(state.authorization).find(
    (a) =>
      a.itemId === itemId &&
      a.direction === direction &&
      state.authority[a.authorityId]?.country === country &&
      isActiveApproval(a.status) &&
      (!authorityId || a.authorityId === authorityId),
  );
}
