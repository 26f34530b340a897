/**
 * Slack benchmark (npx tsx bench/slack-bench.ts), everything on 127.0.0.1:
 * 1. Latency of a signed `/greenlight status` over HTTP: Greenlight vs a bare Bolt app
 *    that only acks, each in its own process, requests interleaved, over six sets of fresh
 *    processes; p50 / p99 and the ratio (bench/slack-latency.ts).
 * 2. Alert throughput to 100 channels against a fake Slack that enforces one message a
 *    second per channel (429 otherwise): total time vs the theoretical floor.
 */
import { performance } from 'node:perf_hooks';
import type { Alert } from '../src/chat/alert.js';
import { startHarness } from '../tests/integration/platforms/slack/harness.js';
import { latency } from './slack-latency.js';

const CHANNELS = 100;
const ALERTS_PER_CHANNEL = 3;

async function throughput(): Promise<string[]> {
  const h = await startHarness({ fake: { enforceChannelRate: true } });
  h.fake.on('chat.postMessage', () => undefined);
  const alerts: Alert[] = [];
  for (let round = 0; round < ALERTS_PER_CHANNEL; round++) {
    for (let c = 0; c < CHANNELS; c++) {
      alerts.push({
        id: `bench-${round}-${c}`,
        channel: { platform: 'slack', id: `C${String(c).padStart(4, '0')}` },
        subscriptionId: 's',
        kind: 'authorization.status_changed',
        content: {
          severity: 'info',
          title: `Update ${round}`,
          text: 'H200 import approval changed',
          links: [{ title: 'Reuters', url: 'https://www.reuters.com/x' }],
        },
        mentions: { roles: [], users: [], groups: [] },
        createdAt: new Date().toISOString(),
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
  const limited = calls - alerts.length;
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
