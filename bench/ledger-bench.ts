/**
 * Issue "Greenlight core" benchmark: on a ledger of 10,000 authorizations and 100,000
 * history events, the time to answer status, quota and list (median and p99), one admin
 * update at 1,000 and at 100,000 events, startup time and peak memory.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { updateAuthorization } from '../src/core/changes/authorization.js';
import { Ledger } from '../src/core/ledger.js';
import { silentLogger, systemClock } from '../src/core/ports.js';
import { LowdbLedgerStore } from '../src/store/lowdb-ledger-store.js';
import { buildLedger } from './ledger-data.js';
import { ms, printTable, quantile, timeRuns } from './lib/stats.js';

const root = mkdtempSync(join(tmpdir(), 'gl-bench-ledger-'));
const small = join(root, 'small');
const big = join(root, 'big');

async function updateTimes(dataDir: string): Promise<number[]> {
  const store = new LowdbLedgerStore({ dataDir, logger: silentLogger });
  await store.open();
  const ledger = new Ledger(store, systemClock);
  const meta = { actor: { kind: 'admin' as const, id: 'bench' }, tier: 'admin' as const };
  let i = 0;
  const samples = await timeRuns(
    async () => {
      const id = `a-${i % 100}`;
      const q = ledger.state.authorization[id]!.quota!;
      i++;
      await ledger.commit(updateAuthorization(id, { quota: { ...q, value: q.value + 1 } }, meta), meta);
    },
    200,
    10,
  );
  await store.close();
  return samples;
}

try {
  process.stdout.write('Building ledgers (1,000 events; 10,000 authorizations with 100,000 events)...\n');
  await buildLedger(small, 100, 1_000);
  await buildLedger(big, 10_000, 100_000);

  const probe = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'ledger-probe.ts'), big], { encoding: 'utf8' });
  if (probe.status !== 0) throw new Error(probe.stderr);
  const r = JSON.parse(probe.stdout);
  printTable(
    `Queries on ${r.authorizations.toLocaleString('en-US')} authorizations / ${r.seq.toLocaleString('en-US')} events (300 runs each; target p99 < 10 ms)`,
    [
      ['query', 'median', 'p99', 'p99 < 10 ms'],
      ...Object.entries(r.queries as Record<string, { p50: number; p99: number }>).map(([k, v]) => [k, ms(v.p50), ms(v.p99), v.p99 < 10 ? 'yes' : 'NO']),
    ],
  );

  const at1k = await updateTimes(small);
  const at100k = await updateTimes(big);
  const ratio = quantile(at100k, 0.5) / quantile(at1k, 0.5);
  printTable('One admin update (durable: journal write + fsync), 200 runs each', [
    ['history', 'median', 'p99'],
    ['1,000 events', ms(quantile(at1k, 0.5)), ms(quantile(at1k, 0.99))],
    ['100,000 events', ms(quantile(at100k, 0.5)), ms(quantile(at100k, 0.99))],
    ['ratio 100k/1k (target ≤ 2x)', `${ratio.toFixed(2)}x`, `${(quantile(at100k, 0.99) / quantile(at1k, 0.99)).toFixed(2)}x`],
  ]);

  printTable('Startup and memory (10,000 authorizations, 100,000 events)', [
    ['measure', 'value', 'target'],
    ['store open → first status answered', ms(r.openToReadyMs), '< 2 s'],
    ['process start → first status answered (incl. Node + tsx loader)', ms(r.processToReadyMs), '< 2 s'],
    ['peak memory (max RSS)', `${r.maxRssMb.toFixed(1)} MB`, '< 200 MB'],
  ]);
} finally {
  rmSync(root, { recursive: true, force: true });
}
