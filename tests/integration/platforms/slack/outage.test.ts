/**
 * A Slack outage, end to end: the real AlertService (outbox on disk in a temp dir) hands
 * alerts to the real Slack target (Web API client) pointed at the fake Slack, which
 * answers chat.postMessage with HTTP 500 until the outage ends. Alerts wait in the outbox
 * and go out after recovery, in the order of the ledger changes, none twice, also when
 * Greenlight restarts during the outage.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../../../commands/index.js';
import { CommandRouter } from '../../../../commands/lib/router.js';
import type { ChannelRef } from '../../../../src/chat/channel-ref.js';
import type { Invoker } from '../../../../src/chat/invoker.js';
import { slackConfigFromEnv } from '../../../../config/slack-config.js';
import { AlertService } from '../../../../src/alerts/alert-service.js';
import type { DeliveryTarget } from '../../../../src/chat/alert.js';
import { importLedger } from '../../../../src/core/changes/entity.js';
import { Ledger } from '../../../../src/core/ledger.js';
import { silentLogger, systemClock } from '../../../../src/core/ports.js';
import { SLACK_CAPABILITIES } from '../../../../src/platforms/slack/context.js';
import { startSlack, type SlackRuntime } from '../../../../src/platforms/slack/index.js';
import { MemoryLedgerStore } from '../../../../src/store/memory-ledger-store.js';
import { FakeSlack } from '../../../fakes/fake-slack.js';
import { eventually, ManualScheduler, tempDir } from '../../alerts/harness.js';
import { ADMIN, AUTH_ID, SECRET, seed } from './harness.js';
import { within } from '../../../fakes/hang-guard.js';

const CHANNEL: ChannelRef = { platform: 'slack', id: 'C0OUTAGE1', name: '#h200-alerts' };
const INVOKER: Invoker = { platform: 'slack', userId: ADMIN, displayName: 'Ada Admin', isAdmin: true, capabilities: SLACK_CAPABILITIES };
const QUANTITIES = ['1,001', '1,002', '1,003'];

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
});

/**
 * The fake Slack with an outage switch on chat.postMessage. `accepted` holds the posts
 * Slack took (answered 200 ok), `refused` counts those answered 500.
 */
async function startFake() {
  const fake = await new FakeSlack().start();
  cleanups.push(() => fake.close());
  const state = { down: false, refused: 0, accepted: [] as Record<string, unknown>[] };
  fake.on('chat.postMessage', (params, call) => {
    if (state.down) {
      state.refused++;
      return { status: 500, body: 'internal error' };
    }
    // The default answer accepts a post made with the bot token; anything else is a test bug.
    if (call.token === fake.botToken) state.accepted.push(params);
    return undefined;
  });
  return { fake, state };
}

async function startRuntime(fake: FakeSlack, ledger: Ledger): Promise<SlackRuntime> {
  const config = slackConfigFromEnv({
    SLACK_BOT_TOKEN: fake.botToken,
    SLACK_SIGNING_SECRET: SECRET,
    PORT: '0',
    SLACK_API_URL: fake.apiUrl,
    SLACK_ADMIN_USERS: ADMIN,
  })!;
  const runtime = await startSlack({
    config,
    router: new CommandRouter(commands, silentLogger),
    ledger,
    services: {},
    logger: silentLogger,
    // A short per-channel pace keeps the test quick; ordering does not depend on it.
    tuning: { host: '127.0.0.1', delivery: { channelIntervalMs: 10 } },
  });
  cleanups.push(() => runtime.stop());
  return runtime;
}

async function openAlerts(dir: string, ledger: Ledger, target: DeliveryTarget): Promise<AlertService> {
  const alerts = new AlertService({
    dataDir: dir,
    ledger,
    scheduler: new ManualScheduler(),
    targets: new Map([['slack', target]]),
    logger: silentLogger,
    clock: systemClock,
    timezone: 'UTC',
    delivery: { baseBackoffMs: 50, maxBackoffMs: 200 },
  });
  await alerts.open();
  cleanups.push(() => alerts.close());
  return alerts;
}

async function seededLedger(): Promise<Ledger> {
  const ledger = new Ledger(new MemoryLedgerStore(), systemClock);
  await ledger.commit(importLedger(seed()), { actor: { kind: 'system', id: 'test-seed' }, tier: 'admin' });
  return ledger;
}

