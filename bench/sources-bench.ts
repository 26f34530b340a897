/**
 * Issue 3 source benchmarks:
 * (a) one poll cycle over 1,000 feeds served by one local HTTP server (in a child process, so
 *     the CPU figure is the watcher's alone): ~95% answer 304, ~5% serve a changed small feed.
 *     Real poll code (fetch, parse, diff, state files) with a no-op ingestor. Target ≤ 60 s.
 * (b) parse throughput of our path (decode + well-formedness check + feedsmith + normalise)
 *     against feedsmith's parseFeed alone on the same bytes. Target ratio ≥ 0.8x.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeed as feedsmithParse } from 'feedsmith';
import { sourceConfigSchema, sourceDefaultsSchema } from '../config/sources-schema.js';
import { silentLogger, systemClock } from '../src/core/ports.js';
import type { ScheduledJob, Scheduler } from '../src/scheduler/scheduler.js';
import { parseFeedBytes } from '../src/sources/feed/parse-feed.js';
import type { IngestBatch, IngestOutcome } from '../src/sources/pipeline/types.js';
import { SourceWatcher } from '../src/sources/source-service.js';
import { printTable } from './lib/stats.js';

const FEEDS = 1000;
const CHANGED_EVERY = 20; // 1 in 20 = 5%

// The server: feed i has version v; If-None-Match "i-v" → 304. POST /bump/<cycle> changes 5%.
const SERVER = `
import { createServer } from 'node:http';
const versions = new Array(${FEEDS}).fill(0);
const feed = (i, v) => '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ' + i + '</title><link>https://example.com/' + i + '</link>' +
  Array.from({ length: 10 }, (_, k) => '<item><guid>f' + i + '-' + (v + k) + '</guid><title>H200 story ' + (v + k) + ' from feed ' + i + '</title><link>https://example.com/' + i + '/' + (v + k) + '</link><description>Nvidia H200 export licence news, item ' + (v + k) + '.</description></item>').join('') +
  '</channel></rss>';
const server = createServer((req, res) => {
  const m = /^\\/(feed|bump)\\/(\\d+)$/.exec(req.url);
  if (!m) return res.writeHead(404).end();
  const n = Number(m[2]);
  if (m[1] === 'bump') {
    for (let i = n % ${CHANGED_EVERY}; i < ${FEEDS}; i += ${CHANGED_EVERY}) versions[i]++;
    return res.writeHead(204).end();
  }
  const etag = '"' + n + '-' + versions[n] + '"';
  if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
  const body = feed(n, versions[n]);
  res.writeHead(200, { 'content-type': 'application/rss+xml', etag, 'content-length': Buffer.byteLength(body) }).end(body);
});
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\\n'));
`;

/** A scheduler that never fires on its own: cycles are driven by the bench. */
const idleScheduler: Scheduler = {
  schedule: (): ScheduledJob => ({ stop() {}, runNow: async () => {} }),
  after: (): ScheduledJob => ({ stop() {}, runNow: async () => {} }),
  stopAll() {},
};

let ingested = 0;
const noopIngestor = {
  async ingest(batch: IngestBatch): Promise<IngestOutcome> {
    ingested += batch.items.length;
    return { ledgerEvents: [], alertEvents: [], outcomes: [] };
  },
  dryRun: (): IngestOutcome => ({ ledgerEvents: [], alertEvents: [], outcomes: [] }),
};

async function pollCycleBench(): Promise<string[][]> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim())));
    child.once('exit', (code) => reject(new Error(`feed server exited (${code})`)));
  });
  const origin = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'gl-bench-sources-'));
  const ids = Array.from({ length: FEEDS }, (_, i) => `feed-${i}`);
  const defaults = sourceDefaultsSchema.parse({ perHostRequestsPerSecond: { '127.0.0.1': 100_000 } });
  const watcher = new SourceWatcher({
    dataDir,
    sources: ids.map((id, i) => sourceConfigSchema.parse({ id, url: `${origin}/feed/${i}`, allowPrivate: true })),
    defaults,
    timezone: 'UTC',
    userAgent: 'Greenlight-bench/0.1',
    ingestor: noopIngestor,
    alerts: { publish: async () => {} },
    scheduler: idleScheduler,
    clock: systemClock,
    logger: silentLogger,
  });
  await watcher.start();
  const rows: string[][] = [['cycle', 'feeds', '200 (changed)', 'items ingested', 'wall', 'CPU (user+sys)', 'failures']];
  try {
    for (let cycle = 0; cycle < 4; cycle++) {
      if (cycle > 0) await fetch(`${origin}/bump/${cycle}`, { method: 'POST' });
      const before = ingested;
      const cpu = process.cpuUsage();
      const t = performance.now();
      await Promise.all(ids.map((id) => watcher.pollNow(id)));
      const wall = performance.now() - t;
      const used = process.cpuUsage(cpu);
      const views = watcher.list();
      const failures = views.filter((v) => v.consecutiveFailures > 0).length;
      rows.push([
        cycle === 0 ? 'warm-up (all 200, first poll)' : `cycle ${cycle}`,
        String(FEEDS),
        cycle === 0 ? String(FEEDS) : String(FEEDS / CHANGED_EVERY),
        String(ingested - before),
        `${(wall / 1000).toFixed(2)} s`,
        `${((used.user + used.system) / 1e6).toFixed(2)} s`,
        String(failures),
      ]);
    }
  } finally {
    await watcher.stop();
    child.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}

