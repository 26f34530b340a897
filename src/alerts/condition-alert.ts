/** The alerts for an authorization's conditions. */
import type { EventOfType } from '../core/events.js';
import type { AlertEvent, AlertKind } from './alert-event.js';
import { authorizationAt, figuresOf, type EventMoment } from './event-moment.js';
import { fieldLines } from './field-lines.js';
import { contextOf, evidenceOf, ledgerAlert } from './ledger-alert.js';

/** The ledger events that change an authorization's condition. */
export type ConditionEvent = EventOfType<'condition.added' | 'condition.changed' | 'condition.finalized' | 'condition.removed'>;
const CONDITION_ALERTS = {
  'condition.added': ['condition.added', 'condition added'],
  'condition.changed': ['condition.changed', 'condition changed'],
  'condition.finalized': ['condition.final', 'condition made final'],
  'condition.removed': ['condition.removed', 'condition removed'],
} as const satisfies Record<ConditionEvent['type'], readonly [AlertKind, string]>;

/** The alert for a condition added, changed, made final or removed. */
export function conditionAlert(e: ConditionEvent, m: EventMoment): AlertEvent {
  const from = e.before;
  const to = e.after ?? e.before!;
  const auth = authorizationAt(m, to.authorizationId);
  const [kind, verb] = CONDITION_ALERTS[e.type];
  return ledgerAlert(e, kind, contextOf(auth), {
    headline: `${auth?.name ?? to.authorizationId}: ${verb}: ${to.text}`,
    changes: from ? fieldLines(from, to, m.after) : [{ label: 'Condition', after: `${to.text} (${to.status})` }],
    figures: figuresOf(m, auth),
    evidence: evidenceOf(e, auth),
  });
}
