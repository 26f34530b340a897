import { createHash, hash } from 'node:crypto';
import { parseAtomFeed, parseJsonFeed, parseRdfFeed, parseRssFeed } from 'feedsmith';
import { decodeFeedBytes } from './decode.js';
import { removeDoctype } from './doctype.js';
import { FeedParseError } from './errors.js';
import { fromAtom, fromJson, fromRdf, fromRss, type RawFeed, type RawItem } from './normalise.js';
import { secondReading, type SecondFeed } from './second-reading.js';
import { sniffBody } from './sniff.js';
import type { StructureLimits } from './structure-limits.js';
import { absoluteHttpUrl, cleanText, toIsoDate, truncate } from './text.js';
import type { FeedItem, ParsedFeed, WarnLogger } from './types.js';
import { ensureWellFormedXml } from './well-formed.js';

/** Options for {@link parseFeed}. */
export interface ParseFeedOptions {
  /** Keep at most this many items (the first ones in document order). Default 500. */
  maxItems?: number;
  /** Cap for summaries, in characters. Default 2,000. */
  maxSummaryLength?: number;
  /** Cap for titles, in characters. Default 500. */
  maxTitleLength?: number;
  /**
   * The response's Content-Location header, if any: the document's own address, which relative
   * links resolve against (it is itself resolved against the fetch URL; only http(s) is used).
   */
  contentLocation?: string;
  /** Caps on attributes per element and nesting depth (default: structure-limits.ts). */
  limits?: StructureLimits;
  logger?: WarnLogger;
}

// Each prolog part can match only up to its first end ("?>", "-->", "]>"): with lazy parts that
// could reach a later end, a root the last group rejects (<é>) backtracked exponentially.
const ROOT =
  /^(?:<\?(?:(?!\?>)[\s\S])*\?>\s*|<!--(?:(?!-->)[\s\S])*-->\s*|<!doctype\b[^[>]*(?:\[(?:(?!\]\s*>)[\s\S])*\])?\s*>\s*)*<([\w.-]+:)?([\w.-]+)([^>]*)>/i;

/**
 * Parse feed text (already decoded, see {@link decodeFeedBytes}) into
 * normalised items. The format is sniffed from the content: the XML root
 * element (rss / feed / rdf:RDF) or a JSON Feed `version`.
 * `fetchUrl` is the URL the body was fetched from (after redirects); relative
 * links resolve against xml:base, then the feed's own link, then the document's
 * address: Content-Location (`opts.contentLocation`, itself resolved against
 * `fetchUrl`) when given, else `fetchUrl`.
 * @throws {FeedParseError} for empty, binary, HTML, malformed or non-feed bodies.
 */