const PARSE_FILES = [
  'rss2/giantbomb-podcast.rss',
  'rss2/atp-podcast.rss',
  'rss2/techcrunch.xml',
  'rss2/guardian.rss',
  'atom/daringfireball.atom',
  'rdf/heise-newsticker.rdf',
];

/**
 * Median seconds per run of `a` and of `b`, measured in alternating rounds so that GC and
 * CPU-frequency noise on a shared machine hits both sides alike.
 */
function alternate(a: () => unknown, b: () => unknown, rounds = 25, minRoundMs = 60): [number, number] {
  const time = (fn: () => unknown): number => {
    let runs = 0;
    const t = performance.now();
    while (performance.now() - t < minRoundMs || runs < 2) {
      fn();
      runs++;
    }
    return (performance.now() - t) / 1000 / runs;
  };
  for (let i = 0; i < 3; i++) {
    a();
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let r = 0; r < rounds; r++) {
    ta.push(time(a));
    tb.push(time(b));
  }
  const median = (v: number[]): number => v.sort((x, y) => x - y)[Math.floor(v.length / 2)]!;
  return [median(ta), median(tb)];
}

function parseBench(): string[][] {
  const rows: string[][] = [['file', 'size', 'ours (MB/s)', 'feedsmith alone (MB/s)', 'ratio']];
  let oursTotal = 0;
  let theirsTotal = 0;
  for (const file of PARSE_FILES) {
    const bytes = readFileSync(join(import.meta.dirname, '..', 'tests', 'fixtures', 'feeds', file));
    // feedsmith gets the text already decoded (and without leading whitespace, which it refuses).
    const text = new TextDecoder('utf-8').decode(bytes).replace(/^[\uFEFF\s]+/, '');
    const [oursS, theirsS] = alternate(
      () => parseFeedBytes(bytes, 'application/xml', 'https://example.com/feed', { maxItems: 10_000 }),
      () => feedsmithParse(text, { maxItems: 10_000 }),
    );
    const mb = bytes.length / 1024 / 1024;
    const ours = mb / oursS;
    const theirs = mb / theirsS;
    oursTotal += oursS;
    theirsTotal += theirsS;
    rows.push([file, `${(bytes.length / 1024).toFixed(0)} KiB`, ours.toFixed(1), theirs.toFixed(1), `${(ours / theirs).toFixed(2)}x`]);
  }
  rows.push(['all files (total time)', '', '', '', `${(theirsTotal / oursTotal).toFixed(2)}x`]);
  return rows;
}

// `npx tsx bench/sources-bench.ts a` (or `b`) runs one part only; no argument runs both.
const only = process.argv[2];
if (only !== 'b') {
  process.stdout.write(`(a) one poll cycle over ${FEEDS} feeds on one local server (127.0.0.1, server in a child process)\n`);
  process.stdout.write('    politeness: per-host override 127.0.0.1 = 100,000 req/s for this bench (default is 1 req/s per host);\n');
  process.stdout.write(
    `    max ${sourceDefaultsSchema.parse({}).maxConcurrentPolls} polls at once; cycles never overlap (each awaits the previous). Target: ≤ 60 s wall.\n`,
  );
  printTable('Poll cycle', await pollCycleBench());
}
if (only !== 'a') {
  process.stdout.write(
    '\n(b) parse throughput: decode + well-formedness check + feedsmith + normalise, vs feedsmith parseFeed alone (string already decoded). Target ≥ 0.8x.\n',
  );
  printTable('Parse throughput', parseBench());
}
