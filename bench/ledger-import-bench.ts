/**
 * Issue 13 benchmark, "Import and export that people can use": a 30,000-party,
 * 100,000-event ledger file (as `export` writes it) imported through `/greenlight import
 * file:` into a fresh data folder (target under 10 s), then the restart after it, in a
 * fresh process (target under 2 s until the first command is answered and the startup
 * history read is done). `npm run bench -- ledger-import`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { commands } from '../commands/index.js';
import { CommandRouter } from '../commands/lib/router.js';
import { Ledger } from '../src/core/ledger.js';
import { silentLogger, systemClock } from '../src/core/ports.js';
import { localFiles } from '../src/platforms/shell/files.js';
import { LowdbLedgerStore } from '../src/store/lowdb-ledger-store.js';
import { writeImportFile } from './ledger-import-data.js';
import { printTable } from './lib/stats.js';

const PARTIES = 30_000;
const EVENTS = 100_000;
const root = mkdtempSync(join(tmpdir(), 'gl-bench-import-'));
const file = join(root, 'ledger.json');
const dataDir = join(root, 'data');
const s = (msTime: number) => `${(msTime / 1000).toFixed(2)} s`;

try {
  const bytes = writeImportFile(file, PARTIES, EVENTS);
  process.stdout.write(`Ledger file: ${PARTIES.toLocaleString('en-US')} parties, ${EVENTS.toLocaleString('en-US')} events, ${(bytes / 1e6).toFixed(1)} MB\n`);

  const store = new LowdbLedgerStore({ dataDir, logger: silentLogger });
  await store.open();
  const ledger = new Ledger(store, systemClock);
  const router = new CommandRouter(commands);
  const ctx = {
    invoker: { platform: 'bench', userId: 'u', displayName: 'u', isAdmin: true, capabilities: { localSources: true, attachments: true } },
    channel: { platform: 'bench', id: 'c' },
    ledger,
    services: {},
    attachments: localFiles(),
  };
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const reply = await router.runLine(`/greenlight import file:${file}`, ctx);
  const importMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  // On a shared machine the wall time includes waiting for a core: the CPU time says what the import itself cost.
  const importCpuMs = (cpu.user + cpu.system) / 1000;
  if (reply.severity !== 'success') throw new Error(`${reply.title}: ${reply.text}`);
  const seq = store.state.seq;
  await store.close();
  const closeMs = performance.now() - t0 - importMs;

  const probe = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'ledger-restart-probe.ts'), dataDir], { encoding: 'utf8' });
  if (probe.status !== 0) throw new Error(probe.stderr);
  const r = JSON.parse(probe.stdout) as {
    seq: number;
    openMs: number;
    firstAnswerMs: number;
    historyReadyMs: number;
    firstIdHistoryMs: number;
    partyEvents: number;
  };
  if (r.seq !== seq || r.partyEvents !== 1) throw new Error(`restart saw seq ${r.seq} (expected ${seq}) and ${r.partyEvents} events of party-42`);
  process.stdout.write(
    `Load average when done: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')} on ${availableParallelism()} cores\n`,
  );
  printTable(`Import of ${PARTIES.toLocaleString('en-US')} parties / ${EVENTS.toLocaleString('en-US')} events, and the restart after it`, [
    ['step', 'time', 'target', 'met'],
    ['import (/greenlight import file:, one durable write)', s(importMs), '< 10 s', importMs < 10_000 ? 'yes' : 'NO'],
    ['  of which CPU (this process, all threads)', s(importCpuMs), '', ''],
    ['close after import (final snapshot)', s(closeMs), '', ''],
    ['restart: store open', s(r.openMs), '', ''],
    ['restart: first command answered', s(r.firstAnswerMs), '< 2 s', r.firstAnswerMs < 2_000 ? 'yes' : 'NO'],
    ['restart: startup history read done', s(r.historyReadyMs), '< 2 s', r.historyReadyMs < 2_000 ? 'yes' : 'NO'],
    ['then the first history <id> (indexes the journal once)', s(r.firstIdHistoryMs), '', ''],
  ]);
} finally {
  rmSync(root, { recursive: true, force: true });
}
