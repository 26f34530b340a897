/**
 * Issue 12 item 4, through the real webhook server, watcher and pipeline on the seeded ledger:
 * a resend of a delivery id with changed content is an edit of the records that delivery
 * created (one order, its quantity updated, with a history event), a further correction is
 * applied too, and an identical resend changes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveWebhookSecret } from '../../../config/sources-schema.js';
import type { Ledger } from '../../../src/core/ledger.js';
import type { Order } from '../../../src/core/model.js';
import { silentLogger } from '../../../src/core/ports.js';
import { createIngestor } from '../../../src/sources/pipeline/index.js';
import { signWebhook } from '../../../src/sources/webhooks/signature.js';
import { storyLedger } from '../../fakes/story-ledger.js';
import { buildWatcher, RecordingAlerts } from './watcher-harness.js';

const SECRET = 'test-secret-0123456789abcdef';
const ENV = { GREENLIGHT_HOOK_SECRET_PROCUREMENT: SECRET };

const delivery = (quantity: string, status = 'placed') =>
  JSON.stringify({
    id: 'delivery-7',
    title: 'Tencent orders H200 chips',
    facts: [
      { kind: 'authorization', item: 'h200', holders: ['tencent'], authority: 'mofcom', direction: 'import', status: 'approved', quota: '100000 chips' },
      { kind: 'order', item: 'h200', buyer: 'tencent', seller: 'nvidia', quantity, status },
    ],
  });

describe('corrected webhook deliveries', () => {
  let ledger: Ledger;
  let h: Awaited<ReturnType<typeof buildWatcher>>;
  let base: string;

  beforeEach(async () => {
    const story = await storyLedger();
    ledger = story.ledger;
    const alerts = new RecordingAlerts();
    const ingestor = createIngestor({ ledger, alerts, logger: silentLogger, clock: story.clock });
    h = await buildWatcher([{ id: 'procurement', kind: 'webhook' }], {
      defaults: { webhookPort: 0 },
      secretFor: (s) => resolveWebhookSecret(s, ENV),
      ingestor,
      alerts,
      clock: story.clock,
    });
    const addr = h.watcher.webhookAddress()!;
    base = `http://${addr.host}:${addr.port}`;
  });
  afterEach(async () => {
    await h.close();
  });

  const post = async (body: string) => {
    const ts = Math.floor(h.clock.now().getTime() / 1000);
    const res = await fetch(`${base}/hooks/procurement`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-greenlight-timestamp': String(ts), 'x-greenlight-signature': signWebhook(SECRET, ts, body) },
    });
    return { status: res.status, body: (await res.json()) as { outcomes: string[] } };
  };
  const fromHook = (): Order[] =>
    Object.values(ledger.state.order).filter((o) => o.buyerId === 'tencent' && o.evidence.some((e) => e.publisher === 'procurement'));
  const ordered = (): number => fromHook().reduce((sum, o) => sum + o.quantity.value, 0);

  it('updates the order the delivery created instead of adding another, each time, with a history event', async () => {
    expect((await post(delivery('50000 chips'))).status).toBe(202);
    expect(fromHook()).toHaveLength(1);
    expect(ordered()).toBe(50_000);
    const orderId = fromHook()[0]!.id;
    const seqBefore = ledger.state.seq;

    const corrected = await post(delivery('60000 chips'));
    expect(corrected.status).toBe(202);
    expect(corrected.body.outcomes.join(' ')).toMatch(new RegExp(`order ${orderId} updated: quantity 50,000 chips → 60,000 chips`));
    expect(fromHook()).toHaveLength(1);
    expect(ordered()).toBe(60_000);
    const events = (await ledger.history({})).filter((e) => e.seq > seqBefore);
    const edit = (await ledger.history({})).find((e) => e.entityId === orderId && e.type === 'order.updated');
    expect(edit).toBeDefined();
    expect([(edit!.before as Order).quantity.value, (edit!.after as Order).quantity.value]).toEqual([50_000, 60_000]);
    // The authorization fact did not change: no evidence-only event for it.
    expect(events.filter((e) => e.entity === 'authorization')).toEqual([]);

    // A further correction is applied too, not answered "already ingested".
    const again = await post(delivery('50000 chips', 'confirmed'));
    expect(again.status).toBe(202);
    expect(again.body.outcomes.join(' ')).not.toMatch(/already ingested/);
    expect(fromHook()).toHaveLength(1);
    expect(ordered()).toBe(50_000);
    expect(fromHook()[0]!.status).toBe('confirmed');

    // An identical resend stays a no-op.
    const count = (await ledger.history({})).length;
    const same = await post(delivery('50000 chips', 'confirmed'));
    expect(same.status).toBe(200);
    expect((await ledger.history({})).length).toBe(count);
    expect(ordered()).toBe(50_000);
  });

  it('remembers what a delivery created across a restart (rebuilt from the ledger history)', async () => {
    expect((await post(delivery('50000 chips'))).status).toBe(202);
    await h.watcher.stop();
    const alerts = new RecordingAlerts();
    const ingestor = createIngestor({ ledger, alerts, logger: silentLogger, clock: h.clock });
    const restarted = await buildWatcher([{ id: 'procurement', kind: 'webhook' }], {
      dataDir: h.dataDir,
      defaults: { webhookPort: 0 },
      secretFor: (s) => resolveWebhookSecret(s, ENV),
      ingestor,
      alerts,
      clock: h.clock,
    });
    // The first watcher is stopped; the restarted one owns the data dir (and removes it in afterEach).
    h = restarted;
    const addr = h.watcher.webhookAddress()!;
    base = `http://${addr.host}:${addr.port}`;
    expect((await post(delivery('70000 chips'))).status).toBe(202);
    expect(fromHook()).toHaveLength(1);
    expect(ordered()).toBe(70_000);
  });
});
