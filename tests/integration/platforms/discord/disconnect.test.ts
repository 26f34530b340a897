/**
 * A Discord outage, end to end: the gateway is disconnected (the fake refuses to let the
 * bot back in) and REST answers 502 to channel posts. The real AlertService (outbox on
 * disk) keeps the alerts made meanwhile and, once Discord is back, the real discord.js
 * client posts each one exactly once, in order, with allowed_mentions set.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../../../commands/index.js';
import { CommandRouter } from '../../../../commands/lib/router.js';
import type { ChannelRef } from '../../../../src/chat/channel-ref.js';
import type { Invoker } from '../../../../src/chat/invoker.js';
import { AlertService } from '../../../../src/alerts/alert-service.js';
import type { Ledger } from '../../../../src/core/ledger.js';
import { silentLogger, systemClock } from '../../../../src/core/ports.js';
import { DISCORD_CAPABILITIES } from '../../../../src/platforms/discord/invocation.js';
import { eventually, ManualScheduler, tempDir } from '../../alerts/harness.js';
import { startHarness, TEXT_CHANNEL } from './harness.js';
import { within } from '../../../fakes/hang-guard.js';

const ROLE = '1000000000000000055';
const CHANNEL: ChannelRef = { platform: 'discord', id: TEXT_CHANNEL, name: '#h200-alerts' };
const INVOKER: Invoker = { platform: 'discord', userId: '1000000000000000042', displayName: 'Ada Admin', isAdmin: true, capabilities: DISCORD_CAPABILITIES };
const QUANTITIES = ['1,001', '1,002', '1,003'];
const POSTS = new RegExp(`^/channels/${TEXT_CHANNEL}/messages$`);

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
});

/** An admin records an order through the command router, as from a slash command. */
async function addOrder(ledger: Ledger, quantity: string): Promise<void> {
  const router = new CommandRouter(commands, silentLogger);
  const reply = await router.runLine(`order add item:h200 quantity:${quantity.replace(',', '')} buyer:alibaba authorization:cn-h200-import`, {
    invoker: INVOKER,
    channel: { platform: 'discord', id: '1000000000000000004', name: '#ops' },
    ledger,
    services: {},
  });
  expect(reply.severity, reply.title).toBe('success');
}

describe('Discord disconnect', () => {
  it('alerts queued while disconnected are delivered after, none twice', async () => {
    const h = await startHarness();
    cleanups.push(() => h.close());
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const alerts = new AlertService({
      dataDir: dir,
      ledger: h.ledger,
      scheduler: new ManualScheduler(),
      targets: new Map([['discord', h.bot.target]]),
      logger: silentLogger,
      clock: systemClock,
      timezone: 'UTC',
      delivery: { baseBackoffMs: 50, maxBackoffMs: 200 },
    });
    await alerts.open();
    cleanups.push(() => alerts.close());
    await alerts.subscriptions.subscribe({
      channel: CHANNEL,
      kinds: [],
      excludeKinds: [],
      items: [],
      holders: [],
      authorities: [],
      excludeItems: [],
      excludeHolders: [],
      excludeAuthorities: [],
      mentions: { roles: [ROLE], users: [], groups: [] },
      mode: 'instant',
      livingCard: false,
      broadcast: false,
    });

    // Discord goes down: the gateway drops the bot and will not let it back in, REST posts fail.
    h.fake.gatewayDown = true;
    h.fake.startOutage({ method: 'POST', path: POSTS, status: 502, body: { message: 'Bad Gateway', code: 0 } });
    h.fake.dropConnections(4000);
    await eventually(() => h.fake.openSockets === 0, 'the gateway to drop the bot', 10_000);
    const resumesBefore = h.fake.resumes.length;

    for (const q of QUANTITIES) await addOrder(h.ledger, q);
    // discord.js retries each 502 itself, then the outbox backs off and tries again: twice at least.
    await eventually(() => (alerts.outbox.pending().next().value?.attempts ?? 0) >= 2, 'retries against the outage', 15_000);
    const accepted = () => h.fake.find('POST', POSTS).filter((r) => r.status === 200);
    expect(accepted()).toEqual([]);
    expect(h.fake.find('POST', POSTS).some((r) => r.status === 502)).toBe(true);
    expect([...alerts.outbox.pending()].map((e) => e.alert.content.title)).toEqual(
      QUANTITIES.map((q) => `New order: ${q} chips of H200 by Alibaba under China H200 import approval`),
    );
    expect(h.fake.openSockets).toBe(0);

    // Discord is back: the bot resumes its session and the outbox drains.
    h.fake.gatewayDown = false;
    h.fake.endOutage();
    await eventually(() => h.fake.openSockets === 1 && h.fake.resumes.length > resumesBefore, 'the gateway session to resume', 15_000);
    await within(alerts.idle(), 'delivery after recovery', 20_000);

    const posts = accepted();
    const about = posts.map((p) => {
      const text = JSON.stringify(p.body.embeds);
      const hits = QUANTITIES.filter((q) => text.includes(`${q} chips`));
      expect(hits, text).toHaveLength(1);
      return hits[0];
    });
    expect(about).toEqual(QUANTITIES);
    for (const p of posts) {
      expect(p.body.allowed_mentions).toEqual({ parse: [], roles: [ROLE], users: [] });
      expect(p.body.content).toBe(`<@&${ROLE}>`);
    }
    // Retries of one alert repeat its nonce; different alerts never share one.
    expect(new Set(posts.map((p) => p.body.nonce)).size).toBe(3);
    expect(alerts.outbox.pendingCount).toBe(0);
    alerts.kick();
    await within(alerts.idle(), 'a quiet outbox', 20_000);
    expect(accepted()).toHaveLength(3);
  });
});
