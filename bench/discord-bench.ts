/**
 * Latency from a dispatched INTERACTION_CREATE to the bot's interaction callback, for
 * Greenlight's `/greenlight status` and for a bare discord.js client that only replies,
 * each client in its own process (bench/discord-bench-app.ts) against a fake Discord run
 * here, requests interleaved (lib/side-by-side.ts). Run: `npx tsx bench/discord-bench.ts`.
 * A third client sends Greenlight's exact embed, separating the cost of Greenlight's own
 * work from the cost of a bigger payload.
 * BENCH_SETS, BENCH_ROUNDS (per set) and BENCH_WARMUP override the counts.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chatInput } from '../tests/fakes/fake-discord-payloads.js';
import { FakeDiscord } from '../tests/fakes/fake-discord.js';
import { APP_ID, FORUM_CHANNEL, TEXT_CHANNEL, TOKEN } from '../tests/integration/platforms/discord/harness.js';
import { spawnApp, stopApp } from './lib/app-process.js';
import { countsFromEnv, sideBySide, sideBySideReport, type SideBySide } from './lib/side-by-side.js';

const SCRIPT = join(import.meta.dirname, 'discord-bench-app.ts');
const member = { userId: '1000000000000000100', username: 'bench' };
type AppName = 'greenlight' | 'bare' | 'same';

/** Dispatches one `/greenlight status` and waits for the bot's callback. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the raw interaction callback JSON the fake recorded
async function once(fake: FakeDiscord): Promise<{ ms: number; body: any }> {
  const payload = chatInput(APP_ID, member, 'greenlight', 'status');
  const after = fake.requests.length;
  const start = performance.now();
  fake.dispatch('INTERACTION_CREATE', payload);
  const request = await fake.waitFor('POST', new RegExp(`^/interactions/${payload.id}/`), 10_000, after);
  const ms = performance.now() - start;
  // Keep the request log short so that lookups stay cheap for every client alike.
  fake.requests.length = 0;
  return { ms, body: request.body };
}

async function main(): Promise<void> {
  const fakes = {} as Record<AppName, FakeDiscord>;
  for (const app of ['greenlight', 'bare', 'same'] as const) {
    fakes[app] = await FakeDiscord.start({ token: TOKEN, applicationId: APP_ID, channels: { [TEXT_CHANNEL]: 0, [FORUM_CHANNEL]: 15 } });
  }
  try {
    // Greenlight's answer, captured once, for the "same embed" client.
    const first = await spawnApp(SCRIPT, ['greenlight', fakes.greenlight.apiUrl]);
    const embed = (await once(fakes.greenlight).finally(() => stopApp(first))).body?.data?.embeds?.[0];
    if (!embed?.title) throw new Error(`Greenlight's reply carried no embed: ${JSON.stringify(embed)}`);
    const args: Record<AppName, string[]> = {
      greenlight: ['greenlight', fakes.greenlight.apiUrl],
      bare: ['bare', fakes.bare.apiUrl],
      same: ['bare', fakes.same.apiUrl, JSON.stringify(embed)],
    };
    const spec: SideBySide<AppName> = {
      apps: ['greenlight', 'bare', 'same'],
      labels: { greenlight: 'Greenlight /greenlight status', bare: 'bare discord.js reply ("ok")', same: 'bare reply with the same embed' },
      ...countsFromEnv(),
      start: (app) => spawnApp(SCRIPT, args[app]),
      async send(app) {
        const { ms, body } = await once(fakes[app]);
        // Guard against timing an answer that is not the real one.
        if (app === 'greenlight' && body?.data?.embeds?.[0]?.title !== embed.title)
          throw new Error(`Greenlight's reply changed: ${JSON.stringify(body).slice(0, 200)}`);
        return ms;
      },
    };
    const lines = sideBySideReport('Discord interaction → callback', spec, await sideBySide(spec), '≤ 1.2x');
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    for (const fake of Object.values(fakes)) await fake.close();
  }
}

main().catch((err: Error) => {
  process.stderr.write(`discord-bench: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
