/**
 * Broken sources: each gets a clear one-line error in `sources` while the others keep polling;
 * backoff and Retry-After are honoured (by the injected clock); health alerts go out once;
 * repeated failures pause the source.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedServer } from '../../fakes/feed-server.js';
import { buildWatcher, fixture } from './watcher-harness.js';

const RSS = (items: Array<[id: string, title: string]>) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>` +
  items.map(([id, title]) => `<item><guid>${id}</guid><title>${title}</title></item>`).join('') +
  `</channel></rss>`;

const MIN = 60_000;

describe('broken sources', () => {
  let server: FeedServer;
  beforeEach(async () => {
    server = await FeedServer.start();
  });
  afterEach(async () => {
    await server.close();
  });

  it('malformed XML, a 50 MB body, a server that never answers and a redirect loop each get a clear error; a good source keeps working', async () => {
    server.route('/malformed', { body: await fixture('feeds/broken/unclosed-end-tag.xml'), headers: { 'content-type': 'application/rss+xml' } });
    server.route('/huge', { streamBytes: 50 * 1024 * 1024, headers: { 'content-type': 'application/rss+xml' } });
    server.route('/hang', { hang: true });
    server.route('/loop', { redirectTo: '/loop' });
    server.route('/good', { body: RSS([['a', 'Old']]), etag: '"1"' });
    const ids = ['malformed', 'huge', 'hang', 'loop', 'good'];
    // Only the hanging source needs the short timeout; the others get room, so that a loaded machine streaming the
    // 50 MB body slowly still meets the size limit before any clock does.
    const h = await buildWatcher(ids.map((id) => ({ id, url: server.url(`/${id}`), limits: { timeoutMs: id === 'hang' ? 1000 : 15_000 } })));
    try {
      await Promise.all(ids.map((id) => h.scheduler.tick(id)));
      expect(h.view('malformed')).toMatchObject({ health: 'failing', lastError: expect.stringMatching(/^Malformed XML at line \d+/) });
      expect(h.view('huge').lastError).toBe('body larger than 5 MiB');
      expect(h.view('hang').lastError).toBe('timeout after 1 s');
      expect(h.view('loop').lastError).toBe('redirect loop');
      expect(h.view('good')).toMatchObject({ health: 'healthy' });
      for (const id of ids) expect(h.view(id).lastError ?? '').not.toMatch(/\n/);

      server.route('/good', {
        body: RSS([
          ['b', 'H200 news'],
          ['a', 'Old'],
        ]),
        etag: '"2"',
      });
      await h.watcher.pollNow('good');
      expect(h.ingestor.items.map((i) => i.id)).toEqual(['b']);
    } finally {
      await h.close();
    }
  });

  it('a wrong declared charset is decoded by the bytes, and hostile titles arrive as plain text', async () => {
    const body = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>x</title><item><guid>e1</guid><title>Caf'),
      Buffer.from([0xe9, 0x20, 0x80]),
      Buffer.from(' price</title></item></channel></rss>'),
    ]);
    server.route('/enc', { body: RSS([]), etag: '"0"' });
    server.route('/hostile', { body: RSS([]), etag: '"0"' });
    const h = await buildWatcher([
      { id: 'enc', url: server.url('/enc') },
      { id: 'hostile', url: server.url('/hostile') },
    ]);
    try {
      await h.watcher.pollNow('enc');
      await h.watcher.pollNow('hostile');
      server.route('/enc', { body, headers: { 'content-type': 'text/xml; charset=utf-8' }, etag: '"1"' });
      server.route('/hostile', { body: await fixture('feeds/synthetic/hostile-titles-SYNTHETIC.xml'), etag: '"1"' });
      await h.watcher.pollNow('enc');
      await h.watcher.pollNow('hostile');
      const titles = h.ingestor.items.map((i) => i.title);
      expect(titles[0]).toBe('Café € price');
      expect(titles).toContain('BIS rule published');
      for (const t of titles) {
        expect(t).not.toMatch(/<script|<\/?[a-z]+>/i);
        expect(t.length).toBeLessThanOrEqual(500);
      }
      expect(h.ingestor.items.find((i) => i.id === 'hostile-3')?.link).toBeUndefined();
      expect(h.view('hostile').health).toBe('healthy');
    } finally {
      await h.close();
    }
  });

  it('backs off exponentially from the schedule interval, skipping ticks, and honours Retry-After', async () => {
    server.route('/down', { status: 500 });
    server.route('/slow', { status: 503, headers: { 'retry-after': '3600' } });
    const h = await buildWatcher([
      { id: 'down', url: server.url('/down') },
      { id: 'slow', url: server.url('/slow') },
    ]);
    const hits = (p: string) => server.requestsTo(p).length;
    try {
      await h.scheduler.tick('down');
      expect(hits('/down')).toBe(1);
      h.clock.advance(1 * MIN);
      await h.scheduler.tick('down');
      expect(hits('/down')).toBe(1);
      h.clock.advance(4 * MIN); // T0 + 5 min: one interval
      await h.scheduler.tick('down');
      expect(hits('/down')).toBe(2);
      h.clock.advance(5 * MIN); // second failure doubles the wait to 10 min
      await h.scheduler.tick('down');
      expect(hits('/down')).toBe(2);
      h.clock.advance(5 * MIN);
      await h.scheduler.tick('down');
      expect(hits('/down')).toBe(3);
      expect(h.view('down')).toMatchObject({ consecutiveFailures: 3, lastError: 'HTTP 500' });

      await h.scheduler.tick('slow');
      expect(h.view('slow').lastError).toBe('HTTP 503 (server asks to retry after 60 min)');
      h.clock.advance(30 * MIN);
      await h.scheduler.tick('slow');
      expect(hits('/slow')).toBe(1);
      h.clock.advance(30 * MIN);
      await h.scheduler.tick('slow');
      expect(hits('/slow')).toBe(2);
    } finally {
      await h.close();
    }
  });

  it('tells channels once when a source stops working, pauses it after N failures, and announces recovery', async () => {
    server.route('/flaky', { status: 500 });
    const h = await buildWatcher([{ id: 'flaky', name: 'Flaky wire', url: server.url('/flaky') }], {
      defaults: { failuresBeforeUnhealthy: 3, failuresBeforePause: 5 },
    });
    try {
      await h.watcher.pollNow('flaky');
      await h.watcher.pollNow('flaky');
      expect(h.alerts.events).toEqual([]);
      expect(h.view('flaky').health).toBe('failing');
      await h.watcher.pollNow('flaky');
      expect(h.view('flaky').health).toBe('unhealthy');
      expect(h.alerts.health('down')).toEqual([
        expect.objectContaining({ kind: 'source.health', sourceId: 'flaky', headline: 'Source Flaky wire stopped working: HTTP 500' }),
      ]);
      await h.watcher.pollNow('flaky');
      await h.watcher.pollNow('flaky');
      expect(h.alerts.health('down')).toHaveLength(1);
      expect(h.view('flaky')).toMatchObject({ health: 'paused', pausedReason: expect.stringContaining('paused automatically after 5 failures') });
      expect(h.alerts.health('paused')).toHaveLength(1);

      const before = server.requestsTo('/flaky').length;
      h.clock.advance(24 * 60 * MIN);
      await h.scheduler.tick('flaky');
      expect(server.requestsTo('/flaky')).toHaveLength(before);

      server.route('/flaky', { body: RSS([['a', 'Back']]) });
      await h.watcher.resume('flaky');
      await h.scheduler.tick('flaky');
      expect(h.view('flaky').health).toBe('healthy');
      expect(h.alerts.health('up')).toEqual([expect.objectContaining({ headline: expect.stringMatching(/^Source Flaky wire is working again/) })]);
      await h.watcher.pollNow('flaky');
      expect(h.alerts.health('up')).toHaveLength(1);
      expect(h.alerts.health('down')).toHaveLength(1);
    } finally {
      await h.close();
    }
  });
});
