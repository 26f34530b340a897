/** Delivery through the outbox: retries, per-channel order, isolation of failing channels, permanent failures. */
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDeliveryTarget } from '../../fakes/fake-delivery-target.js';
import { systemClock } from '../../../src/core/ports.js';
import type { AlertEvent } from '../../../src/alerts/alert-event.js';
import { channel, eventually, harness, seededLedger, tempDir } from './harness.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function news(n: number): AlertEvent {
  return {
    id: `news:test:${n}`,
    kind: 'news',
    occurredAt: new Date(Date.UTC(2026, 1, 1, 9, n)).toISOString(),
    holderIds: [],
    itemId: 'h200',
    headline: `News ${n}`,
    changes: [],
    figures: [],
    evidence: [],
    seqs: [],
    sourceId: 'test',
  };
}

async function setup(targets: FakeDeliveryTarget[], extra: Record<string, unknown> = {}) {
  const { dir, cleanup } = await tempDir();
  const ledger = await seededLedger(systemClock);
  const h = await harness({ dir, targets, clock: systemClock, ledger, ...extra });
  cleanups.push(cleanup, () => h.service.close());
  return { ...h, dir };
}

describe('delivery', () => {
  it('retries transient failures with backoff, honours retry-after, and delivers each alert once, in order', async () => {
    const target = new FakeDeliveryTarget('test').failTransiently(3, 'flaky').failTransiently(1, 'limited', 'rate_limited', 20);
    const { run, service } = await setup([target]);
    await run('/greenlight subscribe kinds:news', channel('flaky'));
    await run('/greenlight subscribe kinds:news', channel('limited'));
    await service.publish([news(1), news(2), news(3)]);
    await service.idle();
    expect(target.forChannel('flaky').map((a) => a.content.title)).toEqual(['News 1', 'News 2', 'News 3']);
    expect(target.forChannel('limited').map((a) => a.content.title)).toEqual(['News 1', 'News 2', 'News 3']);
    expect(target.attempts.get('news:test:1|sub-1')).toBe(4);
    expect(target.duplicates()).toEqual([]);
    expect(service.outbox.pendingCount).toBe(0);
  });

  it('a platform-wide rate limit: every channel gets its alerts once, none lost', async () => {
    const target = new FakeDeliveryTarget('test').rateLimit(200, 1);
    const { run, service } = await setup([target]);
    for (let i = 0; i < 20; i++) await run('/greenlight subscribe kinds:news', channel(`c${i}`));
    await service.publish([news(1), news(2)]);
    await service.idle();
    expect(target.delivered).toHaveLength(40);
    expect(target.duplicates()).toEqual([]);
    for (let i = 0; i < 20; i++) expect(target.forChannel(`c${i}`).map((a) => a.content.title)).toEqual(['News 1', 'News 2']);
  });

  it('a failing channel does not hold up the others', async () => {
    const target = new FakeDeliveryTarget('test').failChannelForever('down');
    const { run, service } = await setup([target]);
    await run('/greenlight subscribe kinds:news', channel('down'));
    for (let i = 0; i < 5; i++) await run('/greenlight subscribe kinds:news', channel(`up-${i}`));
    await service.publish([news(1), news(2)]);
    await eventually(() => service.outbox.pendingCount === 2, 'the healthy channels to be marked sent');
    expect(target.delivered).toHaveLength(10);
    expect(target.forChannel('down')).toEqual([]);
    // The down channel keeps its alerts, in order, for when it comes back.
    const waiting = [...service.outbox.pending()].map((e) => e.alert.id);
    expect(waiting).toEqual(['news:test:1|sub-1', 'news:test:2|sub-1']);
    expect(service.outbox.entry('news:test:1|sub-1')!.attempts).toBeGreaterThan(0);
  });

  it('a permanent error disables the subscription, drops what waits for it, and tells the admins in the shell', async () => {
    const target = new FakeDeliveryTarget('test').failPermanently('gone', 'channel_gone', 'Unknown Channel');
    const shell = new FakeDeliveryTarget('shell');
    const { run, service } = await setup([target, shell]);
    await run('/greenlight subscribe kinds:news', channel('gone'));
    await run('/greenlight subscribe kinds:news', channel('fine'));
    await service.publish([news(1), news(2), news(3)]);
    await service.idle();
    expect(target.forChannel('fine')).toHaveLength(3);
    expect(target.attempts.get('news:test:1|sub-1')).toBe(1);
    expect(target.attempts.has('news:test:2|sub-1')).toBe(false);
    expect(service.outbox.pendingCount).toBe(0);
    const { text } = await run('/greenlight subscriptions all:true', channel('ops'));
    expect(text).toContain('sub-1 · test:#gone · OFF');
    expect(text).toContain('Turned off: channel_gone: Unknown Channel');
    expect(shell.delivered.map((d) => d.alert.content.title)).toEqual(['Subscription sub-1 was turned off']);
    // Later events do not go to the disabled subscription.
    await service.publish([news(4)]);
    await service.idle();
    expect(target.attempts.has('news:test:4|sub-1')).toBe(false);
    expect(target.forChannel('fine')).toHaveLength(4);
  });

  it("living cards: later alerts about an authorization carry the first card's message ref", async () => {
    const target = new FakeDeliveryTarget('test');
    const { run, service } = await setup([target]);
    await run('/greenlight subscribe living_card:true broadcast:true', channel('cards'));
    await run('/greenlight track edit cn-h200-import-pending status:approved', channel('ops'));
    await run('/greenlight track edit cn-h200-import-pending quota:60000', channel('ops'));
    await service.idle();
    const [first, second] = target.forChannel('cards');
    expect(first!.livingCard).toEqual({ broadcast: true });
    expect(second!.livingCard).toEqual({ broadcast: true, existingMessageRef: 'card-1' });
  });

  it('unsubscribing drops alerts still waiting for that subscription', async () => {
    const target = new FakeDeliveryTarget('test').failChannelForever('down');
    const { run, service } = await setup([target]);
    await run('/greenlight subscribe kinds:news', channel('down'));
    await service.publish([news(1)]);
    await eventually(() => (target.attempts.get('news:test:1|sub-1') ?? 0) > 0, 'a first attempt');
    await run('/greenlight unsubscribe', channel('down'));
    await service.idle();
    expect(service.outbox.pendingCount).toBe(0);
  });
});
