/**
 * Issue 13 ("No accidental copies"), through a real HTTP feed server, the watcher and the real
 * pipeline on the seeded ledger: a feed item that comes back corrected (same guid, changed
 * figure) updates the order it created, with a history entry and an alert naming the change,
 * instead of being ignored or recorded a second time.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toAlertEvents } from '../../../src/alerts/from-ledger.js';
import { silentLogger } from '../../../src/core/ports.js';
import { createIngestor } from '../../../src/sources/pipeline/index.js';
import { FeedServer } from '../../fakes/feed-server.js';
import { storyLedger } from '../../fakes/story-ledger.js';
import { buildWatcher, RecordingAlerts } from './watcher-harness.js';

const RSS = (items: Array<[guid: string, title: string, summary: string]>) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Chip Wire</title><link>https://chipwire.example.com/</link>` +
  items
    .map(
      ([guid, title, summary]) =>
        `<item><guid isPermaLink="false">${guid}</guid><title>${title}</title><description>${summary}</description>` +
        `<link>https://chipwire.example.com/${guid}</link><pubDate>Sun, 01 Feb 2026 08:00:00 GMT</pubDate></item>`,
    )
    .join('') +
  `</channel></rss>`;

const OLD: [string, string, string] = ['cw-100', 'Nvidia H200 shipments continue', 'Deliveries are on schedule.'];

describe('a corrected feed item', () => {
  let server: FeedServer;
  beforeEach(async () => {
    server = await FeedServer.start();
  });
  afterEach(async () => {
    await server.close();
  });

  it('updates the order its first version created, with a history entry, and is not recorded twice', async () => {
    const { ledger, clock } = await storyLedger();
    const alerts = new RecordingAlerts();
    const ingestor = createIngestor({ ledger, alerts, logger: silentLogger, clock });
    server.route('/feed', { body: RSS([OLD]), etag: '"1"' });
    const h = await buildWatcher([{ id: 'chipwire', name: 'Chip Wire', url: server.url('/feed') }], { ingestor, alerts, clock });
    const tencentOrders = () => Object.values(ledger.state.order).filter((o) => o.buyerId === 'tencent');
    try {
      await h.watcher.pollNow('chipwire');
      expect(tencentOrders()).toEqual([]);

      const story: [string, string, string] = ['cw-101', 'Tencent orders 50,000 Nvidia H200 chips', 'The order was placed this week.'];
      server.route('/feed', { body: RSS([story, OLD]), etag: '"2"' });
      await h.watcher.pollNow('chipwire');
      expect(tencentOrders().map((o) => o.quantity.value)).toEqual([50_000]);
      const orderId = tencentOrders()[0]!.id;
      const seqBefore = ledger.state.seq;

      const corrected: [string, string, string] = ['cw-101', 'Tencent orders 60,000 Nvidia H200 chips', 'Corrects the figure to 60,000.'];
      server.route('/feed', { body: RSS([corrected, OLD]), etag: '"3"' });
      await h.watcher.pollNow('chipwire');

      expect(tencentOrders().map((o) => [o.id, o.quantity.value])).toEqual([[orderId, 60_000]]);
      const events = (await ledger.history({})).filter((e) => e.seq > seqBefore);
      expect(events.map((e) => [e.type, e.entityId])).toEqual([['order.updated', orderId]]);
      const alert = toAlertEvents(events, ledger.state)[0]!;
      expect(alert.headline).toMatch(/^Order .*Tencent.*: .*50,000.*60,000/);
      expect(alert.evidence.some((e) => e.url === 'https://chipwire.example.com/cw-101')).toBe(true);

      // The same corrected version again (a new etag, the same bytes) changes nothing.
      server.route('/feed', { body: RSS([corrected, OLD]), etag: '"4"' });
      await h.watcher.pollNow('chipwire');
      expect(ledger.state.seq).toBe(seqBefore + 1);
      expect(tencentOrders()).toHaveLength(1);
    } finally {
      await h.close();
    }
  });
});
