/**
 * The entry point of `npm start`: reads the configuration once, starts Greenlight (see
 * start-app.ts, the composition root), and stops it cleanly on a signal or at the end of
 * the shell's input. Startup problems print one clear line and exit 1.
 */
import { ConfigError, loadConfig } from '../config/load-config.js';
import { parseArgs } from './cli-args.js';
import { createLogger, sentenceDestination } from './logger.js';
import { startApp } from './start-app.js';
import { StartupError } from './startup-error.js';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const onlyShell = !config.slack && !config.discord;
  // With only the shell, the terminal is the user interface: only warnings go to stderr unless asked.
  const logger = createLogger(config.logLevel ?? (onlyShell ? 'warn' : 'info'), onlyShell && !config.logLevel ? sentenceDestination(process.stderr) : 2);
  const app = await startApp({ config, args, logger, stdin: process.stdin, stdout: process.stdout });
  const onSignal = (code: number) => () => void app.stop().then(() => process.exit(code));
  process.once('SIGINT', onSignal(130));
  process.once('SIGTERM', onSignal(143));
  await app.finished;
}

function isStartupError(err: unknown): boolean {
  const name = (err as { name?: string } | undefined)?.name;
  return err instanceof ConfigError || err instanceof StartupError || name === 'StoreError' || /^Invalid command registry/.test((err as Error)?.message ?? '');
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`greenlight: ${isStartupError(err) ? (err as Error).message : (err as Error)?.stack ?? String(err)}\n`);
    process.exit(1);
  },
);
