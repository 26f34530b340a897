/**
 * Latency of a signed `/greenlight status` over HTTP, Greenlight vs a bare Bolt app that
 * only acks, as p50 / p99 and their ratio. Each app runs in its own process
 * (bench/slack-bench-app.ts); this process is the client and sends the requests
 * interleaved, one at a time.
 *
 * Why several pairs of fresh processes: on this kind of machine one Node process can run
 * the same code a few per cent faster or slower than the next for its whole life, so one
 * pair measures that luck as much as the apps. Samples are pooled over the pairs, and each
 * pair's own ratio is shown too. A third app, bare Bolt acking Greenlight's exact reply,
 * separates the cost of a bigger answer from the cost of Greenlight's work.
 * BENCH_PAIRS, BENCH_ROUNDS (per pair) and BENCH_WARMUP override the counts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createInterface } from 'node:readline';
import { sendSlashCommand } from '../tests/fakes/fake-slack-client.js';
import { SECRET } from '../tests/integration/platforms/slack/harness.js';
import { quantile } from './lib/stats.js';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 6);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 600);
// A freshly started app keeps a core busy for about a second (V8 compiling in the
// background); timing starts after that.
const SETTLE_MS = 1500;

const APPS = ['greenlight', 'bare', 'same'] as const;
type AppName = (typeof APPS)[number];
const LABELS: Record<AppName, string> = {
  greenlight: 'Greenlight (reply in ack)',
  bare: 'bare Bolt (empty ack)',
  same: "bare Bolt (Greenlight's reply)",
};

interface AppProcess { url: string; responseUrl: string; child: ChildProcess; out: AsyncIterator<string> }
interface AppTotals { gc: { count: number; ms: number; maxMs: number }; cpuMs: number }

/** Starts one app in its own process and reads its URLs. */
async function spawnApp(args: string[]): Promise<AppProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'slack-bench-app.ts'), ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const out = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const first = await out.next();
  if (first.done) throw new Error(`the ${args[0]} app exited before it was ready`);
  const { url, responseUrl } = JSON.parse(first.value) as { url: string; responseUrl: string };
  return { url, responseUrl, child, out };
}

/** Closes the app's stdin and reads the totals it prints on the way out. */
async function stopApp(app: AppProcess): Promise<AppTotals | undefined> {
  app.child.stdin!.end();
  const line = await app.out.next();
  return line.done ? undefined : (JSON.parse(line.value) as AppTotals);
}

async function send(app: AppProcess): Promise<{ ms: number; text: string }> {
  const started = performance.now();
  const res = await sendSlashCommand(app.url, { text: 'status', response_url: app.responseUrl }, { secret: SECRET });
  const ms = performance.now() - started;
  if (res.status !== 200) throw new Error(`the app at ${app.url} answered ${res.status}`);
  return { ms, text: res.text };
}

/** A reply without its button values (keys into the reply store, new each time). */
function withoutKeys(text: string): string {
  return text.replace(/"value":"[^"]*"/g, '"value":""');
}

/** Greenlight's reply to `status`, for the "same reply" app. */
async function greenlightReply(): Promise<string> {
  const app = await spawnApp(['greenlight']);
  try {
    const { text } = await send(app);
    if (!text.includes('"blocks"')) throw new Error(`Greenlight's ack carried no Block Kit reply: ${text.slice(0, 200)}`);
    return text;
  } finally {
    await stopApp(app);
  }
}

