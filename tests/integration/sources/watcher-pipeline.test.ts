/** The watcher with the real pipeline (src/sources/pipeline createIngestor) on the seeded H200 ledger. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/ports.js';
import { createIngestor } from '../../../src/sources/pipeline/index.js';
import { FeedServer } from '../../fakes/feed-server.js';
import { storyLedger } from '../../fakes/story-ledger.js';
import { buildWatcher, RecordingAlerts } from './watcher-harness.js';

const RSS = (items: Array<[id: string, title: string]>) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.example.com/</link>` +
  items
    .map(
      ([id, title]) =>
        `<item><guid>${id}</guid><title>${title}</title><link>https://wire.example.com/${id}</link><pubDate>Sun, 01 Feb 2026 08:00:00 GMT</pubDate></item>`,
    )
    .join('') +
  `</channel></rss>`;

describe('watcher + real pipeline', () => {
  let server: FeedServer;
  beforeEach(async () => {
    server = await FeedServer.start();
  });
  afterEach(async () => {
    await server.close();
  });

  it('first poll changes nothing; source test touches nothing; a new H200 item goes through the pipeline once', async () => {
    const { ledger, clock } = await storyLedger();
    const alerts = new RecordingAlerts();
    const ingestor = createIngestor({ ledger, alerts, logger: silentLogger, clock });
    server.route('/feed', { body: RSS([['old', 'Nvidia H200 shipments continue']]), etag: '"1"' });
    const h = await buildWatcher([{ id: 'wire', name: 'Example Wire', url: server.url('/feed') }], { ingestor, alerts, clock });
    try {
      const eventsAtStart = (await ledger.history({})).length;
      await h.watcher.pollNow('wire');
      expect((await ledger.history({})).length).toBe(eventsAtStart);
      expect(alerts.events).toEqual([]);

      server.route('/feed', {
        body: RSS([
          ['new', 'China approves Tencent to buy 100,000 Nvidia H200 chips'],
          ['old', 'Nvidia H200 shipments continue'],
        ]),
        etag: '"2"',
      });
      const preview = await h.watcher.test('wire');
      expect(preview.items).toHaveLength(1);
      expect(preview.items[0]!.outcome.length).toBeGreaterThan(0);
      expect((await ledger.history({})).length).toBe(eventsAtStart);
      expect(alerts.events).toEqual([]);

      await h.watcher.pollNow('wire');
      const after = (await ledger.history({})).length;
      const published = alerts.events.length;
      expect(after - eventsAtStart + published).toBeGreaterThan(0);
      // Polling again (304) changes nothing more.
      await h.watcher.pollNow('wire');
      expect((await ledger.history({})).length).toBe(after);
      expect(alerts.events.length).toBe(published);
      expect(h.view('wire').health).toBe('healthy');
    } finally {
      await h.close();
    }
  });
});
