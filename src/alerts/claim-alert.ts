/** The alerts for reported, unconfirmed claims about an authorization. */
import { claimedText } from '../chat/summarize-event.js';
import { claimedValue } from '../core/claim-value.js';
import type { EventOfType } from '../core/events.js';
import { statusLabel } from '../core/lifecycle.js';
import { conflicts } from '../core/status-conflict.js';
import type { AlertEvent } from './alert-event.js';
import { authorizationAt, figuresOf, type EventMoment } from './event-moment.js';
import { quantityOrNone } from './field-lines.js';
import { contextOf, ledgerAlert } from './ledger-alert.js';

/** The alert for a new claim a source or person reported; undefined when another alert already tells it. */
export function claimAlert(e: EventOfType<'claim.reported'>, m: EventMoment): AlertEvent | undefined {
  // One more source for a known claim, or a settled review, is not a new claim; a proposed
  // new record is alerted by the pipeline that proposed it, as unconfirmed.
  if (e.before !== null || e.after.field === 'new_authorization') return undefined;
  const claim = e.after;
  const auth = authorizationAt(m, claim.authorizationId);
  const claimed = claimedValue(claim);
  // A source's report opposing the recorded status is raised by the pipeline as one
  // contradiction alert naming both sides; this claim is that story, not a second alert.
  if (e.actor.kind === 'source' && auth && 'status' in claimed && conflicts(claimed.status, auth.status)) return undefined;
  // One report that claims a status and a quota is one alert: the status claim's carries both.
  const quotaSibling = m.batch.find(
    (x): x is EventOfType<'claim.reported'> =>
      x !== e && x.type === 'claim.reported' && x.before === null && x.authorizationId === claim.authorizationId && x.after.field === 'quota',
  );
  const statusSibling = m.batch.some(
    (x) => x !== e && x.type === 'claim.reported' && x.before === null && x.authorizationId === claim.authorizationId && x.after.field === 'status',
  );
  if (claim.field === 'quota' && statusSibling) return undefined;
  const value = claimedText(claimed);
  const current = auth ? (claim.field === 'quota' ? quantityOrNone(auth.quota) : statusLabel(auth.status)) : undefined;
  const quotaLine =
    claim.field === 'status' && quotaSibling
      ? [{ label: 'Reported quota', before: `${quantityOrNone(auth?.quota)} (recorded)`, after: `${claimedText(claimedValue(quotaSibling.after))} (reported)` }]
      : [];
  return ledgerAlert(e, 'claim.reported', contextOf(auth), {
    headline: `${auth?.name ?? claim.authorizationId}: reported ${claim.field} ${value} (not confirmed${claim.evidence.publisher ? `, per ${claim.evidence.publisher}` : ''})`,
    changes: [{ label: `Reported ${claim.field}`, ...(current ? { before: `${current} (recorded)` } : {}), after: `${value} (reported)` }, ...quotaLine],
    figures: figuresOf(m, auth),
    evidence: [claim.evidence],
    ...('quota' in claimed ? { quantity: claimed.quota } : {}),
  });
}
