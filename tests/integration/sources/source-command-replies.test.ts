/**
 * Issue 13, "source messages that tell the truth", through the real router and source watcher:
 * pausing a paused source, resuming a failing one, adding a webhook or a JSON source.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { CommandRouter } from '../../../commands/lib/router.js';
import { sourceAdd } from '../../../commands/source-add.js';
import { sourcePause } from '../../../commands/source-pause.js';
import { sourceResume } from '../../../commands/source-resume.js';
import { sourceTest } from '../../../commands/source-test.js';
import { sources } from '../../../commands/sources.js';
import { Ledger } from '../../../src/core/ledger.js';
import { renderText } from '../../../src/platforms/shell/render-text.js';
import { MemoryLedgerStore } from '../../../src/store/memory-ledger-store.js';
import { FeedServer } from '../../fakes/feed-server.js';
import { ADMIN, TestClock } from '../../fakes/story-ledger.js';
import { buildWatcher } from './watcher-harness.js';

const router = new CommandRouter([sources, sourceAdd, sourcePause, sourceResume, sourceTest]);
const ledger = new Ledger(new MemoryLedgerStore(), new TestClock());
let server: FeedServer;
let h: Awaited<ReturnType<typeof buildWatcher>>;

async function run(line: string, invoker = ADMIN) {
  const reply = await router.runLine(line, { invoker, channel: { platform: 'shell', id: 'shell' }, ledger, services: { sources: h.watcher } });
  return { reply, text: renderText(reply) };
}

beforeEach(async () => {
  server = await FeedServer.start();
  server.route('/feed', { status: 500, body: 'down' });
  h = await buildWatcher([{ id: 'wire', url: server.url('/feed') }], {
    defaults: { failuresBeforeUnhealthy: 2, failuresBeforePause: 5 },
    secretFor: (s) => (s.kind === 'webhook' ? 'a-shared-secret-of-32-characters' : undefined),
  });
});
afterEach(async () => {
  await h.close();
  await server.close();
});

it('says a paused source is already paused, and changes nothing', async () => {
  expect((await run('source pause wire')).reply.title).toMatch(/^Paused/);
  const again = await run('source pause wire');
  expect(again.reply.title).toBe('wire is already paused');
  expect(again.text).toContain('It was paused by an admin. Nothing was changed. Resume it with `/greenlight source resume wire`.');
  const notPaused = await run('source resume wire');
  expect(notPaused.reply.severity).toBe('success');
  const twice = await run('source resume wire');
  expect(twice.reply.title).toBe('wire is not paused');
});

it('says what resuming a failing source resets', async () => {
  await h.scheduler.tick('wire');
  h.clock.advance(60 * 60_000);
  await h.scheduler.tick('wire');
  expect(h.view('wire').consecutiveFailures).toBe(2);
  await run('source pause wire');
  const { reply, text } = await run('source resume wire');
  expect(reply.severity).toBe('success');
  expect(text).toContain('It had failed 2 times in a row (last error: HTTP 500');
  expect(text).toContain('Resuming clears its backoff and starts the failure count again');
});

it('tells a webhook which environment variable holds its secret, and does not suggest source test', async () => {
  const { reply, text } = await run('source add procurement kind:webhook');
  expect(reply.severity, text).toBe('success');
  expect(text).toContain(
    'Senders POST to /hooks/procurement, signed with the shared secret held in the environment variable GREENLIGHT_HOOK_SECRET_PROCUREMENT',
  );
  expect(text).not.toContain('source test procurement');
  expect((await run('source test procurement')).reply.severity).toBe('error');
});

it('says a JSON source takes its field mapping from the config file', async () => {
  // The shell's admin, who may name a local host.
  const { text } = await run(`source add api kind:json url:${server.url('/api')}`, { ...ADMIN, capabilities: { localSources: true, attachments: true } });
  expect(text).toContain("declared in the config file's `sources:` entry, not here");
});

it('shows a paused source as paused, not as an error', async () => {
  server.route('/feed', { body: '<rss version="2.0"><channel><title>x</title></channel></rss>' });
  await h.scheduler.tick('wire');
  await run('source pause wire');
  const { reply, text } = await run('sources');
  expect(reply.table!.rows[0]).toEqual(['wire', 'feed', 'paused (by an admin)', expect.any(String), '—', 'paused']);
  expect(reply.title).toBe('1 source');
  expect(text).not.toMatch(/Last error: paused/);
});

it('source test puts "…and N more." below the list it abbreviates', async () => {
  const items = Array.from({ length: 31 }, (_, i) => `<item><guid>g${i}</guid><title>Story ${i}</title></item>`).join('');
  server.route('/feed', { body: `<rss version="2.0"><channel><title>x</title>${items}</channel></rss>` });
  const { text } = await run('source test wire');
  expect(text).toContain('…and 11 more.');
  expect(text.indexOf('…and 11 more.')).toBeGreaterThan(text.indexOf('Story 19'));
});

it('source test says when it lists links for only some of the items', async () => {
  const items = Array.from({ length: 15 }, (_, i) => `<item><guid>g${i}</guid><title>Story ${i}</title><link>https://news.example/${i}</link></item>`).join('');
  server.route('/feed', { body: `<rss version="2.0"><channel><title>x</title>${items}</channel></rss>` });
  const { reply, text } = await run('source test wire');
  expect(reply.links).toHaveLength(10);
  expect(text).toContain('Links below: the first 10 of these 15 items.');
});
