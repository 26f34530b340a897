/**
 * The entry point of `npm start`: reads the configuration once, starts Greenlight (see
 * start-app.ts, the composition root), and stops it cleanly on a signal or at the end of
 * the shell's input. A startup problem written for the operator (config, data folder,
 * credentials) prints as one clear line and exits 1; anything else is a bug and prints
 * with its stack.
 */
import { loadConfig } from '../config/load-config.js';
import { parseArgs } from './cli-args.js';
import { isOperatorError } from './core/greenlight-error.js';
import { createLogger, sentenceDestination } from './logger.js';
import { startApp } from './start-app.js';

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

main().then(
  () => process.exit(0),
  (err: unknown) => {
    const text = isOperatorError(err) ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
    process.stderr.write(`greenlight: ${text}\n`);
    process.exit(1);
  },
);
