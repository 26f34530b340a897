/**
 * Approaching dates: an authorization's validity ending (validTo), or a Federal Register
 * rule's effective date (held in validFrom) still ahead. Each date fires once: the event
 * id names the authorization, field and date, so a changed date fires again and the
 * outbox drops a repeat of the same one even after a restart.
 */
import { dateWords } from '../chat/field-text.js';
import type { AlertEvent, AlertPublisher } from './alert-event.js';
import { updateAuthorization } from '../core/changes/authorization.js';
import type { Ledger } from '../core/ledger.js';
import { isTerminal } from '../core/lifecycle.js';
import type { ChangeMeta } from '../core/planning.js';
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
      const what =
        field === 'validTo' ? `valid until ${dateWords(date)}` : `takes effect ${dateWords(date)}${auth.externalRef ? ` (${auth.externalRef})` : ''}`;
      out.push({
        id,
        kind: 'date.approaching',
        occurredAt: now.toISOString(),
        authorizationId: auth.id,
        itemId: auth.itemId,
        holderIds: [...auth.holderIds],
        authorityId: auth.authorityId,
        ...(auth.quota ? { quantity: auth.quota } : {}),
        headline: `${auth.name}: ${what}, ${when}`,
        changes: [{ label: field === 'validTo' ? 'Valid until' : 'Effective', after: dateWords(date) }],
        figures: figures(state, auth),
        // Only an official document dates a record by itself; the latest news item on the
        // record says nothing about a date an admin entered, so it is not cited as the source.
        evidence: auth.evidence.filter((e) => e.tier === 'official').slice(-1),
        seqs: [],
      });
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** Statuses that end in "expired" when their validity runs out. */
const EXPIRABLE = new Set(['approved', 'approved_with_conditions', 'partially_approved', 'suspended']);

/** Authorizations whose `validTo` has passed while they are still live: they are expired now. */
export function findExpired(state: LedgerState, now: Date): Authorization[] {
  return Object.values(state.authorization).filter((a) => {
    if (!a.validTo || !EXPIRABLE.has(a.status)) return false;
    const end = parseDate(a.validTo);
    return !Number.isNaN(end) && end < now.getTime();
  });
}

/** The date check, not a person, makes an expiry: credited to it, effective when validity ended. */
function expiryMeta(auth: Authorization): ChangeMeta {
  const end = parseDate(auth.validTo!);
  return {
    actor: { kind: 'system', id: 'date-watch', name: 'date check' },
    tier: 'admin',
    effectiveAt: new Date(end).toISOString(),
    note: `valid until ${auth.validTo} has passed`,
  };
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
  /** When given, authorizations whose validity has ended are marked expired in it (with their alert and history). */
  ledger?: Ledger;
}

/**
 * The date check: expires authorizations whose validity has ended, then publishes each
 * approaching date once. It runs on its schedule, at startup and after each edit (so a date
 * entered after the day's run is still warned about); runs never overlap, so nothing is
 * expired or warned about twice.
 */
export function createDateWatchJob(deps: DateWatchDeps): () => Promise<void> {
  const fired = deps.alreadyAlerted ?? new Set<string>();
  let running: Promise<void> = Promise.resolve();
  const once = async () => {
    const now = deps.clock.now();
    if (deps.ledger) {
      for (const auth of findExpired(deps.state(), now)) {
        const meta = expiryMeta(auth);
        await deps.ledger.commit(updateAuthorization(auth.id, { status: 'expired' }, meta), meta);
        deps.logger.info({ authorizationId: auth.id }, 'authorization expired');
      }
    }
    const events = findApproachingDates(deps.state(), now, deps.withinDays ?? 30, fired);
    if (!events.length) return;
    await deps.alerts.publish(events);
    for (const e of events) fired.add(e.id);
    deps.logger.info({ count: events.length }, 'approaching dates published');
  };
  return () => {
    const run = running.then(once);
    running = run.catch(() => undefined);
    return run;
  };
}
