import { describe, expect, it } from 'vitest';
import type { SourceItem } from '../../../../src/sources/pipeline/types.js';
import { updateAuthorization } from '../../../../src/core/changes/authorization.js';
import { ADMIN_META, officialBatch, setup, trackParty } from './helpers.js';

const US = 'us-h200-export-china';

function frItem(extra: Partial<SourceItem> = {}): SourceItem {
  return {
    id: '2026-01234',
    title: 'Revision of License Requirements for Nvidia H200 Exports',
    summary: 'The Bureau of Industry and Security (BIS) amends the Export Administration Regulations for H200 exports to China.',
    link: 'https://www.federalregister.gov/d/2026-01234',
    publishedAt: '2026-02-01',
    effectiveOn: '2026-03-01',
    isUpdate: false,
    ...extra,
  };
}

function webhookItem(id: string, structured: SourceItem['structured']): SourceItem {
  return { id, title: `Webhook delivery ${id}`, summary: '', isUpdate: false, structured };
}

describe('official sources (apply mode)', () => {
  it('dates a record that has no reference yet from a Federal Register rule with an effective date, and makes the rule its reference', async () => {
    const env = await setup();
    await env.ledger.commit(updateAuthorization(US, { externalRef: undefined }, ADMIN_META), ADMIN_META);
    const out = await env.ingestor.ingest(officialBatch([frItem()]));

    expect(out.outcomes[0]!.outcome).toBe(`updated ${US}: valid from 2026-03-01, ref 2026-01234`);
    const us = env.ledger.state.authorization[US]!;
    expect(us.validFrom).toBe('2026-03-01');
    expect(us.externalRef).toBe('2026-01234');
    expect(us.evidence.at(-1)).toMatchObject({ url: 'https://www.federalregister.gov/d/2026-01234', publisher: 'Federal Register (BIS)', tier: 'official' });
    expect(out.ledgerEvents).toHaveLength(1);
    expect(out.ledgerEvents[0]).toMatchObject({ type: 'authorization.updated', tier: 'official', actor: { kind: 'source', id: 'fr-bis' } });
    expect(Object.keys(env.ledger.state.claim)).toEqual([]);
  });

  it('never rewrites the reference or dates of a record that has one from a different document that only names it (issue 13)', async () => {
    const env = await setup();
    const before = env.ledger.state.authorization[US]!;
    const out = await env.ingestor.ingest(officialBatch([frItem()]));

    expect(out.outcomes[0]!.outcome).toBe(`effective 2026-03-01; ${US} already has its reference FR 2026-00789 (RIN 0694-AK43), so its dates stay`);
    const us = env.ledger.state.authorization[US]!;
    expect([us.validFrom, us.externalRef]).toEqual([before.validFrom, before.externalRef]);
    expect(out.ledgerEvents).toEqual([]);
  });

  it('changes status directly when an official source says so', async () => {
    const env = await setup();
    const out = await env.ingestor.ingest(
      officialBatch([
        frItem({
          id: '2026-05555',
          link: 'https://www.federalregister.gov/d/2026-05555',
          title: 'BIS suspends licenses for Nvidia H200 exports to China',
          effectiveOn: undefined,
        }),
      ]),
    );
    expect(out.outcomes[0]!.outcome).toBe(`status approved with conditions → suspended on ${US}`);
    expect(env.ledger.state.authorization[US]!.status).toBe('suspended');
    expect(env.alerts.published).toEqual([]);
  });

  it('a suspension with an effective date changes the status only, not the validity start or the reference (issue 13)', async () => {
    const env = await setup();
    const before = env.ledger.state.authorization[US]!;
    const out = await env.ingestor.ingest(
      officialBatch([
        frItem({
          id: '2026-05556',
          link: 'https://www.federalregister.gov/d/2026-05556',
          title: 'BIS suspends licenses for Nvidia H200 exports to China',
          effectiveOn: '2026-04-01',
        }),
      ]),
    );
    expect(out.outcomes[0]!.outcome).toBe(`status approved with conditions → suspended on ${US}`);
    const us = env.ledger.state.authorization[US]!;
    expect([us.status, us.validFrom, us.externalRef]).toEqual(['suspended', before.validFrom, before.externalRef]);
  });
});

