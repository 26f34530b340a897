import { describe, expect, it } from 'vitest';
import { OutboxState } from '../../../src/alerts/outbox-state.js';
import type { OutboxRecord } from '../../../src/alerts/outbox-records.js';
import { newsAlert as alert } from '../../fakes/news-alert.js';

function fold(records: OutboxRecord[], replaying = false, retain = 50_000): OutboxState {
  const state = new OutboxState(retain);
  for (const r of records) state.apply(r, replaying);
  return state;
}

describe('OutboxState', () => {
  it('keeps an alert waiting until it is sent, then remembers its id and its living card', () => {
    const card = alert('a', { authorizationId: 'auth-1', livingCard: {} });
    const state = fold([
      { op: 'enqueue', alert: card },
      { op: 'enqueue', alert: alert('b') },
      { op: 'sent', id: 'a', at: '2026-02-01T00:00:01Z', messageRef: 'm-1' },
    ]);
    expect([...state.entries.keys()]).toEqual(['b']);
    expect(state.known.has('a')).toBe(true);
    expect(state.cards.get('sub-1|auth-1')).toBe('m-1');
  });

  it('does not wait again for an alert already sent when its enqueue is read again', () => {
    const state = fold([
      { op: 'enqueue', alert: alert('a') },
      { op: 'dropped', id: 'a', reason: 'gone' },
      { op: 'enqueue', alert: alert('a') },
    ]);
    expect(state.entries.size).toBe(0);
  });

  it('marks an attempt found while replaying as in doubt, and one made in this process as not', () => {
    const records: OutboxRecord[] = [
      { op: 'enqueue', alert: alert('a') },
      { op: 'attempt', id: 'a', at: '2026-02-01T00:00:01Z' },
    ];
    expect(fold(records, true).entries.get('a')).toMatchObject({ attemptOpen: true, inDoubt: true });
    expect(fold(records, false).entries.get('a')?.inDoubt).toBeUndefined();
  });

  it('rebuilds the same state from its live records, in fewer records', () => {
    const state = fold([
      { op: 'checkpoint', seq: 7 },
      { op: 'enqueue', alert: alert('a') },
      { op: 'attempt', id: 'a', at: '2026-02-01T00:00:01Z' },
      { op: 'failed', id: 'a', attempts: 1, nextAttemptAt: '2026-02-01T00:01:00Z', error: 'timeout', inDoubt: true },
      { op: 'enqueue', alert: alert('b') },
      { op: 'sent', id: 'b', at: '2026-02-01T00:00:02Z' },
      { op: 'checkpoint', seq: 9 },
    ]);
    const live = state.liveRecords();
    const again = fold(live);
    expect(live.length).toBeLessThan(state.records);
    expect(again.checkpoint).toBe(9);
    expect([...again.known.keys()]).toEqual(['b']);
    expect(again.entries.get('a')).toMatchObject({ attempts: 1, lastError: 'timeout', inDoubt: true, attemptOpen: true });
  });

  it('remembers at most the handled ids it is told to, oldest forgotten first', () => {
    const state = fold(
      ['a', 'b', 'c'].map((id): OutboxRecord => ({ op: 'dropped', id, reason: 'test' })),
      false,
      2,
    );
    expect([...state.known.keys()]).toEqual(['b', 'c']);
  });

  it('is worth compacting only when long enough and mostly dead records', () => {
    const records = Array.from({ length: 10 }, (_, i): OutboxRecord => ({ op: 'checkpoint', seq: i }));
    expect(fold(records).shouldCompact(5)).toBe(true);
    expect(fold(records).shouldCompact(20)).toBe(false);
  });
});
