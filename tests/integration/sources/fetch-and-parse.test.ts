import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceConfigSchema } from '../../../config/sources-schema.js';
import { FeedParsePool } from '../../../src/sources/poll/feed-parse-pool.js';
import { fetchItems } from '../../../src/sources/poll/fetch-items.js';
import { fetchSource } from '../../../src/sources/fetch/index.js';
import { FeedParseError, parseFeedBytes } from '../../../src/sources/feed/index.js';
import { FeedServer } from '../../fakes/feed-server.js';
import { feedFixture } from '../../unit/sources/fixtures.js';

const opts = { userAgent: 'GreenlightTest/0.1 (tests@greenlight.invalid)', allowPrivate: true };

let server: FeedServer;
beforeAll(async () => {
  server = await FeedServer.start();
});
afterAll(async () => {
  await server.close();
});

async function fetchAndParse(path: string, fixture: string, headers: Record<string, string>) {
  const url = server.route(path, { body: feedFixture(fixture), headers });
  const res = await fetchSource(url, opts);
  if (res.kind !== 'ok') throw new Error('expected ok');
  return parseFeedBytes(res.bytes, res.contentType, res.finalUrl);
}

describe('fetch then parse', () => {
  it('uses the charset from the HTTP header', async () => {
    const feed = await fetchAndParse('/1251', 'encodings/windows-1251_ibash-org-ru.xml', { 'content-type': 'application/rss+xml; charset=windows-1251' });
    expect(feed.items[0]?.title).toBe('Цитата #17703');
  });

  it('resolves relative links against the final URL after a redirect', async () => {
    server.route('/en/games/neverwinter/news/rss', { body: feedFixture('rss2/neverwinter-relative-links.xml') });
    server.route('/rss-old', { redirectTo: '/en/games/neverwinter/news/rss' });
    const res = await fetchSource(server.url('/rss-old'), opts);
    if (res.kind !== 'ok') throw new Error('expected ok');
    const feed = parseFeedBytes(res.bytes, res.contentType, res.finalUrl);
    expect(feed.items[0]?.link).toBe(server.url('/en/games/neverwinter/news/detail/10743874-neverwinter-%26-jingle-jam-humble-bundle%21'));
  });

  it('gzip bytes served without Content-Encoding fail as binary, with an explanation', async () => {
    const err = await fetchAndParse('/gz', 'broken/gzip-body-not-decoded.xml', { 'content-type': 'application/rss+xml' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FeedParseError);
    expect((err as FeedParseError).code).toBe('binary');
    expect((err as FeedParseError).message).toMatch(/without a Content-Encoding header/);
  });

  it('an HTML page served as a feed fails as html', async () => {
    await expect(fetchAndParse('/html', 'broken/html-instead-of-feed_inessential.html', { 'content-type': 'text/html' })).rejects.toMatchObject({
      code: 'html',
    });
  });

  it('a poll resolves relative links against the Content-Location header', async () => {
    const body = '<rss version="2.0"><channel><title>Notices</title><item><guid>n7</guid><title>Notice 7</title><link>notices/7</link></item></channel></rss>';
    const url = server.route('/mirror/feed.xml', { body, headers: { 'content-type': 'application/rss+xml', 'content-location': '/origin/feed.xml' } });
    const source = sourceConfigSchema.parse({ id: 'cl', kind: 'feed', url, allowPrivate: true });
    const feedParser = new FeedParsePool({ workers: 1 });
    try {
      const res = await fetchItems(source, {}, { userAgent: opts.userAgent, allowPrivateAddresses: true, feedParser });
      if (res.notModified) throw new Error('expected items');
      expect(res.items[0]?.link).toBe(server.url('/origin/notices/7'));
    } finally {
      await feedParser.close();
    }
  });
});
