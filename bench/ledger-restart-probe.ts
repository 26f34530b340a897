/**
 * Child process for the import benchmark: a restart after the import. Opens the data folder
 * as Greenlight does, answers `/greenlight status`, and reads the recent history the source
 * pipeline reads at startup; prints the times (ms) as JSON.
 * Usage: node --import tsx bench/ledger-restart-probe.ts <dataDir>
 */
import { commands } from '../commands/index.js';
import { CommandRouter } from '../commands/lib/router.js';
import { Ledger } from '../src/core/ledger.js';
import { silentLogger, systemClock } from '../src/core/ports.js';
import { LowdbLedgerStore } from '../src/store/lowdb-ledger-store.js';

const dataDir = process.argv[2]!;
const router = new CommandRouter(commands);
const t0 = performance.now();
const store = new LowdbLedgerStore({ dataDir, logger: silentLogger });
await store.open();
const opened = performance.now();
const ledger = new Ledger(store, systemClock);
const ctx = {
  invoker: { platform: 'bench', userId: 'u', displayName: 'u', isAdmin: true, capabilities: { localSources: true, attachments: true } },
  channel: { platform: 'bench', id: 'c' },
  ledger,
  services: {},
};
const reply = await router.runLine('/greenlight status', ctx);
if (reply.severity === 'error') throw new Error(reply.text);
const answered = performance.now();
// What the source pipeline reads as soon as it is built (src/sources/pipeline/ingestor.ts).
const recent = await ledger.history({ limit: 5_000 });
const ready = performance.now();
// The first `history <id>` indexes the whole journal once.
const history = await ledger.history({ entityId: 'party-42' });
const done = performance.now();
await store.close();
process.stdout.write(
  JSON.stringify({
    seq: store.state.seq,
    openMs: opened - t0,
    firstAnswerMs: answered - t0,
    historyReadyMs: ready - t0,
    firstIdHistoryMs: done - ready,
    recent: recent.length,
    partyEvents: history.length,
  }),
);
