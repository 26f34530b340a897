/**
 * The feed parse pool with real worker threads: the same results as parsing in-process, a time
 * budget that stops a parse and keeps the pool working, crashed workers replaced, and a slow
 * feed on one worker not holding up a feed on another.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FeedParseError, parseFeedBytes } from '../../../src/sources/feed/index.js';
import { FeedParsePool } from '../../../src/sources/poll/feed-parse-pool.js';
import { recordingLogger } from '../../unit/sources/fixtures.js';
import { FIXTURES } from './watcher-harness.js';

const base = 'https://feeds.example/feed';
const small =
  '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><guid>1</guid><title>H200 licence granted</title></item></channel></rss>';
/** About 5 MB of tiny elements in one Atom entry: within the structure limits, but seconds of parser work. */
const heavy = () =>
  `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><id>1</id><title>x</title>${'<link href="a"/>'.repeat(320_000)}</entry></feed>`;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(xml|rss|atom|rdf|json|html|txt)$/i.test(name) ? [path] : [];
  });
}

async function outcome<T>(p: Promise<T>): Promise<T | { error: string; code?: string }> {
  try {
    return await p;
  } catch (err) {
    return { error: (err as Error).message, ...(err instanceof FeedParseError ? { code: err.code } : {}) };
  }
}

function inProcess(bytes: Uint8Array, contentType: string | undefined) {
  try {
    return parseFeedBytes(bytes, contentType, base, { maxItems: 500 });
  } catch (err) {
    return { error: (err as Error).message, ...(err instanceof FeedParseError ? { code: err.code } : {}) };
  }
}

let pool: FeedParsePool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('feed parse pool', () => {
  it('gives exactly the in-process result (items, or error code and message) for every fixture feed', { timeout: 120_000 }, async () => {
    pool = new FeedParsePool();
    const paths = files(join(FIXTURES, 'feeds'));
    expect(paths.length).toBeGreaterThan(50);
    for (const path of paths) {
      const contentType = path.endsWith('.json') ? 'application/json' : undefined;
      const expected = inProcess(readFileSync(path), contentType);
      const got = await outcome(pool.parse(readFileSync(path), contentType, base, { maxItems: 500 }));
      expect(got, path).toEqual(expected);
    }
  });

  it("forwards warnings to the caller's logger, and transfers bytes that own their buffer instead of copying them", async () => {
    pool = new FeedParsePool();
    const logger = recordingLogger();
    const latin1 = Buffer.from('<?xml version="1.0"?><rss version="2.0"><channel><title>Caf\xe9</title></channel></rss>', 'latin1');
    const owned = new Uint8Array(latin1);
    const feed = await pool.parse(owned, undefined, base, { logger });
    expect(feed.title).toBe('Café');
    expect(logger.warnings).toEqual(['feed declares no encoding and is not valid UTF-8; decoding as windows-1252']);
    expect(owned.byteLength).toBe(0); // transferred
    const pooled = Buffer.from(small); // a slice of Node's shared buffer pool: copied, left intact
    await pool.parse(pooled, undefined, base);
    expect(pooled.toString()).toBe(small);
  });

  it('stops a parse past its time budget with a clear error, and the next feed parses on a fresh worker', async () => {
    // (600 ms: the heavy feed takes well over a second even on an idle machine, while the small one must still fit in the
    // budget on a freshly started worker when the machine is busy.)
    pool = new FeedParsePool({ workers: 1, timeoutMs: 600 });
    await pool.parse(Buffer.from(small), undefined, base); // the worker is up
    const slow = pool.parse(Buffer.from(heavy()), undefined, base);
    const next = pool.parse(Buffer.from(small), undefined, base);
    await expect(slow).rejects.toMatchObject({
      code: 'too-slow',
      message: 'Parse stopped after 600 ms (time limit): the feed is too large or too complex (sourceDefaults.feedParsing.timeoutMs)',
    });
    expect((await next).items.map((i) => i.title)).toEqual(['H200 licence granted']);
  });

  it('a slow feed on one worker does not hold up an ordinary feed on the other', { timeout: 120_000 }, async () => {
    pool = new FeedParsePool({ workers: 2, timeoutMs: 60_000 });
    await Promise.all([pool.parse(Buffer.from(small), undefined, base), pool.parse(Buffer.from(small), undefined, base)]);
    const order: string[] = [];
    const slow = pool.parse(Buffer.from(heavy()), undefined, base).then(() => order.push('heavy'));
    const quick = pool.parse(Buffer.from(small), undefined, base).then(() => order.push('small'));
    await Promise.all([slow, quick]);
    expect(order).toEqual(['small', 'heavy']);
  });

  it('replaces a worker that crashes (out of memory) and reports the feed as too large', async () => {
    pool = new FeedParsePool({ workers: 1, maxHeapMb: 32, timeoutMs: 60_000 });
    await expect(pool.parse(Buffer.from(heavy()), undefined, base)).rejects.toMatchObject({
      code: 'parser-failed',
      message: 'Parse stopped at 32 MB of memory (limit): the feed is too large or too complex',
    });
    expect((await pool.parse(Buffer.from(small), undefined, base)).title).toBe('Wire');
  });

  it('refuses work after close, and fails what was still queued', async () => {
    pool = new FeedParsePool({ workers: 1 });
    const queued = outcome(pool.parse(Buffer.from(small), undefined, base));
    await pool.close();
    expect(await queued).toMatchObject({ code: 'parser-failed', error: 'The feed parser was shut down before this feed was parsed' });
    await expect(pool.parse(Buffer.from(small), undefined, base)).rejects.toThrow(/shut down/);
  });
});
