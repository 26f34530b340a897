import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../src/core/ports.js';
import { createIngestor } from '../../../../src/sources/pipeline/index.js';
import { newsItem, officialBatch, RecordingPublisher, REUTERS, setup, trackParty, wireBatch } from './helpers.js';

const GROUP = 'cn-h200-import-group';

describe('ingesting the same item twice', () => {
  it('changes the ledger once and says "already ingested" the second time', async () => {
    const env = await setup();
    const items = [newsItem(REUTERS), newsItem('US suspends Nvidia H200 export licenses, sources say'), newsItem('Analysts discuss H200 demand')];
    await env.ingestor.ingest(wireBatch(items));
    const seq = env.ledger.state.seq;
    const published = env.alerts.published.length;

    const again = await env.ingestor.ingest(wireBatch(items));
    expect(env.ledger.state.seq).toBe(seq);
    expect(again.ledgerEvents).toEqual([]);
    expect(env.alerts.published).toHaveLength(published);
    // The analysts' item states no event: it was nothing the first time and is nothing again.
    expect(again.outcomes.map((o) => o.outcome)).toEqual(['already ingested', 'already ingested', 'nothing to record (no event words)']);
  });

  it('still knows after a restart: ingested items, and stories told by other outlets', async () => {
    const env = await setup();
    await trackParty(env, 'baidu', 'Baidu');
    const first = newsItem('China approves Baidu to buy Nvidia H200 chips - Reuters');
    await env.ingestor.ingest(wireBatch([first]));
    const seq = env.ledger.state.seq;

    // A new process: same ledger, fresh ingestor rebuilding its index from history.
    const alerts = new RecordingPublisher();
    const restarted = createIngestor({ ledger: env.ledger, alerts, logger: silentLogger, clock: env.clock });
    const out = await restarted.ingest(wireBatch([first, newsItem('China approves Baidu to buy Nvidia H200 chips - Bloomberg')]));
    expect(out.outcomes.map((o) => o.outcome)).toEqual([
      'already ingested',
      'same story as "China approves Baidu to buy Nvidia H200 chips - Reuters" (Reuters) (+1 evidence)',
    ]);
    // News proposes Baidu's approval for review; the second outlet is one more source for the same candidate.
    expect(out.ledgerEvents.map((e) => e.type)).toEqual(['claim.reported']);
    expect(env.ledger.state.seq).toBe(seq + 1);
    expect(Object.keys(env.ledger.state.authorization).filter((id) => id.includes('baidu'))).toEqual([]);
    expect(env.ledger.state.claim['review-1']).toMatchObject({ field: 'new_authorization', review: 'pending', support: [{ publisher: 'Bloomberg' }] });
  });

  it('recognises the same article from another source id by its link on the record', async () => {
    const env = await setup();
    const item = newsItem('China revokes H200 approvals for ByteDance');
    await env.ingestor.ingest(wireBatch([item]));
    // Another source id (say, the same feed re-added) sends the very same article.
    const out = await env.ingestor.ingest(wireBatch([{ ...item, id: 'other-id' }], { sourceId: 'gnews-copy' }));
    expect(out.outcomes[0]!.outcome).toBe(`already ingested (evidence on claim-${GROUP}-1)`);
    expect(Object.keys(env.ledger.state.claim)).toHaveLength(1);
  });

  it('falls back to the link on the record when history could not be read', async () => {
    const env = await setup();
    const item = newsItem(REUTERS);
    await env.ingestor.ingest(wireBatch([item]));
    const blind = createIngestor({ ledger: env.ledger, alerts: new RecordingPublisher(), logger: silentLogger, clock: env.clock, historyLimit: 0 });
    const out = await blind.ingest(wireBatch([item]));
    expect(out.outcomes[0]!.outcome).toBe(`already ingested (evidence on ${GROUP})`);
    expect(out.ledgerEvents).toEqual([]);
  });

  it('recognises a webhook delivered twice (no link) by its source item id', async () => {
    const env = await setup();
    const item = {
      id: 'delivery-7',
      title: 'Order',
      summary: '',
      isUpdate: false,
      structured: [{ kind: 'order' as const, item: 'h200', buyer: 'ByteDance', quantity: '1000' }],
    };
    await env.ingestor.ingest(officialBatch([item]));
    const out = await env.ingestor.ingest(officialBatch([item]));
    expect(out.outcomes[0]!.outcome).toBe('already ingested');
    expect(Object.values(env.ledger.state.order).filter((o) => o.buyerId === 'bytedance')).toHaveLength(1);
  });
});

