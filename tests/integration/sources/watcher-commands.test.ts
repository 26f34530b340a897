/** The source commands through the real router, as a shell user would see them. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommandRouter } from '../../../commands/lib/router.js';
import type { Invoker } from '../../../src/chat/invoker.js';
import { SOURCE_KIND_CHOICES, SOURCE_MODE_CHOICES, SOURCE_TIER_CHOICES } from '../../../commands/lib/source-replies.js';
import { sourceAdd } from '../../../commands/source-add.js';
import { sourcePause } from '../../../commands/source-pause.js';
import { sourceRemove } from '../../../commands/source-remove.js';
import { sourceResume } from '../../../commands/source-resume.js';
import { sourceTest } from '../../../commands/source-test.js';
import { sources } from '../../../commands/sources.js';
import { SOURCE_KINDS, SOURCE_MODES, SOURCE_TIERS } from '../../../config/sources-schema.js';
import { Ledger } from '../../../src/core/ledger.js';
import { renderText } from '../../../src/platforms/shell/render-text.js';
import { MemoryLedgerStore } from '../../../src/store/memory-ledger-store.js';
import { FeedServer } from '../../fakes/feed-server.js';
import { ADMIN, MEMBER, TestClock } from '../../fakes/story-ledger.js';
import { buildWatcher } from './watcher-harness.js';

const COMMANDS = [sources, sourceAdd, sourcePause, sourceResume, sourceRemove, sourceTest];
const PUBLIC_DNS = async () => [{ address: '93.184.215.14', family: 4 }];

describe('source commands', () => {
  let server: FeedServer;
  let h: Awaited<ReturnType<typeof buildWatcher>>;
  const router = new CommandRouter(COMMANDS);
  const ledger = new Ledger(new MemoryLedgerStore(), new TestClock());
  const run = async (line: string, invoker: Invoker = ADMIN, services: Record<string, unknown> = { sources: h.watcher }) => {
    const reply = await router.runLine(line, { invoker, channel: { platform: 'shell', id: 'shell' }, ledger, services });
    return { reply, text: renderText(reply) };
  };

  beforeEach(async () => {
    server = await FeedServer.start();
    server.route('/feed', { body: '<rss version="2.0"><channel><title>x</title><item><guid>a</guid><title>H200 story</title></item></channel></rss>' });
    h = await buildWatcher([{ id: 'configured', url: server.url('/feed') }], { lookupAll: PUBLIC_DNS });
  });
  afterEach(async () => {
    await h.close();
    await server.close();
  });

  it('an invoker with the localSources capability (the shell) may watch local hosts, and the source keeps that permission', async () => {
    const shellAdmin: Invoker = { ...ADMIN, capabilities: { localSources: true, attachments: false } };
    const { reply } = await run(`source add nearby url:http://127.0.0.1:${new URL(server.origin).port}/feed`, shellAdmin);
    expect(reply.severity).toBe('success');
    expect(h.watcher.list().map((v) => v.id)).toContain('nearby');
    const tested = await run('source test nearby', shellAdmin);
    expect(tested.text).toContain('H200 story');
    expect(tested.text).not.toMatch(/Refusing/);
    await h.watcher.pollNow('nearby');
    expect(h.view('nearby').health).toBe('healthy');
  });

  it('the choices offered match the config schema', () => {
    expect([...SOURCE_KIND_CHOICES]).toEqual([...SOURCE_KINDS]);
    expect([...SOURCE_TIER_CHOICES]).toEqual([...SOURCE_TIERS]);
    expect([...SOURCE_MODE_CHOICES]).toEqual([...SOURCE_MODES]);
  });

  it('sources lists health, last success, last error and next run for everyone', async () => {
    await h.watcher.pollNow('configured');
    const { reply, text } = await run('sources', MEMBER);
    expect(reply.table?.columns).toEqual(['Source', 'Kind', 'Health', 'Last success', 'Last error', 'Next run']);
    expect(reply.table?.rows[0]).toEqual([
      'configured',
      'feed',
      'healthy',
      '2026-02-01 09:00Z',
      '—',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}Z$/),
    ]);
    expect(text).toContain('configured');
  });

  it('a key in the query of an added URL is shown as *** in the reply and in sources; user:password@ is refused', async () => {
    const chatAdmin: Invoker = { ...ADMIN, platform: 'slack' };
    const added = await run('source add keyed url:"https://feeds.example.com/rss.xml?api_key=K3Y-VALUE-99&q=h200"', chatAdmin);
    expect(added.reply.severity).toBe('success');
    expect(added.text).toContain('URL: https://feeds.example.com/rss.xml?api_key=***&q=h200');
    const listed = await run('sources', MEMBER);
    const refused = await run('source add pw url:"https://bob:hunter2pw@feeds.example.com/rss.xml"', chatAdmin);
    expect(refused.reply.severity).toBe('error');
    expect(refused.text).toMatch(/user name or password.*headers:.*env: FEED_TOKEN/s);
    for (const text of [added.text, listed.text, refused.text, JSON.stringify(h.watcher.list())]) {
      expect(text).not.toContain('K3Y-VALUE-99');
      expect(text).not.toContain('hunter2pw');
    }
    expect(h.watcher.list().map((v) => v.id)).toEqual(['configured', 'keyed']);
  });

  it('refuses to add a loopback URL without the localSources capability unless the config allows private addresses', async () => {
    const chatAdmin: Invoker = { ...ADMIN, platform: 'slack' };
    const { reply, text } = await run(`source add evil url:http://127.0.0.1:${new URL(server.origin).port}/feed`, chatAdmin);
    expect(reply.severity).toBe('error');
    expect(text).toMatch(/private, loopback or link-local/);
    expect(text).toMatch(/allowPrivateAddresses/);
    expect(h.watcher.list().map((v) => v.id)).toEqual(['configured']);
    expect((await run('source add local url:file:///etc/passwd', chatAdmin)).text).toMatch(/Local file: sources/);
    expect(h.watcher.list().map((v) => v.id)).toEqual(['configured']);

    const open = await buildWatcher([], { defaults: { allowPrivateAddresses: true } });
    try {
      const ok = await run(`source add intranet url:${server.url('/feed')}`, chatAdmin, { sources: open.watcher });
      expect(ok.reply.severity).toBe('success');
    } finally {
      await open.close();
    }
  });

  it('adds a public source (persisted across restarts), then removes it only with confirm:true', async () => {
    const added = await run('source add reuters-h200 url:https://feeds.example.com/h200.rss schedule:"*/10 * * * *" name:"Reuters H200"');
    expect(added.reply.severity).toBe('success');
    expect(added.text).toContain('Reuters H200 (reuters-h200) · feed · wire/report · new');
    const file = JSON.parse(await readFile(join(h.dataDir, 'sources', '_added.json'), 'utf8'));
    expect(file.sources).toEqual([
      { id: 'reuters-h200', kind: 'feed', url: 'https://feeds.example.com/h200.rss', schedule: '*/10 * * * *', name: 'Reuters H200' },
    ]);

    await h.watcher.stop();
    const restarted = await buildWatcher([{ id: 'configured', url: server.url('/feed') }], { dataDir: h.dataDir });
    try {
      expect(restarted.watcher.list().map((v) => v.id)).toEqual(['configured', 'reuters-h200']);
      expect(restarted.scheduler.jobs.get('source:reuters-h200')?.cron).toBe('*/10 * * * *');
      expect((await run('source remove reuters-h200', ADMIN, { sources: restarted.watcher })).text).toMatch(/confirm:true/);
      expect((await run('source remove reuters-h200 confirm:true', ADMIN, { sources: restarted.watcher })).reply.severity).toBe('success');
      expect(restarted.watcher.list().map((v) => v.id)).toEqual(['configured']);
      expect(restarted.scheduler.jobs.has('source:reuters-h200')).toBe(false);
      expect((await run('source remove configured confirm:true', ADMIN, { sources: restarted.watcher })).text).toMatch(/defined in the config file/);
    } finally {
      await restarted.watcher.stop();
    }
  });

  it('rejects bad input and non-admins clearly', async () => {
    expect((await run('source add x url:https://feeds.example.com/a schedule:"every minute"')).text).toMatch(/not a valid cron expression/);
    expect((await run('source add configured url:https://feeds.example.com/a')).text).toMatch(/already exists/);
    expect((await run('source add x url:https://feeds.example.com/a', MEMBER)).reply.title).toBe('Not allowed');
    expect((await run('source pause nope')).text).toMatch(/No source "nope"/);
    expect((await run('sources', MEMBER, {})).text).toMatch(/Source watching is not running/);
  });

  it('pause, resume and test', async () => {
    expect((await run('source pause configured')).text).toMatch(/Paused/);
    expect(h.view('configured').health).toBe('paused');
    await h.scheduler.tick('configured');
    expect(server.requests).toHaveLength(0);
    expect((await run('source resume configured')).reply.severity).toBe('success');
    const { reply, text } = await run('source test configured');
    expect(reply.private).toBe(true);
    expect(text).toMatch(/First poll/);
    expect(text).toMatch(/Nothing was stored or sent/);
    expect(text).toContain('H200 story');
    expect(h.ingestor.batches).toEqual([]);
  });
});