/** One pair (plus the reference app) of fresh processes; returns their samples and totals. */
async function runPair(reply: string, pair: number): Promise<{ times: Record<AppName, number[]>; totals: Record<AppName, AppTotals | undefined> }> {
  const args: Record<AppName, string[]> = { greenlight: ['greenlight'], bare: ['bare'], same: ['bare', reply] };
  // Start them in a different order each pair so that none always starts last.
  const startOrder = APPS.map((_, i) => APPS[(i + pair) % APPS.length]!);
  const apps = {} as Record<AppName, AppProcess>;
  for (const name of startOrder) apps[name] = await spawnApp(args[name]);
  const times: Record<AppName, number[]> = { greenlight: [], bare: [], same: [] };
  const totals = {} as Record<AppName, AppTotals | undefined>;
  try {
    await sleep(SETTLE_MS);
    for (let i = 0; i < WARMUP + ROUNDS; i++) {
      if (i === WARMUP) for (const app of Object.values(apps)) app.child.stdin!.write('reset\n');
      // Rotate which goes first so that none always runs right after another.
      for (let k = 0; k < APPS.length; k++) {
        const name = APPS[(i + k) % APPS.length]!;
        const { ms, text } = await send(apps[name]);
        // Guard against timing an answer that is not the real one.
        if (name === 'greenlight' && i === WARMUP && withoutKeys(text) !== withoutKeys(reply)) throw new Error(`Greenlight's reply changed during the run: ${text.slice(0, 200)}`);
        if (i >= WARMUP) times[name].push(ms);
      }
    }
  } finally {
    for (const name of APPS) totals[name] = await stopApp(apps[name]);
  }
  return { times, totals };
}

const ms = (n: number) => n.toFixed(2).padStart(8);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;

/** Runs the latency benchmark and returns its report lines. */
export async function latency(): Promise<string[]> {
  const reply = await greenlightReply();
  const pooled: Record<AppName, number[]> = { greenlight: [], bare: [], same: [] };
  const cpu: Record<AppName, number> = { greenlight: 0, bare: 0, same: 0 };
  const gc: Record<AppName, { count: number; ms: number; maxMs: number }> = {
    greenlight: { count: 0, ms: 0, maxMs: 0 }, bare: { count: 0, ms: 0, maxMs: 0 }, same: { count: 0, ms: 0, maxMs: 0 },
  };
  const perPair: string[] = [];
  for (let pair = 0; pair < PAIRS; pair++) {
    const { times, totals } = await runPair(reply, pair);
    for (const name of APPS) {
      pooled[name].push(...times[name]);
      const t = totals[name];
      if (!t) throw new Error(`the ${name} app of pair ${pair + 1} reported no totals`);
      cpu[name] += t.cpuMs;
      gc[name].count += t.gc.count;
      gc[name].ms += t.gc.ms;
      gc[name].maxMs = Math.max(gc[name].maxMs, t.gc.maxMs);
    }
    const g = times.greenlight;
    const b = times.bare;
    perPair.push(`| ${String(pair + 1).padEnd(4)} | ${ratio(quantile(g, 0.5), quantile(b, 0.5)).padStart(7)} | ${ratio(quantile(g, 0.99), quantile(b, 0.99)).padStart(7)} |`);
  }
  const requests = PAIRS * ROUNDS;
  const row = (name: AppName) => `| ${LABELS[name].padEnd(31)} | ${ms(quantile(pooled[name], 0.5))} | ${ms(quantile(pooled[name], 0.99))} | ${(cpu[name] / requests).toFixed(3).padStart(12)} | ${String(gc[name].count).padStart(9)} | ${gc[name].maxMs.toFixed(2).padStart(12)} |`;
  const g = pooled.greenlight;
  const b = pooled.bare;
  return [
    `Signed /greenlight status over HTTP: ${PAIRS} sets of fresh app processes, ${ROUNDS} interleaved requests per app in each (after ${WARMUP} warm-up), ${requests} per app in all`,
    `| app                             | p50 (ms) | p99 (ms) | CPU ms / req | GC pauses | longest (ms) |`,
    `|---------------------------------|----------|----------|--------------|-----------|--------------|`,
    row('greenlight'),
    row('bare'),
    row('same'),
    `| ratio Greenlight / bare (target ≤ 1.2x) | p50 ${ratio(quantile(g, 0.5), quantile(b, 0.5))} | p99 ${ratio(quantile(g, 0.99), quantile(b, 0.99))} |`,
    '',
    'Each set on its own (Greenlight / bare)',
    '| set  | p50     | p99     |',
    '|------|---------|---------|',
    ...perPair,
  ];
}
