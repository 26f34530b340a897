/**
 * Latency from a dispatched INTERACTION_CREATE to the bot's interaction callback, for
 * Greenlight's `/greenlight status` and for a bare discord.js client that only replies,
 * interleaved in one run against local fakes. Run: `npx tsx bench/discord-bench.ts`.
 * A third row has the bare client send Greenlight's exact embed, separating the cost of
 * Greenlight's own work from the cost of a bigger payload.
 */
import { performance } from 'node:perf_hooks';
import { Client, Events, GatewayIntentBits, type APIEmbed } from 'discord.js';
import { chatInput } from '../tests/fakes/fake-discord-payloads.js';
import { FakeDiscord } from '../tests/fakes/fake-discord.js';
import { APP_ID, startHarness, TOKEN } from '../tests/integration/platforms/discord/harness.js';

const WARMUP = Number(process.env.BENCH_WARMUP ?? 100);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 800);
const member = { userId: '1000000000000000100', username: 'bench' };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function once(fake: FakeDiscord, command: string, path: string): Promise<{ ms: number; body: any }> {
  const payload = chatInput(APP_ID, member, command, path);
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
  const greenlight = await startHarness();
  const bareFake = await FakeDiscord.start({ token: TOKEN, applicationId: APP_ID });
  const bare = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: bareFake.apiUrl } });
  // Greenlight's answer, captured once, for the "same embed" reference row.
  const embed: APIEmbed = (await once(greenlight.fake, 'greenlight', 'status')).body.data.embeds[0];
  bare.on(Events.InteractionCreate, (i) => {
    if (!i.isChatInputCommand()) return;
    void (i.commandName === 'ping' ? i.reply({ content: 'ok' }) : i.reply({ embeds: [embed], allowedMentions: { parse: [] } }));
  });
  const ready = new Promise<void>((resolve) => bare.once(Events.ClientReady, () => resolve()));
  await bare.login(TOKEN);
  await ready;

  const samples = { greenlight: [] as number[], bare: [] as number[], same: [] as number[] };
  const run = { greenlight: () => once(greenlight.fake, 'greenlight', 'status'), bare: () => once(bareFake, 'ping', 'ping'), same: () => once(bareFake, 'embed', 'embed') };
  const orders = [['greenlight', 'bare', 'same'], ['bare', 'same', 'greenlight'], ['same', 'greenlight', 'bare']] as const;
  const began = performance.now();
  try {
    for (let i = 0; i < WARMUP + ROUNDS; i++) {
      // Rotate which goes first so that none always runs on a warmer process.
      for (const which of orders[i % 3]!) {
        const { ms } = await run[which]();
        if (i >= WARMUP) samples[which].push(ms);
      }
    }
  } finally {
    await bare.destroy();
    await bareFake.close();
    await greenlight.close();
  }

  const stats = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
  };
  const g = stats(samples.greenlight);
  const b = stats(samples.bare);
  const e = stats(samples.same);
  const row = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(i === 0 ? 34 : 9)).join(' | ')} |`;
  const lines = [
    `Discord interaction → callback latency, ${ROUNDS} interleaved rounds (+${WARMUP} warm-up), ${((performance.now() - began) / 1000).toFixed(1)} s`,
    row(['client', 'p50 ms', 'p99 ms']),
    row(['-'.repeat(34), '-'.repeat(9), '-'.repeat(9)]),
    row(['Greenlight /greenlight status', g.p50.toFixed(2), g.p99.toFixed(2)]),
    row(['bare discord.js reply ("ok")', b.p50.toFixed(2), b.p99.toFixed(2)]),
    row(['bare reply with the same embed', e.p50.toFixed(2), e.p99.toFixed(2)]),
    row(['ratio vs bare (target ≤ 1.2x)', `${(g.p50 / b.p50).toFixed(2)}x`, `${(g.p99 / b.p99).toFixed(2)}x`]),
    row(['ratio vs bare with same embed', `${(g.p50 / e.p50).toFixed(2)}x`, `${(g.p99 / e.p99).toFixed(2)}x`]),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((err: Error) => {
  process.stderr.write(`discord-bench: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
