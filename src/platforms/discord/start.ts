/**
 * Starts the Discord bot: connects to the gateway with the Guilds intent only (slash
 * commands need no privileged intents), routes interactions to the shared commands, and
 * offers a DeliveryTarget for alerts. discord.js resumes after gateway disconnects.
 */
import { Client, Events, GatewayIntentBits, type APIEmbed } from 'discord.js';
import { ExpiringCache } from '../../chat/expiring-cache.js';
import { RecentKeys } from '../../chat/recent-keys.js';
import type { DiscordConfig } from '../../../config/discord-config.js';
import type { CommandRouter } from '../../../commands/lib/router.js';
import type { CommandServices } from '../../../commands/lib/types.js';
import type { PlatformAdapter } from '../../chat/platform-adapter.js';
import type { Ledger } from '../../core/ledger.js';
import type { Logger } from '../../core/ports.js';
import { DiscordDeliveryTarget } from './delivery.js';
import { ADMIN_COMMAND } from './command-json.js';
import { describeRestError, isTokenRejected } from './errors.js';
import { handleInteraction } from './interactions.js';
import { PAGES_TTL_MS } from './pages.js';

/** The Discord bot: built, then started (stop disconnects from the gateway and releases timers and sockets). */
export interface DiscordRuntime extends PlatformAdapter {
  /** The discord.js client (for diagnostics and tests). */
  client: Client;
}

/** What startDiscord needs. */
export interface DiscordDeps {
  config: DiscordConfig;
  router: CommandRouter;
  ledger: Ledger;
  services: CommandServices;
  logger: Logger;
  /** Defer slower commands after this many ms (default 2,000; Discord allows 3,000). */
  deferAfterMs?: number;
  /** Give up waiting for READY after this many ms (default 60,000). */
  readyTimeoutMs?: number;
}

// Waiting longer than this for a rate limit turns a delivery into a retryable error instead.
const MAX_RATE_LIMIT_WAIT_MS = 60_000;

/** Builds the client: fewest intents, no pings unless a payload allows them. */
export function createDiscordClient(config: DiscordConfig): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    rest: {
      ...(config.apiUrl ? { api: config.apiUrl } : {}),
      rejectOnRateLimit: (limit) => limit.timeToReset > MAX_RATE_LIMIT_WAIT_MS,
    },
  });
}

/**
 * Logs in and resolves once the gateway session is READY. A rejected token stops startup
 * with an Error naming DISCORD_TOKEN.
 */
export async function startDiscord(deps: DiscordDeps): Promise<DiscordRuntime> {
  const discord = buildDiscord(deps);
  await discord.start();
  return discord;
}

/**
 * Builds the bot without connecting: the REST client already holds the token, so the
 * delivery target can post alerts before the gateway session is READY; start() logs in.
 */
export function buildDiscord(deps: DiscordDeps): DiscordRuntime {
  const { config } = deps;
  const logger = deps.logger.child({ platform: 'discord' });
  const client = createDiscordClient(config);
  client.rest.setToken(config.token);
  const interactionDeps = { ...deps, logger, pages: new ExpiringCache<APIEmbed[]>(PAGES_TTL_MS), recent: new RecentKeys() };

  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, interactionDeps));
  client.on(Events.Error, (err) => logger.error({ err }, 'Discord client error'));
  client.on(Events.Warn, (message) => logger.warn({}, `Discord: ${message}`));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ shardId, code: event.code }, 'Discord gateway disconnected'));
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, 'Discord gateway reconnecting'));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'Discord gateway resumed'));
  client.rest.on('rateLimited', (info) =>
    logger.warn({ route: info.route, retryAfterMs: info.retryAfter, global: info.global }, 'Discord rate limit: waiting'),
  );

  let started = false;
  return {
    platform: 'discord',
    target: new DiscordDeliveryTarget(client.rest, logger, (reply) => deps.router.namedFor(reply, `/${ADMIN_COMMAND}`)),
    client,
    async start() {
      started = true;
      await login(client, deps, logger);
    },
    async stop() {
      await client.destroy();
      if (started) logger.info({}, 'Discord bot stopped');
    },
  };
}

async function login(client: Client, deps: DiscordDeps, logger: Logger): Promise<void> {
  let readyTimer: NodeJS.Timeout | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, () => resolve());
    readyTimer = setTimeout(
      () => reject(new Error('Discord did not send READY in time; check DISCORD_API_URL and the network.')),
      deps.readyTimeoutMs ?? 60_000,
    );
  });
  ready.catch(() => undefined);
  try {
    await client.login(deps.config.token);
    await ready;
  } catch (err) {
    await client.destroy().catch(() => undefined);
    if (isTokenRejected(err)) throw new Error(describeRestError(err), { cause: err });
    throw new Error(`Could not connect to Discord: ${describeRestError(err)}`, { cause: err });
  } finally {
    clearTimeout(readyTimer);
  }
  logger.info({ user: client.user?.username, applicationId: deps.config.applicationId }, 'Discord bot connected');
}
