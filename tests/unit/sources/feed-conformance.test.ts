/**
 * Feeds read as their publishers meant: one hand-written minimal document per class of defect
 * found by running the feedparser test suite (scripts/feedparser-conformance.ts). Each case goes
 * through the real entry point, parseFeedBytes, with bytes as a server would send them.
 */
import { describe, expect, it } from 'vitest';
import { parseFeedBytes } from '../../../src/sources/feed/index.js';
import { recordingLogger } from './fixtures.js';

const URL_ = 'https://feeds.example/news/feed.xml';
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const parse = (doc: string, contentType?: string, opts = {}) => parseFeedBytes(bytes(doc), contentType, URL_, opts);
const rss = (items: string, channel = '<title>News</title>') => `<rss version="2.0"><channel>${channel}${items}</channel></rss>`;
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

describe('item text only in <body>, <xhtml:body> or <fullitem>', () => {
  it('reads an XHTML body', () => {
    const doc = rss(`<item><guid>a</guid><title>Licence granted</title>
      <body xmlns="http://www.w3.org/1999/xhtml"><p>The licence for <b>H200</b> was granted.</p></body></item>`);
    expect(parse(doc).items[0]?.summary).toBe('The licence for H200 was granted.');
  });

  it('reads a prefixed xhtml:body', () => {
    const doc = `<rss version="2.0" xmlns:xhtml="http://www.w3.org/1999/xhtml"><channel><title>x</title>
      <item><guid>a</guid><title>t</title><xhtml:body><xhtml:p>Quota raised &amp; renewed</xhtml:p></xhtml:body></item></channel></rss>`;
    expect(parse(doc).items[0]?.summary).toBe('Quota raised & renewed');
  });

  it('reads <fullitem> (escaped HTML)', () => {
    const doc = rss('<item><guid>a</guid><fullitem>&lt;p&gt;Order shipped&lt;/p&gt;</fullitem></item>');
    const item = parse(doc).items[0];
    expect(item?.summary).toBe('Order shipped');
    expect(item?.title).toBe('Order shipped');
  });
});

describe('valid feeds that are not errors', () => {
  it('an RSS feed with an empty channel (nothing published yet)', () => {
    expect(parse('<rss version="2.0"><channel></channel></rss>')).toMatchObject({ format: 'rss', title: '', items: [] });
  });

  it('an empty Atom 1.0 feed', () => {
    expect(parse('<feed xmlns="http://www.w3.org/2005/Atom"></feed>').items).toEqual([]);
  });

  it('an Atom 0.3 feed with only a copyright', () => {
    const feed = parse('<feed version="0.3" xmlns="http://purl.org/atom/ns#"><copyright>(c) Example</copyright></feed>');
    expect(feed).toMatchObject({ format: 'atom', items: [] });
  });

  it('RSS written with a namespace prefix', () => {
    const doc = `<r:rss version="2.0" xmlns:r="http://backend.userland.com/rss2"><r:channel><r:title>NS</r:title>
      <r:item><r:title>Prefixed item</r:title><r:link>https://news.example/1</r:link><r:guid>n1</r:guid></r:item></r:channel></r:rss>`;
    expect(parse(doc).items[0]).toMatchObject({ id: 'n1', title: 'Prefixed item', link: 'https://news.example/1' });
  });

  it('Microsoft CDF', () => {
    const doc = `<CHANNEL HREF="https://cdf.example/"><TITLE>Channel</TITLE>
      <ITEM HREF="https://cdf.example/1" LASTMOD="2024-03-01T10:00:00Z"><TITLE>First item</TITLE><ABSTRACT>About it</ABSTRACT></ITEM></CHANNEL>`;
    const feed = parse(doc);
    expect(feed.title).toBe('Channel');
    expect(feed.items[0]).toMatchObject({ title: 'First item', summary: 'About it', link: 'https://cdf.example/1', publishedAt: '2024-03-01T10:00:00.000Z' });
  });
});

