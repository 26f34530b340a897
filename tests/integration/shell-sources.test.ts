/**
 * Issue 13 "The shell keeps its promise": through the real entry point (`npm start`, shell
 * only), an admin adds a feed on 127.0.0.1 and `source test` reads it, also after a restart.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedServer } from '../fakes/feed-server.js';
import { runCli } from '../fakes/run-cli.js';

const RSS =
  '<rss version="2.0"><channel><title>Local</title><item><guid>a</guid><title>Tencent H200 order confirmed</title><link>https://example.com/a</link></item></channel></rss>';

describe('the shell watches local hosts, as the README says', () => {
  let server: FeedServer;
  beforeEach(async () => {
    server = await FeedServer.start();
    server.route('/feed.xml', { body: RSS, headers: { 'content-type': 'application/rss+xml' } });
  });
  afterEach(async () => {
    await server.close();
  });

  it('source add on 127.0.0.1 is accepted and source test reads the feed, also after a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gl-shell-src-'));
    const first = await runCli(`/greenlight source add lh url:${server.url('/feed.xml')}\n/greenlight source test lh\n`, { env: { DATA_DIR: dataDir } });
    expect(first.stdout).toContain('Watching lh');
    expect(first.stdout).toContain('Tencent H200 order confirmed');
    expect(first.stdout).not.toMatch(/Refusing|Only public/);
    const second = await runCli('/greenlight source test lh\n', { env: { DATA_DIR: dataDir } });
    expect(second.stdout).toContain('Tencent H200 order confirmed');
    expect(server.requestsTo('/feed.xml').length).toBeGreaterThanOrEqual(2);
  });
});
