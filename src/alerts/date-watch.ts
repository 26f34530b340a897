/**
 * Approaching dates: an authorization's validity ending (validTo), or a Federal Register
 * rule's effective date (held in validFrom) still ahead. Each date fires once: the event
 * id names the authorization, field and date, so a changed date fires again and the
 * outbox drops a repeat of the same one even after a restart.
 */
import type { AlertEvent, AlertPublisher } from './alert-event.js';
import { isTerminal } from '../core/lifecycle.js';
import type { Authorization, LedgerState } from '../core/model.js';
import type { Clock, Logger } from '../core/ports.js';
import { authorizationQuota } from '../core/quota.js';
import { formatQuantity } from '../core/quantity.js';

const DAY = 24 * 3600_000;

/** A date as the end of that day in UTC when it has no time ("2026-03-01" lasts all day). */
function parseDate(text: string): number {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const t = Date.parse(dateOnly ? `${text}T23:59:59.999Z` : text);
  return t;
}

function figures(state: LedgerState, auth: Authorization): AlertEvent['figures'] {
  const line = authorizationQuota(state, auth);
  const out: AlertEvent['figures'] = [];
  if (line.approved) out.push({ label: 'Approved', value: formatQuantity(line.approved) });
  out.push({ label: 'Ordered', value: formatQuantity(line.ordered) });
  if (line.remaining) out.push({ label: 'Remaining', value: line.remaining.text });
  return out;
}

/**
 * Alert events for dates within `withinDays` of `now`, skipping ids in `alreadyAlerted`.
 * Ended authorizations (revoked, expired...) and denied ones have no date worth a warning.
 */
export function findApproachingDates(state: LedgerState, now: Date, withinDays = 30, alreadyAlerted: Set<string> = new Set()): AlertEvent[] {
  const from = now.getTime();
  const until = from + withinDays * DAY;
  const out: AlertEvent[] = [];
  for (const auth of Object.values(state.authorization)) {
    if (isTerminal(auth.status) || auth.status === 'denied' || auth.status === 'withdrawn') continue;
    for (const field of ['validTo', 'validFrom'] as const) {
      const date = auth[field];
      if (!date) continue;
      const at = parseDate(date);
      if (Number.isNaN(at) || at < from || at > until) continue;
      const id = `date:${auth.id}:${field}:${date}`;
      if (alreadyAlerted.has(id)) continue;
      const days = Math.max(0, Math.floor((at - from) / DAY));
      const when = days === 0 ? 'today' : days === 1 ? 'in 1 day' : `in ${days} days`;
      const what = field === 'validTo' ? `valid until ${date}` : `takes effect ${date}${auth.externalRef ? ` (${auth.externalRef})` : ''}`;
      out.push({
        id, kind: 'date.approaching', occurredAt: now.toISOString(),
        authorizationId: auth.id, itemId: auth.itemId, holderIds: [...auth.holderIds], authorityId: auth.authorityId,
        ...(auth.quota ? { quantity: auth.quota } : {}),
        headline: `${auth.name}: ${what}, ${when}`,
        changes: [{ label: field === 'validTo' ? 'Valid until' : 'Effective', after: date }],
        figures: figures(state, auth),
        evidence: auth.evidence.slice(-3),
        seqs: [],
      });
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** What the date-watch job needs. */
export interface DateWatchDeps {
  state: () => LedgerState;
  alerts: AlertPublisher;
  clock: Clock;
  logger: Logger;
  withinDays?: number;
  /** Ids fired by this process; the outbox dedupes across restarts. */
  alreadyAlerted?: Set<string>;
}

/** The job the lead schedules (e.g. daily): publishes each approaching date once. */
export function createDateWatchJob(deps: DateWatchDeps): () => Promise<void> {
  const fired = deps.alreadyAlerted ?? new Set<string>();
  return async () => {
    const events = findApproachingDates(deps.state(), deps.clock.now(), deps.withinDays ?? 30, fired);
    if (!events.length) return;
    await deps.alerts.publish(events);
    for (const e of events) fired.add(e.id);
    deps.logger.info({ count: events.length }, 'approaching dates published');
  };
}
