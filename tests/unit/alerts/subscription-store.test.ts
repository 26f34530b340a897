import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { SubscriptionRequest } from '../../../src/chat/subscription-service.js';
import { SubscriptionStore } from '../../../src/alerts/subscription-store.js';
import { DomainError } from '../../../src/core/errors.js';
import { systemClock } from '../../../src/core/ports.js';
import { isStoreError } from '../../../src/store/store-error.js';
import { tempDir } from '../../integration/alerts/harness.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const channel = { platform: 'slack', id: 'C1', name: '#h200' };
function request(over: Partial<SubscriptionRequest> = {}): SubscriptionRequest {
  return {
    channel,
    kinds: [],
    excludeKinds: [],
    items: [],
    holders: [],
    authorities: [],
    excludeItems: [],
    excludeHolders: [],
    excludeAuthorities: [],
    mentions: { roles: [], users: [], groups: [] },
    mode: 'instant',
    livingCard: false,
    broadcast: false,
    ...over,
  };
}

async function store() {
  const { dir, cleanup } = await tempDir();
  cleanups.push(cleanup);
  const s = new SubscriptionStore(dir, systemClock, { digestCron: '0 8 * * *' });
  await s.open();
  return { s, dir };
}

describe('SubscriptionStore', () => {
  it('persists subscriptions with sequential ids, and lists by channel', async () => {
    const { s, dir } = await store();
    const a = await s.subscribe(request({ kinds: ['order.new'], minQuantity: 1000 }));
    await s.subscribe(request({ channel: { platform: 'discord', id: '9' } }));
    expect(a).toMatchObject({ id: 'sub-1', enabled: true, summary: 'kinds order.new · at least 1,000 · instant' });
    const again = new SubscriptionStore(dir, systemClock);
    await again.open();
    expect(again.list(channel).map((v) => v.id)).toEqual(['sub-1']);
    expect(again.list().map((v) => v.id)).toEqual(['sub-1', 'sub-2']);
    expect(await again.unsubscribe(channel)).toBe(1);
    expect((await again.subscribe(request())).id).toBe('sub-3');
  });

  it('refuses unknown kinds, listing the valid ones, and bad digest schedules', async () => {
    const { s } = await store();
    const err = await s.subscribe(request({ kinds: ['order.neww'] })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as Error).message).toMatch(/Unknown alert kind: order\.neww\. Valid kinds: authorization\.new, .*order\.new/);
    await expect(s.subscribe(request({ mode: 'digest', digestCron: '61 8 * * *' }))).rejects.toThrow(/not a valid cron schedule/);
    expect((await s.subscribe(request({ mode: 'digest' }))).summary).toContain('digest 0 8 * * *');
  });

  it('disables with a reason that stays visible', async () => {
    const { s } = await store();
    await s.subscribe(request());
    await s.disable('sub-1', 'channel_gone: Unknown Channel');
    expect(s.list()[0]).toMatchObject({ enabled: false, disabledReason: 'channel_gone: Unknown Channel' });
  });

  it('a corrupt file is refused with its path and a way out, and is not overwritten', async () => {
    const { s, dir } = await store();
    await s.subscribe(request());
    const path = s.path;
    await writeFile(path, '{"version":1,"nextId":2,"subscriptions":[{"id":"sub-1"}]}');
    const broken = new SubscriptionStore(dir, systemClock);
    const err = await broken.open().catch((e: unknown) => e);
    expect(isStoreError(err, 'corrupt')).toBe(true);
    expect((err as Error).message).toContain(path);
    expect((err as Error).message).toContain('subscriptions.0');
    await writeFile(path, '{ not json');
    await expect(new SubscriptionStore(dir, systemClock).open()).rejects.toThrow(path);
    expect(await readFile(path, 'utf8')).toBe('{ not json');
  });
});
