/**
 * One app of the Slack latency benchmark, run in its own process so that neither app's
 * garbage collection lands on the other's requests (in production each app is its own
 * process). Usage: `slack-bench-app.ts greenlight | bare [ACK_BODY_JSON]`.
 * - `greenlight`: the real Slack platform (startSlack) against a fake Slack.
 * - `bare`: a Bolt app whose one listener only acks: empty, or with the given JSON body
 *   (Greenlight's own reply, to separate the cost of a bigger answer from our work).
 * Prints one JSON line ({ url, responseUrl }), then serves until stdin closes. A `reset`
 * line on stdin starts the count of GC pauses and CPU time (after the warm-up); they are
 * printed as a second JSON line on the way out.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { silentLogger } from '../src/core/ports.js';
import { boltLogger } from '../src/platforms/slack/bolt-logger.js';
import { FakeSlack } from '../tests/fakes/fake-slack.js';
import { SECRET, startHarness } from '../tests/integration/platforms/slack/harness.js';

interface Running { url: string; responseUrl: string; stop: () => Promise<void> }

const [which, ackBody] = process.argv.slice(2);
const gc = { count: 0, ms: 0, maxMs: 0 };
let cpuFrom = process.cpuUsage();
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gc.count++;
    gc.ms += e.duration;
    gc.maxMs = Math.max(gc.maxMs, e.duration);
  }
}).observe({ entryTypes: ['gc'] });

async function bare(body: Record<string, unknown> | undefined): Promise<Running> {
  const fake = await new FakeSlack().start();
  const logger = boltLogger(silentLogger, LogLevel.ERROR);
  const app = new App({
    token: fake.botToken, botId: 'BBOT', botUserId: 'UBOT',
    receiver: new HTTPReceiver({ signingSecret: SECRET, logger }),
    clientOptions: { slackApiUrl: fake.apiUrl },
    logger,
  });
  app.command('/greenlight', async ({ ack }) => { await ack(body); });
  const server = (await app.start({ port: 0, host: '127.0.0.1' } as never)) as Server;
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`,
    responseUrl: fake.responseUrl(),
    stop: async () => { await app.stop(); await fake.close(); },
  };
}

async function greenlight(): Promise<Running> {
  const h = await startHarness();
  return { url: h.url, responseUrl: h.fake.responseUrl(), stop: () => h.close() };
}

if (which !== 'greenlight' && which !== 'bare') throw new Error('usage: slack-bench-app.ts greenlight | bare [ACK_BODY_JSON]');
const app = which === 'greenlight' ? await greenlight() : await bare(ackBody ? (JSON.parse(ackBody) as Record<string, unknown>) : undefined);
process.stdout.write(`${JSON.stringify({ url: app.url, responseUrl: app.responseUrl })}\n`);
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line.trim() !== 'reset') return;
  Object.assign(gc, { count: 0, ms: 0, maxMs: 0 });
  cpuFrom = process.cpuUsage();
});
lines.on('close', () => {
  const cpu = process.cpuUsage(cpuFrom);
  void app.stop().then(() => {
    process.stdout.write(`${JSON.stringify({ gc, cpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
    process.exit(0);
  });
});
