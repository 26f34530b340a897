/** Signed webhooks over real HTTP: good deliveries become batches with structured facts; bad ones store nothing. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveWebhookSecret } from '../../../config/sources-schema.js';
import { signWebhook } from '../../../src/sources/webhooks/signature.js';
import { buildWatcher } from './watcher-harness.js';

const SECRET = 'test-secret-0123456789abcdef';
const ENV = { GREENLIGHT_HOOK_SECRET_PROCUREMENT: SECRET };

const PAYLOAD = {
  id: 'delivery-1',
  title: 'MOFCOM approves Tencent H200 purchase',
  link: 'https://procurement.example.com/records/1',
  facts: [
    { kind: 'authorization', item: 'h200', holders: ['tencent'], authority: 'mofcom', direction: 'import', status: 'approved', quota: '100000 chips' },
    { kind: 'order', item: 'h200', buyer: 'tencent', seller: 'nvidia', quantity: '50000 chips', status: 'placed' },
  ],
};

describe('webhooks', () => {
  let h: Awaited<ReturnType<typeof buildWatcher>>;
  let base: string;

  beforeEach(async () => {
    h = await buildWatcher(
      [
        { id: 'procurement', kind: 'webhook' },
        { id: 'wire', url: 'http://127.0.0.1:9/feed' },
      ],
      {
        defaults: { webhookPort: 0 },
        secretFor: (s) => resolveWebhookSecret(s, ENV),
      },
    );
    const addr = h.watcher.webhookAddress()!;
    base = `http://${addr.host}:${addr.port}`;
  });
  afterEach(async () => {
    await h.close();
  });

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
  const signed = (body: string, ts = Math.floor(h.clock.now().getTime() / 1000), secret = SECRET) => ({
    'x-greenlight-timestamp': String(ts),
    'x-greenlight-signature': signWebhook(secret, ts, body),
  });

  it('a good signature gets 202 and one batch with the structured facts, official and applied', async () => {
    const body = JSON.stringify(PAYLOAD);
    const res = await post('/hooks/procurement', body, signed(body));
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ accepted: true, duplicate: false, events: 0, outcomes: ['MOFCOM approves Tencent H200 purchase: stored'] });
    expect(h.ingestor.batches).toHaveLength(1);
    expect(h.ingestor.batches[0]).toMatchObject({ sourceId: 'procurement', tier: 'official', mode: 'apply' });
    expect(h.ingestor.batches[0]!.items).toEqual([
      expect.objectContaining({ id: 'delivery-1', isUpdate: false, link: PAYLOAD.link, structured: PAYLOAD.facts }),
    ]);

    const again = await post('/hooks/procurement', body, signed(body));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ duplicate: true });
    expect(h.ingestor.batches).toHaveLength(1);
    expect(h.view('procurement')).toMatchObject({ health: 'healthy', itemsSeen: 1, schedule: 'on delivery' });

    const edited = JSON.stringify({ ...PAYLOAD, facts: [{ ...PAYLOAD.facts[1], status: 'confirmed' }] });
    expect((await post('/hooks/procurement', edited, signed(edited))).status).toBe(202);
    expect(h.ingestor.batches[1]!.items[0]).toMatchObject({ id: 'delivery-1', isUpdate: true });
  });

  it('refuses bad and missing signatures, stale timestamps, bad bodies, unknown sources and huge bodies, storing nothing', async () => {
    const body = JSON.stringify(PAYLOAD);
    const now = Math.floor(h.clock.now().getTime() / 1000);
    const cases: Array<[string, Promise<Response>, number, RegExp]> = [
      ['wrong secret', post('/hooks/procurement', body, signed(body, now, 'another-secret-0123456789')), 401, /signature does not match/],
      ['missing signature', post('/hooks/procurement', body, { 'x-greenlight-timestamp': String(now) }), 401, /X-Greenlight-Signature/],
      ['tampered body', post('/hooks/procurement', body.replace('50000', '90000'), signed(body)), 401, /signature does not match/],
      ['stale timestamp', post('/hooks/procurement', body, signed(body, now - 6 * 60)), 401, /more than 5 minutes/],
      ['not JSON', post('/hooks/procurement', '{nope', signed('{nope')), 400, /not valid JSON/],
      [
        'missing quantity',
        (() => {
          const b = JSON.stringify({ id: 'd2', facts: [{ kind: 'order', item: 'h200', buyer: 'tencent' }] });
          return post('/hooks/procurement', b, signed(b));
        })(),
        400,
        /facts\.0\.quantity/,
      ],
      // Unknown ids are answered like a bad signature, so ids cannot be enumerated.
      ['unknown source', post('/hooks/nope', body, signed(body)), 401, /signature does not match/],
      ['a feed source', post('/hooks/wire', body, signed(body)), 401, /signature does not match/],
      [
        'too large',
        (() => {
          const b = JSON.stringify({ ...PAYLOAD, title: 'x'.repeat(2 * 1024 * 1024) });
          return post('/hooks/procurement', b, signed(b));
        })(),
        413,
        /larger than/,
      ],
    ];
    for (const [name, pending, status, reason] of cases) {
      const res = await pending;
      expect({ name, status: res.status }).toEqual({ name, status });
      expect(((await res.json()) as { error: string }).error).toMatch(reason);
    }
    expect(h.ingestor.batches).toEqual([]);
    expect(h.view('procurement').itemsSeen).toBe(0);
  });

  it('answers /healthz', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
  });
});
