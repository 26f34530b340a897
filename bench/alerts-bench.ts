/**
 * Alerts benchmark (npx tsx bench/alerts-bench.ts): fan-out of one ledger event to 1,000
 * subscribed channels through the real AlertService (outbox journal on a temp dir, fsync
 * included) and a delivery target that enforces a global token-bucket rate limit, answering
 * `rate_limited` with retry-after like Slack and Discord do. Reports total time against the
 * rate-limit floor ((N − burst) / rate) and checks that nothing was lost or sent twice. A run without
 * a rate limit shows the outbox's own throughput.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_CONFIG_PATH, loadConfigFile } from '../config/load-config.js';
import { AlertService } from '../src/alerts/alert-service.js';
import type { Subscription } from '../src/alerts/subscriptions.js';
import { updateAuthorization } from '../src/core/changes/authorization.js';
import { Ledger } from '../src/core/ledger.js';
import { silentLogger, systemClock } from '../src/core/ports.js';
import type { Scheduler } from '../src/scheduler/scheduler.js';
import { seedLedger } from '../src/seed/seed-ledger.js';
import { MemoryLedgerStore } from '../src/store/memory-ledger-store.js';
import { FakeDeliveryTarget } from '../tests/fakes/fake-delivery-target.js';
import { printTable } from './lib/stats.js';

const CHANNELS = 1_000;
const RATE = 200; // deliveries a second
const BURST = 10; // bucket capacity (50 ms of tokens): floor = (CHANNELS - BURST) / RATE = 4.95 s

const noScheduler: Scheduler = {
  schedule: () => ({ stop() {}, runNow: async () => {} }),
  after: () => ({ stop() {}, runNow: async () => {} }),
  stopAll() {},
};

function subscription(i: number): Subscription {
  return {
    id: `sub-${i + 1}`,
    channel: { platform: 'bench', id: `C${i}` },
    kinds: [],
    excludeKinds: [],
    items: [],
    holders: [],
    authorities: [],
    excludeItems: [],
    excludeHolders: [],
    excludeAuthorities: [],
    mentions: { roles: [], users: [], groups: [] },
    mode: 'instant',
    livingCard: false,
    broadcast: false,
    enabled: true,
    createdAt: new Date().toISOString(),
  };
}

async function fanOut(rate: number | undefined): Promise<(string | number)[]> {
  const dir = await mkdtemp(join(tmpdir(), 'greenlight-alerts-bench-'));
  try {
    await writeFile(
      join(dir, 'subscriptions.json'),
      JSON.stringify({ version: 1, nextId: CHANNELS + 1, subscriptions: Array.from({ length: CHANNELS }, (_, i) => subscription(i)) }),
    );
    const ledger = new Ledger(new MemoryLedgerStore(), systemClock);
    await seedLedger(ledger, loadConfigFile(DEFAULT_CONFIG_PATH).seed);
    const target = new FakeDeliveryTarget('bench');
    if (rate) target.rateLimit(rate, BURST);
    const service = new AlertService({
      dataDir: dir,
      ledger,
      scheduler: noScheduler,
      targets: new Map([['bench', target]]),
      logger: silentLogger,
      clock: systemClock,
      timezone: 'UTC',
    });
    await service.open();
    const meta = { actor: { kind: 'admin' as const, id: 'bench' }, tier: 'admin' as const };
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    await ledger.commit(updateAuthorization('cn-h200-import-pending', { status: 'approved' }, meta), meta);
    await target.waitFor(CHANNELS);
    await service.idle();
    const total = (performance.now() - t0) / 1000;
    const used = process.cpuUsage(cpu);
    const ids = new Set(target.delivered.map((d) => d.alert.id));
    const lost = CHANNELS - ids.size;
    const attempts = [...target.attempts.values()].reduce((a, b) => a + b, 0);
    await service.close();
    // The bucket starts full: the first BURST deliveries are free, the rest come at `rate`.
    const floor = rate ? (CHANNELS - BURST) / rate : undefined;
    return [
      rate ? `${rate}/s` : 'none',
      floor ? `${floor.toFixed(2)} s` : '—',
      `${total.toFixed(2)} s`,
      floor ? `${(total / floor).toFixed(3)}x` : '—',
      `${((used.user + used.system) / 1e6).toFixed(2)} s`,
      ids.size,
      target.duplicates().length,
      lost,
      attempts - CHANNELS,
      service.outbox.pendingCount,
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const rows: (string | number)[][] = [['rate limit', 'floor', 'total', 'ratio', 'cpu', 'delivered', 'duplicates', 'lost', '429s', 'pending']];
rows.push(await fanOut(undefined));
rows.push(await fanOut(RATE));
rows[2]![0] = `${RATE}/s, burst ${BURST}`;
printTable(`Fan-out of one ledger event to ${CHANNELS.toLocaleString('en-US')} channels (outbox on disk, concurrency 16; target ≤ 1.2x floor)`, rows);
const limited = rows[2]!;
const ok = Number(String(limited[3]).replace('x', '')) <= 1.2 && limited[6] === 0 && limited[7] === 0;
process.stdout.write(ok ? '\nfan-out: within 1.2x of the floor, nothing lost, nothing duplicated\n' : '\nfan-out: TARGET MISSED\n');
process.exitCode = ok ? 0 : 1;
