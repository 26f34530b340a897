/**
 * Issue 12 item 1: a command's latency while a 5 MB hostile feed is being parsed, against its
 * latency on an idle bot, in the same process, phases interleaved (idle, busy, idle, busy, …) so
 * machine noise hits both alike. The command is a signed `/greenlight status` over HTTP to the
 * real Slack platform (fake Slack on 127.0.0.1). "Busy": the real source watcher polls a local
 * server's 5 MB feed back to back (fetch, then parse in the worker pool: seconds of parser work
 * per poll, within the structure limits, so it is parsed rather than refused). Target ≤ 1.5x at p99.
 * A last, short phase parses the same bytes on the main thread, as every poll did before the
 * pool, to show what the pool avoids. (c) the pool's cost on ordinary feeds: parse via the pool
 * against parseFeedBytes in-process, on the sample feeds of the parse-throughput bench.
 * BENCH_SETS (default 3) and BENCH_ROUNDS (commands per phase, default 150) override the counts.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { sourceConfigSchema, sourceDefaultsSchema } from '../config/sources-schema.js';
import { silentLogger, systemClock } from '../src/core/ports.js';
import type { ScheduledJob, Scheduler } from '../src/scheduler/scheduler.js';
import { parseFeedBytes } from '../src/sources/feed/parse-feed.js';
import { FeedParsePool } from '../src/sources/poll/feed-parse-pool.js';
import { SourceWatcher } from '../src/sources/source-service.js';
import { sendSlashCommand } from '../tests/fakes/fake-slack-client.js';
import { SECRET, startHarness } from '../tests/integration/platforms/slack/harness.js';
import { ms, printTable, quantile } from './lib/stats.js';

const count = (name: string, fallback: number): number => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name} must be a positive integer`);
  return v;
};
const SETS = count('BENCH_SETS', 3);
const ROUNDS = count('BENCH_ROUNDS', 150);

/** ~5 MB of tiny elements in one Atom entry: within the structure limits, seconds of parser work. */
const HOSTILE = Buffer.from(
  `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><id>1</id><title>x</title>${'<link href="a"/>'.repeat(327_000)}</entry></feed>`,
);

const idleScheduler: Scheduler = {
  schedule: (): ScheduledJob => ({ stop() {}, runNow: async () => {} }),
  after: (): ScheduledJob => ({ stop() {}, runNow: async () => {} }),
  stopAll() {},
};