async function subscribe(alerts: AlertService): Promise<void> {
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
    mentions: { roles: [], users: [], groups: [] },
    mode: 'instant',
    livingCard: false,
    broadcast: false,
  });
}

/** An admin records an order through the command router, as from a slash command. */
async function addOrder(ledger: Ledger, quantity: string): Promise<void> {
  const router = new CommandRouter(commands, silentLogger);
  const reply = await router.runLine(`order add item:h200 quantity:${quantity.replace(',', '')} buyer:alibaba authorization:${AUTH_ID}`, {
    invoker: INVOKER,
    channel: { platform: 'slack', id: 'C0OPS', name: '#ops' },
    ledger,
    services: {},
  });
  expect(reply.severity, reply.title).toBe('success');
}

/** The order quantity each accepted post is about, in the order Slack accepted them. */
function postedQuantities(accepted: Record<string, unknown>[]): string[] {
  return accepted.map((p) => {
    expect(p.channel).toBe(CHANNEL.id);
    const text = `${String(p.text)} ${JSON.stringify(p.blocks)}`;
    const hits = QUANTITIES.filter((q) => text.includes(`${q} chips`));
    expect(hits, text).toHaveLength(1);
    return hits[0]!;
  });
}

describe('Slack outage', () => {
  it('a Slack outage queues alerts and delivers them after recovery, in order, none twice', async () => {
    const { fake, state } = await startFake();
    const ledger = await seededLedger();
    const runtime = await startRuntime(fake, ledger);
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const alerts = await openAlerts(dir, ledger, runtime.target);
    await subscribe(alerts);

    state.down = true;
    for (const q of QUANTITIES) await addOrder(ledger, q);
    // Retried against the outage at least twice: the alerts are kept, not lost or skipped.
    await eventually(() => state.refused >= 2 && (alerts.outbox.pending().next().value?.attempts ?? 0) >= 2, 'retries against the outage', 15_000);
    expect(state.accepted).toEqual([]);
    const waiting = [...alerts.outbox.pending()];
    expect(waiting.map((e) => e.alert.content.title)).toEqual(
      QUANTITIES.map((q) => `New order: ${q} chips of H200 by Alibaba under China H200 import approval`),
    );
    expect(waiting.every((e) => e.alert.channel.id === CHANNEL.id)).toBe(true);

    state.down = false;
    await within(alerts.idle(), 'delivery after recovery');
    expect(postedQuantities(state.accepted)).toEqual(QUANTITIES);
    expect(alerts.outbox.pendingCount).toBe(0);
    // Nothing is left to retry: another look at the outbox sends nothing more.
    alerts.kick();
    await within(alerts.idle(), 'a quiet outbox');
    expect(state.accepted).toHaveLength(3);
  });

  it('alerts queued during an outage survive a restart and arrive once after recovery', async () => {
    const { fake, state } = await startFake();
    const ledger = await seededLedger();
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);

    const firstRuntime = await startRuntime(fake, ledger);
    const first = await openAlerts(dir, ledger, firstRuntime.target);
    await subscribe(first);
    state.down = true;
    for (const q of QUANTITIES.slice(0, 2)) await addOrder(ledger, q);
    await eventually(() => state.refused >= 1 && (first.outbox.pending().next().value?.attempts ?? 0) >= 1, 'a failed attempt', 15_000);
    expect(first.outbox.pendingCount).toBe(2);
    // Greenlight stops while Slack is still down ...
    await first.close();
    await firstRuntime.stop();
    // ... and a change lands while it is stopped: the next start catches it up from the ledger.
    await addOrder(ledger, QUANTITIES[2]!);
    expect(state.accepted).toEqual([]);

    state.down = false;
    const secondRuntime = await startRuntime(fake, ledger);
    const second = await openAlerts(dir, ledger, secondRuntime.target);
    expect(second.subscriptions.all().map((s) => s.channel.id)).toEqual([CHANNEL.id]);
    await within(second.idle(), 'delivery after the restart');
    expect(postedQuantities(state.accepted)).toEqual(QUANTITIES);
    expect(second.outbox.pendingCount).toBe(0);
    second.kick();
    await within(second.idle(), 'a quiet outbox');
    expect(state.accepted).toHaveLength(3);
  });
});
