/**
 * The composition root: reads config once, builds every part and passes dependencies in.
 * With no Slack or Discord credentials it starts the local shell.
 */
import { commands } from '../commands/index.js';
import { CommandRouter } from '../commands/lib/router.js';
import type { CommandServices, Invoker } from '../commands/lib/types.js';
import { ConfigError, loadConfig } from '../config/load-config.js';
import { parseArgs } from './cli-args.js';
import { Ledger } from './core/ledger.js';
import { systemClock, type Logger } from './core/ports.js';
import { createLogger } from './logger.js';
import { runShell } from './platforms/shell/run-shell.js';
import { seedLedger } from './seed/seed-ledger.js';
import { LowdbLedgerStore } from './store/lowdb-ledger-store.js';

/** Starts Greenlight; resolves when it has shut down. */
export async function main(argv: string[], env: Record<string, string | undefined>): Promise<void> {
  const args = parseArgs(argv);
  const config = loadConfig(env);
  // The shell's terminal is its user interface: only warnings go to stderr unless asked.
  const logger = createLogger(config.logLevel ?? 'warn');
  const router = new CommandRouter(commands, logger.child({ component: 'commands' }));
  const store = new LowdbLedgerStore({ dataDir: config.dataDir, logger });
  await store.open();
  const ledger = new Ledger(store, systemClock, logger.child({ component: 'ledger' }));
  const seeded = await seedLedger(ledger, config.file.seed);
  if (seeded) logger.info({ records: seeded }, 'seeded the ledger from config');
  const services: CommandServices = {};

  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= (async () => {
    await store.close();
    logger.info({}, 'stopped');
  })());
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  process.once('SIGTERM', () => void stop().then(() => process.exit(143)));

  const invoker: Invoker = args.as
    ? { platform: 'shell', userId: args.as, displayName: args.as, isAdmin: config.file.admins.shell.includes(args.as) }
    : { platform: 'shell', userId: 'local', displayName: 'local admin', isAdmin: true };
  await runShell({ router, ledger, services, input: process.stdin, output: process.stdout, invoker, interactive: Boolean(process.stdin.isTTY) });
  await stop();
}

function fail(err: unknown, logger?: Logger): never {
  const known = err instanceof ConfigError || (err as { name?: string }).name === 'StoreError' || (err as Error).message?.startsWith('Invalid command registry');
  if (logger) logger.error({ err }, 'startup failed');
  process.stderr.write(`greenlight: ${known ? (err as Error).message : (err as Error).stack ?? String(err)}\n`);
  process.exit(1);
}

main(process.argv.slice(2), process.env).catch((err) => fail(err));
