/**
 * Greenlight on Slack: buildSlack makes the alert DeliveryTarget without any I/O; start()
 * checks the tokens with Slack and runs the Bolt app over Socket Mode (SLACK_APP_TOKEN set)
 * or HTTP (signed requests on PORT, GET /healthz).
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import { ErrorCode, WebClient, type WebClientOptions } from '@slack/web-api';
import type { SlackConfig } from '../../../config/slack-config.js';
import type { CommandRouter } from '../../../commands/lib/router.js';
import type { CommandServices } from '../../../commands/lib/types.js';
import type { PlatformAdapter } from '../../chat/platform-adapter.js';
import type { Ledger } from '../../core/ledger.js';
import type { Logger } from '../../core/ports.js';
import { SlackAdminResolver, describe } from './admins.js';
import { boltLogger } from './bolt-logger.js';
import { ExpiringCache } from '../../chat/expiring-cache.js';
import { RecentKeys } from '../../chat/recent-keys.js';
import { SlackDeliveryTarget, type SlackDeliveryOptions } from './delivery-target.js';
import { REPLY_TTL_MS, type StoredReply } from './context.js';
import { registerHandlers } from './handlers.js';
import { refuseSkewedRequests } from './request-clock.js';

/** What startSlack needs. `tuning` is for tests and benchmarks. */
export interface SlackDeps {
  config: SlackConfig;
  router: CommandRouter;
  ledger: Ledger;
  services: CommandServices;
  logger: Logger;
  tuning?: SlackTuning;
}

/** Knobs with production defaults. */
export interface SlackTuning {
  /** Wait this long for a command before acking empty (default 2000 ms; Slack allows 3000). */
  ackBudgetMs?: number;
  delivery?: SlackDeliveryOptions;
  /** Web API retries for command-side calls (default 2). */
  apiRetries?: number;
  /** HTTP mode: the interface to listen on (default: all). */
  host?: string;
}

/** The Slack platform: built, then started. */
export interface SlackRuntime extends PlatformAdapter {
  /** HTTP mode: the port actually listened on, once started. */
  port?: number;
}

const TOKEN_HELP = {
  bot: 'create a bot token at api.slack.com → your app → OAuth & Permissions (install the app to the workspace), and set SLACK_BOT_TOKEN to the Bot User OAuth Token (xoxb-…)',
  app: 'create an app-level token with the connections:write scope at api.slack.com → your app → Basic Information → App-Level Tokens, and set SLACK_APP_TOKEN to it (xapp-…); make sure Socket Mode is enabled for the app',
};

function credentialError(variable: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN', err: unknown, apiUrl: string): Error {
  const e = err as { code?: string; data?: { error?: string } };
  const help = variable === 'SLACK_BOT_TOKEN' ? TOKEN_HELP.bot : TOKEN_HELP.app;
  if (e.code === ErrorCode.PlatformError) return new Error(`${variable} was rejected by Slack (${e.data?.error ?? 'unknown error'}): ${help}.`);
  return new Error(`Could not reach the Slack Web API at ${apiUrl} to check ${variable} (${describe(err)}). Check the network or SLACK_API_URL.`);
}

/** Starts the Slack platform (build, then start); throws a clear Error when a credential is missing or rejected. */
export async function startSlack(deps: SlackDeps): Promise<SlackRuntime> {
  const slack = buildSlack(deps);
  await slack.start();
  return slack;
}

/**
 * Builds the Slack platform without touching the network: its delivery target works at
 * once; start() checks the tokens with Slack, then listens (HTTP) or connects (Socket Mode).
 */
export function buildSlack(deps: SlackDeps): SlackRuntime {
  const { config, logger: root } = deps;
  const logger = root.child({ platform: 'slack' });
  const apiUrl = config.apiUrl ?? 'https://slack.com/api/';
  const libLogger = boltLogger(logger);
  const clientOptions: WebClientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    logger: libLogger,
    timeout: 10_000,
    // Command-side calls (users.info, views.open) are useless after a few seconds: retry little.
    retryConfig: { retries: deps.tuning?.apiRetries ?? 2, factor: 2, minTimeout: 200, maxTimeout: 1000 },
  };
  // Alerts use their own client: it reports 429 instead of pausing every call, so the
  // target can hold back just that channel, and it never retries a post by itself.
  // A call that times out may still have posted: the target then looks before posting again.
  const deliveryClient = new WebClient(config.botToken, {
    ...clientOptions,
    timeout: deps.tuning?.delivery?.requestTimeoutMs ?? 10_000,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
  });
  const target = new SlackDeliveryTarget(deliveryClient, logger, deps.tuning?.delivery);
  let app: App | undefined;
  let stopped = false;
  const runtime: SlackRuntime = {
    platform: 'slack',
    target,
    async start() {
      app = await connect(deps, logger, clientOptions, apiUrl, (port) => {
        runtime.port = port;
      });
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await app?.stop();
    },
  };
  return runtime;
}

async function connect(deps: SlackDeps, logger: Logger, clientOptions: WebClientOptions, apiUrl: string, listening: (port: number) => void): Promise<App> {
  const { config } = deps;
  const libLogger = clientOptions.logger!;
  const probe = new WebClient(config.botToken, { ...clientOptions, retryConfig: { retries: 0 } });
  let auth: { bot_id?: string; user_id?: string; team?: string };
  try {
    auth = await probe.auth.test();
  } catch (err) {
    throw credentialError('SLACK_BOT_TOKEN', err, apiUrl);
  }
  if (config.mode === 'socket') {
    try {
      await new WebClient(config.appToken, { ...clientOptions, retryConfig: { retries: 0 } }).apps.connections.open();
    } catch (err) {
      throw credentialError('SLACK_APP_TOKEN', err, apiUrl);
    }
  }

  const receiver =
    config.mode === 'socket'
      ? new SocketModeReceiver({ appToken: config.appToken!, logger: libLogger, installerOptions: { clientOptions } })
      : new HTTPReceiver({
          signingSecret: config.signingSecret!,
          port: config.port,
          logger: libLogger,
          customRoutes: [
            {
              path: '/healthz',
              method: ['GET'],
              handler: (_req, res) => {
                res.writeHead(200, { 'content-type': 'application/json' });
                res.end('{"ok":true}');
              },
            },
          ],
        });
  // Bolt refuses stale timestamps only; refuse ones dated in the future too.
  if (receiver instanceof HTTPReceiver) refuseSkewedRequests(receiver, logger);
  const app = new App({
    token: config.botToken,
    botId: auth.bot_id ?? 'B0',
    botUserId: auth.user_id ?? 'U0',
    receiver,
    clientOptions,
    logger: libLogger,
  });
  app.error(async (err) => {
    logger.error({ err: describe(err.original ?? err) }, 'slack: unhandled error in a listener');
  });

  const client = new WebClient(config.botToken, clientOptions);
  registerHandlers(app, {
    router: deps.router,
    ledger: deps.ledger,
    services: deps.services,
    logger,
    admins: new SlackAdminResolver(client, config.admins, logger),
    recent: new RecentKeys(),
    replies: new ExpiringCache<StoredReply>(REPLY_TTL_MS),
    ackBudgetMs: deps.tuning?.ackBudgetMs ?? 2000,
  });

  let port: number | undefined;
  if (config.mode === 'http') {
    const host = deps.tuning?.host;
    const server = (await (host ? app.start({ port: config.port, host }) : app.start(config.port))) as Server;
    port = (server.address() as AddressInfo).port;
    listening(port);
  } else {
    await app.start();
  }
  logger.info({ mode: config.mode, port, team: auth.team }, 'slack: connected');
  return app;
}
