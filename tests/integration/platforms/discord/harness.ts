/** A seeded ledger, the real router and commands, and a bot started against the fake Discord. */
import { commands } from '../../../../commands/index.js';
import { CommandRouter } from '../../../../commands/lib/router.js';
import { discordConfigFromEnv, type DiscordConfig } from '../../../../config/discord-config.js';
import { importLedger, type LedgerExport } from '../../../../src/core/changes/entity.js';
import { Ledger } from '../../../../src/core/ledger.js';
import { silentLogger, systemClock } from '../../../../src/core/ports.js';
import { startDiscord, type DiscordRuntime } from '../../../../src/platforms/discord/index.js';
import { MemoryLedgerStore } from '../../../../src/store/memory-ledger-store.js';
import { FakeDiscord } from '../../../fakes/fake-discord.js';

export const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDA5.fake.token-for-tests';
export const APP_ID = '1000000000000000009';
export const TEXT_CHANNEL = '1000000000000000002';
export const FORUM_CHANNEL = '1000000000000000003';
export const ADMIN_ROLE = '1000000000000000077';

const seenAt = '2026-01-28T12:00:00.000Z';

/** The story in numbers: over 400,000 H200s approved for three buyers, 250,000 ordered, 100,000 delivered. */
export const SEED: LedgerExport = {
  version: 1,
  party: {
    bytedance: { id: 'bytedance', name: 'ByteDance', aliases: ['Douyin'] },
    alibaba: { id: 'alibaba', name: 'Alibaba', aliases: [] },
    tencent: { id: 'tencent', name: 'Tencent', aliases: [] },
  },
  authority: { mofcom: { id: 'mofcom', name: 'MOFCOM', aliases: [] } },
  item: { h200: { id: 'h200', name: 'H200', aliases: ['Nvidia H200'], excludes: ['H20'], unit: 'chips' } },
  authorization: {
    'cn-h200-import': {
      id: 'cn-h200-import',
      name: 'China H200 import approval',
      aliases: [],
      direction: 'import',
      authorityId: 'mofcom',
      itemId: 'h200',
      holderIds: ['bytedance', 'alibaba', 'tencent'],
      groupName: 'Big three',
      status: 'approved_with_conditions',
      quota: { value: 400000, qualifier: 'over', unit: 'chips' },
      allocations: [],
      evidence: [{ url: 'https://example.com/reuters-h200', title: 'China approves H200 imports', publisher: 'Reuters', seenAt, tier: 'wire' }],
      provenance: { status: 'wire', quota: 'wire' },
      disputed: false,
    },
  },
  order: {
    'order-1': {
      id: 'order-1',
      buyerId: 'bytedance',
      itemId: 'h200',
      quantity: { value: 150000, qualifier: 'exact', unit: 'chips' },
      status: 'placed',
      authorizationId: 'cn-h200-import',
      evidence: [],
    },
    'order-2': {
      id: 'order-2',
      buyerId: 'alibaba',
      itemId: 'h200',
      quantity: { value: 100000, qualifier: 'exact', unit: 'chips' },
      status: 'delivered',
      authorizationId: 'cn-h200-import',
      evidence: [],
    },
  },
};

/** A ledger holding SEED. */
export async function seededLedger(): Promise<{ ledger: Ledger; store: MemoryLedgerStore }> {
  const store = new MemoryLedgerStore();
  const ledger = new Ledger(store, systemClock);
  await ledger.commit(importLedger(SEED), { actor: { kind: 'system', id: 'test' }, tier: 'admin' });
  return { ledger, store };
}

/** Config for the fake, built the way production builds it: from environment variables. */
export function configFor(fake: FakeDiscord, extra: Record<string, string> = {}): DiscordConfig {
  return discordConfigFromEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, ...extra })!;
}

/** Everything a test needs; `close` stops the bot and the fake. */
export interface Harness {
  fake: FakeDiscord;
  bot: DiscordRuntime;
  ledger: Ledger;
  store: MemoryLedgerStore;
  close(): Promise<void>;
}

export async function startHarness(env: Record<string, string> = {}, options: { deferAfterMs?: number } = {}): Promise<Harness> {
  const fake = await FakeDiscord.start({ token: TOKEN, applicationId: APP_ID, channels: { [TEXT_CHANNEL]: 0, [FORUM_CHANNEL]: 15 } });
  const { ledger, store } = await seededLedger();
  const router = new CommandRouter(commands, silentLogger);
  let bot: DiscordRuntime;
  try {
    bot = await startDiscord({ config: configFor(fake, env), router, ledger, services: {}, logger: silentLogger, ...options });
  } catch (err) {
    await fake.close();
    throw err;
  }
  return {
    fake,
    bot,
    ledger,
    store,
    async close() {
      await bot.stop();
      await fake.close();
    },
  };
}