describe('escaped text is decoded once', () => {
  it('keeps "<blink>" that the HTML escapes', () => {
    const doc = rss('<item><guid>a</guid><title>t</title><description>&lt;p&gt;History of the &amp;lt;blink&amp;gt; tag&lt;/p&gt;</description></item>');
    expect(parse(doc).items[0]?.summary).toBe('History of the <blink> tag');
  });

  it('keeps escaped brackets in XHTML content', () => {
    const doc = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:1</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Use &lt;br&gt; sparingly</div></title></entry></feed>`;
    expect(parse(doc).items[0]?.title).toBe('Use <br> sparingly');
  });
});

describe('type="text" is text', () => {
  it('shows markup characters in an Atom text title literally', () => {
    const doc = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:1</id>
      <title type="text">AT&amp;amp;T &lt;b&gt;bold&lt;/b&gt; claims</title></entry></feed>`;
    expect(parse(doc).items[0]?.title).toBe('AT&amp;T <b>bold</b> claims');
  });

  it('Atom 0.3 type="text/plain" too', () => {
    const doc = `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><id>urn:1</id>
      <title type="text/plain">History of the &lt;blink&gt; tag</title></entry></feed>`;
    expect(parse(doc).items[0]?.title).toBe('History of the <blink> tag');
  });
});

describe('base64 Atom content', () => {
  it('decodes Atom 0.3 mode="base64"', () => {
    const doc = `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>f</title><entry><id>urn:1</id><title>t</title>
      <summary type="text/html" mode="base64">${b64('<p>Licence <b>approved</b></p>')}</summary></entry></feed>`;
    expect(parse(doc).items[0]?.summary).toBe('Licence approved');
  });

  it('decodes Atom 1.0 content with a non-text type', () => {
    const doc = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:1</id><title>t</title>
      <content type="application/octet-stream">${b64('Quota 40 units')}</content></entry></feed>`;
    expect(parse(doc).items[0]?.summary).toBe('Quota 40 units');
  });
});

describe('titles and dates from Dublin Core and Media RSS', () => {
  const dc = 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:media="http://search.yahoo.com/mrss/"';
  const doc = (item: string) => `<rss version="2.0" ${dc}><channel><title>x</title><item><guid>a</guid>${item}</item></channel></rss>`;

  it.each([
    ['dcterms:created', '<dcterms:created>2024-05-01T08:00:00Z</dcterms:created>'],
    ['dcterms:issued', '<dcterms:issued>2024-05-01T08:00:00Z</dcterms:issued>'],
    ['dcterms:modified', '<dcterms:modified>2024-05-01T08:00:00Z</dcterms:modified>'],
  ])('reads the date from %s', (_name, el) => {
    expect(parse(doc(`<title>t</title>${el}`)).items[0]?.publishedAt).toBe('2024-05-01T08:00:00.000Z');
  });

  it('prefers issued over modified', () => {
    const item = parse(doc('<dcterms:modified>2024-06-01T00:00:00Z</dcterms:modified><dcterms:issued>2024-05-01T00:00:00Z</dcterms:issued>')).items[0];
    expect(item?.publishedAt).toBe('2024-05-01T00:00:00.000Z');
  });

  it('reads the title from dc:title and from media:title', () => {
    expect(parse(doc('<dc:title>Licence renewed</dc:title><description>long text</description>')).items[0]?.title).toBe('Licence renewed');
    expect(parse(doc('<media:title>Briefing video</media:title><description>long text</description>')).items[0]?.title).toBe('Briefing video');
  });

  it('reads a channel title from dc:title', () => {
    expect(parse(`<rss version="2.0" ${dc}><channel><dc:title>Agency notices</dc:title></channel></rss>`).title).toBe('Agency notices');
  });
});

describe('repeated ids', () => {
  it('keeps every item when all share one id (the id names the feed, not the items)', () => {
    const doc = rss(
      ['1', '2', '3'].map((n) => `<item><guid>https://site.example/</guid><title>Story ${n}</title><link>https://site.example/${n}</link></item>`).join(''),
    );
    const items = parse(doc).items;
    expect(items.map((i) => i.title)).toEqual(['Story 1', 'Story 2', 'Story 3']);
    expect(new Set(items.map((i) => i.id)).size).toBe(3);
  });

  it('keeps items whose id is the feed address itself', () => {
    const doc = rss(`<item><guid>${URL_}</guid><title>A</title><link>https://site.example/a</link></item>
      <item><guid>${URL_}</guid><title>B</title><link>https://site.example/b</link></item><item><guid>c</guid><title>C</title></item>`);
    expect(parse(doc).items.map((i) => i.title)).toEqual(['A', 'B', 'C']);
  });

  it('says so when a listing repeats one item under its id', () => {
    const log = recordingLogger();
    const doc = rss(
      '<item><guid>f-1</guid><title>Filing (Issuer)</title></item><item><guid>f-1</guid><title>Filing (Reporting)</title></item><item><guid>f-2</guid><title>Other</title></item>',
    );
    expect(parse(doc, undefined, { logger: log }).items.map((i) => i.id)).toEqual(['f-1', 'f-2']);
    expect(log.warnings).toContain('feed lists items under an id already used; kept the first of each');
  });
});

