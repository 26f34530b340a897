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
import { runSuite } from './conformance/run-suite.js';

const args = process.argv.slice(2);
const root = args.find((a) => !a.startsWith('--'));
if (!root) {
  process.stderr.write('usage: npm run conformance -- <path to feedparser/tests> [--failures] [--only=<substring>]\n');
  process.exit(2);
}
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const r = runSuite(root, { failures: args.includes('--failures'), ...(only ? { only } : {}) });
const { total, illformed } = r;
const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
const out: string[] = [];
out.push(`documents read: ${r.docsRead} (well-formed per the suite: ${r.wellFormedDocs})`);
out.push(`checks applicable (well-formed documents): ${total.applicable}`);
out.push(`pass, Greenlight parseFeedBytes: ${total.gl} (${pct(total.gl, total.applicable)})`);
out.push(`pass, feedsmith alone:           ${total.fs} (${pct(total.fs, total.applicable)})`);
out.push(`well-formed documents rejected: ${r.rejected}`);
out.push(
  `(ill-formed documents, lenient reading, not in the figures above: ${illformed.applicable} checks, Greenlight ${pct(illformed.gl, illformed.applicable)}, feedsmith ${pct(illformed.fs, illformed.applicable)})`,
);
out.push('', 'per class (folder · field): applicable, Greenlight pass, feedsmith pass — classes with a miss first');
const rows = [...r.byClass.entries()].sort((a, b) => b[1].applicable - b[1].gl - (a[1].applicable - a[1].gl) || a[0].localeCompare(b[0]));
for (const [cls, t] of rows)
  out.push(`  ${cls.padEnd(44)} ${String(t.applicable).padStart(4)}  GL ${pct(t.gl, t.applicable).padStart(6)}  FS ${pct(t.fs, t.applicable).padStart(6)}`);
if (r.rejections.size) {
  out.push('', 'rejections of well-formed documents, by reason');
  for (const [reason, n] of [...r.rejections.entries()].sort((a, b) => b[1] - a[1])) out.push(`  ${String(n).padStart(4)}  ${reason}`);
}
if (r.failures.length) out.push('', ...r.failures);
process.stdout.write(`${out.join('\n')}\n`);