export function parseFeed(text: string, fetchUrl: string, opts: ParseFeedOptions = {}): ParsedFeed {
  const maxItems = opts.maxItems ?? 500;
  const baseUrl = (opts.contentLocation && absoluteHttpUrl(opts.contentLocation, fetchUrl)) || fetchUrl;
  const { kind, body } = sniffBody(text);
  const feedsmithOpts = { maxItems };
  let format: ParsedFeed['format'];
  let raw: RawFeed;
  if (kind === 'json') {
    const json = parseJson(body);
    format = 'json';
    raw = fromJson(
      callFeedsmith(() => parseJsonFeed(json, feedsmithOpts), 'JSON Feed'),
      baseUrl,
    );
  } else {
    const xml = removeDoctype(ensureWellFormedXml(body, opts.logger, opts.limits));
    const root = ROOT.exec(xml);
    const rootName = root?.[2]?.toLowerCase();
    const xmlBase = /\sxml:base\s*=\s*(["'])([^"']*)\1/.exec(root?.[3] ?? '')?.[2];
    let first: RawFeed | undefined;
    if (rootName === 'rss') {
      format = 'rss';
      first = tryFeedsmith(() => fromRss(parseRssFeed(xml, feedsmithOpts), baseUrl, xmlBase));
    } else if (rootName === 'feed') {
      format = 'atom';
      first = tryFeedsmith(() => fromAtom(parseAtomFeed(xml, feedsmithOpts), baseUrl, xmlBase));
    } else if (rootName === 'rdf') {
      format = 'rdf';
      first = tryFeedsmith(() => fromRdf(parseRdfFeed(xml, feedsmithOpts), baseUrl, xmlBase));
    } else if (rootName === 'channel') {
      // Microsoft's Channel Definition Format, an RSS ancestor: read by the second reader alone.
      format = 'rss';
    } else {
      const name = root ? `${root[1] ?? ''}${root[2] ?? ''}` : 'unknown';
      throw new FeedParseError('not-a-feed', `XML document is not a feed: root element is <${name}>, expected <rss>, <feed> or <rdf:RDF>`);
    }
    raw = first !== undefined && !needsSecondReading(xml, first, format) ? first : readAgain(xml, baseUrl, format, first);
  }

  const items = uniqueItems(raw, [fetchUrl, baseUrl], opts);
  const result: ParsedFeed = { format, title: cleanText(raw.title, opts.maxTitleLength ?? 500, raw.titleKind), items };
  if (raw.link !== undefined) result.link = raw.link;
  return result;
}

/** Decode and parse in one step: bytes as fetched, plus the response Content-Type. */
export function parseFeedBytes(bytes: Uint8Array, contentType: string | undefined, baseUrl: string, opts: ParseFeedOptions = {}): ParsedFeed {
  return parseFeed(decodeFeedBytes(bytes, contentType, opts.logger), baseUrl, opts);
}

/**
 * Items in document order, one per id. An id that every item shares, or that is the feed's own
 * address, names the feed rather than an item (a generator bug): those items fall back to their
 * link or a hash as identity, so none is lost. Otherwise a repeated id is the same item listed
 * twice (EDGAR lists a filing under its filer and its subject) and the first is kept, with a
 * warning saying how many were merged.
 */
function uniqueItems(raw: RawFeed, addresses: string[], opts: ParseFeedOptions): FeedItem[] {
  const list = raw.items.slice(0, opts.maxItems ?? 500);
  const ids = new Set(list.map((r) => r.id));
  const feedAddresses = new Set([...addresses, raw.link].filter((a): a is string => Boolean(a)));
  // Two items under one id may be one item listed twice; three or more cannot all be the same item.
  const sharedByAll = list.length > 2 && ids.size === 1;
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  let repeated = 0;
  for (const r of list) {
    const notAnItemId = r.id !== undefined && (sharedByAll || feedAddresses.has(r.id));
    const item = finishItem(notAnItemId ? { ...r, id: undefined } : r, opts);
    if (seen.has(item.id)) {
      repeated++;
      continue;
    }
    seen.add(item.id);
    items.push(item);
  }
  if (repeated > 0) opts.logger?.warn({ repeated }, 'feed lists items under an id already used; kept the first of each');
  return items;
}

function finishItem(r: RawItem, opts: ParseFeedOptions): FeedItem {
  const summary = cleanText(r.summary, opts.maxSummaryLength ?? 2000, r.summaryKind);
  // Some feeds (Scripting News, microblogs) have no titles; show the start of the text instead.
  const title = cleanText(r.title, opts.maxTitleLength ?? 500, r.titleKind) || truncate(summary, 140);
  const publishedAt = toIsoDate(r.date);
  const id = r.id || r.link || `sha256:${sha256(`${title.toLowerCase()}\n${publishedAt ?? r.date?.trim() ?? ''}`)}`;
  const item: FeedItem = { id, title, summary, contentHash: sha256(`${title}\n${summary}\n${r.link ?? ''}`) };
  if (r.link !== undefined) item.link = r.link;
  if (publishedAt !== undefined) item.publishedAt = publishedAt;
  return item;
}

// crypto.hash (Node ≥ 20.12) is a one-shot without the Hash object: about half the cost per item.
const oneShot = typeof hash === 'function';

function sha256(s: string): string {
  return oneShot ? hash('sha256', s, 'hex') : createHash('sha256').update(s, 'utf8').digest('hex');
}

function parseJson(body: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (cause) {
    const msg = (cause as Error).message;
    const hint = /end of (JSON )?input|Unterminated/i.test(msg) ? ' (truncated download?)' : '';
    throw new FeedParseError('invalid-json', `Body looks like JSON but does not parse: ${msg}${hint}`, { cause });
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version !== 'string' || !/jsonfeed\.org\/version\//i.test(version)) {
    const rssInJson = typeof json === 'object' && json !== null && 'rss' in json ? ' (it looks like RSS-in-JSON)' : '';
    throw new FeedParseError('not-a-feed', `JSON document is not a JSON Feed: no "version": "https://jsonfeed.org/version/1.x"${rssInJson}`);
  }
  return json;
}

function callFeedsmith<T>(fn: () => T, what: string): T {
  try {
    return fn();
  } catch (cause) {
    const detail = (cause as { cause?: { message?: string } }).cause?.message ?? (cause as Error).message;
    throw new FeedParseError('not-a-feed', `Could not read the document as ${what}: ${detail}`, { cause });
  }
}

/**
 * feedsmith's reading, or undefined when it refuses: it answers "Invalid feed format" for valid
 * feeds it finds nothing in (no items yet, Atom 0.3 with only a copyright, text only in <body>).
 * The document is well-formed by now, so the second reading decides instead.
 */
function tryFeedsmith(fn: () => RawFeed): RawFeed | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

// Text feedsmith does not see, or sees still encoded: <body>, <xhtml:body>, <fullitem>, base64 Atom
// text. Separate simple patterns: one combined, case-insensitive pattern cost ~3% of a large parse.
const BASE64_MODE = /\smode\s*=\s*["']base64/i;
const ATOM_ENCODED = /<(?:atom:)?(?:content|summary|title)\s[^>]*\btype\s*=\s*["'](?!(?:text|html|xhtml)["']|text\/)/;

/**
 * True when some item may hold text feedsmith missed. The document is only searched when a
 * reading could change something: an item without text (or no items), or base64, which only Atom
 * has. Each search of a large feed costs a few milliseconds, so feeds with text skip them.
 */
function needsSecondReading(xml: string, first: RawFeed, format: ParsedFeed['format']): boolean {
  const missed =
    first.items.length === 0
      ? /<(?:[\w.-]+:)?(?:item|entry)[\s>]/.test(xml)
      : first.items.some((i) => i.summary === undefined) && (hasElementNamed(xml, 'body') || hasElementNamed(xml, 'fullitem'));
  return missed || (format === 'atom' && ((xml.includes('base64') && BASE64_MODE.test(xml)) || ATOM_ENCODED.test(xml)));
}

/** True when `<name` or `prefix:name` is followed by whitespace or ">" (indexOf is many times faster than a pattern here). */
function hasElementNamed(xml: string, name: string): boolean {
  for (let i = xml.indexOf(name); i !== -1; i = xml.indexOf(name, i + 1)) {
    const before = xml.charCodeAt(i - 1);
    const after = xml.charCodeAt(i + name.length);
    if ((before === 0x3c || before === 0x3a) && (after === 0x3e || after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d)) return true;
  }
  return false;
}

/** The second reading merged into feedsmith's; feedsmith's alone if the second fails (and the error if both do). */
function readAgain(xml: string, baseUrl: string, format: string, first: RawFeed | undefined): RawFeed {
  let second: SecondFeed;
  try {
    second = secondReading(xml, baseUrl);
  } catch (cause) {
    if (first !== undefined) return first;
    throw new FeedParseError('not-a-feed', `Could not read the document as ${format.toUpperCase()}: ${(cause as Error).message}`, { cause });
  }
  return merge(first, second);
}

/**
 * feedsmith's reading where it has one (it knows each format's details: guid permalinks, link
 * choice, JSON Feed), the second reading for what it lacks or left base64-encoded. When the item
 * counts differ (feedsmith drops items it sees nothing in), the second reading alone.
 */
function merge(first: RawFeed | undefined, second: SecondFeed): RawFeed {
  if (first === undefined) return second;
  const title =
    second.titleDecoded || first.title === undefined
      ? { title: second.title, titleKind: second.titleKind }
      : { title: first.title, titleKind: first.titleKind };
  const link = first.link ?? second.link;
  if (first.items.length !== second.items.length) return { ...first, ...title, link, items: second.items };
  const items = first.items.map((a, i): RawItem => {
    const b = second.items[i]!;
    const item: RawItem = { ...a };
    if (b.titleDecoded || a.title === undefined) [item.title, item.titleKind] = [b.title, b.titleKind];
    if (b.summaryDecoded || a.summary === undefined) [item.summary, item.summaryKind] = [b.summary, b.summaryKind];
    item.id ??= b.id;
    item.link ??= b.link;
    item.date ??= b.date;
    return item;
  });
  return { ...first, ...title, link, items };
}
