/**
 * The alert one ledger event makes, if any, with the quota figures as they stood right after
 * the event. The describers live one file per kind of record (authorization-alert.ts,
 * condition-alert.ts, order-alert.ts, supply-alert.ts, claim-alert.ts), each reading the
 * event's typed fields; this switch is the one place that says which event goes where, so
 * a new event type fails to compile here until someone decides whether it is news.
 */
import { unhandledEvent, type LedgerEvent } from '../core/events.js';
import type { AlertEvent } from './alert-event.js';
import { authorizationAlert } from './authorization-alert.js';
import { claimAlert } from './claim-alert.js';
import { conditionAlert } from './condition-alert.js';
import type { EventMoment } from './event-moment.js';
import { orderAlert } from './order-alert.js';
import { supplyAlert } from './supply-alert.js';

/** The alert for one event; undefined when it is not alert-worthy. */
export function alertForEvent(event: LedgerEvent, moment: EventMoment): AlertEvent | undefined {
  switch (event.type) {
    case 'authorization.created':
    case 'authorization.status_changed':
    case 'authorization.quota_changed':
    case 'authorization.updated':
    case 'authorization.removed':
    case 'authorization.reopened':
    case 'authorization.restored':
      return authorizationAlert(event, moment);
    case 'condition.added':
    case 'condition.changed':
    case 'condition.finalized':
    case 'condition.removed':
      return conditionAlert(event, moment);
    case 'order.created':
    case 'order.updated':
    case 'order.status_changed':
      return orderAlert(event, moment);
    case 'supply.set':
      return supplyAlert(event, moment);
    case 'claim.reported':
      return claimAlert(event, moment);
    // Reference records and claims dropped with their authorization are not news.
    case 'entity.upserted':
    case 'entity.removed':
    case 'party.added':
    case 'party.changed':
    case 'party.removed':
      return undefined;
    default:
      return unhandledEvent(event);
  }
}
