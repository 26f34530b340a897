import { describe, expect, it } from 'vitest';
import { newsItem, setup, wireBatch } from './helpers.js';

describe('a report about one holder of a group approval', () => {
  it('keeps the holder on the claim, and status says the claim is about that holder only', async () => {
    const env = await setup();
    await env.ingestor.ingest(wireBatch([newsItem("China is said to halt Tencent's permit to import Nvidia H200 chips")]));
    const claims = Object.values(env.ledger.state.claim);
    expect(claims.map((c) => [c.authorizationId, c.field, c.value, c.holderIds])).toEqual([['cn-h200-import-group', 'status', 'suspended', ['tencent']]]);
    const { text } = await env.run('status cn-h200-import-group');
    expect(text).toMatch(/suspended, for Tencent only/);
  });

  it('leaves the holders off a claim about the whole group', async () => {
    const env = await setup();
    await env.ingestor.ingest(wireBatch([newsItem('Beijing raises the H200 import quota for ByteDance, Alibaba and Tencent to 520,000 chips')]));
    const claims = Object.values(env.ledger.state.claim);
    expect(claims.map((c) => [c.field, c.holderIds])).toEqual([['quota', undefined]]);
    const { text } = await env.run('status cn-h200-import-group');
    expect(text).not.toMatch(/ only/);
  });
});
