/**
 * Source health as pure functions: success and failure transitions, exponential backoff with
 * Retry-After, and the "stopped working" / "working again" alert events.
 */
import type { AlertEvent } from '../../alerts/alert-event.js';
import { redactUrlsIn } from '../fetch/redact-url.js';
import type { SourceHealthState } from './source-state-store.js';

/** Thresholds from `sourceDefaults`. */
export interface HealthPolicy {
  failuresBeforeUnhealthy: number;
  failuresBeforePause: number;
  maxBackoffMs: number;
}

/** What a recovery notice says the source is now (render-alert gives it the success icon). */
export const WORKING_AGAIN = 'working again';

/** The health label users see. */
export type HealthLabel = 'new' | 'healthy' | 'failing' | 'unhealthy' | 'paused';

/** What users see for a health state. */
export function healthLabel(h: SourceHealthState, policy: HealthPolicy): HealthLabel {
  if (h.paused) return 'paused';
  if (h.consecutiveFailures >= policy.failuresBeforeUnhealthy) return 'unhealthy';
  if (h.consecutiveFailures > 0) return 'failing';
  return h.lastSuccessAt ? 'healthy' : 'new';
}

/**
 * Delay before the next attempt after `failures` failures in a row: the schedule interval
 * (or one minute), doubling each time, capped at `maxBackoffMs` (but never below the interval,
 * since a tick cannot come sooner anyway).
 */
export function backoffMs(failures: number, baseMs: number, maxBackoffMs: number): number {
  const base = Math.max(baseMs, 60_000);
  const cap = Math.max(maxBackoffMs, base);
  return Math.min(base * 2 ** Math.min(Math.max(failures - 1, 0), 30), cap);
}

/** "1 failure", "3 failures". */
function failures(n: number): string {
  return `${n} ${n === 1 ? 'failure' : 'failures'}`;
}

/** The outcome of recording a success. */
export interface SuccessTransition {
  health: SourceHealthState;
  /** The source had been reported as stopped; tell the channels it works again. */
  recovered: boolean;
  /** The failure streak that ended (for the recovery alert id). */
  failingSince?: string;
  failures: number;
  /** The source was paused during the streak (and resumed since). */
  wasPaused: boolean;
}

/** Records a successful poll at `now`. Does not unpause a paused source. */
export function recordSuccess(h: SourceHealthState, now: Date): SuccessTransition {
  // The streak's real failures: a resume restarts consecutiveFailures but not the streak.
  const out: SuccessTransition = {
    health: { ...h },
    recovered: h.unhealthyNotified,
    failures: Math.max(h.streakFailures ?? 0, h.consecutiveFailures),
    wasPaused: h.streakPaused === true,
  };
  if (h.failingSince !== undefined) out.failingSince = h.failingSince;
  const next = out.health;
  next.consecutiveFailures = 0;
  next.lastSuccessAt = now.toISOString();
  next.unhealthyNotified = false;
  delete next.nextAttemptAt;
  delete next.failingSince;
  delete next.streakFailures;
  delete next.streakPaused;
  return out;
}

/** The outcome of recording a failure. */
export interface FailureTransition {
  health: SourceHealthState;
  /** This failure crossed the unhealthy threshold and no alert went out for the streak yet. */
  becameUnhealthy: boolean;
  /** This failure paused the source. */
  becamePaused: boolean;
}

/**
 * Records a failed poll that started at `startedAt` (backoff counts from the tick, so the next
 * tick one interval later is not skipped because the poll itself took a few seconds).
 */
