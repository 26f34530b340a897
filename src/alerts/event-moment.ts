/** One ledger event seen in its moment: the states around it and the batch it came in. */
import type { LedgerEvent } from '../core/events.js';
import type { Authorization, LedgerState } from '../core/model.js';
import { authorizationQuota } from '../core/quota.js';
import type { AlertEvent } from './alert-event.js';
import { quotaFigures } from './quota-figures.js';

/** One event with the states just before and after it, and the batch it came in. */
export interface EventMoment {
  before: LedgerState;
  after: LedgerState;
  batch: readonly LedgerEvent[];
}

/** The authorization with this id after the event, or as it was before it (when the event removed it). */
export function authorizationAt(m: EventMoment, id: string | undefined): Authorization | undefined {
  return id ? (m.after.authorization[id] ?? m.before.authorization[id]) : undefined;
}

/** The figures of an authorization as they stand after the event (none once it is removed). */
export function figuresOf(m: EventMoment, auth: Authorization | undefined): AlertEvent['figures'] {
  const current = auth ? m.after.authorization[auth.id] : undefined;
  return current ? quotaFigures(authorizationQuota(m.after, current)) : [];
}
