import type { ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildDocumentsUrl, fetchFederalRegister, FederalRegisterError } from '../../../src/sources/federal-register/index.js';
import { FeedServer } from '../../fakes/feed-server.js';
import { frFixture } from '../../unit/sources/fixtures.js';

const fetchOpts = { userAgent: 'GreenlightTest/0.1 (tests@greenlight.invalid)', allowPrivate: true };

function json(res: ServerResponse, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
}

function doc(n: string): Record<string, unknown> {
  return { document_number: n, title: `Rule ${n}`, type: 'Rule', publication_date: '2026-01-15', agencies: [{ slug: 'industry-and-security-bureau' }] };
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

describe('fetchFederalRegister', () => {
  it('follows next_page_url across pages and sends validators only on the first', async () => {
    server.route('/api/v1/documents.json', {
      handler: (req, res, origin) => {
        const page = Number(new URL(req.url ?? '/', origin).searchParams.get('page') ?? '1');
        const next = page < 3 ? `${origin}/api/v1/documents.json?page=${page + 1}` : undefined;
        json(
          res,
          { count: 5, total_pages: 3, next_page_url: next, results: page < 3 ? [doc(`2026-00${page}01`), doc(`2026-00${page}02`)] : [doc('2026-00301')] },
          page === 1 ? { etag: '"p1"' } : {},
        );
      },
    });
    const url = buildDocumentsUrl({ baseUrl: server.url('/api/v1'), agencies: ['industry-and-security-bureau'], types: ['RULE'], since: '2026-01-01' });
    const result = await fetchFederalRegister(url, { ...fetchOpts, etag: '"old"' }, 10);
    expect(result).toMatchObject({ notModified: false, pagesFetched: 3, truncated: false, etag: '"p1"' });
    expect(result.items.map((i) => i.id)).toEqual(['2026-00101', '2026-00102', '2026-00201', '2026-00202', '2026-00301']);
    const sent = server.requestsTo('/api/v1/documents.json');
    expect(sent[0]?.url).toContain('conditions[agencies][]=industry-and-security-bureau');
    expect(sent[0]?.headers['if-none-match']).toBe('"old"');
    expect(sent[1]?.headers['if-none-match']).toBeUndefined();
  });

  it('stops at maxPages and says the result is truncated', async () => {
    server.route('/api/v1/documents.json', {
      handler: (req, res, origin) => {
        const page = Number(new URL(req.url ?? '/', origin).searchParams.get('page') ?? '1');
        json(res, { count: 1000, next_page_url: `${origin}/api/v1/documents.json?page=${page + 1}`, results: [doc(`2026-1${String(page).padStart(4, '0')}`)] });
      },
    });
    const result = await fetchFederalRegister(server.url('/api/v1/documents.json'), fetchOpts, 2);
    expect(result.pagesFetched).toBe(2);
    expect(result.items).toHaveLength(2);
    expect(result.truncated).toBe(true);
  });

  it('does not follow a next_page_url on another origin', async () => {
    server.route('/api/v1/documents.json', {
      handler: (_req, res) => json(res, { count: 3, next_page_url: 'https://evil.example/api/v1/documents.json?page=2', results: [doc('2026-00789')] }),
    });
    const warnings: string[] = [];
    const result = await fetchFederalRegister(server.url('/api/v1/documents.json'), fetchOpts, 5, { warn: (_o, m) => warnings.push(m ?? '') });
    expect(result).toMatchObject({ pagesFetched: 1, truncated: true });
    expect(warnings.join()).toMatch(/another origin/);
    expect(server.requests).toHaveLength(1);
  });

  it('reports a 304 on the first page as notModified', async () => {
    server.route('/api/v1/documents.json', { body: frFixture('documents-bis-rules.json'), etag: '"same"', headers: { 'content-type': 'application/json' } });
    const result = await fetchFederalRegister(server.url('/api/v1/documents.json'), { ...fetchOpts, etag: '"same"' });
    expect(result).toMatchObject({ notModified: true, items: [], pagesFetched: 0 });
  });

  it('an HTML "Request Access" answer is an error, not an empty result', async () => {
    server.route('/api/v1/documents.json', { body: frFixture('request-access.html'), headers: { 'content-type': 'text/html; charset=utf-8' } });
    await expect(fetchFederalRegister(server.url('/api/v1/documents.json'), fetchOpts)).rejects.toThrow(FederalRegisterError);
  });

  it('a 400 {errors} answer surfaces as an HTTP error from the fetch layer', async () => {
    server.route('/api/v1/documents.json', {
      status: 400,
      body: frFixture('documents-error-unknown-agency.json'),
      headers: { 'content-type': 'application/json' },
    });
    await expect(fetchFederalRegister(server.url('/api/v1/documents.json'), fetchOpts)).rejects.toMatchObject({ code: 'http-status', status: 400 });
  });

  it('a 200 with no results is an empty list', async () => {
    server.route('/api/v1/documents.json', { body: frFixture('documents-no-results.json'), headers: { 'content-type': 'application/json' } });
    const result = await fetchFederalRegister(server.url('/api/v1/documents.json'), fetchOpts);
    expect(result).toMatchObject({ items: [], pagesFetched: 1, truncated: false });
  });
});