describe('edited items', () => {
  it('keeps an edit that turns a rumour into a firm report as the same story (no second change), and ignores an edit that changes nothing', async () => {
    const env = await setup();
    const rumour = newsItem('China approves more Chinese firms to buy H200 chips, sources say');
    const first = await env.ingestor.ingest(wireBatch([rumour]));
    expect(first.outcomes[0]!.outcome).toBe('claim: status approved (wire value kept: pending) on cn-h200-import-pending');
    expect(env.ledger.state.authorization['cn-h200-import-pending']!.status).toBe('pending');

    const firm = { ...rumour, title: 'China approves more Chinese firms to buy H200 chips', isUpdate: true };
    const second = await env.ingestor.ingest(wireBatch([firm]));
    // Hedged and firm tellings are one story: the claim stands, and nothing is alerted twice.
    expect(second.outcomes[0]!.outcome).toBe('already ingested');
    expect(second.ledgerEvents).toEqual([]);
    expect(env.ledger.state.authorization['cn-h200-import-pending']!.status).toBe('pending');

    const third = await env.ingestor.ingest(wireBatch([{ ...firm, summary: 'Same story, typo fixed.' }]));
    expect(third.outcomes[0]!.outcome).toBe('already ingested');
    expect(third.ledgerEvents).toEqual([]);
  });
});

describe('dryRun (source test)', () => {
  it('commits and publishes nothing but describes what ingest then does', async () => {
    const env = await setup();
    await trackParty(env, 'baidu', 'Baidu');
    const items = [
      newsItem(REUTERS),
      newsItem(REUTERS.replace('Reuters', 'Bloomberg')),
      newsItem('China approves Baidu to buy Nvidia H200 chips - Caixin'),
      newsItem('China approves Baidu to buy Nvidia H200 chips - FT'),
      newsItem('US suspends Nvidia H200 export licenses, sources say'),
      newsItem('Analysts discuss H200 demand'),
      newsItem('Weather is nice'),
      newsItem('Chinese firms ordered another 500,000 H200 chips'),
    ];
    const seq = env.ledger.state.seq;
    const stateBefore = structuredClone(env.ledger.state);

    const dry = env.ingestor.dryRun(wireBatch(items));
    expect(env.ledger.state.seq).toBe(seq);
    expect(env.ledger.state).toEqual(stateBefore);
    expect(env.alerts.published).toEqual([]);

    const real = await env.ingestor.ingest(wireBatch(items));
    expect(dry.outcomes).toEqual(real.outcomes);
    expect(dry.ledgerEvents.map((e) => [e.seq, e.type, e.entityId])).toEqual(real.ledgerEvents.map((e) => [e.seq, e.type, e.entityId]));
    expect(dry.alertEvents.map((a) => a.id)).toEqual(real.alertEvents.map((a) => a.id));
    expect(dry.outcomes.map((o) => o.outcome)).toContain('review candidate review-1: China H200 import approval (Baidu) (approved), unconfirmed');
  });

  it('after an ingest, a dry run of the same batch says everything is already ingested', async () => {
    const env = await setup();
    const items = [newsItem(REUTERS), newsItem('Analysts discuss H200 demand')];
    await env.ingestor.ingest(wireBatch(items));
    const dry = env.ingestor.dryRun(wireBatch(items));
    expect(dry.outcomes.map((o) => o.outcome)).toEqual(['already ingested', 'nothing to record (no event words)']);
    expect(dry.ledgerEvents).toEqual([]);
  });
});

describe('hostile text', () => {
  it('keeps titles verbatim in evidence and headlines, and does not crash', async () => {
    const env = await setup();
    const hostile = [
      '<!channel> @everyone China approves ByteDance, Alibaba, Tencent to buy more than 400,000 Nvidia H200 chips in total *bold* <script>alert(1)</script> - Reuters',
      '@here H200 [click](https://evil.example) `code` ||spoiler|| \u0000\u202e <@&123>',
      '\u{1F600}'.repeat(5000),
      'H200 '.repeat(20_000),
      '',
    ];
    const items = hostile.map((t) => newsItem(t));
    const out = await env.ingestor.ingest(wireBatch(items));
    expect(out.outcomes).toHaveLength(hostile.length);
    const group = env.ledger.state.authorization[GROUP]!;
    expect(group.evidence.at(-1)!.title).toBe(hostile[0]);
    // A bare mention of the item is not news: no alert at all, so nothing of its text reaches a channel.
    expect(env.alerts.published.filter((a) => a.sourceId === 'gnews-h200' && a.id.includes(items[1]!.id))).toEqual([]);
  });
});
