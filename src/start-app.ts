/**
 * The composition root: builds every part from the validated config and passes
 * dependencies in. No globals, no service locator.
 */
import type { Readable, Writable } from 'node:stream';
import { commands } from '../commands/index.js';
import { CommandRouter } from '../commands/lib/router.js';
import type { CommandServices, Invoker } from '../commands/lib/types.js';
import type { AppConfig } from '../config/load-config.js';
import { AlertService } from './alerts/alert-service.js';
import { createDateWatchJob } from './alerts/date-watch.js';
import type { DeliveryTarget } from './alerts/delivery.js';
import type { CliArgs } from './cli-args.js';
import { Ledger } from './core/ledger.js';
import { systemClock, type Logger } from './core/ports.js';
import { startDiscord } from './platforms/discord/index.js';
import { runShell, ShellDeliveryTarget } from './platforms/shell/run-shell.js';
import { startSlack } from './platforms/slack/index.js';
import { CronScheduler } from './scheduler/cron-scheduler.js';
import { seedLedger } from './seed/seed-ledger.js';
import { starting } from './startup-error.js';
import { createIngestor } from './sources/pipeline/index.js';
import { SourceWatcher } from './sources/source-service.js';
import { LowdbLedgerStore } from './store/lowdb-ledger-store.js';

/** What startApp needs from the process. */
export interface AppDeps {
  config: AppConfig;
  args: CliArgs;
  logger: Logger;
  stdin: Readable;
  stdout: Writable;
}

/** A running Greenlight. */
export interface App {
  /** Resolves when the app has stopped by itself (end of shell input with no chat platform). */
  finished: Promise<void>;
  stop(): Promise<void>;
}

/** Starts Greenlight: store, ledger, seed, commands, then each configured platform. */
export async function startApp({ config, args, logger, stdin, stdout }: AppDeps): Promise<App> {
  // Validate the command registry before touching any file: a bad registry fails startup.
  const router = new CommandRouter(commands, logger.child({ component: 'commands' }));
  const store = new LowdbLedgerStore({ dataDir: config.dataDir, logger });
  await store.open();
  const stops: (() => Promise<void>)[] = [() => store.close()];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((err: unknown) => logger.error({ err }, 'error while stopping'));
  };
  try {
    const ledger = new Ledger(store, systemClock, logger.child({ component: 'ledger' }));
    const seeded = await seedLedger(ledger, config.file.seed);
    if (seeded) logger.info({ records: seeded }, 'seeded the ledger from config (first run)');
    const services: CommandServices = {};
    const targets = new Map<string, DeliveryTarget>();

    if (config.slack) {
      const slackConfig = config.slack;
      const slack = await starting('Slack', () => startSlack({ config: slackConfig, router, ledger, services, logger: logger.child({ platform: 'slack' }) }));
      stops.push(() => slack.stop());
      targets.set('slack', slack.target);
      logger.info({ mode: config.slack.appToken ? 'socket' : 'http' }, 'Slack connected');
    }
    if (config.discord) {
      const discordConfig = config.discord;
      const discord = await starting('Discord', () => startDiscord({ config: discordConfig, router, ledger, services, logger: logger.child({ platform: 'discord' }) }));
      stops.push(() => discord.stop());
      targets.set('discord', discord.target);
      logger.info({}, 'Discord connected');
    }

    const withShell = args.shell || targets.size === 0;
    if (withShell) targets.set('shell', new ShellDeliveryTarget(stdout));

    const file = config.file;
    const scheduler = new CronScheduler({ logger: logger.child({ component: 'scheduler' }) });
    stops.push(async () => scheduler.stopAll());
    const alerts = new AlertService({
      dataDir: config.dataDir, ledger, scheduler, targets, logger: logger.child({ component: 'alerts' }), clock: systemClock,
      timezone: file.timezone, digestCronDefault: file.alerts.digestCron, delivery: file.alerts.delivery,
      ...(file.alerts.quietHours ? { quietHoursDefault: file.alerts.quietHours } : {}),
    });
    await alerts.open();
    stops.push(() => alerts.close());
    services.subscriptions = alerts.subscriptions;

    const ingestor = createIngestor({ ledger, alerts, logger: logger.child({ component: 'pipeline' }), clock: systemClock });
    const sources = new SourceWatcher({
      dataDir: config.dataDir, sources: file.sources, defaults: file.sourceDefaults, timezone: file.timezone,
      userAgent: config.userAgent, ingestor, alerts, scheduler, clock: systemClock, logger: logger.child({ component: 'sources' }),
      secretFor: (source) => config.webhookSecrets.get(source.id),
      headersFor: (source) => config.sourceHeaders.get(source.id),
    });
    await sources.start();
    stops.push(() => sources.stop());
    services.sources = sources;
    // `/greenlight explain` reads what the pipeline recorded about recent items.
    services.readings = ingestor;

    const dateWatch = createDateWatchJob({ state: () => ledger.state, alerts, clock: systemClock, logger, withinDays: file.dateWatch.withinDays, ledger });
    scheduler.schedule('date-watch', file.dateWatch.cron, file.timezone, dateWatch);
    // Also at startup and after each change, so a date entered after the day's run is not missed.
    // Not awaited in the listener: the check may itself commit (an expiry), which waits for this commit.
    const checkDates = () => void dateWatch().catch((err: unknown) => logger.error({ err }, 'date check failed'));
    ledger.onEvents(async (events) => {
      if (events.some((e) => e.entity === 'authorization' && e.actor.id !== 'date-watch')) checkDates();
    });
    await dateWatch().catch((err: unknown) => logger.error({ err }, 'date check failed'));

    let stopping: Promise<void> | undefined;
    const stop = () => (stopping ??= stopAll());
    let finished: Promise<void>;
    if (withShell) {
      const invoker: Invoker = args.as
        ? { platform: 'shell', userId: args.as, displayName: args.as, isAdmin: config.file.admins.shell.includes(args.as) }
        : { platform: 'shell', userId: 'local', displayName: 'local admin', isAdmin: true };
      const shellDone = runShell({ router, ledger, services, input: stdin, output: stdout, invoker, interactive: Boolean((stdin as { isTTY?: boolean }).isTTY) });
      // Without a chat platform the shell is the whole app: end of input ends it.
      finished = targets.size === 1 ? shellDone.then(stop) : new Promise(() => {});
    } else {
      finished = new Promise(() => {});
    }
    return { finished, stop };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
