/**
 * The conformance run itself (see scripts/feedparser-conformance.ts for what is measured and why):
 * reads every test document under `root`, maps its checks, and tallies Greenlight's
 * parseFeedBytes and feedsmith alone. Used by the CLI and by the optional suite test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFeed as feedsmithParse } from 'feedsmith';
import { parseFeedBytes } from '../../src/sources/feed/parse-feed.js';
import type { ParsedFeed } from '../../src/sources/feed/types.js';
import { shapeOf } from './doc-shape.js';
import { feedsmithView } from './feedsmith-view.js';
import { actualOf, mapCheck, type View } from './field-map.js';
import { parseExpect } from './python-expect.js';

/** Checks counted, and how many passed for Greenlight (gl) and feedsmith alone (fs). */
export interface Tally {
  applicable: number;
  gl: number;
  fs: number;
}

/** Everything the CLI prints. */
export interface SuiteResult {
  docsRead: number;
  wellFormedDocs: number;
  /** Checks in documents the suite calls well-formed: the headline figures. */
  total: Tally;
  /** Checks in documents the suite calls ill-formed (reported apart). */
  illformed: Tally;
  /** Per "folder · field". */
  byClass: Map<string, Tally>;
  /** Well-formed documents parseFeedBytes refused. */
  rejected: number;
  rejections: Map<string, number>;
  /** Filled when asked: one line per failed check or refused document. */
  failures: string[];
}

const tally = (): Tally => ({ applicable: 0, gl: 0, fs: 0 });

/** Run every document under `root` (feedparser's `tests/` folder). */
export function runSuite(root: string, opts: { only?: string; failures?: boolean } = {}): SuiteResult {
  const r: SuiteResult = {
    docsRead: 0,
    wellFormedDocs: 0,
    total: tally(),
    illformed: tally(),
    byClass: new Map(),
    rejected: 0,
    rejections: new Map(),
    failures: [],
  };
  for (const file of walk(root)) {
    const rel = relative(root, file).split('\\').join('/');
    if (opts.only && !rel.includes(opts.only)) continue;
    runDocument(rel, readFileSync(file), r, opts.failures === true);
  }
  return r;
}

function runDocument(rel: string, bytes: Uint8Array, r: SuiteResult, showFailures: boolean): void {
  const text = suiteDecode(bytes);
  const expect = /Description:\s*(.*?)\s*Expect:\s*(.*)\s*-->/.exec(text);
  if (!expect) return;
  r.docsRead++;
  const conjuncts = parseExpect(expect[2] ?? '');
  const bozo = conjuncts.find((c) => c.kind === 'bozo');
  const wellFormed = bozo ? !bozo.expected : rel.startsWith('wellformed/');
  if (wellFormed) r.wellFormedDocs++;

  const headers = new Map([...text.matchAll(/^Header:\s+([^:]+):(.*)$/gm)].map((m) => [m[1]!.trim().toLowerCase(), m[2]!.trim()]));
  const http = rel.includes('http');
  const url = `http://127.0.0.1:8097/tests/${rel}`;
  const contentType = http ? (headers.get('content-type') ?? 'text/xml') : undefined;
  const contentLocation = http ? headers.get('content-location') : undefined;

  let gl: View | Error;
  try {
    const opts = { maxItems: 10_000, maxSummaryLength: 1_000_000, maxTitleLength: 1_000_000, contentLocation };
    gl = greenlightView(parseFeedBytes(bytes, contentType, url, opts));
  } catch (e) {
    gl = e as Error;
    if (wellFormed) {
      r.rejected++;
      const reason = `${(e as { code?: string }).code ?? 'error'}: ${(e as Error).message
        .replace(/\d+/g, 'N')
        .replace(/<[^>]*>/g, '<…>')
        .slice(0, 70)}`;
      r.rejections.set(reason, (r.rejections.get(reason) ?? 0) + 1);
      if (showFailures) r.failures.push(`REJECTED ${rel}: ${(e as Error).message}`);
    }
  }
  let fs: View | Error;
  try {
    fs = feedsmithView(feedsmithParse(text.replace(/^[\uFEFF\s]+/, ''), { maxItems: 10_000 }));
  } catch (e) {
    fs = e as Error;
  }

  const shape = shapeOf(text);
  for (const c of conjuncts) {
    const check = mapCheck(c, shape);
    if (!check) continue;
    const glPass = !(gl instanceof Error) && actualOf(check, gl) === check.expected;
    const fsPass = !(fs instanceof Error) && actualOf(check, fs) === check.expected;
    add(wellFormed ? r.total : r.illformed, glPass, fsPass);
    if (!wellFormed) continue;
    const cls = `${rel.split('/').slice(0, -1).join('/') || rel} · ${check.field}`;
    if (!r.byClass.has(cls)) r.byClass.set(cls, tally());
    add(r.byClass.get(cls)!, glPass, fsPass);
    if (showFailures && !glPass && !(gl instanceof Error)) {
      r.failures.push(`FAIL ${rel} [${check.field}] expected ${JSON.stringify(check.expected)} got ${JSON.stringify(actualOf(check, gl))}`);
    }
  }
}

function add(t: Tally, gl: boolean, fs: boolean): void {
  t.applicable++;
  if (gl) t.gl++;
  if (fs) t.fs++;
}

function greenlightView(feed: ParsedFeed): View {
  return {
    title: feed.title,
    link: feed.link,
    items: feed.items.map((i) => ({ title: i.title, link: i.link, id: i.id, summary: i.summary, date: i.publishedAt })),
    plain: true,
  };
}

/** What the suite's helper does before handing text to feedparser: BOM / UTF-16/32 pattern, else UTF-8. */
function suiteDecode(b: Uint8Array): string {
  const head = Array.from(b.subarray(0, 4))
    .map((x) => x.toString(16).padStart(2, '0'))
    .join('');
  const dec = (enc: string, skip: number): string => new TextDecoder(enc).decode(b.subarray(skip));
  if (head === '0000feff' || head === '0000003c') return utf32(b.subarray(head === '0000feff' ? 4 : 0), false);
  if (head === 'fffe0000' || head === '3c000000') return utf32(b.subarray(head === 'fffe0000' ? 4 : 0), true);
  if (head === '003c003f') return dec('utf-16be', 0);
  if (head === '3c003f00') return dec('utf-16le', 0);
  if (head.startsWith('feff')) return dec('utf-16be', 2);
  if (head.startsWith('fffe')) return dec('utf-16le', 2);
  if (head.startsWith('efbbbf')) return dec('utf-8', 3);
  return dec('utf-8', 0);
}

function utf32(b: Uint8Array, le: boolean): string {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let s = '';
  for (let i = 0; i + 4 <= b.length; i += 4) s += String.fromCodePoint(Math.min(v.getUint32(i, le), 0x10ffff));
  return s;
}

function* walk(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.name.endsWith('.xml')) yield p;
  }
}