export function recordFailure(
  h: SourceHealthState,
  input: { startedAt: Date; now: Date; message: string; retryAfterMs?: number; intervalMs: number; policy: HealthPolicy },
): FailureTransition {
  const next: SourceHealthState = { ...h };
  next.consecutiveFailures = h.consecutiveFailures + 1;
  next.streakFailures = Math.max(h.streakFailures ?? 0, h.consecutiveFailures) + 1;
  next.lastError = input.message;
  next.lastErrorAt = input.now.toISOString();
  next.failingSince ??= input.startedAt.toISOString();
  const wait = Math.max(backoffMs(next.consecutiveFailures, input.intervalMs, input.policy.maxBackoffMs), input.retryAfterMs ?? 0);
  next.nextAttemptAt = new Date(input.startedAt.getTime() + wait).toISOString();
  const becameUnhealthy = next.consecutiveFailures >= input.policy.failuresBeforeUnhealthy && !h.unhealthyNotified;
  let becamePaused = false;
  if (!h.paused && next.consecutiveFailures >= input.policy.failuresBeforePause) {
    next.paused = true;
    next.pausedReason = `paused automatically after ${failures(next.consecutiveFailures)} in a row; last error: ${input.message}`;
    next.streakPaused = true;
    becamePaused = true;
  }
  return { health: next, becameUnhealthy, becamePaused };
}

/** True when a scheduled tick at `now` should be skipped because the source is backing off. */
export function isBackingOff(h: SourceHealthState, now: Date, toleranceMs = 1000): boolean {
  return h.nextAttemptAt !== undefined && now.getTime() + toleranceMs < Date.parse(h.nextAttemptAt);
}

function healthEvent(sourceId: string, id: string, at: Date, headline: string, changes: AlertEvent['changes'], figures: AlertEvent['figures']): AlertEvent {
  // The last error may quote the source URL (state written before redaction existed, too).
  return {
    id,
    kind: 'source.health',
    occurredAt: at.toISOString(),
    holderIds: [],
    headline: redactUrlsIn(headline),
    changes,
    figures,
    evidence: [],
    seqs: [],
    sourceId,
  };
}

/** "Source X stopped working: ..." */
export function unhealthyEvent(source: { id: string; name: string }, h: SourceHealthState, now: Date, policy: HealthPolicy): AlertEvent {
  return healthEvent(
    source.id,
    `source.health:${source.id}:down:${h.failingSince ?? now.toISOString()}`,
    now,
    `Source ${source.name} stopped working: ${h.lastError ?? 'unknown error'}`,
    [{ label: 'Health', before: 'healthy', after: 'unhealthy' }],
    [
      { label: 'Failures in a row', value: String(h.consecutiveFailures) },
      { label: 'Failing since', value: h.failingSince ?? now.toISOString() },
      { label: 'Paused after', value: failures(policy.failuresBeforePause) },
    ],
  );
}

/** "Source X was paused after N failures". */
export function pausedEvent(source: { id: string; name: string }, h: SourceHealthState, now: Date): AlertEvent {
  return healthEvent(
    source.id,
    `source.health:${source.id}:paused:${h.failingSince ?? now.toISOString()}`,
    now,
    `Source ${source.name} was paused after ${failures(h.consecutiveFailures)} in a row: ${h.lastError ?? 'unknown error'}. An admin can resume it with /greenlight source resume ${source.id}`,
    [{ label: 'Health', before: 'unhealthy', after: 'paused' }],
    [{ label: 'Failures in a row', value: String(h.consecutiveFailures) }],
  );
}

/** "Source X is working again after 2 failed polls and a pause": what happened, not a label it never had. */
export function recoveredEvent(source: { id: string; name: string }, t: SuccessTransition, now: Date): AlertEvent {
  const polls = `${t.failures} failed ${t.failures === 1 ? 'poll' : 'polls'}`;
  return healthEvent(
    source.id,
    `source.health:${source.id}:up:${t.failingSince ?? now.toISOString()}`,
    now,
    `Source ${source.name} is working again after ${polls}${t.wasPaused ? ' and a pause' : ''}`,
    [{ label: 'Health', before: t.wasPaused ? 'paused' : 'unhealthy', after: WORKING_AGAIN }],
    [{ label: 'Failed polls', value: String(t.failures) }, ...(t.failingSince ? [{ label: 'Failing since', value: t.failingSince }] : [])],
  );
}
