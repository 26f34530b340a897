/**
 * Hostile feeds, generated here (megabytes are not committed): each step of parsing must be
 * linear in the input. Sizes are chosen so that the quadratic (or exponential) versions these
 * replaced took from tens of seconds to forever, far past the test timeout, while a linear pass
 * takes well under a second; the assertions are on what the admin is told.
 */
import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeed, parseFeedBytes } from '../../../src/sources/feed/index.js';
import { findLimitViolation } from '../../../src/sources/feed/structure-limits.js';

const base = 'https://feeds.example/feed';
const rss = (inner: string, channelTitle = 'Wire') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${channelTitle}</title>\n${inner}</channel></rss>`;
const item = (guid: string, rest = '') => `<item><guid>${guid}</guid><title>Story ${guid}</title>${rest}</item>`;
const attributes = (n: number, sep = ' ') => Array.from({ length: n }, (_, i) => `a${i}="v"`).join(sep);

function parseError(text: string): FeedParseError {
  try {
    parseFeed(text, base);
  } catch (err) {
    if (err instanceof FeedParseError) return err;
    throw err;
  }
  throw new Error('parsed without error');
}

describe('structure limits', () => {
  it('one element with 150,000 attributes (about 2 MB) is refused at once, naming the limit and the count', () => {
    const err = parseError(rss(`<item ${attributes(150_000)}><title>x</title></item>`));
    expect(err.code).toBe('too-complex');
    expect(err.message).toBe(
      '150000 attributes on one element (limit 256): <item> at line 3; the feed is refused (sourceDefaults.feedParsing.maxAttributesPerElement)',
    );
  });

  it('the same with unusual attribute spacing (the validator path) and inside a DOCTYPE-prefixed document', () => {
    expect(parseError(rss(`<item ${attributes(100_000, ' \n ').replace(/="v"/g, " = 'v'")} ><title>x</title></item>`)).message).toMatch(
      /^100000 attributes on one element \(limit 256\): <item> at line 3;/,
    );
    const withDoctype = rss(`<item ${attributes(100_000)}/>`).replace('<rss', '<!DOCTYPE rss [<!ENTITY e "x>y">]>\n<rss');
    expect(parseError(withDoctype).message).toMatch(/^100000 attributes on one element \(limit 256\): <item> at line 4;/);
  });

  it('elements nested 100,000 deep are refused, saying how deep and where the limit was passed', () => {
    const err = parseError(rss(item('1', `<description>${'<d>'.repeat(100_000)}${'</d>'.repeat(100_000)}</description>`)));
    expect(err.code).toBe('too-complex');
    expect(err.message).toBe('Elements nested 100004 deep (limit 128): first past it <d> at line 3; the feed is refused (sourceDefaults.feedParsing.maxDepth)');
  });

  it('unclosed deep nesting is refused by the limit too, before the validator', () => {
    expect(parseError(rss(`<item>${'<d>'.repeat(50_000)}`)).message).toMatch(/^Elements nested 50003 deep \(limit 128\)/);
  });

  it('limits are configurable, and documents at the limit parse', () => {
    const atLimit = rss(item('1', `<x ${attributes(256)}/>`));
    expect(parseFeed(atLimit, base).items).toHaveLength(1);
    const limits = { maxAttributesPerElement: 8, maxDepth: 4 };
    expect(() => parseFeed(atLimit, base, { limits })).toThrow(/^256 attributes on one element \(limit 8\)/);
    // rss > channel > item > title is depth 4; one more level is past the limit.
    expect(parseFeed(rss(item('1')), base, { limits }).items).toHaveLength(1);
    expect(() => parseFeed(rss(item('1', '<description><b>x</b></description>')), base, { limits })).toThrow(
      /^Elements nested 5 deep \(limit 4\): first past it <b> at line 3;/,
    );
  });

  it('counts as the well-formedness rules do: comments, CDATA, PIs and quoted ">" or "=" are not attributes or elements', () => {
    const doc = rss(`<!-- <a b="1" c="2"> --><![CDATA[<x y="1">]]><?pi a="1" b="2"?>${item('1', '<link href="https://x.example/?a=1&amp;b=2" rel=">"/>')}`);
    expect(findLimitViolation(doc, { maxAttributesPerElement: 2, maxDepth: 5 })).toBeUndefined();
    expect(findLimitViolation(doc, { maxAttributesPerElement: 1, maxDepth: 5 })).toMatchObject({ kind: 'attributes', element: 'link', count: 2 });
  });
});

describe('linear in the input', () => {
  it('many elements with many distinct attributes each (within the limit) still parse', () => {
    const items = Array.from({ length: 400 }, (_, i) => `<item ${attributes(250)}><guid>g${i}</guid><title>t${i}</title></item>`).join('');
    expect(parseFeed(rss(items), base, { maxItems: 5000 }).items).toHaveLength(400);
  });

  it('a repeated attribute name among many is still reported as malformed', () => {
    const err = parseError(rss(`<item ${attributes(200)} a7="again"><title>x</title></item>`));
    expect(err.code).toBe('malformed-xml');
    expect(err.message).toMatch(/Attribute 'a7' is repeated/);
  });

  it('huge text, many entities and many items', () => {
    const text = parseFeed(rss(item('1', `<description>${'lorem ipsum dolor '.repeat(100_000)}</description>`)), base);
    expect(text.items[0]!.summary).toHaveLength(2000);
    const entities = parseFeed(rss(item('1', `<description>${'&amp;lt;b&amp;gt; &#169; &amp;eacute; '.repeat(30_000)}</description>`)), base);
    expect(entities.items[0]!.summary.startsWith('© é © é')).toBe(true);
    const many = parseFeed(rss(Array.from({ length: 20_000 }, (_, i) => item(`g${i}`)).join('')), base, { maxItems: 5000 });
    expect(many.items).toHaveLength(5000);
  });

  it('text with 200,000 unclosed "<script>" or "<!--" openers is cleaned, not dropped', () => {
    const scripts = parseFeed(rss(item('1', `<description>${'&lt;script&gt;x'.repeat(200_000)}</description>`)), base);
    expect(scripts.items[0]!.summary.startsWith('x')).toBe(true);
    const comments = parseFeed(rss(item('1', `<description><![CDATA[${'<!--x'.repeat(200_000)}]]></description>`)), base);
    // An unclosed "<!--" runs to the end, as in HTML parsers (text.ts DECLARATION).
    expect(comments.items[0]!.summary).toBe('');
    const styled = parseFeed(rss(item('1', `<description><![CDATA[${'<style>a'.repeat(100_000)}<b>bold</b></style>tail]]></description>`)), base);
    expect(styled.items[0]!.summary).toBe('tail');
  });

  it('an unescaped "&" with 100,000 unterminated "<![CDATA[" in a comment-free document is repaired or refused quickly', () => {
    const doc = rss(item('1', `<description>a & b</description><!-- ok --><category>${'<![CDATA[x]]>'.repeat(100_000)}</category>`));
    expect(parseFeed(doc, base).items[0]!.summary).toBe('a & b');
    expect(parseError(rss(item('1', `<description>a & b ${'<![CDATA['.repeat(100_000)}</description>`))).code).toBe('malformed-xml');
  });

  it('an HTML page with 100,000 "<title" openers gets its usual error', () => {
    const err = parseError(`<html><head>${'<title'.repeat(100_000)}`);
    expect(err.code).toBe('html');
    expect(err.message).toBe('Received an HTML page instead of a feed');
    expect(parseError(`<html><head><title>Moved</title>${'<link type="application/rss+xml"'.repeat(40_000)}`).message).toMatch(/titled "Moved"/);
  });

  it('thirty comments before a root the root pattern does not accept answer "not a feed" (no exponential backtracking)', () => {
    const err = parseError(`<?xml version="1.0"?>${'<!--c-->'.repeat(30)}${'<?p x?>'.repeat(30)}<é/>`);
    expect(err.code).toBe('not-a-feed');
  });

  it('bytes in, the same result as text in, for a 2 MB feed', () => {
    const doc = rss(Array.from({ length: 8_000 }, (_, i) => item(`g${i}`, `<description>${'H200 export news. '.repeat(12)}</description>`)).join(''));
    expect(doc.length).toBeGreaterThan(2_000_000);
    expect(parseFeedBytes(Buffer.from(doc), 'application/rss+xml', base)).toEqual(parseFeed(doc, base));
  });
});