describe('DOCTYPE and comments', () => {
  it('expands an entity declared in the DOCTYPE', () => {
    const doc = `<!DOCTYPE rss [ <!ENTITY site "tag:example.com,"> ]><rss version="2.0"><channel><title>x</title>
      <item><guid isPermaLink="false">&site;2006:/blog/1</guid><title>t</title></item></channel></rss>`;
    expect(parse(doc).items[0]?.id).toBe('tag:example.com,2006:/blog/1');
  });

  it('reads a feed whose DOCTYPE declares parameter entities', () => {
    const doc = `<!DOCTYPE rdf:RDF [ <!ENTITY % HTMLlat1 PUBLIC "-//W3C//ENTITIES Latin 1//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml-lat1.ent"> %HTMLlat1; ]>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://r.example/"><title>R</title></channel>
      <item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link></item></rdf:RDF>`;
    expect(parse(doc).items[0]).toMatchObject({ id: 'https://r.example/1', title: 'One' });
  });

  it('drops a DOCTYPE inside escaped HTML text', () => {
    const doc = rss(
      '<item><guid>a</guid><title>t</title><description>&lt;!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN"&gt;&lt;p&gt;Approved&lt;/p&gt;</description></item>',
    );
    expect(parse(doc).items[0]?.summary).toBe('Approved');
  });

  it('drops broken and unclosed comments', () => {
    const doc = `<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">sa&lt;!-- -- junk &gt;fe</title>
      <entry><id>urn:1</id><title type="html">safe&lt;!--</title></entry></feed>`;
    const feed = parse(doc);
    expect(feed.title).toBe('safe');
    expect(feed.items[0]?.title).toBe('safe');
  });
});

describe('HTTP headers', () => {
  it("recognises charset='gb2312' in single quotes", () => {
    const body = Buffer.concat([
      Buffer.from('<rss version="2.0"><channel><title>x</title><item><guid>a</guid><title>'),
      Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), // 中文 in GB2312
      Buffer.from('</title></item></channel></rss>'),
    ]);
    expect(parseFeedBytes(body, "application/rss+xml; charset='gb2312'", URL_).items[0]?.title).toBe('中文');
  });

  it('resolves relative links against Content-Location', () => {
    const doc = rss('<item><guid>a</guid><title>t</title><link>/notices/7</link></item>', '<title>x</title><link>/</link>');
    const feed = parse(doc, undefined, { contentLocation: 'https://origin.example/feeds/all.xml' });
    expect(feed.link).toBe('https://origin.example/');
    expect(feed.items[0]?.link).toBe('https://origin.example/notices/7');
  });
});
