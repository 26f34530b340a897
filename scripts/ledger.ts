/**
 * `npm run ledger -- export FILE` / `npm run ledger -- import FILE`: the ledger in DATA_DIR
 * as a file, for operators (backups, moving to another machine). Refuses to run while
 * Greenlight has the data folder open; a bad file is reported with its lines and changes
 * nothing. See src/ledger-tool.ts.
 */
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { loadConfig } from '../config/load-config.js';
import { isOperatorError } from '../src/core/greenlight-error.js';
import { exportToFile, importFromFile } from '../src/ledger-tool.js';
import { createLogger, sentenceDestination } from '../src/logger.js';

const USAGE = 'Usage: npm run ledger -- export FILE | import FILE   (the ledger in DATA_DIR, default ./data)';

async function main(): Promise<number> {
  const [command, file, ...rest] = process.argv.slice(2);
  if ((command !== 'export' && command !== 'import') || !file || rest.length) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel ?? 'warn', config.logLevel ? 2 : sentenceDestination(process.stderr));
  const path = resolve(file);
  if (command === 'export') {
    const done = await exportToFile(config.dataDir, path, logger);
    process.stdout.write(`Exported the ledger (${done.events.toLocaleString('en-US')} events, up to #${done.seq}) to ${path}\n`);
    return 0;
  }
  const user = userInfo().username;
  const done = await importFromFile(config.dataDir, path, logger, { kind: 'admin', id: `operator:${user}`, name: `${user} (npm run ledger)` });
  process.stdout.write(
    done.events
      ? `Imported ${path}: ${done.events.toLocaleString('en-US')} events recorded (${done.fromHistory.toLocaleString('en-US')} from its history, with their original authors), the ledger is at #${done.seq}.\n`
      : `Imported ${path}: the ledger already held everything in it; nothing changed.\n`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const text = isOperatorError(err) ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
    process.stderr.write(`greenlight ledger: ${text}\n`);
    process.exit(1);
  },
);
