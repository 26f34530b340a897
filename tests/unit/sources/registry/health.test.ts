import { describe, expect, it } from 'vitest';
import { backoffMs, healthLabel, isBackingOff, recordFailure, recordSuccess } from '../../../../src/sources/registry/health.js';
import { emptySourceState } from '../../../../src/sources/registry/source-state-store.js';

const policy = { failuresBeforeUnhealthy: 3, failuresBeforePause: 5, maxBackoffMs: 60 * 60_000 };
const T0 = new Date('2026-02-01T09:00:00Z');
const MIN = 60_000;

describe('backoff', () => {
  it('starts at the schedule interval (at least a minute), doubles, and is capped', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffMs(n, 5 * MIN, 60 * MIN) / MIN)).toEqual([5, 10, 20, 40, 60, 60]);
    expect(backoffMs(1, 10_000, 60 * MIN)).toBe(MIN);
    // A daily schedule cannot retry sooner than its next tick anyway.
    expect(backoffMs(3, 24 * 60 * MIN, 60 * MIN)).toBe(24 * 60 * MIN);
  });

  it('Retry-After wins when longer, and backoff counts from the tick', () => {
    const h = emptySourceState().health;
    const t = recordFailure(h, {
      startedAt: T0,
      now: new Date(T0.getTime() + 14_000),
      message: 'HTTP 503',
      retryAfterMs: 2 * 60 * MIN,
      intervalMs: 5 * MIN,
      policy,
    });
    expect(t.health.nextAttemptAt).toBe('2026-02-01T11:00:00.000Z');
    const u = recordFailure(h, { startedAt: T0, now: new Date(T0.getTime() + 14_000), message: 'timeout', intervalMs: 5 * MIN, policy });
    expect(u.health.nextAttemptAt).toBe('2026-02-01T09:05:00.000Z');
    expect(isBackingOff(u.health, new Date('2026-02-01T09:04:00Z'))).toBe(true);
    expect(isBackingOff(u.health, new Date('2026-02-01T09:05:00.300Z'))).toBe(false);
  });
});

describe('health transitions', () => {
  it('goes failing → unhealthy (alert once) → paused, and recovers', () => {
    let h = emptySourceState().health;
    const flags: string[] = [];
    for (let i = 1; i <= 6; i++) {
      const t = recordFailure(h, { startedAt: T0, now: T0, message: 'HTTP 500', intervalMs: 5 * MIN, policy });
      h = t.health;
      if (t.becameUnhealthy) {
        h.unhealthyNotified = true;
        flags.push(`unhealthy@${i}`);
      }
      if (t.becamePaused) flags.push(`paused@${i}`);
    }
    expect(flags).toEqual(['unhealthy@3', 'paused@5']);
    expect(healthLabel(h, policy)).toBe('paused');
    expect(h.pausedReason).toBe('paused automatically after 5 failures in a row; last error: HTTP 500');
    const s = recordSuccess({ ...h, paused: false }, T0);
    expect(s.recovered).toBe(true);
    expect(s.health).toMatchObject({ consecutiveFailures: 0, unhealthyNotified: false, lastSuccessAt: T0.toISOString() });
    expect(s.health.nextAttemptAt).toBeUndefined();
    expect(healthLabel(s.health, policy)).toBe('healthy');
    expect(recordSuccess(s.health, T0).recovered).toBe(false);
  });

  it('labels new, failing and unhealthy', () => {
    const h = emptySourceState().health;
    expect(healthLabel(h, policy)).toBe('new');
    expect(healthLabel({ ...h, consecutiveFailures: 1 }, policy)).toBe('failing');
    expect(healthLabel({ ...h, consecutiveFailures: 3 }, policy)).toBe('unhealthy');
  });
});
