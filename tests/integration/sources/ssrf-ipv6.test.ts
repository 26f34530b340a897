/**
 * Issue 12 item 6: IPv6 forms that embed a loopback IPv4 address ([::127.0.0.1],
 * [::ffff:0:127.0.0.1], [2002:7f00:1::]) are refused at `source add`, before a poll's request
 * (literal and DNS answers) and at connect time, and the feed server never sees a request.
 */
import type { LookupAddress } from 'node:dns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandRouter } from '../../../commands/lib/router.js';
import type { Invoker } from '../../../src/chat/invoker.js';
import { sourceAdd } from '../../../commands/source-add.js';
import { sourceTest } from '../../../commands/source-test.js';
import { sources } from '../../../commands/sources.js';
import { Ledger } from '../../../src/core/ledger.js';
import { SourceFetchError } from '../../../src/sources/fetch/errors.js';
import { guardedLookupWith } from '../../../src/sources/fetch/guarded-lookup.js';
import { renderText } from '../../../src/platforms/shell/render-text.js';
import { MemoryLedgerStore } from '../../../src/store/memory-ledger-store.js';
import { FeedServer } from '../../fakes/feed-server.js';
import { ADMIN, TestClock } from '../../fakes/story-ledger.js';
import { buildWatcher } from './watcher-harness.js';

const SLACK_ADMIN: Invoker = { ...ADMIN, platform: 'slack' };
const EMBEDDED_LOOPBACK = ['[::127.0.0.1]', '[::ffff:0:127.0.0.1]', '[2002:7f00:1::]', '[64:ff9b::7f00:1]', '[::ffff:127.0.0.1]'];
const RSS = '<rss version="2.0"><channel><title>x</title><item><guid>a</guid><title>H200 story</title></item></channel></rss>';

describe('SSRF guard: IPv6 forms of private IPv4 addresses', () => {
  let server: FeedServer;
  let port: string;
  const router = new CommandRouter([sources, sourceAdd, sourceTest]);
  const ledger = new Ledger(new MemoryLedgerStore(), new TestClock());

  beforeEach(async () => {
    server = await FeedServer.start();
    server.route('/feed', { body: RSS });
    port = new URL(server.origin).port;
  });
  afterEach(async () => {
    await server.close();
  });

  it('source add from chat refuses each form with a clear reason and adds nothing', async () => {
    const h = await buildWatcher([]);
    try {
      for (const host of EMBEDDED_LOOPBACK) {
        const reply = await router.runLine(`source add v6 url:http://${host}:${port}/feed`, {
          invoker: SLACK_ADMIN,
          channel: { platform: 'slack', id: 'C1' },
          ledger,
          services: { sources: h.watcher },
        });
        const text = renderText(reply);
        expect({ host, severity: reply.severity }).toEqual({ host, severity: 'error' });
        expect(text).toMatch(/private, loopback or link-local/);
        expect(text).toMatch(/127\.0\.0\.1/);
        expect(text).not.toMatch(/\.\./);
      }
      expect(h.watcher.list()).toEqual([]);
      expect(server.requests).toEqual([]);
    } finally {
      await h.close();
    }
  });

  it('source add refuses a name whose DNS answer is an embedded-IPv4 form (DNS time)', async () => {
    const lookupAll = async () => [{ address: '2002:7f00:1::', family: 6 }];
    const h = await buildWatcher([], { lookupAll });
    try {
      await expect(h.watcher.add({ id: 'rebind', kind: 'feed', url: `http://feeds.example.com:${port}/feed` })).rejects.toThrow(/IPv4 address 127\.0\.0\.1/);
      expect(h.watcher.list()).toEqual([]);
    } finally {
      await h.close();
    }
  });

  it('a configured source on such a literal fails its poll as blocked, without a request', async () => {
    const h = await buildWatcher([{ id: 'mapped', url: `http://[::ffff:0:127.0.0.1]:${port}/feed`, allowPrivate: false }]);
    try {
      await h.watcher.pollNow('mapped');
      expect(h.view('mapped').lastError).toMatch(/Refusing to fetch .*IPv4 address 127\.0\.0\.1/);
      expect(server.requests).toEqual([]);
    } finally {
      await h.close();
    }
  });

  it('the connect-time lookup refuses a rebinding answer in an embedded form', async () => {
    const { Agent, request } = await import('undici');
    for (const answer of ['::ffff:0:7f00:1', '::7f00:1', '2002:7f00:1::', '64:ff9b::a9fe:a9fe']) {
      const resolveAll = (_h: string, _o: object, cb: (err: NodeJS.ErrnoException | null, a: LookupAddress[]) => void) =>
        cb(null, [{ address: answer, family: 6 }]);
      const agent = new Agent({ connect: { lookup: guardedLookupWith(resolveAll) } });
      try {
        const err = await request(`http://feeds.example.com:${port}/feed`, { dispatcher: agent }).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(err).toBeInstanceOf(SourceFetchError);
        expect((err as SourceFetchError).code).toBe('blocked-address');
      } finally {
        await agent.destroy();
      }
    }
    expect(server.requests).toEqual([]);
  });
});
