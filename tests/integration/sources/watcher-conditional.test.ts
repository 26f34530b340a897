/** Conditional GET, crash safety between ingest and saving, and `source test` storing nothing. */
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedServer } from '../../fakes/feed-server.js';
import { buildWatcher, fixture } from './watcher-harness.js';

const RSS = (items: Array<[id: string, title: string]>) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.example.com/</link>` +
  items.map(([id, title]) => `<item><guid>${id}</guid><title>${title}</title><link>https://wire.example.com/${id}</link></item>`).join('') +
  `</channel></rss>`;

describe('conditional GET and crash safety', () => {
  let server: FeedServer;
  beforeEach(async () => {
    server = await FeedServer.start();
  });
  afterEach(async () => {
    await server.close();
  });

  it('sends the stored validators back, and a 304 ingests nothing', async () => {
    const lastModified = 'Sat, 31 Jan 2026 10:00:00 GMT';
    const url = server.route('/feed', {
      body: await fixture('feeds/rss2/rss2-spec-sample.xml'),
      etag: 'W/"abc"',
      lastModified,
      headers: { 'content-type': 'application/rss+xml' },
    });
    const h = await buildWatcher([{ id: 'wire', url }]);
    try {
      await h.watcher.pollNow('wire');
      expect(server.requests[0]!.headers['if-none-match']).toBeUndefined();
      await h.watcher.pollNow('wire');
      const second = server.requests[1]!;
      expect(second.headers['if-none-match']).toBe('W/"abc"');
      expect(second.headers['if-modified-since']).toBe(lastModified);
      expect(second.headers['user-agent']).toContain('Greenlight-test');
      expect(h.ingestor.batches).toEqual([]);
      expect(h.view('wire')).toMatchObject({ health: 'healthy', itemsSeen: 4 });
    } finally {
      await h.close();
    }
  });

  it('a failed ingest saves neither validators nor seen items, so the next poll delivers the item again', async () => {
    const url = server.route('/feed', { body: RSS([['a', 'Old story']]), etag: '"1"' });
    const h = await buildWatcher([{ id: 'wire', url }]);
    try {
      await h.watcher.pollNow('wire');
      const afterFirst = await readFile(h.stateFile('wire'), 'utf8');
      expect(JSON.parse(afterFirst)).toMatchObject({ validators: { etag: '"1"' }, firstPollDone: true });

      server.route('/feed', {
        body: RSS([
          ['b', 'H200 quota raised'],
          ['a', 'Old story'],
        ]),
        etag: '"2"',
      });
      h.ingestor.failNext = 1;
      await h.watcher.pollNow('wire');
      const afterCrash = JSON.parse(await readFile(h.stateFile('wire'), 'utf8'));
      expect(afterCrash.validators).toEqual({ etag: '"1"' });
      expect(afterCrash.seen).toEqual([['a', expect.any(String)]]);
      expect(h.view('wire')).toMatchObject({ health: 'failing', lastError: expect.stringContaining('disk full') });

      // Restart between the failed ingest and the next poll: the new process reads the same files.
      await h.watcher.stop();
      const again = await buildWatcher([{ id: 'wire', url }], { dataDir: h.dataDir });
      try {
        await again.watcher.pollNow('wire');
        expect(again.ingestor.items.map((i) => i.id)).toEqual(['b']);
        expect(JSON.parse(await readFile(h.stateFile('wire'), 'utf8')).validators).toEqual({ etag: '"2"' });
      } finally {
        await again.watcher.stop();
      }
    } finally {
      await h.close();
    }
  });

  it('re-delivers after a failed ingest once the pipeline works again', async () => {
    const url = server.route('/feed', { body: RSS([['a', 'Old story']]), etag: '"1"' });
    const h = await buildWatcher([{ id: 'wire', url }]);
    try {
      await h.watcher.pollNow('wire');
      server.route('/feed', {
        body: RSS([
          ['b', 'H200 quota raised'],
          ['a', 'Old story'],
        ]),
        etag: '"2"',
      });
      h.ingestor.failNext = 1;
      await h.watcher.pollNow('wire');
      expect(h.ingestor.batches).toEqual([]);
      await h.watcher.pollNow('wire');
      expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"1"');
      expect(h.ingestor.items.map((i) => i.id)).toEqual(['b']);
      await h.watcher.pollNow('wire');
      expect(h.ingestor.items.map((i) => i.id)).toEqual(['b']);
    } finally {
      await h.close();
    }
  });

  it('source test shows what the next poll would do, and stores and sends nothing', async () => {
    const url = server.route('/feed', { body: RSS([['a', 'Old story']]), etag: '"1"' });
    const h = await buildWatcher([{ id: 'wire', url }]);
    try {
      const firstTest = await h.watcher.test('wire');
      expect(firstTest.summary).toMatch(/First poll.*record 1 item.*Nothing was stored or sent/);
      await expect(readFile(h.stateFile('wire'))).rejects.toThrow();

      await h.watcher.pollNow('wire');
      server.route('/feed', {
        body: RSS([
          ['b', 'H200 quota raised'],
          ['a', 'Old story'],
        ]),
        etag: '"2"',
      });
      const before = await readFile(h.stateFile('wire'), 'utf8');
      const result = await h.watcher.test('wire');
      expect(result.items).toEqual([{ title: 'H200 quota raised', link: 'https://wire.example.com/b', outcome: 'would be stored as news' }]);
      expect(result.summary).toMatch(/1 new or edited item .*Nothing was stored or sent/);
      expect(await readFile(h.stateFile('wire'), 'utf8')).toBe(before);
      expect(h.ingestor.batches).toEqual([]);
      expect(h.alerts.events).toEqual([]);
      // The real poll afterwards still sees the item as new.
      await h.watcher.pollNow('wire');
      expect(h.ingestor.items.map((i) => i.id)).toEqual(['b']);
    } finally {
      await h.close();
    }
  });
});
