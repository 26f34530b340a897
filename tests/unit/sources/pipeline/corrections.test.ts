import { describe, expect, it } from 'vitest';
import { newsItem, setup, wireBatch } from './helpers.js';

describe('a corrected item (same id, changed figure)', () => {
  it('moves the quota its first version claimed, with a history entry, instead of keeping the old figure', async () => {
    const env = await setup();
    const first = newsItem('Beijing lifts the H200 import quota for ByteDance, Alibaba and Tencent to 550,000 chips');
    await env.ingestor.ingest(wireBatch([first]));
    const quotaClaim = () => Object.values(env.ledger.state.claim).filter((c) => c.field === 'quota');
    expect(quotaClaim().map((c) => (c.value as { value: number }).value)).toEqual([550_000]);
    expect(env.ledger.state.authorization['cn-h200-import-group']!.quota?.value).toBe(400_000);
    const seq = env.ledger.state.seq;

    const fixed = { ...first, title: 'Beijing lifts the H200 import quota for ByteDance, Alibaba and Tencent to 580,000 chips', isUpdate: true };
    const out = await env.ingestor.ingest(wireBatch([fixed]));
    expect(out.outcomes[0]!.outcome).toMatch(/^claim \S+ corrected: 550,000 chips → 580,000 chips$/);
    expect(quotaClaim().map((c) => (c.value as { value: number }).value)).toEqual([580_000]);
    const events = (await env.ledger.history({})).filter((e) => e.seq > seq);
    expect(events.map((e) => e.type)).toEqual(['claim.reported']);
  });

  it('puts the corrected figure on the review candidate it proposed, not a second candidate', async () => {
    const env = await setup();
    const first = newsItem('China approves Kuaishou to buy up to 30,000 Nvidia H200 chips');
    await env.ingestor.ingest(wireBatch([first]));
    const fixed = { ...first, title: 'China approves Kuaishou to buy up to 35,000 Nvidia H200 chips', isUpdate: true };
    const out = await env.ingestor.ingest(wireBatch([fixed]));
    const candidates = Object.values(env.ledger.state.claim).filter((c) => c.field === 'new_authorization');
    expect(candidates).toHaveLength(1);
    expect(out.outcomes[0]!.outcome).toMatch(/^claim review-1 corrected: up to 30,000 chips → up to 35,000 chips$/);
    expect((candidates[0]!.value as { record: { quota: { value: number } } }).record.quota.value).toBe(35_000);
  });

  it('changes nothing when the corrected text carries the same figure', async () => {
    const env = await setup();
    const first = newsItem('Tencent orders 45,000 Nvidia H200 chips');
    await env.ingestor.ingest(wireBatch([first]));
    const seq = env.ledger.state.seq;
    const out = await env.ingestor.ingest(wireBatch([{ ...first, summary: 'Adds a quote from an analyst.', isUpdate: true }]));
    expect(out.ledgerEvents).toEqual([]);
    expect(env.ledger.state.seq).toBe(seq);
    expect(Object.values(env.ledger.state.order).filter((o) => o.buyerId === 'tencent')).toHaveLength(1);
  });
});

describe('old news told again', () => {
  it('adds nothing and raises nothing when a known order is retold weeks later', async () => {
    const env = await setup();
    const seq = env.ledger.state.seq;
    const item = newsItem('Chinese tech firms have ordered over two million Nvidia H200 chips, analysts note', { publishedAt: '2026-03-02T10:00:00Z' });
    const out = await env.ingestor.ingest(wireBatch([item], { fetchedAt: '2026-03-02T11:00:00Z' }));
    // (Extraction reads an order total the ledger has held for weeks, told alone, as that figure told again.)
    expect(out.outcomes[0]!.outcome).toMatch(/^old news restated/);
    expect(env.ledger.state.seq).toBe(seq);
    expect(env.alerts.published).toEqual([]);
  });

  it('raises nothing when a stock figure the ledger holds is told again', async () => {
    const env = await setup();
    const out = await env.ingestor.ingest(
      wireBatch([newsItem("Nvidia's H200 stockpile is still about 700,000 chips, analysts say", { publishedAt: '2026-02-20T10:00:00Z' })]),
    );
    expect(out.ledgerEvents).toEqual([]);
    expect(env.alerts.published.map((a) => a.headline)).toEqual([]);
  });
});
