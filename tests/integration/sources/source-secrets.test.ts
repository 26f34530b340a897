/**
 * Issue 12 item 2: secrets in a source URL are never shown, and credentials come from the
 * environment instead. Through the composition root (startApp with a real config file, the
 * shell, a real pino logger and a real feed server): the `sources` list, the "stopped working"
 * alert, `source test` and every log line keep the key hidden; `source add` refuses
 * user:password@ with directions; a header from an environment variable reaches the feed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config/load-config.js';
import { createLogger } from '../../../src/logger.js';
import { fetchSource } from '../../../src/sources/fetch/fetch-source.js';
import { startApp, type App } from '../../../src/start-app.js';
import { waitFor } from '../../fakes/fake-slack.js';
import { FeedServer } from '../../fakes/feed-server.js';

const KEY = 'SEKRETKEY123456';
const TOKEN = 'tok-ABCDEF-987654';
const RSS = '<rss version="2.0"><channel><title>Private</title><item><guid>p1</guid><title>Members-only H200 story</title></item></channel></rss>';

describe('secrets in source URLs and credentials from the environment', () => {
  let server: FeedServer;
  let app: App | undefined;
  beforeEach(async () => {
    server = await FeedServer.start();
    // A server that drops the connection: the error names the URL it was fetching.
    server.route('/broken', { handler: (req) => req.socket.destroy() });
    server.route('/private.xml', {
      handler: (req, res) => {
        if (req.headers.authorization !== `Bearer ${TOKEN}`) return void res.writeHead(401).end('no');
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS);
      },
    });
  });
  afterEach(async () => {
    await app?.stop();
    app = undefined;
    await server.close();
  });

  it('never shows the key or the header value; refuses user:password@ with directions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gl-secrets-'));
    const configPath = join(dir, 'greenlight.yml');
    writeFileSync(
      configPath,
      [
        'sources:',
        '  - id: keyed',
        `    url: ${server.url(`/broken?api_key=${KEY}&q=h200`)}`,
        '    schedule: "* * * * * *"',
        '    allowPrivate: true',
        '  - id: authed',
        `    url: ${server.url('/private.xml')}`,
        '    allowPrivate: true',
        '    headers:',
        '      Authorization: { env: FEED_TOKEN, prefix: "Bearer " }',
        'sourceDefaults:',
        '  failuresBeforeUnhealthy: 1',
        '  failuresBeforePause: 50',
        '  perHostRequestsPerSecond: { 127.0.0.1: 1000 }',
      ].join('\n'),
    );
    const config = loadConfig({ GREENLIGHT_CONFIG: configPath, DATA_DIR: join(dir, 'data'), FEED_TOKEN: TOKEN });
    const logs = new PassThrough();
    let logged = '';
    logs.on('data', (d) => (logged += d));
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    let printed = '';
    stdout.on('data', (d) => (printed += d));
    app = await startApp({ config, args: { shell: true }, logger: createLogger('debug', logs), stdin, stdout });

    stdin.write('/greenlight subscribe\n');
    await waitFor(() => printed.includes('stopped working'), 15_000);
    stdin.write('/greenlight sources\n/greenlight source test keyed\n/greenlight source test authed\n');
    await waitFor(() => printed.includes('Members-only H200 story') && printed.includes('Test of keyed failed'), 15_000);
    stdin.write('/greenlight source add leak url:"https://bob:hunter2pw@feeds.example.com/x.xml?token=abc"\n');
    await waitFor(() => printed.includes('user name or password'), 15_000);

    expect(server.requestsTo('/broken').length).toBeGreaterThan(0);
    expect(printed).toMatch(/Source keyed stopped working: .*api_key=\*\*\*&q=h200/);
    expect(printed).toMatch(/keyed .*api_key=\*\*\*/);
    expect(printed).toMatch(/headers:.*env: FEED_TOKEN/);
    expect(printed).not.toContain('hunter2pw');
    for (const [where, text] of [
      ['replies and alerts', printed],
      ['logs', logged],
    ] as const) {
      expect({ where, key: text.includes(KEY), token: text.includes(TOKEN) }).toEqual({ where, key: false, token: false });
    }
    expect(logged).toContain('poll failed');
  });

  it('configured headers go to the source origin only, never along a redirect to another host', async () => {
    const other = await FeedServer.start();
    try {
      other.route('/landing.xml', { body: RSS });
      // 127.0.0.1 and localhost are different origins for the same server.
      const elsewhere = other.url('/landing.xml').replace('127.0.0.1', 'localhost');
      server.route('/moved', { redirectTo: elsewhere });
      const res = await fetchSource(server.url('/moved'), { userAgent: 'test', allowPrivate: true, headers: { Authorization: `Bearer ${TOKEN}` } });
      expect(res.kind).toBe('ok');
      expect(server.requestsTo('/moved')[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(other.requestsTo('/landing.xml')[0]!.headers.authorization).toBeUndefined();
    } finally {
      await other.close();
    }
  });
});
