/**
 * One app of the Discord latency benchmark, in its own process (see lib/app-child.ts),
 * connected to a fake Discord that the benchmark runs.
 * Usage: `discord-bench-app.ts greenlight | bare API_URL [EMBED_JSON]`.
 * - `greenlight`: the real Discord platform (startDiscord) with the seeded ledger.
 * - `bare`: a discord.js client that replies "ok", or the given embed (Greenlight's own
 *   reply, to separate the cost of a bigger answer from our work).
 * Prints { ready: true } once connected.
 */
import { Client, Events, GatewayIntentBits, type APIEmbed } from 'discord.js';
import { commands } from '../commands/index.js';
import { CommandRouter } from '../commands/lib/router.js';
import { discordConfigFromEnv } from '../config/discord-config.js';
import { silentLogger } from '../src/core/ports.js';
import { startDiscord } from '../src/platforms/discord/index.js';
import { APP_ID, seededLedger, TOKEN } from '../tests/integration/platforms/discord/harness.js';
import { serveBenchApp } from './lib/app-child.js';

async function greenlight(apiUrl: string): Promise<() => Promise<void>> {
  const { ledger } = await seededLedger();
  const config = discordConfigFromEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: apiUrl })!;
  const bot = await startDiscord({ config, router: new CommandRouter(commands, silentLogger), ledger, services: {}, logger: silentLogger });
  return () => bot.stop();
}

async function bare(apiUrl: string, embed: APIEmbed | undefined): Promise<() => Promise<void>> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: apiUrl } });
  client.on(Events.InteractionCreate, (i) => {
    if (!i.isChatInputCommand()) return;
    void (embed ? i.reply({ embeds: [embed], allowedMentions: { parse: [] } }) : i.reply({ content: 'ok' }));
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(TOKEN);
  await ready;
  return () => client.destroy();
}

const [which, apiUrl, embedJson] = process.argv.slice(2);
if ((which !== 'greenlight' && which !== 'bare') || !apiUrl) throw new Error('usage: discord-bench-app.ts greenlight | bare API_URL [EMBED_JSON]');
const stop = which === 'greenlight' ? await greenlight(apiUrl) : await bare(apiUrl, embedJson ? (JSON.parse(embedJson) as APIEmbed) : undefined);
serveBenchApp({ ready: true }, stop);
