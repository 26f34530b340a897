import { describe, expect, it } from 'vitest';
import { RecentKeys } from '../../../../src/chat/recent-keys.js';
import { ChannelPacer } from '../../../../src/platforms/slack/pacer.js';

describe('RecentKeys', () => {
  it('says yes once per key within the window, and forgets after it', () => {
    let now = 0;
    const keys = new RecentKeys(1000, 10, () => now);
    expect(keys.firstTime('a')).toBe(true);
    expect(keys.firstTime('a')).toBe(false);
    now = 1500;
    expect(keys.firstTime('a')).toBe(true);
  });

  it('forgets expired keys as time passes, including one seen again after it expired', () => {
    let now = 0;
    const keys = new RecentKeys(1000, 100, () => now);
    keys.firstTime('a');
    now = 500;
    keys.firstTime('b');
    now = 1200;
    expect(keys.firstTime('a')).toBe(true);
    now = 1400;
    expect(keys.firstTime('b')).toBe(false);
    now = 1600;
    expect(keys.firstTime('b')).toBe(true);
    expect(keys.firstTime('a')).toBe(false);
    now = 2300;
    expect(keys.firstTime('a')).toBe(true);
    expect(keys.firstTime('b')).toBe(false);
  });

  it('stays bounded', () => {
    const keys = new RecentKeys(60_000, 3, () => 0);
    for (const k of ['a', 'b', 'c', 'd']) keys.firstTime(k);
    expect(keys.firstTime('a')).toBe(true);
    expect(keys.firstTime('d')).toBe(false);
  });
});

describe('ChannelPacer', () => {
  it('runs calls for one channel in order, one at a time, and keeps going after a failure', async () => {
    const pacer = new ChannelPacer(1);
    const order: string[] = [];
    let running = 0;
    const job = (name: string, fail = false) =>
      pacer.run('C1', async () => {
        running++;
        expect(running).toBe(1);
        await new Promise((r) => setTimeout(r, 5));
        order.push(name);
        running--;
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([job('a'), job('b', true), job('c')]);
    expect(order).toEqual(['a', 'b', 'c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
