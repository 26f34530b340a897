import { describe, expect, it } from 'vitest';
import { toAlertEvents } from '../../../../src/alerts/from-ledger.js';
import { newsItem, setup, wireBatch } from './helpers.js';

describe('which tracked record a report lands on', () => {
  it('names the unattributed Chinese order on a delivery report that changes nothing', async () => {
    const env = await setup();
    const out = await env.ingestor.ingest(wireBatch([newsItem('Nvidia has delivered about 150,000 H200 chips to Chinese buyers')]));
    expect(out.ledgerEvents).toEqual([]);
    expect(env.alerts.published.map((a) => [a.kind, a.recordIds])).toEqual([['news', ['ord-cn-firms-2026-01']]]);
  });

  it('names no order on a delivery to a buyer nobody tracks', async () => {
    const env = await setup();
    await env.ingestor.ingest(wireBatch([newsItem('青川果业：首批6台H200服务器已到货 分拣模型开始训练')]));
    const published = env.alerts.published.map((a) => [a.kind, a.recordIds ?? []]);
    expect(published).toEqual([['news', []]]);
  });

  it("names Nvidia's supply figure on a stock report", async () => {
    const env = await setup();
    await env.ingestor.ingest(wireBatch([newsItem("Nvidia's H200 inventory falls to roughly 350,000 chips")]));
    expect(env.alerts.published.map((a) => [a.kind, a.recordIds])).toEqual([['news', ['h200@nvidia']]]);
  });

  it('attaches a condition that names no buyer to the one granted import approval, not the pending one', async () => {
    const env = await setup();
    await env.ingestor.ingest(wireBatch([newsItem('Beijing may require H200 buyers to pair each chip with three domestic accelerators')]));
    expect(env.alerts.published.map((a) => [a.kind, a.authorizationId])).toEqual([['news', 'cn-h200-import-group']]);
  });

  it('says an order by one firm is about that new order, with the authorization only as the quota it counts against', async () => {
    const env = await setup();
    const out = await env.ingestor.ingest(wireBatch([newsItem('Alibaba places an order for 90,000 Nvidia H200 chips')]));
    const alerts = toAlertEvents(out.ledgerEvents, env.ledger.state);
    expect(alerts.map((a) => [a.kind, a.recordIds, a.authorizationId])).toEqual([['order.new', ['ord-1'], 'cn-h200-import-group']]);
  });
});

describe('a larger total of orders by unnamed buyers', () => {
  it('updates the reported running total instead of recording a second order', async () => {
    const env = await setup();
    const out = await env.ingestor.ingest(wireBatch([newsItem("Chinese firms' H200 orders swell to more than 2.6 million chips")]));
    expect(out.outcomes[0]!.outcome).toBe('order total ord-cn-firms-2026-01: over 2,000,000 chips → over 2,600,000 chips');
    expect(Object.keys(env.ledger.state.order)).toEqual(['ord-cn-firms-2026-01']);
    expect(env.ledger.state.order['ord-cn-firms-2026-01']!.quantity).toMatchObject({ value: 2_600_000, qualifier: 'over', unit: 'chips' });
    const alerts = toAlertEvents(out.ledgerEvents, env.ledger.state);
    expect(alerts.map((a) => [a.kind, a.recordIds])).toEqual([['order.status', ['ord-cn-firms-2026-01']]]);
    expect(env.alerts.published).toEqual([]);
  });

  it('adds only a source when another outlet tells the same new total', async () => {
    const env = await setup();
    await env.ingestor.ingest(wireBatch([newsItem("Chinese firms' H200 orders swell to more than 2.6 million chips")]));
    const out = await env.ingestor.ingest(
      wireBatch([newsItem('Chinese companies have now ordered over 2.6 million Nvidia H200 chips', { publishedAt: '2026-01-29T11:00:00Z' })]),
    );
    expect(toAlertEvents(out.ledgerEvents, env.ledger.state)).toEqual([]);
    expect(env.alerts.published).toEqual([]);
    expect(Object.keys(env.ledger.state.order)).toEqual(['ord-cn-firms-2026-01']);
    expect(env.ledger.state.order['ord-cn-firms-2026-01']!.evidence).toHaveLength(3);
  });

  it('does not take a smaller figure as the new total', async () => {
    const env = await setup();
    await env.ingestor.ingest(wireBatch([newsItem('Chinese firms have ordered 300,000 more Nvidia H200 chips')]));
    expect(env.ledger.state.order['ord-cn-firms-2026-01']!.quantity.value).toBe(2_000_000);
  });

  it('takes a smaller figure as the new total where the item says the total fell, and alerts once', async () => {
    const env = await setup();
    const out = await env.ingestor.ingest(
      wireBatch([newsItem('Chinese H200 orders slip to about 1.9 million as buyers cancel duplicate bookings', { publishedAt: '2026-02-20T09:00:00Z' })]),
    );
    expect(out.outcomes[0]!.outcome).toBe('order total ord-cn-firms-2026-01: over 2,000,000 chips → about 1,900,000 chips');
    expect(Object.keys(env.ledger.state.order)).toEqual(['ord-cn-firms-2026-01']);
    expect(toAlertEvents(out.ledgerEvents, env.ledger.state).map((a) => [a.kind, a.recordIds])).toEqual([['order.status', ['ord-cn-firms-2026-01']]]);
  });
});

describe('a denial that agrees with the record', () => {
  it('keeps the item as one more source on the record, changing nothing else and raising nothing', async () => {
    const env = await setup();
    const before = env.ledger.state.authorization['us-h200-export-china']!;
    const item = newsItem("Washington has made no decision on revoking Nvidia's H200 export licence, an official says");
    const out = await env.ingestor.ingest(wireBatch([item]));
    expect(out.ledgerEvents.map((e) => e.type)).toEqual(['authorization.updated']);
    const after = env.ledger.state.authorization['us-h200-export-china']!;
    expect(after.status).toBe(before.status);
    expect(after.evidence.map((e) => e.url)).toEqual([...before.evidence.map((e) => e.url), item.link]);
    expect(toAlertEvents(out.ledgerEvents, env.ledger.state)).toEqual([]);
    expect(env.alerts.published).toEqual([]);
  });
});
