/** The alerts for changes to an authorization: tracked, status, quota, edits, removal. */
import type { DisplayNames } from '../chat/field-text.js';
import type { EventOfType } from '../core/events.js';
import { statusLabel } from '../core/lifecycle.js';
import type { Authorization } from '../core/model.js';
import { overAllocationWarning } from '../core/quota-warnings.js';
import type { AlertEvent } from './alert-event.js';
import { figuresOf, type EventMoment } from './event-moment.js';
import { fieldLines, quantityOrNone } from './field-lines.js';
import { contextOf, evidenceOf, ledgerAlert } from './ledger-alert.js';

/** The ledger events that change an authorization itself. */
export type AuthorizationEvent = EventOfType<
  | 'authorization.created'
  | 'authorization.status_changed'
  | 'authorization.quota_changed'
  | 'authorization.updated'
  | 'authorization.removed'
  | 'authorization.reopened'
  | 'authorization.restored'
>;

/** The warning the command's reply gave when an edit left the allocations above the quota. */
function allocationWarnings(from: Authorization | undefined, to: Authorization): Pick<AlertEvent, 'warnings'> {
  const touched = !from || JSON.stringify(from.allocations) !== JSON.stringify(to.allocations) || JSON.stringify(from.quota) !== JSON.stringify(to.quota);
  const warning = touched ? overAllocationWarning(to.allocations, to.quota) : undefined;
  return warning ? { warnings: [warning] } : {};
}

function authorizationCreated(e: EventOfType<'authorization.created'>, m: EventMoment): AlertEvent {
  const auth = e.after;
  return ledgerAlert(e, 'authorization.new', contextOf(auth), {
    headline: `${auth.name}: now tracked, ${statusLabel(auth.status)}${auth.quota ? `, quota ${quantityOrNone(auth.quota)}` : ''}`,
    changes: [{ label: 'Status', after: statusLabel(auth.status) }, ...(auth.quota ? [{ label: 'Quota', after: quantityOrNone(auth.quota) }] : [])],
    ...allocationWarnings(undefined, auth),
    figures: figuresOf(m, auth),
    evidence: evidenceOf(e, auth),
    ...(auth.quota ? { quantity: auth.quota } : {}),
  });
}

/** Status and quota always read "none" when absent; the other fields a change touched follow. */
function statusOrQuotaLines(from: Authorization, to: Authorization, names: DisplayNames): AlertEvent['changes'] {
  return fieldLines(from, to, names).map((c) =>
    c.label === 'Status' || c.label === 'Quota' ? { ...c, before: c.before ?? 'none', after: c.after ?? 'none' } : c,
  );
}

function authorizationStatus(e: EventOfType<'authorization.status_changed'>, m: EventMoment): AlertEvent {
  const to = e.after;
  return ledgerAlert(e, 'authorization.status', contextOf(to), {
    headline: `${to.name}: ${statusLabel(e.from)} → ${statusLabel(e.to)}`,
    changes: statusOrQuotaLines(e.before, to, m.after),
    figures: figuresOf(m, to),
    evidence: evidenceOf(e, to),
    ...(to.quota ? { quantity: to.quota } : {}),
  });
}

function authorizationReopened(e: EventOfType<'authorization.reopened'>, m: EventMoment): AlertEvent {
  const to = e.after;
  return ledgerAlert(e, 'authorization.status', contextOf(to), {
    headline: `${to.name}: reopened, ${statusLabel(e.from)} → ${statusLabel(e.to)}`,
    changes: statusOrQuotaLines(e.before, to, m.after),
    figures: figuresOf(m, to),
    evidence: evidenceOf(e, to),
    ...(to.quota ? { quantity: to.quota } : {}),
  });
}

function authorizationRestored(e: EventOfType<'authorization.restored'>, m: EventMoment): AlertEvent {
  const auth = e.after;
  return ledgerAlert(e, 'authorization.new', contextOf(auth), {
    headline: `${auth.name}: tracked again, ${statusLabel(auth.status)}`,
    changes: [{ label: 'Status', before: 'not tracked', after: statusLabel(auth.status) }],
    figures: figuresOf(m, auth),
    evidence: evidenceOf(e, auth),
    ...(auth.quota ? { quantity: auth.quota } : {}),
  });
}

function authorizationQuotaChanged(e: EventOfType<'authorization.quota_changed'>, m: EventMoment): AlertEvent {
  const to = e.after;
  return ledgerAlert(e, 'authorization.quota', contextOf(to), {
    headline: `${to.name}: quota ${quantityOrNone(e.from)} → ${quantityOrNone(e.to)}`,
    changes: statusOrQuotaLines(e.before, to, m.after),
    ...allocationWarnings(e.before, to),
    figures: figuresOf(m, to),
    evidence: evidenceOf(e, to),
    ...(to.quota ? { quantity: to.quota } : {}),
  });
}

function authorizationUpdated(e: EventOfType<'authorization.updated'>, m: EventMoment): AlertEvent | undefined {
  const { before: from, after: to } = e;
  const changes = fieldLines(from, to, m.after);
  // The same story from another outlet only adds evidence: one story, one alert.
  if (!changes.length) return undefined;
  // A weaker source's claim is alerted as the claim; the "disputed" flag it sets is part of that story.
  if (m.batch.some((x) => x.type === 'claim.reported' && x.authorizationId === to.id)) return undefined;
  return ledgerAlert(e, 'authorization.status', contextOf(to), {
    headline: `${to.name}: ${to.disputed && !from.disputed ? 'now disputed' : `updated (${changes.map((c) => c.label).join(', ')})`}`,
    changes,
    ...allocationWarnings(from, to),
    figures: figuresOf(m, to),
    evidence: evidenceOf(e, to),
    ...(to.quota ? { quantity: to.quota } : {}),
  });
}

function authorizationRemoved(e: EventOfType<'authorization.removed'>): AlertEvent {
  const from = e.before;
  return ledgerAlert(e, 'authorization.removed', contextOf(from), {
    headline: `${from.name}: removed from tracking`,
    changes: [{ label: 'Status', before: statusLabel(from.status), after: 'not tracked' }],
    figures: [],
    evidence: e.evidence ? [e.evidence] : [],
  });
}

/** The alert for a change to an authorization; undefined when it is not alert-worthy. */
export function authorizationAlert(e: AuthorizationEvent, m: EventMoment): AlertEvent | undefined {
  switch (e.type) {
    case 'authorization.created':
      return authorizationCreated(e, m);
    case 'authorization.status_changed':
      return authorizationStatus(e, m);
    case 'authorization.quota_changed':
      return authorizationQuotaChanged(e, m);
    case 'authorization.updated':
      return authorizationUpdated(e, m);
    case 'authorization.removed':
      return authorizationRemoved(e);
    case 'authorization.reopened':
      return authorizationReopened(e, m);
    case 'authorization.restored':
      return authorizationRestored(e, m);
  }
}
