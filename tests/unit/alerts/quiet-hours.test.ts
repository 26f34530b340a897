import { describe, expect, it } from 'vitest';
import { inQuietHours, quietUntil } from '../../../src/alerts/quiet-hours.js';

describe('quiet hours', () => {
  const night = { start: '22:00', end: '07:00' };

  it('wraps past midnight', () => {
    expect(inQuietHours(new Date('2026-02-01T23:00:00Z'), night, 'UTC')).toBe(true);
    expect(inQuietHours(new Date('2026-02-01T03:00:00Z'), night, 'UTC')).toBe(true);
    expect(inQuietHours(new Date('2026-02-01T07:00:00Z'), night, 'UTC')).toBe(false);
    expect(inQuietHours(new Date('2026-02-01T12:00:00Z'), night, 'UTC')).toBe(false);
    expect(inQuietHours(new Date('2026-02-01T13:00:00Z'), { start: '12:00', end: '14:00' }, 'UTC')).toBe(true);
  });

  it('ends at the local end time in the timezone', () => {
    expect(quietUntil(new Date('2026-02-01T23:10:20Z'), night, 'UTC')!.toISOString()).toBe('2026-02-02T07:00:00.000Z');
    // 15:00 UTC is 23:00 in Shanghai (UTC+8): quiet until 07:00 local = 23:00 UTC.
    expect(quietUntil(new Date('2026-02-01T15:00:00Z'), night, 'Asia/Shanghai')!.toISOString()).toBe('2026-02-01T23:00:00.000Z');
    expect(quietUntil(new Date('2026-02-01T12:00:00Z'), night, 'UTC')).toBeUndefined();
  });

  it('lands on the local end time across a DST change', () => {
    // New York springs forward on 2026-03-08 at 02:00: 22:00 EST (03:00Z) → 07:00 EDT (11:00Z).
    expect(quietUntil(new Date('2026-03-08T03:00:00Z'), night, 'America/New_York')!.toISOString()).toBe('2026-03-08T11:00:00.000Z');
  });
});
