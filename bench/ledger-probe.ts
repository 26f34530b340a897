/**
 * Child process for the ledger benchmark: opens a data folder the way `npm start` does,
 * answers queries, and prints its own timings and peak memory as JSON.
 * Usage: node --import tsx bench/ledger-probe.ts <dataDir>
 */
import { commands } from '../commands/index.js';
import { CommandRouter } from '../commands/lib/router.js';
import { updateAuthorization } from '../src/core/changes/authorization.js';
import { Ledger } from '../src/core/ledger.js';
import { silentLogger, systemClock } from '../src/core/ports.js';
import { LowdbLedgerStore } from '../src/store/lowdb-ledger-store.js';
import { quantile, timeRuns } from './lib/stats.js';

const dataDir = process.argv[2]!;
const t0 = performance.now();
const store = new LowdbLedgerStore({ dataDir, logger: silentLogger });
await store.open();
const ledger = new Ledger(store, systemClock);
const router = new CommandRouter(commands);
const ctx = {
  invoker: { platform: 'bench', userId: 'u', displayName: 'u', isAdmin: true, capabilities: { localSources: true, attachments: true } },
  channel: { platform: 'bench', id: 'c' },
  ledger,
  services: {},
};
const first = await router.runLine('/greenlight status', ctx);
if (first.severity === 'error') throw new Error(first.text);
const ready = performance.now();

const queries: Record<string, { p50: number; p99: number }> = {};
for (const [name, line] of [
  ['status', '/greenlight status'],
  ['status <authorization>', '/greenlight status a-4242'],
  ['quota <item>', '/greenlight quota item-7'],
  ['quota <holder>', '/greenlight quota party-42'],
  ['list status:pending item:…', '/greenlight list status:pending item:item-5'],
  ['list', '/greenlight list'],
] as const) {
  const samples = await timeRuns(
    async () => {
      const r = await router.runLine(line, ctx);
      if (r.severity === 'error') throw new Error(`${line}: ${r.text}`);
    },
    300,
    20,
  );
  queries[name] = { p50: quantile(samples, 0.5), p99: quantile(samples, 0.99) };
}
// The overview and item accounting are computed once per change: time the first query after one too.
const meta = { actor: { kind: 'admin' as const, id: 'bench' }, tier: 'admin' as const };
const afterChange: number[] = [];
for (let i = 0; i < 60; i++) {
  const q = ledger.state.authorization['a-1']!.quota!;
  await ledger.commit(updateAuthorization('a-1', { quota: { ...q, value: q.value + 1 } }, meta), meta);
  const t = performance.now();
  await router.runLine('/greenlight status', ctx);
  afterChange.push(performance.now() - t);
}
queries['status, first after a change'] = { p50: quantile(afterChange, 0.5), p99: quantile(afterChange, 0.99) };
await store.close();
process.stdout.write(
  JSON.stringify({
    // performance.now() counts from process start: this includes Node and the TypeScript loader.
    processToReadyMs: ready,
    openToReadyMs: ready - t0,
    queries,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    authorizations: Object.keys(ledger.state.authorization).length,
    seq: ledger.state.seq,
  }),
);
