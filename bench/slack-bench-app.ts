/**
 * One app of the Slack latency benchmark, in its own process (see lib/app-child.ts).
 * Usage: `slack-bench-app.ts greenlight | bare [ACK_BODY_JSON]`.
 * - `greenlight`: the real Slack platform (startSlack) against a fake Slack.
 * - `bare`: a Bolt app whose one listener only acks: empty, or with the given JSON body
 *   (Greenlight's own reply, to separate the cost of a bigger answer from our work).
 * Prints { url, responseUrl }.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { silentLogger } from '../src/core/ports.js';
import { boltLogger } from '../src/platforms/slack/bolt-logger.js';
import { FakeSlack } from '../tests/fakes/fake-slack.js';
import { SECRET, startHarness } from '../tests/integration/platforms/slack/harness.js';
import { serveBenchApp } from './lib/app-child.js';

/** Where the benchmark reaches a Slack app. */
export interface SlackBenchApp {
  url: string;
  responseUrl: string;
}

async function bare(body: Record<string, unknown> | undefined): Promise<[SlackBenchApp, () => Promise<void>]> {
  const fake = await new FakeSlack().start();
  const logger = boltLogger(silentLogger, LogLevel.ERROR);
  const app = new App({
    token: fake.botToken,
    botId: 'BBOT',
    botUserId: 'UBOT',
    receiver: new HTTPReceiver({ signingSecret: SECRET, logger }),
    clientOptions: { slackApiUrl: fake.apiUrl },
    logger,
  });
  app.command('/greenlight', async ({ ack }) => {
    await ack(body);
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  return [
    { url, responseUrl: fake.responseUrl() },
    async () => {
      await app.stop();
      await fake.close();
    },
  ];
}

async function greenlight(): Promise<[SlackBenchApp, () => Promise<void>]> {
  const h = await startHarness();
  return [{ url: h.url, responseUrl: h.fake.responseUrl() }, () => h.close()];
}

const [which, ackBody] = process.argv.slice(2);
if (which !== 'greenlight' && which !== 'bare') throw new Error('usage: slack-bench-app.ts greenlight | bare [ACK_BODY_JSON]');
const [info, stop] = which === 'greenlight' ? await greenlight() : await bare(ackBody ? (JSON.parse(ackBody) as Record<string, unknown>) : undefined);
serveBenchApp({ ...info }, stop);
