import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeed, parseFeedBytes } from '../../../src/sources/feed/index.js';
import { feedFixture, recordingLogger } from './fixtures.js';

const base = 'https://feeds.example/feed';

function parseError(path: string): FeedParseError {
  try {
    parseFeedBytes(feedFixture(path), undefined, base);
  } catch (err) {
    if (err instanceof FeedParseError) return err;
    throw err;
  }
  throw new Error(`${path} parsed without error`);
}

describe('broken input gives FeedParseError with a clear message', () => {
  it.each([
    ['broken/empty.xml', 'empty', /Body is empty/],
    ['broken/gzip-body-not-decoded.xml', 'binary', /gzip-compressed data .* never decompressed/],
    [
      'broken/html-instead-of-feed_inessential.html',
      'html',
      /HTML page titled "inessential: weblog" instead of a feed; the page advertises a feed at http:\/\/inessential\.com\/xml\/rss\.xml/,
    ],
    ['broken/html-object-moved_marketwatch.rss', 'html', /HTML page titled "Document Moved"/],
    ['broken/truncated_reuters-server-exception.xml', 'malformed-xml', /document ends before <rss>, <channel> are closed \(truncated download\?\)/],
    ['broken/unclosed-end-tag.xml', 'malformed-xml', /Malformed XML at line 6.*'rss'/],
    ['broken/truncated-in-cdata.xml', 'malformed-xml', /Malformed XML at line \d+/],
    ['broken/rdf-unclosed-root.xml', 'malformed-xml', /Malformed XML/],
    ['broken/comment-only.xml', 'malformed-xml', /Start tag expected/],
    ['broken/truncated_allthis.json', 'invalid-json', /looks like JSON but does not parse/],
    ['broken/truncated-misspelled.json', 'invalid-json', /looks like JSON but does not parse/],
    ['broken/xml-but-not-a-feed.xml', 'not-a-feed', /root element is <element>/],
    ['jsonfeed/scripting-news-rss-in-json.json', 'not-a-feed', /not a JSON Feed.*RSS-in-JSON/],
  ])('%s → %s', (path, code, message) => {
    const err = parseError(path);
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
  });

  it('a JSON body cut short says it may be truncated', () => {
    expect(() => parseFeed('{"version":"https://jsonfeed.org/version/1.1","items":[', base)).toThrow(/truncated download\?/);
  });

  it('a plain-text body is named as such', () => {
    expect(() => parseFeed('Service Unavailable', base)).toThrow(/neither XML nor JSON; it starts with "Service Unavailable"/);
  });
});

describe('defects that are repaired or tolerated', () => {
  it('escapes bare ampersands instead of dropping the feed, with a warning', () => {
    const logger = recordingLogger();
    const feed = parseFeedBytes(feedFixture('broken/bare-ampersand-SYNTHETIC.xml'), undefined, base, { logger });
    expect(feed.items.map((i) => i.title)).toEqual(['Good Item', 'Bad Item', 'Item After Error']);
    expect(feed.items[1]?.link).toBe('http://example.com/bad?foo=1&bar=2');
    expect(logger.warnings.join()).toMatch(/unescaped "&"/);
  });

  it('a real feed with bare ampersands in links keeps all items', () => {
    const feed = parseFeedBytes(feedFixture('broken/bare-ampersands-mixed-encoding_bold-dk.xml'), undefined, base);
    expect(feed.items).toHaveLength(20);
    expect(feed.items[0]?.id).toBe(
      'https://www.bold.dk/fodbold/nyheder/ob-er-uskarpe--esbjerg-er-effektive/?utm_source=bolddk&utm_medium=rss&utm_campaign=rss',
    );
    expect(feed.items[1]?.title).toBe('Brøndby til fans: Tag ikke til Horsens');
  });

  it('an XHTML DOCTYPE in front of an <rss> root is not mistaken for HTML', () => {
    expect(parseFeedBytes(feedFixture('broken/doctype-xhtml-before-rss.xml'), undefined, base).title).toBe('found');
  });

  it('an Atom feed that mentions <rss version="2.0"> in CDATA stays Atom', () => {
    // feedsmith's own parseFeed() sniffs "<rss" anywhere in the text and fails on this document.
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:f</id>
      <updated>2026-01-01T00:00:00Z</updated><entry><id>urn:e1</id><updated>2026-01-01T00:00:00Z</updated>
      <title>How to write <![CDATA[<rss version="2.0">]]> feeds</title></entry></feed>`;
    const feed = parseFeed(atom, base);
    expect(feed.format).toBe('atom');
    expect(feed.items[0]).toMatchObject({ id: 'urn:e1' });
  });
});
