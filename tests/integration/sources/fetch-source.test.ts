import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fetchSource, HostPoliteness, SourceFetchError, type FetchSourceOptions } from '../../../src/sources/fetch/index.js';
import { parseFeedBytes } from '../../../src/sources/feed/index.js';
import { FeedServer } from '../../fakes/feed-server.js';
import { feedFixture } from '../../unit/sources/fixtures.js';

const UA = 'GreenlightTest/0.1 (tests@greenlight.invalid)';
const opts = (extra: Partial<FetchSourceOptions> = {}): FetchSourceOptions => ({ userAgent: UA, allowPrivate: true, ...extra });

async function fetchError(url: string, o: FetchSourceOptions): Promise<SourceFetchError> {
  const err = await fetchSource(url, o).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof SourceFetchError)) throw new Error(`expected SourceFetchError, got ${String(err)}`);
  return err;
}

let server: FeedServer;
beforeAll(async () => {
  server = await FeedServer.start();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  server.requests.length = 0;
});

describe('fetchSource over HTTP', () => {
  it('returns the body, validators and content type, and sends our User-Agent', async () => {
    const url = server.route('/rss', {
      body: feedFixture('rss2/rss2-spec-sample.xml'),
      headers: { 'content-type': 'application/rss+xml' },
      etag: '"v1"',
      lastModified: 'Thu, 15 Jan 2026 12:00:00 GMT',
    });
    const res = await fetchSource(url, opts());
    expect(res).toMatchObject({ kind: 'ok', status: 200, etag: '"v1"', lastModified: 'Thu, 15 Jan 2026 12:00:00 GMT', finalUrl: url });
    if (res.kind !== 'ok') throw new Error('unreachable');
    expect(parseFeedBytes(res.bytes, res.contentType, res.finalUrl).title).toBe('Liftoff News');
    expect(server.requestsTo('/rss')[0]?.headers['user-agent']).toBe(UA);
  });

  it('conditional GET: sends stored validators verbatim and reports not-modified on 304', async () => {
    const url = server.route('/cond', {
      body: '<rss version="2.0"><channel><title>c</title></channel></rss>',
      etag: 'W/"abc-123"',
      lastModified: 'Wed, 14 Jan 2026 08:00:00 GMT',
    });
    const first = await fetchSource(url, opts());
    if (first.kind !== 'ok') throw new Error('first fetch should be ok');
    const second = await fetchSource(url, opts({ etag: first.etag, lastModified: first.lastModified }));
    expect(second).toEqual({ kind: 'not-modified' });
    const sent = server.requestsTo('/cond');
    expect(sent[0]?.headers['if-none-match']).toBeUndefined();
    expect(sent[1]?.headers['if-none-match']).toBe('W/"abc-123"');
    expect(sent[1]?.headers['if-modified-since']).toBe('Wed, 14 Jan 2026 08:00:00 GMT');
  });

  it('a changed ETag gets the full body again', async () => {
    const url = server.route('/changed', { body: 'new', etag: '"v2"' });
    const res = await fetchSource(url, opts({ etag: '"v1"' }));
    expect(res).toMatchObject({ kind: 'ok', etag: '"v2"' });
  });

  it('follows relative redirects and reports the final URL', async () => {
    server.route('/old', { redirectTo: '/moved/feed', status: 301 });
    const target = server.route('/moved/feed', { body: 'here' });
    const res = await fetchSource(server.url('/old'), opts());
    expect(res).toMatchObject({ kind: 'ok', finalUrl: target });
    if (res.kind === 'ok') expect(new TextDecoder().decode(res.bytes)).toBe('here');
  });

  it('a redirect loop ends as too-many-redirects', async () => {
    server.route('/loop-a', { redirectTo: '/loop-b' });
    server.route('/loop-b', { redirectTo: '/loop-a' });
    const err = await fetchError(server.url('/loop-a'), opts({ maxRedirects: 4 }));
    expect(err.code).toBe('too-many-redirects');
    expect(err.message).toMatch(/Gave up after 4 redirects.*\(redirect loop\)/);
    expect(server.requests).toHaveLength(5);
  });

  it('refuses a redirect to a file: URL', async () => {
    server.route('/to-file', { redirectTo: 'file:///etc/passwd' });
    expect((await fetchError(server.url('/to-file'), opts())).code).toBe('unsupported-url');
  });

  it('aborts a 50 MB streamed body as too-large, without reading it all', async () => {
    const url = server.route('/huge', { streamBytes: 50 * 1024 * 1024 });
    const started = Date.now();
    const err = await fetchError(url, opts({ maxBytes: 1024 * 1024 }));
    expect(err.code).toBe('too-large');
    expect(err.message).toContain('1048576-byte limit');
    expect(Date.now() - started).toBeLessThan(20_000); // hang protection only
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    const url = server.route('/declared', { body: 'x'.repeat(2000) });
    const err = await fetchError(url, opts({ maxBytes: 1000 }));
    expect(err.code).toBe('too-large');
    expect(err.message).toMatch(/declares 2000 bytes/);
  });

  it('times out on a server that never answers', async () => {
    const url = server.route('/hang', { hang: true });
    const err = await fetchError(url, opts({ timeoutMs: 300 }));
    expect(err.code).toBe('timeout');
    expect(err.message).toBe(`Timed out after 300 ms fetching ${url}`);
  });

  it('the timeout also covers a slow answer', async () => {
    const url = server.route('/slow', { delayMs: 2000, body: 'late' });
    expect((await fetchError(url, opts({ timeoutMs: 200 }))).code).toBe('timeout');
  });

  it('parses Retry-After seconds on 429', async () => {
    const url = server.route('/limited', { status: 429, headers: { 'retry-after': '120' } });
    const err = await fetchError(url, opts());
    expect(err).toMatchObject({ code: 'http-status', status: 429, retryAfterMs: 120_000 });
    expect(err.message).toMatch(/HTTP 429 .*retry after 120 s/);
  });

  it('parses Retry-After as an HTTP-date on 503', async () => {
    const at = new Date(Date.now() + 60_000).toUTCString();
    const url = server.route('/down', { status: 503, headers: { 'retry-after': at } });
    const err = await fetchError(url, opts());
    expect(err.status).toBe(503);
    expect(err.retryAfterMs).toBeGreaterThan(30_000);
    expect(err.retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it('maps 404 to not-found and other statuses to http-status', async () => {
    expect((await fetchError(server.url('/nope'), opts())).code).toBe('not-found');
    const url = server.route('/boom', { status: 500 });
    const err = await fetchError(url, opts());
    expect(err).toMatchObject({ code: 'http-status', status: 500 });
    expect(err.retryAfterMs).toBeUndefined();
  });

  it('decompresses gzip, deflate and br', async () => {
    const xml = '<rss version="2.0"><channel><title>Zipped</title></channel></rss>';
    for (const [enc, body] of [
      ['gzip', gzipSync(xml)],
      ['deflate', deflateSync(xml)],
      ['br', brotliCompressSync(xml)],
    ] as const) {
      const url = server.route(`/z-${enc}`, { body, headers: { 'content-encoding': enc } });
      const res = await fetchSource(url, opts());
      if (res.kind !== 'ok') throw new Error('expected ok');
      expect(new TextDecoder().decode(res.bytes)).toBe(xml);
    }
    expect(server.requests[0]?.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('a body that claims gzip but is not gzip is a clear error', async () => {
    const url = server.route('/fake-gzip', { body: '<rss>plain</rss>', headers: { 'content-encoding': 'gzip' } });
    const err = await fetchError(url, opts());
    expect(err.code).toBe('bad-content-encoding');
    expect(err.message).toMatch(/claims Content-Encoding "gzip" but the body could not be decompressed/);
  });

  it('the decompressed size counts against maxBytes (gzip bomb)', async () => {
    const url = server.route('/bomb', { body: gzipSync(Buffer.alloc(4 * 1024 * 1024)), headers: { 'content-encoding': 'gzip' } });
    expect((await fetchError(url, opts({ maxBytes: 512 * 1024 }))).code).toBe('too-large');
  });

  it('refuses 127.0.0.1 unless allowPrivate, without sending a request', async () => {
    const url = server.route('/private', { body: 'secret' });
    const err = await fetchError(url, opts({ allowPrivate: false }));
    expect(err.code).toBe('blocked-address');
    expect(server.requestsTo('/private')).toHaveLength(0);
    await expect(fetchSource(url, opts({ allowPrivate: true }))).resolves.toMatchObject({ kind: 'ok' });
  });

  it('refuses localhost by name too', async () => {
    const url = server.route('/by-name', { body: 'x' }).replace('127.0.0.1', 'localhost');
    expect((await fetchError(url, opts({ allowPrivate: false }))).code).toBe('blocked-address');
  });

  it('waits for a politeness slot before each request', async () => {
    const url = server.route('/polite', { body: 'ok' });
    const politeness = new HostPoliteness({ requestsPerSecond: 5 });
    const results = await Promise.all([1, 2, 3].map(() => fetchSource(url, opts({ politeness }))));
    expect(results.every((r) => r.kind === 'ok')).toBe(true);
    expect(server.requestsTo('/polite')).toHaveLength(3);
  });
});

describe('fetchSource with file: URLs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'greenlight-fetch-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the file, reports mtime as lastModified, and honours it as a validator', async () => {
    const path = join(dir, 'feed.xml');
    writeFileSync(path, '<rss version="2.0"><channel><title>local</title></channel></rss>');
    const url = pathToFileURL(path).href;
    const first = await fetchSource(url, { userAgent: UA });
    if (first.kind !== 'ok') throw new Error('expected ok');
    expect(new TextDecoder().decode(first.bytes)).toContain('<title>local</title>');
    expect(first.lastModified).toMatch(/GMT$/);
    await expect(fetchSource(url, { userAgent: UA, lastModified: first.lastModified })).resolves.toEqual({ kind: 'not-modified' });
  });

  it('respects maxBytes and reports a missing file as not-found', async () => {
    const path = join(dir, 'big.xml');
    writeFileSync(path, Buffer.alloc(10_000, 0x61));
    expect((await fetchError(pathToFileURL(path).href, { userAgent: UA, maxBytes: 1000 })).code).toBe('too-large');
    expect((await fetchError(pathToFileURL(join(dir, 'missing.xml')).href, { userAgent: UA })).code).toBe('not-found');
  });
});

describe('connect-time address guard (DNS rebinding)', () => {
  it('an agent using guardedLookup refuses to connect when the name resolves to loopback', async () => {
    const { Agent, request } = await import('undici');
    const { guardedLookup } = await import('../../../src/sources/fetch/guarded-lookup.js');
    const url = server.route('/rebind', { body: 'secret' }).replace('127.0.0.1', 'localhost');
    const agent = new Agent({ connect: { lookup: guardedLookup } });
    try {
      const err = await request(url, { dispatcher: agent }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(SourceFetchError);
      expect((err as SourceFetchError).code).toBe('blocked-address');
      expect(server.requestsTo('/rebind')).toHaveLength(0);
    } finally {
      await agent.destroy();
    }
  });
});
