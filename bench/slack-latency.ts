/**
 * Latency of a signed `/greenlight status` over HTTP: Greenlight vs a bare Bolt app that
 * only acks, each in its own process (bench/slack-bench-app.ts), requests interleaved
 * (lib/side-by-side.ts). A third app, bare Bolt acking Greenlight's exact reply,
 * separates the cost of a bigger answer from the cost of Greenlight's work.
 * BENCH_SETS, BENCH_ROUNDS (per set) and BENCH_WARMUP override the counts.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sendSlashCommand } from '../tests/fakes/fake-slack-client.js';
import { SECRET } from '../tests/integration/platforms/slack/harness.js';
import { spawnApp, stopApp, type AppProcess } from './lib/app-process.js';
import { countsFromEnv, sideBySide, sideBySideReport, type SideBySide } from './lib/side-by-side.js';
import type { SlackBenchApp } from './slack-bench-app.js';

const SCRIPT = join(import.meta.dirname, 'slack-bench-app.ts');
type AppName = 'greenlight' | 'bare' | 'same';

async function send(app: AppProcess<unknown>): Promise<{ ms: number; text: string }> {
  const { url, responseUrl } = app.info as SlackBenchApp;
  const started = performance.now();
  const res = await sendSlashCommand(url, { text: 'status', response_url: responseUrl }, { secret: SECRET });
  const ms = performance.now() - started;
  if (res.status !== 200) throw new Error(`the app at ${url} answered ${res.status}`);
  return { ms, text: res.text };
}

/** Greenlight's reply to `status`, for the "same reply" app. */
async function greenlightReply(): Promise<string> {
  const app = await spawnApp<SlackBenchApp>(SCRIPT, ['greenlight']);
  try {
    const { text } = await send(app);
    if (!text.includes('"blocks"')) throw new Error(`Greenlight's ack carried no Block Kit reply: ${text.slice(0, 200)}`);
    return text;
  } finally {
    await stopApp(app);
  }
}

/** Runs the latency benchmark and returns its report lines. */
export async function latency(): Promise<string[]> {
  const reply = await greenlightReply();
  const args: Record<AppName, string[]> = { greenlight: ['greenlight'], bare: ['bare'], same: ['bare', reply] };
  const spec: SideBySide<AppName> = {
    apps: ['greenlight', 'bare', 'same'],
    labels: { greenlight: 'Greenlight (reply in ack)', bare: 'bare Bolt (empty ack)', same: "bare Bolt (Greenlight's reply)" },
    ...countsFromEnv(),
    start: (app) => spawnApp(SCRIPT, args[app]),
    async send(app, running) {
      const { ms, text } = await send(running);
      // Guard against timing an answer that is not the real one (button values differ).
      if (app === 'greenlight' && !text.includes('Greenlight status')) throw new Error(`Greenlight's reply changed: ${text.slice(0, 200)}`);
      return ms;
    },
  };
  return sideBySideReport('Signed /greenlight status over HTTP', spec, await sideBySide(spec), '≤ 1.2x');
}
