/**
 * Slack benchmark (npx tsx bench/slack-bench.ts), everything on 127.0.0.1:
 * 1. Latency of a signed `/greenlight status` over HTTP: Greenlight vs a bare Bolt app
 *    that only acks, requests interleaved in one run; p50 / p99 and the ratio.
 * 2. Alert throughput to 100 channels against a fake Slack that enforces one message a
 *    second per channel (429 otherwise): total time vs the theoretical floor.
 */
import { performance } from 'node:perf_hooks';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { Alert } from '../src/alerts/delivery.js';
import { silentLogger } from '../src/core/ports.js';
import { boltLogger } from '../src/platforms/slack/bolt-logger.js';
import { sendSlashCommand } from '../tests/fakes/fake-slack-client.js';
import { FakeSlack } from '../tests/fakes/fake-slack.js';
import { SECRET, startHarness } from '../tests/integration/platforms/slack/harness.js';

const WARMUP = 50;
const ROUNDS = 400;
const CHANNELS = 100;
const ALERTS_PER_CHANNEL = 3;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function bareApp(fake: FakeSlack): Promise<{ url: string; stop: () => Promise<void> }> {
  const app = new App({
    token: fake.botToken, botId: 'BBOT', botUserId: 'UBOT',
    receiver: new HTTPReceiver({ signingSecret: SECRET, logger: boltLogger(silentLogger, LogLevel.ERROR) }),
    clientOptions: { slackApiUrl: fake.apiUrl },
    logger: boltLogger(silentLogger, LogLevel.ERROR),
  });
  app.command('/greenlight', async ({ ack }) => { await ack(); });
  const server = (await app.start({ port: 0, host: '127.0.0.1' } as never)) as Server;
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, stop: async () => { await app.stop(); } };
}

async function latency(): Promise<string[]> {
  const h = await startHarness();
  const bare = await bareApp(h.fake);
  const times = { greenlight: [] as number[], bare: [] as number[] };
  const one = async (which: 'greenlight' | 'bare', record: boolean) => {
    const url = which === 'greenlight' ? h.url : bare.url;
    const started = performance.now();
    const res = await sendSlashCommand(url, { text: 'status', response_url: h.fake.responseUrl() }, { secret: SECRET });
    const took = performance.now() - started;
    if (res.status !== 200) throw new Error(`${which} answered ${res.status}`);
    if (record) times[which].push(took);
  };
  try {
    for (let i = 0; i < WARMUP + ROUNDS; i++) {
      // Alternate which goes first so that neither always runs on a warmer process.
      const order: ('greenlight' | 'bare')[] = i % 2 ? ['greenlight', 'bare'] : ['bare', 'greenlight'];
      for (const which of order) await one(which, i >= WARMUP);
    }
  } finally {
    await bare.stop();
    await h.close();
  }
  const g = times.greenlight.sort((a, b) => a - b);
  const b = times.bare.sort((a, b2) => a - b2);
  const row = (name: string, s: number[]) => `| ${name.padEnd(28)} | ${percentile(s, 50).toFixed(2).padStart(8)} | ${percentile(s, 99).toFixed(2).padStart(8)} |`;
  return [
    `Signed /greenlight status over HTTP, ${ROUNDS} interleaved requests each (after ${WARMUP} warm-up)`,
    `| app                          | p50 (ms) | p99 (ms) |`,
    `|------------------------------|----------|----------|`,
    row('Greenlight (reply in ack)', g),
    row('bare Bolt (empty ack)', b),
    `| ratio Greenlight / bare      | ${(percentile(g, 50) / percentile(b, 50)).toFixed(2).padStart(7)}x | ${(percentile(g, 99) / percentile(b, 99)).toFixed(2).padStart(7)}x |`,
  ];
}

async function throughput(): Promise<string[]> {
  const h = await startHarness({ fake: { enforceChannelRate: true } });
  let limited = 0;
  h.fake.on('chat.postMessage', () => undefined);
  const alerts: Alert[] = [];
  for (let round = 0; round < ALERTS_PER_CHANNEL; round++) {
    for (let c = 0; c < CHANNELS; c++) {
      alerts.push({
        id: `bench-${round}-${c}`, channel: { platform: 'slack', id: `C${String(c).padStart(4, '0')}` }, subscriptionId: 's', kind: 'authorization.status_changed',
        content: { severity: 'info', title: `Update ${round}`, text: 'H200 import approval changed', links: [{ title: 'Reuters', url: 'https://www.reuters.com/x' }] },
        mentions: { roles: [], users: [], groups: [] }, createdAt: new Date().toISOString(),
      });
    }
  }
  const started = performance.now();
  try {
    await Promise.all(alerts.map((a) => h.runtime.target.deliver(a)));
  } finally {
    await h.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const calls = h.fake.callsOf('chat.postMessage').length;
  limited = calls - alerts.length;
  const floor = ALERTS_PER_CHANNEL - 1;
  return [
    `Alerts: ${alerts.length} to ${CHANNELS} channels (${ALERTS_PER_CHANNEL} each), fake Slack enforcing 1 msg/s per channel`,
    `| total (s) | floor (s) | ratio | msgs/s | 429s | posts |`,
    `|-----------|-----------|-------|--------|------|-------|`,
    `| ${seconds.toFixed(2).padStart(9)} | ${floor.toFixed(2).padStart(9)} | ${(seconds / floor).toFixed(2).padStart(5)} | ${(alerts.length / seconds).toFixed(1).padStart(6)} | ${String(limited).padStart(4)} | ${String(calls).padStart(5)} |`,
  ];
}

const lines = [...(await latency()), '', ...(await throughput())];
process.stdout.write(`${lines.join('\n')}\n`);