async function main(): Promise<void> {
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/atom+xml', 'content-length': HOSTILE.length }).end(HOSTILE));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hostile`;
  const dataDir = mkdtempSync(join(tmpdir(), 'gl-bench-stall-'));
  const watcher = new SourceWatcher({
    dataDir,
    sources: [sourceConfigSchema.parse({ id: 'hostile', url: feedUrl, allowPrivate: true })],
    // A budget long enough that parses finish: the bench measures parsing, not the cut-off.
    defaults: sourceDefaultsSchema.parse({ perHostRequestsPerSecond: { '127.0.0.1': 1000 }, feedParsing: { timeoutMs: 120_000 } }),
    timezone: 'UTC',
    userAgent: 'Greenlight-bench/0.1',
    ingestor: {
      ingest: async () => ({ ledgerEvents: [], alertEvents: [], outcomes: [] }),
      dryRun: () => ({ ledgerEvents: [], alertEvents: [], outcomes: [] }),
    },
    alerts: { publish: async () => {} },
    scheduler: idleScheduler,
    clock: systemClock,
    logger: silentLogger,
  });
  await watcher.start();
  const h = await startHarness();
  const command = async (): Promise<number> => {
    const t = performance.now();
    const send = () => sendSlashCommand(h.url, { text: 'status', response_url: h.fake.responseUrl() }, { secret: SECRET });
    // A main thread blocked for seconds (the inline case) lets the server's keep-alive timer close the
    // pooled socket under the next request; that request is sent again, and its wait still counts.
    const res = await send().catch((err: unknown) => {
      if ((err as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw err;
      return send();
    });
    const took = performance.now() - t;
    if (res.status !== 200) throw new Error(`status answered ${res.status}`);
    return took;
  };

  const idle: number[] = [];
  const busy: number[] = [];
  let polls = 0;
  let pollFailures = 0;
  let parseMs: number | undefined;
  try {
    for (let i = 0; i < 30; i++) await command(); // warm-up
    const t0 = performance.now();
    await watcher.pollNow('hostile'); // starts the pool's workers; first poll parses the whole feed
    parseMs = performance.now() - t0;
    for (let set = 0; set < SETS; set++) {
      for (let r = 0; r < ROUNDS; r++) idle.push(await command());
      let running = true;
      const loop = (async () => {
        while (running) {
          await watcher.pollNow('hostile');
          polls++;
          if ((watcher.list()[0]?.consecutiveFailures ?? 0) > 0) pollFailures++;
        }
      })();
      await new Promise((r) => setTimeout(r, 300)); // the fetch is done and the parse under way
      for (let r = 0; r < ROUNDS; r++) busy.push(await command());
      running = false;
      await loop;
    }

    // Before the pool: the same bytes parsed on the main thread, back to back.
    const inline: number[] = [];
    let parsing = true;
    const inlineLoop = (async () => {
      while (parsing) {
        parseFeedBytes(HOSTILE, 'application/atom+xml', feedUrl, { maxItems: 500 });
        await yieldToLoop();
      }
    })();
    for (let r = 0; r < 3; r++) inline.push(await command());
    parsing = false;
    await inlineLoop;

    const ratio = quantile(busy, 0.99) / quantile(idle, 0.99);
    printTable(`Command latency (/greenlight status over HTTP, Slack platform) while a ${(HOSTILE.length / 1e6).toFixed(1)} MB hostile feed is parsed`, [
      ['bot', 'commands', 'p50', 'p99', 'max'],
      ['idle', idle.length, ms(quantile(idle, 0.5)), ms(quantile(idle, 0.99)), ms(Math.max(...idle))],
      ['parsing the feed in the worker pool', busy.length, ms(quantile(busy, 0.5)), ms(quantile(busy, 0.99)), ms(Math.max(...busy))],
      ['parsing it on the main thread (before)', inline.length, ms(quantile(inline, 0.5)), ms(quantile(inline, 0.99)), ms(Math.max(...inline))],
    ]);
    process.stdout.write(`    busy/idle: p50 ${(quantile(busy, 0.5) / quantile(idle, 0.5)).toFixed(2)}x, p99 ${ratio.toFixed(2)}x (target ≤ 1.5x at p99)\n`);
    process.stdout.write(
      `    ${polls} polls of the hostile feed during the busy phases (${pollFailures} failed); one poll took ${((parseMs ?? 0) / 1000).toFixed(1)} s\n`,
    );
  } finally {
    await h.close();
    await watcher.stop();
    server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const PARSE_FILES = [
  'rss2/giantbomb-podcast.rss',
  'rss2/atp-podcast.rss',
  'rss2/techcrunch.xml',
  'rss2/guardian.rss',
  'atom/daringfireball.atom',
  'rdf/heise-newsticker.rdf',
];

/** Ordinary feeds: the pool's round trip (copy/transfer, structured clone of the result) against parsing in-process. */
async function poolOverhead(): Promise<void> {
  const pool = new FeedParsePool({ workers: 1 });
  const rows: string[][] = [['file', 'size', 'in-process (ms, median)', 'via pool (ms, median)', 'ratio']];
  try {
    const first = readFileSync(join(import.meta.dirname, '..', 'tests', 'fixtures', 'feeds', PARSE_FILES[0]!));
    await pool.parse(new Uint8Array(first), 'application/xml', 'https://example.com/feed');
    for (const file of PARSE_FILES) {
      const bytes = readFileSync(join(import.meta.dirname, '..', 'tests', 'fixtures', 'feeds', file));
      const local: number[] = [];
      const pooled: number[] = [];
      for (let r = 0; r < 15; r++) {
        let t = performance.now();
        parseFeedBytes(bytes, 'application/xml', 'https://example.com/feed', { maxItems: 10_000 });
        local.push(performance.now() - t);
        const copy = new Uint8Array(bytes); // as fetched: bytes that own their buffer, transferred
        t = performance.now();
        await pool.parse(copy, 'application/xml', 'https://example.com/feed', { maxItems: 10_000 });
        pooled.push(performance.now() - t);
      }
      const a = quantile(local, 0.5);
      const b = quantile(pooled, 0.5);
      rows.push([file, `${(bytes.length / 1024).toFixed(0)} KB`, a.toFixed(2), b.toFixed(2), `${(b / a).toFixed(2)}x`]);
    }
  } finally {
    await pool.close();
  }
  printTable(
    '(c) ordinary feeds: parse through the worker pool vs in-process (wall time per feed; the pool adds a round trip but frees the main thread)',
    rows,
  );
}

await main();
await poolOverhead();
