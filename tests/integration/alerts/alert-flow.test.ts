/** From an admin's ledger change to alerts in exactly the subscribed channels. */
import { afterEach, describe, expect, it } from 'vitest';
import { TestClock } from '../../fakes/story-ledger.js';
import { FakeDeliveryTarget } from '../../fakes/fake-delivery-target.js';
import { renderText } from '../../../src/platforms/shell/render-text.js';
import { channel, harness, tempDir } from './harness.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(extra: Parameters<typeof harness>[0] extends infer O ? Partial<O> : never = {}) {
  const { dir, cleanup } = await tempDir();
  const target = new FakeDeliveryTarget('test');
  const h = await harness({ dir, targets: [target], ...extra });
  cleanups.push(cleanup, () => h.service.close());
  return { ...h, target, dir };
}

describe('alerts from ledger changes', () => {
  it('sends one alert to each matching subscription and none elsewhere', async () => {
    const { run, service, target } = await setup();
    await run('/greenlight subscribe', channel('everything'));
    await run('/greenlight subscribe kinds:authorization.status items:h200', channel('status-h200'));
    await run('/greenlight subscribe kinds:order.new', channel('orders-only'));
    await run('/greenlight subscribe holders:ByteDance', channel('bytedance'));
    await run('/greenlight subscribe exclude_authorities:MOFCOM', channel('not-mofcom'));
    await run('/greenlight subscribe authorities:BIS', channel('bis-only'));
    await run('/greenlight subscribe exclude_kinds:authorization.status', channel('no-status'));

    const { reply } = await run(
      '/greenlight track edit cn-h200-import-pending status:approved quota:50000 source_url:https://example.com/a source_title:"MOFCOM approves more firms"',
      channel('ops'),
    );
    expect(reply.severity).toBe('success');
    await service.idle();

    const got = target.delivered.map((d) => d.alert.channel.id).sort();
    expect(got).toEqual(['everything', 'status-h200']);
    const alert = target.forChannel('status-h200')[0]!;
    const text = renderText(alert.content);
    expect(alert.content.title).toBe('China H200 import approvals for other firms: pending → approved');
    expect(text).toContain('Status: pending → approved');
    expect(text).toContain('Quota: none → 50,000 chips');
    expect(text).toContain('Approved: 50,000 chips');
    expect(alert.content.links).toEqual([{ title: 'MOFCOM approves more firms', url: 'https://example.com/a' }]);
    expect(alert.id).toMatch(/^ledger:\d+\|sub-2$/);
    expect(target.duplicates()).toEqual([]);
  });

  it('filters on holders (any overlap) and minimum quantity; alerts without a quantity still pass', async () => {
    const { run, service, target } = await setup();
    await run('/greenlight subscribe holders:alibaba kinds:order.new,authorization.status', channel('alibaba'));
    await run('/greenlight subscribe min_quantity:100k', channel('big'));
    await run('/greenlight order add item:h200 quantity:5000 buyer:Alibaba authorization:cn-h200-import-group', channel('ops'));
    await run('/greenlight order add item:h200 quantity:150k buyer:Tencent authorization:cn-h200-import-group', channel('ops'));
    await run('/greenlight condition add authorization:cn-h200-import-group kind:kyc text:"Know your customer"', channel('ops'));
    await service.idle();
    expect(target.forChannel('alibaba').map((a) => a.content.title)).toEqual([
      'New order: 5,000 chips of Nvidia H200 by Alibaba under China H200 import approval (ByteDance, Alibaba, Tencent)',
      'New order: 150,000 chips of Nvidia H200 by Tencent under China H200 import approval (ByteDance, Alibaba, Tencent)',
    ]);
    const big = target.forChannel('big').map((a) => a.kind);
    expect(big).toEqual(['order.new', 'condition.added']);
  });

  it('an evidence-only update (the same story from another outlet) sends nothing', async () => {
    const { run, service, target, ledger } = await setup();
    await run('/greenlight subscribe', channel('everything'));
    const seqBefore = ledger.state.seq;
    const { updateAuthorization } = await import('../../../src/core/changes/authorization.js');
    await ledger.commit(
      updateAuthorization(
        'cn-h200-import-group',
        {},
        {
          actor: { kind: 'source', id: 'bloomberg' },
          tier: 'wire',
          evidence: { title: 'Bloomberg: China clears H200 purchases', url: 'https://example.com/b', seenAt: '2026-02-01T09:00:00Z', tier: 'wire' },
        },
      ),
      {
        actor: { kind: 'source', id: 'bloomberg' },
        tier: 'wire',
        evidence: { title: 'Bloomberg: China clears H200 purchases', url: 'https://example.com/b', seenAt: '2026-02-01T09:00:00Z', tier: 'wire' },
      },
    );
    expect(ledger.state.seq).toBe(seqBefore + 1);
    await service.idle();
    expect(target.delivered).toEqual([]);
  });

  it('raises an over-commitment alert once, when an order crosses the approved quota', async () => {
    const { run, service, target } = await setup();
    await run('/greenlight subscribe kinds:order.overcommit', channel('risk'));
    await run('/greenlight order add item:h200 quantity:300000 buyer:ByteDance authorization:cn-h200-import-group', channel('ops'));
    await service.idle();
    expect(target.delivered).toEqual([]);
    await run('/greenlight order add item:h200 quantity:150000 buyer:Alibaba authorization:cn-h200-import-group', channel('ops'));
    await run('/greenlight order add item:h200 quantity:10000 buyer:Tencent authorization:cn-h200-import-group', channel('ops'));
    await service.idle();
    const alerts = target.forChannel('risk');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.id).toMatch(/^overcommit:\d+\|sub-1$/);
    expect(alerts[0]!.content.title).toContain('orders may exceed the approved quota by about 50,000 chips');
    expect(alerts[0]!.content.severity).toBe('warning');
  });

  it('holds alerts during quiet hours and delivers them when the quiet period ends', async () => {
    const clock = new TestClock(new Date('2026-02-01T23:30:00Z'));
    const { run, service, target } = await setup({ clock, timezone: 'Asia/Shanghai' });
    // 07:30 in Shanghai is 23:30 UTC: inside 22:00-08:00 local.
    await run('/greenlight subscribe quiet:22:00-08:00', channel('night'));
    await run('/greenlight subscribe', channel('always'));
    await run('/greenlight supply set item:h200 quantity:"about 800000" holder:nvidia', channel('ops'));
    await service.idle();
    expect(target.forChannel('always')).toHaveLength(1);
    expect(target.forChannel('night')).toHaveLength(0);
    const entry = [...service.outbox.pending()][0]!;
    expect(new Date(entry.notBefore!).toISOString()).toBe('2026-02-02T00:00:00.000Z');
    clock.advance(30 * 60_000);
    service.kick();
    await service.idle();
    expect(target.forChannel('night').map((a) => a.kind)).toEqual(['supply.changed']);
  });

  it('a digest collects matching events and sends one summary on its schedule', async () => {
    const { run, service, target, scheduler } = await setup();
    await run('/greenlight subscribe mode:digest digest:"0 8 * * *" items:h200', channel('morning'));
    await run('/greenlight track edit cn-h200-import-pending status:approved', channel('ops'));
    await run('/greenlight supply set item:h200 quantity:"about 800000" holder:nvidia', channel('ops'));
    await service.idle();
    expect(target.delivered).toEqual([]);
    expect(service.outbox.digestEvents('sub-1')).toHaveLength(2);
    expect(scheduler.jobs.get('digest:sub-1')).toMatchObject({ cron: '0 8 * * *', timezone: 'UTC' });
    await scheduler.fire('digest:sub-1');
    await scheduler.fire('digest:sub-1'); // nothing new: no second digest
    await service.idle();
    const digests = target.forChannel('morning');
    expect(digests).toHaveLength(1);
    expect(digests[0]!.kind).toBe('digest');
    expect(digests[0]!.content.title).toBe('Greenlight digest: 2 changes');
    const text = renderText(digests[0]!.content);
    expect(text).toContain('China H200 import approvals for other firms: pending → approved');
    expect(text).toContain('Nvidia H200 supply at Nvidia: about 700,000 chips → about 800,000 chips');
  });

  it('published non-ledger events reach matching subscriptions; source health reaches everyone not excluding it', async () => {
    const { run, service, target } = await setup();
    await run('/greenlight subscribe kinds:order.new', channel('orders'));
    await run('/greenlight subscribe exclude_kinds:source.health', channel('quiet'));
    await service.publish([
      {
        id: 'health:reuters:down:1',
        kind: 'source.health',
        occurredAt: '2026-02-01T09:00:00Z',
        holderIds: [],
        headline: 'Source reuters-h200 stopped working',
        changes: [{ label: 'Health', before: 'healthy', after: 'failing' }],
        figures: [],
        evidence: [],
        seqs: [],
        sourceId: 'reuters-h200',
      },
    ]);
    await service.idle();
    expect(target.delivered.map((d) => d.alert.channel.id)).toEqual(['orders']);
  });

  it('hostile source text is inert once neutralized for plain text', async () => {
    const { neutralizeReply } = await import('../../../src/alerts/render-alert.js');
    const { run, service, target, ledger } = await setup();
    await run('/greenlight subscribe', channel('everything'));
    const { updateAuthorization } = await import('../../../src/core/changes/authorization.js');
    const evidence = {
      title: '@everyone <!channel> @here <@U123> BREAKING',
      url: 'https://example.com/x',
      seenAt: '2026-02-01T09:00:00Z',
      tier: 'admin' as const,
    };
    await ledger.commit(updateAuthorization('cn-h200-import-pending', { status: 'approved' }, { actor: { kind: 'admin', id: 'a' }, tier: 'admin', evidence }), {
      actor: { kind: 'admin', id: 'a' },
      tier: 'admin',
      evidence,
    });
    await service.idle();
    const content = target.delivered[0]!.alert.content;
    expect(JSON.stringify(content)).toContain('@everyone'); // raw in the neutral Reply; platforms escape
    const plain = renderText(neutralizeReply(content));
    expect(plain).not.toMatch(/@everyone|@here|<!channel>|<@U123>/);
    expect(plain).toContain('‹!channel>');
  });
});
