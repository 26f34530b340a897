import { describe, expect, it } from 'vitest';
import { parseFeedBytes } from '../../../src/sources/feed/index.js';
import { feedFixture, feedFixtureNames } from './fixtures.js';

const parse = (path: string, base = 'https://feeds.example/feed', opts = {}) => parseFeedBytes(feedFixture(path), undefined, base, opts);

describe('parseFeed: RSS 2.0', () => {
  it('reads the RSS 2.0 spec sample with guids as ids', () => {
    const feed = parse('rss2/rss2-spec-sample.xml');
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Liftoff News');
    expect(feed.link).toBe('http://liftoff.msfc.nasa.gov/');
    expect(feed.items).toHaveLength(4);
    expect(feed.items[0]).toMatchObject({
      id: 'http://liftoff.msfc.nasa.gov/2003/06/03.html#item573',
      title: 'Star City',
      link: 'http://liftoff.msfc.nasa.gov/news/2003/news-starcity.asp',
      publishedAt: '2003-06-03T09:39:21.000Z',
    });
    // Item 2 has no <title>: the start of its description stands in.
    expect(feed.items[1]?.title).toMatch(/^Sky watchers in Europe, Asia, and parts of Alaska/);
  });

  it('uses a non-permalink guid verbatim and keeps the link separately', () => {
    const item = parse('rss2/atp-podcast.rss').items[0];
    expect(item?.id).toBe('513abd71e4b0fe58c655c105:513abd71e4b0fe58c655c111:5c5273baf950b7d24bfdcb28');
    expect(item?.link).toBe('http://atp.fm/episodes/311');
  });

  it('falls back to the link as id when there is no guid', () => {
    const item = parse('rss2/macworld.rss').items[0];
    expect(item?.id).toBe(item?.link);
    expect(item?.id).toMatch(/^https:\/\/www\.techhive\.com\/article\/3212828\//);
  });

  it('sniffs the format from content, not the file extension', () => {
    expect(parse('rss2/allthis-rss-with-atom-extension.atom').format).toBe('rss');
    expect(parse('atom/daringfireball-atom-with-rss-extension.rss').format).toBe('atom');
    expect(parse('rdf/craigslist-sfbay.rdf').format).toBe('rdf');
  });

  it('tolerates a newline before the XML declaration (TechCrunch)', () => {
    const feed = parse('rss2/techcrunch.xml');
    expect(feed.items).toHaveLength(20);
    expect(feed.items[0]?.title).toBe('Angie’s List Sets Price Range IPO At $11 To $13 Per Share; Valued At Over $600M');
  });

  it('caps the number of items with maxItems (default 500)', () => {
    expect(parse('rss2/giantbomb-podcast.rss').items).toHaveLength(500);
    expect(parse('rss2/giantbomb-podcast.rss', undefined, { maxItems: 7 }).items).toHaveLength(7);
  });
});

describe('parseFeed: Atom', () => {
  it('reads entry ids, alternate links and dates', () => {
    const feed = parse('atom/daringfireball.atom');
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Daring Fireball');
    expect(feed.link).toBe('https://daringfireball.net/');
    expect(feed.items).toHaveLength(48);
    expect(feed.items[0]).toMatchObject({
      id: 'tag:daringfireball.net,2017:/linked//6.33853',
      title: 'The Talk Show: ‘I Do Like Throwing a Baby’',
      link: 'https://daringfireball.net/thetalkshow/2017/06/26/ep-195',
      publishedAt: '2017-06-27T00:54:17.000Z',
    });
  });

  it('reads Atom with a prefixed namespace and Atom 0.3', () => {
    expect(parse('atom/prefixed-atom-namespace.atom').items[0]?.title).toBe('If you can read the content of this entry, your aggregator works fine.');
    expect(parse('atom/atom03-google-base-template.xml').items[0]?.title).toBe('Red wool sweater');
  });

  it('keeps one item per id when a feed repeats ids (EDGAR lists filings twice)', () => {
    const feed = parse('api/edgar-getcurrent-all_page1.atom', 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent');
    expect(feed.items).toHaveLength(50);
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(50);
    expect(feed.items[0]?.id).toMatch(/^urn:tag:sec\.gov,2008:accession-number=/);
  });
});

describe('parseFeed: RSS 1.0 (RDF)', () => {
  it('uses rdf:about as identity and dc:date as the date', () => {
    const feed = parse('rdf/debian-news.rdf');
    expect(feed.format).toBe('rdf');
    expect(feed.items).toEqual([
      expect.objectContaining({
        id: 'https://www.debian.org/News/2022/20221217',
        title: 'Updated Debian 11: 11.6 released',
        link: 'https://www.debian.org/News/2022/20221217',
        publishedAt: '2022-12-17T00:00:00.000Z',
      }),
    ]);
    expect(feed.items[0]?.summary).toMatch(/^The Debian project is pleased to announce the sixth update/);
  });

  it('reads the RSS 1.0 spec sample behind a BOM', () => {
    const feed = parse('rdf/xmlcom-rss1-spec-sample.rdf');
    expect(feed.title).toBe('XML.com');
    expect(feed.items.map((i) => i.title)).toEqual(['Processing Inclusions with XSLT', 'Putting RDF to Work']);
  });
});

describe('parseFeed: JSON Feed', () => {
  it('reads ids, titles, urls and dates', () => {
    const feed = parse('jsonfeed/jsonfeed-org.json');
    expect(feed.format).toBe('json');
    expect(feed.title).toBe('JSON Feed');
    expect(feed.items[0]).toMatchObject({
      id: 'https://jsonfeed.org/2017/05/17/announcing_json_feed',
      title: 'Announcing JSON Feed',
      link: 'https://jsonfeed.org/2017/05/17/announcing_json_feed',
    });
  });

  it('uses the url as id when items lack one, and decodes entities in titles', () => {
    const feed = parse('jsonfeed/influxdata-v1.1-no-item-ids.json');
    expect(feed.title).toBe('Blog – InfluxData');
    expect(feed.items[0]?.id).toBe('https://www.influxdata.com/blog/influxdb-outperforms-graphite-in-time-series-data-metrics-benchmark');
  });

  it('accepts the http:// version URL', () => {
    expect(parse('jsonfeed/pxlnv-http-version-url.json').items).toHaveLength(20);
  });
});

describe('parseFeed: whole corpus', () => {
  const dirs = ['rss2', 'atom', 'rdf', 'jsonfeed'];
  const cases = dirs.flatMap((d) => feedFixtureNames(d).map((f) => `${d}/${f}`));
  const notFeeds = new Set(['jsonfeed/scripting-news-rss-in-json.json']);

  it.each(cases.filter((c) => !notFeeds.has(c)))('%s parses with ids, titles and hashes', (path) => {
    const feed = parse(path);
    if (path !== 'rss2/dailymail-zero-items.xml') expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) {
      expect(item.id).not.toBe('');
      expect(item.contentHash).toMatch(/^[0-9a-f]{64}$/);
      if (item.link !== undefined) expect(item.link).toMatch(/^https?:\/\//);
      expect(item.title).not.toMatch(/<\/?[a-z][^>]*>/i);
    }
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(feed.items.length);
  });
});
