import { describe, expect, it } from 'vitest';
import { ExpiringCache } from '../../../src/chat/expiring-cache.js';

describe('ExpiringCache', () => {
  it('gives back a stored value by its key until the ttl passes', () => {
    let now = 0;
    const cache = new ExpiringCache<string>(1000, 10, () => now);
    const key = cache.put('page one');
    expect(key).toMatch(/^[\w-]+$/);
    now = 1000;
    expect(cache.get(key)).toBe('page one');
    now = 1001;
    expect(cache.get(key)).toBeUndefined();
  });

  it('gives different keys to different values, and unknown keys nothing', () => {
    const cache = new ExpiringCache<number>(1000);
    const a = cache.put(1);
    const b = cache.put(2);
    expect(a).not.toBe(b);
    expect([cache.get(a), cache.get(b), cache.get('nope')]).toEqual([1, 2, undefined]);
  });

  it('keys from another cache (an earlier run) do not match', () => {
    const earlier = new ExpiringCache<string>(1000);
    const key = earlier.put('old');
    expect(new ExpiringCache<string>(1000).get(key)).toBeUndefined();
  });

  it('holds at most max values, dropping the oldest', () => {
    const cache = new ExpiringCache<number>(60_000, 3, () => 0);
    const keys = [1, 2, 3, 4].map((v) => cache.put(v));
    expect(cache.size).toBe(3);
    expect(keys.map((k) => cache.get(k))).toEqual([undefined, 2, 3, 4]);
  });

  it('sweeps expired values when new ones come, so memory follows the live ones', () => {
    let now = 0;
    const cache = new ExpiringCache<number>(100, 1000, () => now);
    for (let i = 0; i < 50; i++) cache.put(i);
    now = 500;
    cache.put(99);
    expect(cache.size).toBe(1);
  });
});
