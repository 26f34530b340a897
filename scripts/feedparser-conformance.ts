/**
 * Conformance runner: Greenlight's feed parser against the test documents of the Python
 * feedparser library (github.com/kurtmckee/feedparser, folder `tests/`). The documents are not
 * ours and are never copied into this repository: fetch the library yourself and point the runner
 * at its tests folder.
 *
 *   npm run conformance -- /path/to/feedparser/tests [--failures] [--only=<substring>]
 *
 * Each document states its expected result in an XML comment (`Expect: not bozo and
 * entries[0]['title'] == u'...'`), a Python expression over feedparser's result. The runner splits
 * it into conjuncts and maps those that concern a field Greenlight models onto its output:
 *
 *   feed['title'] (or title_detail.value)          → ParsedFeed.title
 *   feed['link']                                   → ParsedFeed.link
 *   entries[i]['title'] (or title_detail.value)    → items[i].title
 *   entries[i]['link']                             → items[i].link
 *   entries[i]['id'] / ['guid']                    → items[i].id
 *   entries[i]['summary'|'description'|summary_detail.value] → items[i].summary
 *   entries[i]['content'][0]['value']              → items[i].summary, only when the entry has no
 *                                                     summary/description (Greenlight shows one text
 *                                                     per item, the summary first)
 *   entries[i][<date>_parsed] (a time tuple)       → items[i].publishedAt, only when it is the date
 *                                                     Greenlight keeps: the first of published
 *                                                     (pubDate, issued), updated (modified, dc:date),
 *                                                     created that the entry has
 *   len(entries)                                   → items.length
 *
 * Not applicable (not counted): everything else (authors, tags, enclosures, languages, `*_detail`
 * types and bases, encodings, feed-level dates, namespaces Greenlight does not read, ...), link
 * checks whose expected value is not an absolute http(s) URL (Greenlight keeps only absolute
 * http(s) links by design; feedparser leaves relative links relative when it has no base), and
 * checks in documents that the suite itself says are not well-formed (`bozo`, and the `entities/`
 * folder, whose documents are truncated or use undefined entities): those are reported on a
 * separate line, since Greenlight is meant to refuse malformed XML.
 *
 * Text comparison: Greenlight gives plain text, feedparser gives sanitised HTML for HTML content
 * and literal text for text content. The expected value is turned into what a reader sees: for an
 * element feedparser reads as HTML (RSS description, Atom type="html"/"xhtml", ...), tags removed
 * and entities decoded once; for a text element (Atom default or type="text"), taken literally;
 * for an RSS title, HTML only when it looks like HTML (feedparser's own rule). Whitespace is
 * collapsed on both sides. Greenlight runs with caps high enough that nothing is truncated.
 *
 * "feedsmith alone" is the same checks against feedsmith's parseFeed on the document text
 * (decoded as the suite's own helper does: byte-order mark or UTF-16/32 pattern, else UTF-8),
 * its values read with the same text rule; links unresolved, dates through Date.parse.
 * HTTP documents (path containing "http") are given their `Header:` Content-Type and
 * Content-Location and the URL the suite serves them from as the fetch URL.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFeed as feedsmithParse } from 'feedsmith';
import { parseFeedBytes } from '../src/sources/feed/parse-feed.js';
import type { ParsedFeed } from '../src/sources/feed/types.js';
import { shapeOf } from './conformance/doc-shape.js';
import { actualOf, mapCheck, type View } from './conformance/field-map.js';
import { parseExpect } from './conformance/python-expect.js';
import { feedsmithView } from './conformance/feedsmith-view.js';

const args = process.argv.slice(2);
const root = args.find((a) => !a.startsWith('--'));
if (!root) {
  process.stderr.write('usage: npm run conformance -- <path to feedparser/tests> [--failures] [--only=<substring>]\n');
  process.exit(2);
}
const showFailures = args.includes('--failures');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);

interface Tally { applicable: number; gl: number; fs: number }
const tally = (): Tally => ({ applicable: 0, gl: 0, fs: 0 });
const total = tally();
const illformed = tally();
const byClass = new Map<string, Tally>();
const rejections = new Map<string, number>();
let docsRead = 0;
let wellFormedDocs = 0;
let rejected = 0;
const failures: string[] = [];

for (const file of walk(root)) {
  const rel = relative(root, file).split('\\').join('/');
  if (only && !rel.includes(only)) continue;
  const bytes = readFileSync(file);
  const text = suiteDecode(bytes);
  const expect = /Description:\s*(.*?)\s*Expect:\s*(.*)\s*-->/.exec(text);
  if (!expect) continue;
  docsRead++;
  const conjuncts = parseExpect(expect[2] ?? '');
  const bozo = conjuncts.find((c) => c.kind === 'bozo');
  const wellFormed = bozo ? !bozo.expected : rel.startsWith('wellformed/');
  if (wellFormed) wellFormedDocs++;

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
      rejected++;
      const reason = `${(e as { code?: string }).code ?? 'error'}: ${(e as Error).message.replace(/\d+/g, 'N').replace(/<[^>]*>/g, '<…>').slice(0, 70)}`;
      rejections.set(reason, (rejections.get(reason) ?? 0) + 1);
      if (showFailures) failures.push(`REJECTED ${rel}: ${(e as Error).message}`);
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
    const target = wellFormed ? total : illformed;
    add(target, glPass, fsPass);
    if (!wellFormed) continue;
    const cls = `${rel.split('/').slice(0, -1).join('/') || rel} · ${check.field}`;
    if (!byClass.has(cls)) byClass.set(cls, tally());
    add(byClass.get(cls)!, glPass, fsPass);
    if (showFailures && !glPass && !(gl instanceof Error)) {
      failures.push(`FAIL ${rel} [${check.field}] expected ${JSON.stringify(check.expected)} got ${JSON.stringify(actualOf(check, gl))}`);
    }
  }
}

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
const out: string[] = [];
out.push(`documents read: ${docsRead} (well-formed per the suite: ${wellFormedDocs})`);
out.push(`checks applicable (well-formed documents): ${total.applicable}`);
out.push(`pass, Greenlight parseFeedBytes: ${total.gl} (${pct(total.gl, total.applicable)})`);
out.push(`pass, feedsmith alone:           ${total.fs} (${pct(total.fs, total.applicable)})`);
out.push(`well-formed documents rejected: ${rejected}`);
out.push(`(ill-formed documents, lenient reading, not in the figures above: ${illformed.applicable} checks, Greenlight ${pct(illformed.gl, illformed.applicable)}, feedsmith ${pct(illformed.fs, illformed.applicable)})`);
out.push('', 'per class (folder · field): applicable, Greenlight pass, feedsmith pass — classes with a miss first');
const rows = [...byClass.entries()].sort((a, b) => (b[1].applicable - b[1].gl) - (a[1].applicable - a[1].gl) || a[0].localeCompare(b[0]));
for (const [cls, t] of rows) out.push(`  ${cls.padEnd(44)} ${String(t.applicable).padStart(4)}  GL ${pct(t.gl, t.applicable).padStart(6)}  FS ${pct(t.fs, t.applicable).padStart(6)}`);
if (rejections.size) {
  out.push('', 'rejections of well-formed documents, by reason');
  for (const [reason, n] of [...rejections.entries()].sort((a, b) => b[1] - a[1])) out.push(`  ${String(n).padStart(4)}  ${reason}`);
}
if (showFailures) out.push('', ...failures);
process.stdout.write(`${out.join('\n')}\n`);

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
  const head = Array.from(b.subarray(0, 4)).map((x) => x.toString(16).padStart(2, '0')).join('');
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

