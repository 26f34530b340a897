/**
 * Outside text from a feed, all the way to every platform: a feed item whose title and
 * body carry a right-to-left override (U+202E), bidi isolates, zero-width characters, BEL
 * and `@here`/`@channel`/`@everyone` is polled from a local feed server, goes through the
 * real pipeline and AlertService, and is posted by the real Slack Web API client (fake
 * Slack), the real discord.js REST client (fake Discord) and the shell. What each platform
 * receives shows the words, with nothing invisible, nothing reversed and nothing that pings.
 */
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelRef } from '../../../src/chat/channel-ref.js';
import { silentLogger } from '../../../src/core/ports.js';
import { ShellDeliveryTarget } from '../../../src/platforms/shell/run-shell.js';
import { visibleText, type SlackBlock } from '../../../src/platforms/slack/blocks.js';
import { createIngestor } from '../../../src/sources/pipeline/index.js';
import { FeedServer } from '../../fakes/feed-server.js';
import { harness as alertsHarness, tempDir } from '../alerts/harness.js';
import { buildWatcher } from '../sources/watcher-harness.js';
import { startHarness as startDiscord, TEXT_CHANNEL, type Harness as DiscordHarness } from './discord/harness.js';
import { startHarness as startSlack, type Harness as SlackHarness } from './slack/harness.js';

// What must never reach a platform from outside text.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;
const BROADCAST = /@(everyone|here|channel)/i;

const TITLE = 'China approves Tencent to buy 100,000 Nvidia H200 chips \u202Egnp.exe\u202C \u2066isolated\u2069 Ten\u200Bcent\u0007 @here';
const BODY = 'Reported \u202Ereversed\u202C today.\nSecond line \u0007\u001b[2J @channel @everyone';

function jsonFeed(items: { id: string; title: string; content_text?: string }[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Wire',
    home_page_url: 'https://wire.example.com/',
    items: items.map((i) => ({ url: `https://wire.example.com/${i.id}`, date_published: '2026-02-01T08:00:00Z', ...i })),
  });
}

let slack: SlackHarness;
let discord: DiscordHarness;
let server: FeedServer;
let printed = '';
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  slack = await startSlack({ tuning: { delivery: { channelIntervalMs: 10 } } });
  cleanups.push(() => slack.close());
  discord = await startDiscord();
  cleanups.push(() => discord.close());
  server = await FeedServer.start();
  cleanups.push(() => server.close());
  const out = new PassThrough();
  out.on('data', (d: Buffer) => {
    printed += d.toString();
  });
  const { dir, cleanup } = await tempDir();
  cleanups.push(cleanup);
  const h = await alertsHarness({ dir, targets: [slack.runtime.target, discord.bot.target, new ShellDeliveryTarget(out)] });
  cleanups.push(() => h.service.close());
  const channels: ChannelRef[] = [
    { platform: 'slack', id: 'C900', name: '#alerts' },
    { platform: 'discord', id: TEXT_CHANNEL, name: '#alerts' },
    { platform: 'shell', id: 'shell', name: 'shell' },
  ];
  for (const c of channels) expect((await h.run('/greenlight subscribe', c)).reply.severity).toBe('success');

  const ingestor = createIngestor({ ledger: h.ledger, alerts: h.service, logger: silentLogger, clock: h.clock });
  server.route('/feed.json', {
    body: jsonFeed([{ id: 'old', title: 'Nvidia H200 shipments continue' }]),
    headers: { 'content-type': 'application/feed+json' },
    etag: '"1"',
  });
  const w = await buildWatcher([{ id: 'wire', name: 'Example Wire', url: server.url('/feed.json') }], { ingestor, alerts: h.service, clock: h.clock });
  cleanups.push(() => w.close());
  await w.watcher.pollNow('wire'); // the first poll only records what is there
  server.route('/feed.json', {
    body: jsonFeed([
      { id: 'new', title: TITLE, content_text: BODY },
      { id: 'old', title: 'Nvidia H200 shipments continue' },
    ]),
    headers: { 'content-type': 'application/feed+json' },
    etag: '"2"',
  });
  await w.watcher.pollNow('wire');
  await h.service.idle();
}, 60_000);

afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

describe('a feed item with invisible, direction-changing and mention text', () => {
  it('reaches Slack without invisible or reversing characters, in verbatim mrkdwn, pinging nobody', () => {
    const posts = slack.fake.callsOf('chat.postMessage').filter((c) => c.params.channel === 'C900');
    expect(posts.length).toBeGreaterThan(0);
    const shown = posts.map((p) => `${String(p.params.text)}\n${visibleText(p.params.blocks as SlackBlock[])}`).join('\n');
    expect(shown).toContain('gnp.exe');
    expect(shown).toContain('Tencent');
    expect(shown).not.toMatch(INVISIBLE);
    expect(shown).not.toMatch(BROADCAST);
    const texts: { type: string; verbatim?: boolean }[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (o.type === 'mrkdwn') texts.push(o as { type: string; verbatim?: boolean });
        Object.values(o).forEach(walk);
      }
    };
    for (const p of posts) walk(p.params.blocks);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((t) => t.verbatim === true)).toBe(true);
  });

  it('reaches Discord without invisible or reversing characters', () => {
    const posts = discord.fake.find('POST', new RegExp(`^/channels/${TEXT_CHANNEL}/messages$`));
    expect(posts.length).toBeGreaterThan(0);
    const strings: string[] = [];
    JSON.parse(JSON.stringify(posts.map((p) => p.body.embeds)), (_k, v: unknown) => {
      if (typeof v === 'string') strings.push(v);
      return v;
    });
    // A lone zero-width space is Greenlight's own placeholder for an empty field name.
    const all = strings.filter((s) => s !== '\u200b').join('\n');
    expect(all).toContain('gnp.exe');
    expect(all).not.toMatch(INVISIBLE);
    expect(all.replace(/\\@/g, '@')).not.toMatch(BROADCAST);
  });

  it('reaches the shell without invisible, reversing or terminal-control characters', () => {
    const alert = printed.slice(printed.indexOf('🔔'));
    expect(alert).toContain('gnp.exe');
    expect(alert).not.toMatch(INVISIBLE);
    expect(alert).not.toMatch(BROADCAST);
  });
});
