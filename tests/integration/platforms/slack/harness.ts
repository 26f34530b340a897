/**
 * Starts the real Slack platform (Bolt + Web API client) against the fake Slack, with a
 * real ledger and command registry seeded with the H200 story.
 */
import { commands } from '../../../../commands/index.js';
import { CommandRouter } from '../../../../commands/lib/router.js';
import { slackConfigFromEnv } from '../../../../config/slack-config.js';
import { importLedger, type LedgerExport } from '../../../../src/core/changes/entity.js';
import { Ledger } from '../../../../src/core/ledger.js';
import { silentLogger, systemClock } from '../../../../src/core/ports.js';
import { startSlack, type SlackRuntime, type SlackTuning } from '../../../../src/platforms/slack/index.js';
import { MemoryLedgerStore } from '../../../../src/store/memory-ledger-store.js';
import { FakeSlack, type FakeSlackOptions } from '../../../fakes/fake-slack.js';

export const SECRET = 'fakesigningsecret0123456789abcdef';
export const ADMIN = 'UADMIN1';
export const AUTH_ID = 'china-h200-import';

const seenAt = '2026-01-28T12:00:00Z';
const reuters = {
  url: 'https://www.reuters.com/world/china/h200-approvals',
  title: 'China approves H200 purchases',
  publisher: 'Reuters',
  seenAt,
  tier: 'wire' as const,
};

/** The seed: a group quota of over 400,000 H200s and one 50,000 order against it, plus `extraOrders` more. */
export function seed(extraOrders = 0): LedgerExport {
  const orders: LedgerExport['order'] = {
    'ord-1': {
      id: 'ord-1',
      buyerId: 'bytedance',
      itemId: 'h200',
      quantity: { value: 50_000, qualifier: 'exact', unit: 'chips' },
      status: 'placed',
      authorizationId: AUTH_ID,
      evidence: [reuters],
    },
  };
  for (let i = 0; i < extraOrders; i++) {
    orders[`ord-x${i}`] = {
      id: `ord-x${i}`,
      buyerId: 'tencent',
      itemId: 'h200',
      quantity: { value: 10, qualifier: 'exact', unit: 'chips' },
      status: 'reported',
      authorizationId: AUTH_ID,
      evidence: [],
    };
  }
  return {
    version: 1,
    party: {
      bytedance: { id: 'bytedance', name: 'ByteDance', aliases: [], country: 'CN' },
      alibaba: { id: 'alibaba', name: 'Alibaba', aliases: [], country: 'CN' },
      tencent: { id: 'tencent', name: 'Tencent', aliases: [], country: 'CN' },
    },
    authority: { mofcom: { id: 'mofcom', name: 'MOFCOM', aliases: [], country: 'CN' } },
    item: { h200: { id: 'h200', name: 'H200', aliases: ['Nvidia H200'], excludes: ['H20'], unit: 'chips' } },
    authorization: {
      [AUTH_ID]: {
        id: AUTH_ID,
        name: 'China H200 import approval',
        aliases: [],
        direction: 'import',
        authorityId: 'mofcom',
        itemId: 'h200',
        holderIds: ['bytedance', 'alibaba', 'tencent'],
        groupName: 'Big three',
        status: 'approved_with_conditions',
        quota: { value: 400_000, qualifier: 'over', unit: 'chips' },
        allocations: [],
        evidence: [reuters],
        provenance: { status: 'wire', quota: 'wire' },
        disputed: false,
      },
    },
    order: orders,
  };
}

/** A running platform plus everything a test asserts on. */
export interface Harness {
  fake: FakeSlack;
  ledger: Ledger;
  runtime: SlackRuntime;
  /** The events endpoint (slash commands and interactions). */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** Starts fake Slack and Greenlight on Slack (HTTP mode unless `socket`). */
export async function startHarness(
  opts: { fake?: FakeSlackOptions; tuning?: SlackTuning; socket?: boolean; extraOrders?: number; env?: Record<string, string> } = {},
): Promise<Harness> {
  const fake = await new FakeSlack(opts.fake).start();
  const ledger = new Ledger(new MemoryLedgerStore(), systemClock);
  await ledger.commit(importLedger(seed(opts.extraOrders)), { actor: { kind: 'system', id: 'test-seed' }, tier: 'admin' });
  const router = new CommandRouter(commands, silentLogger);
  const config = slackConfigFromEnv({
    SLACK_BOT_TOKEN: fake.botToken,
    ...(opts.socket ? { SLACK_APP_TOKEN: fake.appToken } : { SLACK_SIGNING_SECRET: SECRET }),
    PORT: '0',
    SLACK_API_URL: fake.apiUrl,
    SLACK_ADMIN_USERS: ADMIN,
    ...opts.env,
  })!;
  let runtime: SlackRuntime;
  try {
    runtime = await startSlack({ config, router, ledger, services: {}, logger: silentLogger, tuning: { host: '127.0.0.1', ...opts.tuning } });
  } catch (err) {
    await fake.close();
    throw err;
  }
  const origin = `http://127.0.0.1:${runtime.port ?? 0}`;
  return {
    fake,
    ledger,
    runtime,
    origin,
    url: `${origin}/slack/events`,
    async close() {
      await runtime.stop();
      await fake.close();
    },
  };
}
