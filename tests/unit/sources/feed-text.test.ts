import { describe, expect, it } from 'vitest';
import { cleanText, parseFeed, parseFeedBytes, toIsoDate } from '../../../src/sources/feed/index.js';
import { feedFixture } from './fixtures.js';

describe('relative links', () => {
  it('resolves root-relative item links against the fetch URL (Neverwinter)', () => {
    const feed = parseFeedBytes(feedFixture('rss2/neverwinter-relative-links.xml'), undefined, 'https://www.arcgames.com/en/games/neverwinter/news/rss');
    expect(feed.link).toBe('https://www.arcgames.com/en/games/neverwinter/news');
    expect(feed.items[0]?.link).toBe('https://www.arcgames.com/en/games/neverwinter/news/detail/10743874-neverwinter-%26-jingle-jam-humble-bundle%21');
  });

  it('resolves relative links and permalink guids (Hugging Face)', () => {
    const feed = parseFeedBytes(feedFixture('rss2/huggingface-relative-links.xml'), undefined, 'https://huggingface.co/blog/feed.xml');
    expect(feed.items).toHaveLength(175);
    expect(feed.items[0]).toMatchObject({
      id: 'https://huggingface.co/blog/intro-graphml',
      link: 'https://huggingface.co/blog/intro-graphml',
    });
  });

  it('resolves JSON Feed relative urls', () => {
    const feed = parseFeedBytes(feedFixture('jsonfeed/relative-urls.json'), undefined, 'https://jsonfeed.org/feed.json');
    expect(feed.link).toBe('https://jsonfeed.org/');
    expect(feed.items[0]?.link).toBe('https://jsonfeed.org/2020/08/07/json-feed-version.html');
  });

  it('uses the feed link when the fetch URL cannot serve as a base (GitHub releases read from file:)', () => {
    const feed = parseFeedBytes(feedFixture('atom/github-releases.atom'), undefined, 'file:///tmp/gulp.atom');
    expect(feed.items[0]?.link).toBe('https://github.com/gulpjs/gulp/releases/tag/v3.9.0');
  });

  it('treats an empty xml:base as the document URL (TPM)', () => {
    const feed = parseFeedBytes(feedFixture('atom/tpm-empty-xml-base.atom'), undefined, 'https://talkingpointsmemo.com/feed/all');
    expect(feed.items[0]?.link).toMatch(/^https:\/\/talkingpointsmemo\.com\/livewire\/hannity-announces-fox-hired-sebastian-gorka-[a-z-]+$/);
  });

  it('honours xml:base on the root and on an entry', () => {
    const rss = `<rss version="2.0" xml:base="https://news.example/section/"><channel><title>x</title>
      <item><title>a</title><link>story-1.html</link></item></channel></rss>`;
    expect(parseFeed(rss, 'https://cdn.example/feed.xml').items[0]?.link).toBe('https://news.example/section/story-1.html');
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><id>urn:f</id><updated>2026-01-01T00:00:00Z</updated>
      <entry xml:base="https://other.example/a/"><id>urn:1</id><title>a</title><updated>2026-01-01T00:00:00Z</updated>
      <link rel="alternate" href="b.html"/></entry></feed>`;
    expect(parseFeed(atom, 'https://cdn.example/feed.xml').items[0]?.link).toBe('https://other.example/a/b.html');
  });

  it('drops links with non-http schemes', () => {
    const rss = `<rss version="2.0"><channel><title>x</title><item><guid isPermaLink="false">g1</guid><title>a</title>
      <link>javascript:alert(1)</link></item></channel></rss>`;
    expect(parseFeed(rss, 'https://feeds.example/').items[0]?.link).toBeUndefined();
  });
});

describe('HTML and entities in titles', () => {
  it('strips entity-escaped HTML from titles (NYT)', () => {
    const titles = parseFeedBytes(feedFixture('rss2/nytimes-html-in-title.xml'), undefined, 'https://nyt.example/').items.map((i) => i.title);
    expect(titles).toContain('Trump Insists Mexico Will Pay for Wall After U.S. Begins the Work');
    expect(titles.join('\n')).not.toMatch(/<div>|&lt;/);
  });

  it('strips <b> from Atom type="html" titles (Google Alerts)', () => {
    const item = parseFeedBytes(feedFixture('atom/google-alerts-html-titles.atom'), undefined, 'https://g.example/').items[0];
    expect(item?.title).toBe('Report offers Prediction of Automotive Slack Market by Top key players like Haldex, Meritor, Bendix ...');
  });

  it('decodes double-escaped entities (finanzen.net &amp;quot;)', () => {
    const item = parseFeedBytes(feedFixture('encodings/mislabeled_iso-8859-1-is-utf-8_finanzen-net.xml'), undefined, 'https://f.example/').items[0];
    expect(item?.summary).toContain('die Einstufung auf "Buy" belassen');
  });

  it('cleanText handles nested escaping, scripts and whitespace', () => {
    expect(cleanText('Tom &amp;amp; Jerry', 100)).toBe('Tom & Jerry');
    expect(cleanText('&amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;', 100)).toBe('bold');
    expect(cleanText('<p>one</p><p>two</p>\n\t three&nbsp;four', 100)).toBe('one two three four');
    expect(cleanText('a < b and c > d', 100)).toBe('a < b and c > d');
    expect(cleanText('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('hostile titles (synthetic fixture)', () => {
  const feed = parseFeedBytes(feedFixture('synthetic/hostile-titles-SYNTHETIC.xml'), undefined, 'https://hostile.example/feed');
  const byId = new Map(feed.items.map((i) => [i.id, i]));

  it('keeps mention syntax as plain text', () => {
    expect(byId.get('hostile-1')?.title).toBe('@everyone H200 licences approved');
    expect(byId.get('hostile-2')?.title).toBe('@here <!channel> <!here> <@U012345> urgent');
  });

  it('removes script elements with their content and drops javascript: links', () => {
    const item = byId.get('hostile-3');
    expect(item?.title).toBe('BIS rule published');
    expect(item?.summary).toBe('Body with a bold claim & more');
    expect(item?.link).toBeUndefined();
  });

  it('leaves Markdown control characters untouched (escaping is the renderer’s job)', () => {
    expect(byId.get('hostile-4')?.title).toBe('*bold* _x_ ~strike~ [link](http://evil) `code` > quote');
  });

  it('keeps zero-width characters as text', () => {
    // The trailing U+FEFF goes: JavaScript counts it as whitespace, so trim() removes it.
    expect(byId.get('hostile-5')?.title).toBe('Nv\u200Bidia H\u200D200 @every\u200Bone approval\u2060');
  });

  it('caps a very long title at 500 characters', () => {
    const title = byId.get('hostile-6')?.title ?? '';
    expect(title.length).toBeLessThanOrEqual(500);
    expect(title.length).toBeGreaterThan(490);
    expect(title.startsWith('Export licence update Export licence update')).toBe(true);
    expect(title.endsWith('…')).toBe(true);
  });
});

describe('identity and change detection', () => {
  const rss = (title: string, desc: string) =>
    `<rss version="2.0"><channel><title>x</title><item><title>${title}</title><description>${desc}</description>
     <pubDate>Thu, 15 Jan 2026 12:00:00 GMT</pubDate></item></channel></rss>`;

  it('without guid or link, the id is a hash of title and date and survives edits to the summary', () => {
    const a = parseFeed(rss('BIS rule', 'first'), 'https://x.example/').items[0];
    const b = parseFeed(rss('BIS rule', 'edited'), 'https://x.example/').items[0];
    expect(a?.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b?.id).toBe(a?.id);
    expect(b?.contentHash).not.toBe(a?.contentHash);
  });

  it('a different title gives a different id', () => {
    const a = parseFeed(rss('BIS rule', 'x'), 'https://x.example/').items[0];
    const b = parseFeed(rss('BIS rule 2', 'x'), 'https://x.example/').items[0];
    expect(b?.id).not.toBe(a?.id);
  });
});

describe('toIsoDate', () => {
  it.each([
    ['Sat, 07 Jan 2017 01:49:31 GMT', '2017-01-07T01:49:31.000Z'],
    ['Wed, 21 Mar 2018 10:27:32 +0300', '2018-03-21T07:27:32.000Z'],
    ['Mon, 06 May 2013 18:42:04 EDT', '2013-05-06T22:42:04.000Z'],
    ['2012-07-16T18:43:00-04:00', '2012-07-16T22:43:00.000Z'],
    ['2019-05-24T10:00:00', '2019-05-24T10:00:00.000Z'],
    ['2020/1/10 14:33:00', '2020-01-10T14:33:00.000Z'],
    ['2026-01-15', '2026-01-15T00:00:00.000Z'],
  ])('%s → %s', (raw, iso) => {
    expect(toIsoDate(raw)).toBe(iso);
  });

  it('rejects garbage and implausible years', () => {
    expect(toIsoDate('not a date')).toBeUndefined();
    expect(toIsoDate('1899-12-31')).toBeUndefined();
    expect(toIsoDate('2199-01-01T00:00:00Z')).toBeUndefined();
    expect(toIsoDate('')).toBeUndefined();
  });
});
