/**
 * The composition root: builds every part from the validated config and passes
 * dependencies in. No globals, no service locator.
 */
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { commands } from '../commands/index.js';
import { CommandRouter } from '../commands/lib/router.js';
import type { CommandServices } from '../commands/lib/types.js';
import type { Invoker } from './chat/invoker.js';
import type { AppConfig } from '../config/load-config.js';
import { AlertService } from './alerts/alert-service.js';
import { createDateWatchJob } from './alerts/date-watch.js';
import type { DeliveryTarget } from './chat/alert.js';
import type { PlatformAdapter } from './chat/platform-adapter.js';
import type { CliArgs } from './cli-args.js';
import { Ledger } from './core/ledger.js';
import { systemClock, type Logger } from './core/ports.js';
import { buildDiscord } from './platforms/discord/index.js';
import { runShell, SHELL_CAPABILITIES, ShellDeliveryTarget } from './platforms/shell/run-shell.js';
import { buildSlack } from './platforms/slack/index.js';
import { CronScheduler } from './scheduler/cron-scheduler.js';
import { seedLedger } from './seed/seed-ledger.js';
import { starting } from './startup-error.js';
import { createIngestor, FileStoryMemory } from './sources/pipeline/index.js';
import { SourceWatcher } from './sources/source-service.js';
import { LowdbLedgerStore } from './store/lowdb-ledger-store.js';

/** How startup errors name each platform. */
const PLATFORM_NAMES: Record<string, string> = { slack: 'Slack', discord: 'Discord' };

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

/**
 * Starts Greenlight. The store opens (and seeds on first run) first, since the source
 * pipeline reads history as it is built; then every other part is constructed and wired
 * (alerts, pipeline, sources, each configured platform with its delivery target) and
 * started in order: alerts, sources (and the webhook port), the date watch, the chat
 * platforms last, and the shell once everything runs. A command that reaches a platform
 * before the rest has started (one platform connected while another still connects) is
 * answered "Greenlight is starting".
 */
export async function startApp({ config, args, logger, stdin, stdout }: AppDeps): Promise<App> {
  // Build. Validate the command registry before touching any file: a bad registry fails startup.
  let ready = false;
  const router = new CommandRouter(commands, logger.child({ component: 'commands' }), () => ready);
  const file = config.file;
  const store = new LowdbLedgerStore({ dataDir: config.dataDir, logger });
  const ledger = new Ledger(store, systemClock, logger.child({ component: 'ledger' }));
  const scheduler = new CronScheduler({ logger: logger.child({ component: 'scheduler' }) });
  // Start, in order; on failure stop what already runs, newest first.
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((err: unknown) => logger.error({ err }, 'error while stopping'));
  };
  // Storage opens first: the source pipeline reads recent history as soon as it is built.
  await store.open();
  stops.push(() => store.close());
  try {
    const seeded = await seedLedger(ledger, file.seed);
    if (seeded) logger.info({ records: seeded }, 'seeded the ledger from config (first run)');
  } catch (err) {
    await stopAll();
    throw err;
  }
  const targets = new Map<string, DeliveryTarget>();
  const alerts = new AlertService({
    dataDir: config.dataDir,
    ledger,
    scheduler,
    targets,
    logger: logger.child({ component: 'alerts' }),
    clock: systemClock,
    timezone: file.timezone,
    digestCronDefault: file.alerts.digestCron,
    delivery: file.alerts.delivery,
    ...(file.alerts.quietHours ? { quietHoursDefault: file.alerts.quietHours } : {}),
  });
  const ingestor = createIngestor({
    ledger,
    alerts,
    logger: logger.child({ component: 'pipeline' }),
    clock: systemClock,
    // Report-only stories (an alert, no ledger change) survive a restart beside the ledger.
    storyMemory: new FileStoryMemory(join(config.dataDir, 'report-stories.json')),
  });
  const sources = new SourceWatcher({
    dataDir: config.dataDir,
    sources: file.sources,
    defaults: file.sourceDefaults,
    timezone: file.timezone,
    userAgent: config.userAgent,
    ingestor,
    alerts,
    scheduler,
    clock: systemClock,
    logger: logger.child({ component: 'sources' }),
    secretFor: (source) => config.webhookSecrets.get(source.id),
    headersFor: (source) => config.sourceHeaders.get(source.id),
  });
  // `/greenlight explain` reads what the pipeline recorded about recent items.
  const services: CommandServices = { subscriptions: alerts.subscriptions, sources, readings: ingestor };
  const platforms: PlatformAdapter[] = [];
  if (config.slack) platforms.push(buildSlack({ config: config.slack, router, ledger, services, logger }));
  if (config.discord) platforms.push(buildDiscord({ config: config.discord, router, ledger, services, logger }));
  // Wire: alerts reach every platform through its target, usable before the platform starts.
  for (const platform of platforms) targets.set(platform.platform, platform.target);
  const withShell = args.shell || platforms.length === 0;
  if (withShell) targets.set('shell', new ShellDeliveryTarget(stdout));

  try {
    stops.push(async () => scheduler.stopAll());
    await alerts.open();
    stops.push(() => alerts.close());
    await sources.start();
    stops.push(() => sources.stop());
    const dateWatch = createDateWatchJob({ state: () => ledger.state, alerts, clock: systemClock, logger, withinDays: file.dateWatch.withinDays, ledger });
    scheduler.schedule('date-watch', file.dateWatch.cron, file.timezone, dateWatch);
    // Also at startup and after each change, so a date entered after the day's run is not missed.
    // Not awaited in the listener: the check may itself commit (an expiry), which waits for this commit.
    const checkDates = () => void dateWatch().catch((err: unknown) => logger.error({ err }, 'date check failed'));
    ledger.onEvents(async (events) => {
      if (events.some((e) => e.entity === 'authorization' && e.actor.id !== 'date-watch')) checkDates();
    });
    await dateWatch().catch((err: unknown) => logger.error({ err }, 'date check failed'));
    for (const platform of platforms) {
      stops.push(() => platform.stop());
      await starting(PLATFORM_NAMES[platform.platform] ?? platform.platform, () => platform.start());
    }
    ready = true;

    let stopping: Promise<void> | undefined;
    const stop = () => (stopping ??= stopAll());
    let finished: Promise<void>;
    if (withShell) {
      const invoker: Invoker = args.as
        ? { platform: 'shell', userId: args.as, displayName: args.as, isAdmin: file.admins.shell.includes(args.as), capabilities: SHELL_CAPABILITIES }
        : { platform: 'shell', userId: 'local', displayName: 'local admin', isAdmin: true, capabilities: SHELL_CAPABILITIES };
      const shellDone = runShell({
        router,
        ledger,
        services,
        input: stdin,
        output: stdout,
        invoker,
        interactive: Boolean((stdin as { isTTY?: boolean }).isTTY),
        filesDir: join(config.dataDir, 'exports'),
      });
      // Without a chat platform the shell is the whole app: end of input ends it.
      finished = platforms.length === 0 ? shellDone.then(stop) : new Promise(() => {});
    } else {
      finished = new Promise(() => {});
    }
    return { finished, stop };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
