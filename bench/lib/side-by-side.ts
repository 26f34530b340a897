/**
 * Latency of apps side by side, each in its own process, with requests interleaved one at
 * a time from this process.
 *
 * Why several sets of fresh processes: on this kind of machine one Node process can run
 * the same code a few per cent faster or slower than the next for its whole life, so a
 * single set measures that luck as much as the apps. Samples are pooled over the sets,
 * and each set's own ratio is shown too.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { resetApp, stopApp, type AppProcess, type AppTotals } from './app-process.js';
import { quantile } from './stats.js';

// A freshly started app keeps a core busy for about a second (V8 compiling in the
// background); timing starts after that.
const SETTLE_MS = 1500;

/** What to compare. The first app is the subject, the second the baseline. */
export interface SideBySide<N extends string> {
  apps: readonly N[];
  labels: Record<N, string>;
  sets: number;
  /** Timed requests per app in each set. */
  rounds: number;
  warmup: number;
  /** Starts an app for a set. */
  start(app: N): Promise<AppProcess<unknown>>;
  /** Sends one request and returns its latency in ms (throws when the answer is wrong). */
  send(app: N, process: AppProcess<unknown>): Promise<number>;
}

/** Sets, rounds and warm-up: six sets of 600 requests after 200 warm-up, unless BENCH_SETS, BENCH_ROUNDS or BENCH_WARMUP say otherwise. */
export function countsFromEnv(): Pick<SideBySide<string>, 'sets' | 'rounds' | 'warmup'> {
  const count = (name: string, fallback: number, min: number) => {
    const value = Number(process.env[name] ?? fallback);
    if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min} (got "${process.env[name]}")`);
    return value;
  };
  return { sets: count('BENCH_SETS', 6, 1), rounds: count('BENCH_ROUNDS', 600, 1), warmup: count('BENCH_WARMUP', 200, 0) };
}

/** Pooled samples and totals. */
export interface SideBySideResult<N extends string> {
  samples: Record<N, number[]>;
  cpuMs: Record<N, number>;
  gc: Record<N, { count: number; maxMs: number }>;
  /** Subject / baseline per set, at p50 and p99. */
  perSet: { p50: number; p99: number }[];
}

function byApp<N extends string, T>(apps: readonly N[], make: () => T): Record<N, T> {
  return Object.fromEntries(apps.map((a) => [a, make()])) as Record<N, T>;
}

async function runSet<N extends string>(spec: SideBySide<N>, set: number): Promise<{ times: Record<N, number[]>; totals: Record<N, AppTotals | undefined> }> {
  const n = spec.apps.length;
  const running = {} as Record<N, AppProcess<unknown>>;
  const times = byApp(spec.apps, () => [] as number[]);
  const totals = {} as Record<N, AppTotals | undefined>;
  try {
    // Start them in a different order each set so that none always starts last.
    for (let k = 0; k < n; k++) {
      const app = spec.apps[(k + set) % n]!;
      running[app] = await spec.start(app);
    }
    await sleep(SETTLE_MS);
    for (let i = 0; i < spec.warmup + spec.rounds; i++) {
      if (i === spec.warmup) for (const app of spec.apps) resetApp(running[app]);
      // Rotate which goes first so that none always runs right after another.
      for (let k = 0; k < n; k++) {
        const app = spec.apps[(i + k) % n]!;
        const ms = await spec.send(app, running[app]);
        if (i >= spec.warmup) times[app].push(ms);
      }
    }
  } finally {
    for (const app of spec.apps) totals[app] = running[app] ? await stopApp(running[app]) : undefined;
  }
  return { times, totals };
}

/** Runs every set and pools the samples. */
export async function sideBySide<N extends string>(spec: SideBySide<N>): Promise<SideBySideResult<N>> {
  const [subject, baseline] = spec.apps as [N, N];
  const samples = byApp(spec.apps, () => [] as number[]);
  const cpuMs = byApp(spec.apps, () => 0);
  const gc = byApp(spec.apps, () => ({ count: 0, maxMs: 0 }));
  const perSet: { p50: number; p99: number }[] = [];
  for (let set = 0; set < spec.sets; set++) {
    const { times, totals } = await runSet(spec, set);
    for (const app of spec.apps) {
      const t = totals[app];
      if (!t) throw new Error(`the ${app} app of set ${set + 1} reported no totals`);
      samples[app].push(...times[app]);
      cpuMs[app] += t.cpuMs;
      gc[app].count += t.gc.count;
      gc[app].maxMs = Math.max(gc[app].maxMs, t.gc.maxMs);
    }
    perSet.push({
      p50: quantile(times[subject], 0.5) / quantile(times[baseline], 0.5),
      p99: quantile(times[subject], 0.99) / quantile(times[baseline], 0.99),
    });
  }
  return { samples, cpuMs, gc, perSet };
}

const cell = (s: string, width: number) => s.padStart(width);
const ratio = (r: number) => `${r.toFixed(2)}x`;

/** The report: pooled p50 / p99 per app with CPU and GC, the ratio, and each set's ratio. */
export function sideBySideReport<N extends string>(title: string, spec: SideBySide<N>, result: SideBySideResult<N>, target: string): string[] {
  const [subject, baseline] = spec.apps as [N, N];
  const width = Math.max(...spec.apps.map((a) => spec.labels[a].length), 'ratio'.length);
  const requests = spec.sets * spec.rounds;
  const q = (app: N, p: number) => quantile(result.samples[app], p);
  const rows = spec.apps.map(
    (app) =>
      `| ${spec.labels[app].padEnd(width)} | ${cell(q(app, 0.5).toFixed(2), 8)} | ${cell(q(app, 0.99).toFixed(2), 8)} | ${cell((result.cpuMs[app] / requests).toFixed(3), 12)} | ${cell(String(result.gc[app].count), 9)} | ${cell(result.gc[app].maxMs.toFixed(2), 12)} |`,
  );
  return [
    `${title}: ${spec.sets} set${spec.sets === 1 ? '' : 's'} of fresh app processes, ${spec.rounds} interleaved requests per app in each (after ${spec.warmup} warm-up), ${requests} per app in all`,
    `| ${'app'.padEnd(width)} | p50 (ms) | p99 (ms) | CPU ms / req | GC pauses | longest (ms) |`,
    `|${'-'.repeat(width + 2)}|----------|----------|--------------|-----------|--------------|`,
    ...rows,
    `Ratio ${subject} / ${baseline} (target ${target}): p50 ${ratio(q(subject, 0.5) / q(baseline, 0.5))}, p99 ${ratio(q(subject, 0.99) / q(baseline, 0.99))}`,
    '',
    `Each set on its own (${subject} / ${baseline})`,
    '| set | p50     | p99     |',
    '|-----|---------|---------|',
    ...result.perSet.map((r, i) => `| ${String(i + 1).padEnd(3)} | ${cell(ratio(r.p50), 7)} | ${cell(ratio(r.p99), 7)} |`),
  ];
}
