/**
 * Issue 13: on Discord, admin commands live under `/greenlight-admin`, so the subscribe reply
 * must name `/greenlight-admin unsubscribe` (the command that exists there), and a second
 * identical subscribe is refused with the id of the first. Real discord.js against the fake.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { commands } from '../../../../commands/index.js';
import { CommandRouter } from '../../../../commands/lib/router.js';
import { SubscriptionStore } from '../../../../src/alerts/subscription-store.js';
import { silentLogger, systemClock } from '../../../../src/core/ports.js';
import { startDiscord, type DiscordRuntime } from '../../../../src/platforms/discord/index.js';
import { chatInput } from '../../../fakes/fake-discord-payloads.js';
import { FakeDiscord } from '../../../fakes/fake-discord.js';
import { ADMIN_ROLE, APP_ID, configFor, seededLedger, TEXT_CHANNEL, TOKEN } from './harness.js';

let fake: FakeDiscord;
let bot: DiscordRuntime;
let dir: string;
const admin = { userId: '1000000000000000100', username: 'analyst', roles: [ADMIN_ROLE] };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'greenlight-discord-sub-'));
  fake = await FakeDiscord.start({ token: TOKEN, applicationId: APP_ID, channels: { [TEXT_CHANNEL]: 0 } });
  const subscriptions = new SubscriptionStore(dir, systemClock);
  await subscriptions.open();
  const { ledger } = await seededLedger();
  bot = await startDiscord({
    config: configFor(fake, { DISCORD_ADMIN_ROLES: ADMIN_ROLE }),
    router: new CommandRouter(commands, silentLogger),
    ledger,
    services: { subscriptions },
    logger: silentLogger,
  });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  await rm(dir, { recursive: true, force: true });
});

async function interact(payload: any) {
  const after = fake.requests.length;
  fake.dispatch('INTERACTION_CREATE', payload);
  return (await fake.waitFor('POST', new RegExp(`^/interactions/${payload.id}/[^/]+/callback$`), 10_000, after)).body;
}

it('names /greenlight-admin unsubscribe, and refuses an identical second subscription with the first id', async () => {
  const first = await interact(chatInput(APP_ID, admin, 'greenlight-admin', 'subscribe', [{ name: 'kinds', value: 'order.new' }]));
  const embed = first.data.embeds[0];
  expect(embed.title).toMatch(/^Subscribed .*\(sub-1\)$/);
  expect(embed.description).toContain('Remove it with `/greenlight-admin unsubscribe sub-1`.');
  expect(embed.description).not.toContain('`/greenlight unsubscribe');

  const second = await interact(chatInput(APP_ID, admin, 'greenlight-admin', 'subscribe', [{ name: 'kinds', value: 'order.new' }]));
  expect(second.data.embeds[0].description).toContain('This channel already has this subscription: sub-1 (kinds order.new · instant)');
});

it('names /greenlight-admin party add when a buyer is unknown, and other admin commands the same way', async () => {
  const refused = await interact(
    chatInput(APP_ID, admin, 'greenlight-admin', 'order add', [
      { name: 'item', value: 'h200' },
      { name: 'quantity', value: '10' },
      { name: 'buyer', value: 'Baidu' },
    ]),
  );
  const text = JSON.stringify(refused.data);
  expect(text).toContain('`/greenlight-admin party add name:Baidu`');
  expect(text).not.toContain('`/greenlight party add');
  // A message from the ledger itself (which does not know the platform) is named the same way.
  const exists = await interact(chatInput(APP_ID, admin, 'greenlight-admin', 'party add', [{ name: 'name', value: 'ByteDance' }]));
  expect(JSON.stringify(exists.data)).toContain('`/greenlight-admin party edit bytedance`');
  // Everyone's commands keep their name.
  const listed = await interact(chatInput(APP_ID, admin, 'greenlight', 'list', [{ name: 'page', value: 9 }]));
  expect(JSON.stringify(listed.data)).toContain('`/greenlight list page:1`');
});