describe('structured facts (webhooks, JSON mappings)', () => {
  it('creates an order and an authorization from a signed webhook payload', async () => {
    const env = await setup();
    await trackParty(env, 'baidu', 'Baidu');
    const item = webhookItem('delivery-1', [
      { kind: 'authorization', item: 'H200', holders: ['Baidu'], authority: 'MOFCOM', status: 'approved', quota: '50,000', ref: 'MOFCOM-2026-17' },
      { kind: 'order', orderId: 'PO-991', item: 'h200', buyer: 'Baidu', seller: 'Nvidia', quantity: '20000', status: 'placed' },
    ]);
    const out = await env.ingestor.ingest(officialBatch([item], { sourceId: 'partner-hook', sourceName: 'Partner webhook' }));

    expect(out.outcomes[0]!.outcome).toBe('new authorization cn-h200-import-baidu; new order partner-hook-po-991');
    expect(env.ledger.state.authorization['cn-h200-import-baidu']).toMatchObject({
      name: 'China H200 import approval (Baidu)',
      status: 'approved',
      quota: { value: 50000, qualifier: 'exact', unit: 'chips' },
      externalRef: 'MOFCOM-2026-17',
      provenance: { status: 'official', quota: 'official' },
    });
    expect(env.ledger.state.order['partner-hook-po-991']).toMatchObject({ buyerId: 'baidu', sellerId: 'nvidia', status: 'placed', quantity: { value: 20000 } });
    expect(out.ledgerEvents.map((e) => e.type)).toEqual(['authorization.created', 'order.created']);
    expect(out.ledgerEvents[0]!.evidence).toMatchObject({ title: 'Webhook delivery delivery-1', publisher: 'Partner webhook', tier: 'official' });

    // A later delivery moves the same order on.
    const next = await env.ingestor.ingest(
      officialBatch([webhookItem('delivery-2', [{ kind: 'order', orderId: 'PO-991', item: 'h200', buyer: 'Baidu', quantity: '20000', status: 'shipped' }])], {
        sourceId: 'partner-hook',
        sourceName: 'Partner webhook',
      }),
    );
    expect(next.outcomes[0]!.outcome).toBe('order partner-hook-po-991 status shipped');
    expect(env.ledger.state.order['partner-hook-po-991']!.status).toBe('shipped');
  });

  it('updates an existing authorization found by its holders', async () => {
    const env = await setup();
    const out = await env.ingestor.ingest(
      officialBatch([
        webhookItem('d-3', [
          { kind: 'authorization', item: 'Nvidia H200', holders: ['ByteDance', 'Alibaba', 'Tencent'], direction: 'import', quota: 'over 450,000' },
        ]),
      ]),
    );
    expect(out.outcomes[0]!.outcome).toBe('quota over 400,000 chips → over 450,000 chips on cn-h200-import-group');
    expect(env.ledger.state.authorization['cn-h200-import-group']!.quota?.value).toBe(450000);
  });

  it('says which names were not recognised and changes nothing for those facts', async () => {
    const env = await setup();
    const seq = env.ledger.state.seq;
    const out = await env.ingestor.ingest(
      officialBatch([
        webhookItem('d-4', [
          { kind: 'order', item: 'h200', buyer: 'Lenovo', quantity: '1000' },
          { kind: 'authorization', item: 'H100', holders: ['ByteDance'], status: 'approved' },
          { kind: 'authorization', item: 'H200', holders: ['ByteDance'], status: 'sort of approved' },
        ]),
      ]),
    );
    expect(out.outcomes[0]!.outcome).toBe(
      'order fact skipped: holder "Lenovo" not recognised; authorization fact skipped: item "H100" not recognised; authorization fact skipped: status "sort of approved" not recognised',
    );
    expect(env.ledger.state.seq).toBe(seq);
    expect(env.alerts.published).toEqual([]);
  });
});
