/**
 * What `npm run ledger -- export|import FILE` does (scripts/ledger.ts), on the same store
 * code as Greenlight: the store's lock keeps it from running beside a Greenlight process on
 * the same data folder, and an import is one durable append, all or nothing.
 */
import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Outbox } from './alerts/outbox.js';
import { commitImport } from './core/changes/import-file.js';
import type { Actor } from './core/events.js';
import { Ledger } from './core/ledger.js';
import { parseLedgerFile, serializeLedgerFile } from './core/ledger-file.js';
import { systemClock, type Logger } from './core/ports.js';
import { DomainError } from './core/errors.js';
import { GreenlightError } from './core/greenlight-error.js';
import { LowdbLedgerStore } from './store/lowdb-ledger-store.js';
import { isStoreError } from './store/store-error.js';

/** A refusal of the ledger tool, printed as its message alone. */
export class LedgerToolError extends GreenlightError {
  constructor(message: string) {
    super('ledger_tool', 'operator', message);
  }
}

/** What an import did. */
export interface ImportOutcome {
  events: number;
  fromHistory: number;
  seq: number;
}

async function openStore(dataDir: string, logger: Logger, doing: string): Promise<LowdbLedgerStore> {
  const store = new LowdbLedgerStore({ dataDir, logger });
  try {
    await store.open();
  } catch (err) {
    if (isStoreError(err) && err.code === 'locked') {
      const holder = /process (\d+) on (\S+) \(since ([^)]+)\)/.exec(err.message);
      const who = holder ? `Greenlight (process ${holder[1]} on ${holder[2]}, since ${holder[3]})` : 'Another Greenlight process';
      throw new LedgerToolError(
        `Cannot ${doing}: ${who} has the data folder ${dataDir} open. Stop it first (it keeps the ledger in memory and ` +
          `would not see the change), or use /greenlight ${doing} in chat. Nothing was changed.` +
          (holder ? '' : ` (${err.message})`),
      );
    }
    throw err;
  }
  return store;
}

/** Writes the ledger in `dataDir`, with its history, to `file`. */
export async function exportToFile(dataDir: string, file: string, logger: Logger): Promise<{ events: number; seq: number }> {
  const store = await openStore(dataDir, logger, 'export');
  try {
    const history = await store.history({});
    await writeFile(file, serializeLedgerFile(store.state, history, new Date().toISOString()), { mode: 0o600 });
    return { events: history.length, seq: store.state.seq };
  } finally {
    await store.close();
  }
}

/**
 * Imports `file` into the ledger in `dataDir`. The file is checked whole first: a bad one
 * changes nothing and the error lists its problems with their lines.
 */
export async function importFromFile(dataDir: string, file: string, logger: Logger, actor: Actor): Promise<ImportOutcome> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new LedgerToolError(`Cannot read ${file}: ${(err as Error).message}`);
  }
  let parsed: ReturnType<typeof parseLedgerFile>;
  try {
    parsed = parseLedgerFile(text, 10);
  } catch (err) {
    if (err instanceof DomainError) throw new LedgerToolError(`${file}: ${err.message}`);
    throw err;
  }
  if (!parsed.ok) throw new LedgerToolError(`${file} cannot be imported; nothing was changed:\n${parsed.problems.map((p) => `  ${file}: ${p}`).join('\n')}`);
  const store = await openStore(dataDir, logger, 'import');
  try {
    const ledger = new Ledger(store, systemClock, logger);
    const before = store.state.seq;
    const { events, fromHistory } = await commitImport(ledger, parsed.doc, { actor, tier: 'admin', note: `imported from ${file}` });
    if (events) await skipAlerts(dataDir, logger, before, store.state.seq);
    return { events, fromHistory, seq: store.state.seq };
  } finally {
    await store.close();
  }
}

/**
 * Imported events restate history: like an import in chat, they raise no alerts. When the
 * alerts had caught up with the ledger before the import, move their checkpoint past it.
 */
async function skipAlerts(dataDir: string, logger: Logger, before: number, after: number): Promise<void> {
  const path = join(dataDir, 'outbox.jsonl');
  // No outbox yet: Greenlight's first start begins alerting from the ledger as it finds it.
  if (
    !(await access(path).then(
      () => true,
      () => false,
    ))
  )
    return;
  const outbox = await Outbox.open({ path, logger });
  try {
    if (outbox.lastSeq === before) await outbox.record([{ op: 'checkpoint', seq: after }]);
  } finally {
    await outbox.close();
  }
}
