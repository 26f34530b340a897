import { createHash, hash } from 'node:crypto';
import { parseAtomFeed, parseJsonFeed, parseRdfFeed, parseRssFeed } from 'feedsmith';
import { decodeFeedBytes } from './decode.js';
import { FeedParseError } from './errors.js';
import { fromAtom, fromJson, fromRdf, fromRss, type RawFeed, type RawItem } from './normalise.js';
import { sniffBody } from './sniff.js';
import { cleanText, toIsoDate, truncate } from './text.js';
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
  logger?: WarnLogger;
}

const ROOT = /^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!doctype\b[^[>]*(?:\[[\s\S]*?\])?\s*>\s*)*<([\w.-]+:)?([\w.-]+)([^>]*)>/i;

/**
 * Parse feed text (already decoded, see {@link decodeFeedBytes}) into
 * normalised items. The format is sniffed from the content: the XML root
 * element (rss / feed / rdf:RDF) or a JSON Feed `version`.
 * `baseUrl` is the URL the body was fetched from (after redirects); relative
 * links resolve against xml:base, then the feed's own link, then it.
 * @throws {FeedParseError} for empty, binary, HTML, malformed or non-feed bodies.
 */
export function parseFeed(text: string, baseUrl: string, opts: ParseFeedOptions = {}): ParsedFeed {
  const maxItems = opts.maxItems ?? 500;
  const { kind, body } = sniffBody(text);
  const feedsmithOpts = { maxItems };
  let format: ParsedFeed['format'];
  let raw: RawFeed;
  if (kind === 'json') {
    const json = parseJson(body);
    format = 'json';
    raw = fromJson(callFeedsmith(() => parseJsonFeed(json, feedsmithOpts), 'JSON Feed'), baseUrl);
  } else {
    const xml = ensureWellFormedXml(body, opts.logger);
    const root = ROOT.exec(xml);
    const rootName = root?.[2]?.toLowerCase();
    const xmlBase = /\sxml:base\s*=\s*(["'])([^"']*)\1/.exec(root?.[3] ?? '')?.[2];
    if (rootName === 'rss') {
      format = 'rss';
      raw = fromRss(callFeedsmith(() => parseRssFeed(xml, feedsmithOpts), 'RSS'), baseUrl, xmlBase);
    } else if (rootName === 'feed') {
      format = 'atom';
      raw = fromAtom(callFeedsmith(() => parseAtomFeed(xml, feedsmithOpts), 'Atom'), baseUrl, xmlBase);
    } else if (rootName === 'rdf') {
      format = 'rdf';
      raw = fromRdf(callFeedsmith(() => parseRdfFeed(xml, feedsmithOpts), 'RSS 1.0 (RDF)'), baseUrl, xmlBase);
    } else {
      const name = root ? `${root[1] ?? ''}${root[2] ?? ''}` : 'unknown';
      throw new FeedParseError('not-a-feed', `XML document is not a feed: root element is <${name}>, expected <rss>, <feed> or <rdf:RDF>`);
    }
  }

  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const r of raw.items.slice(0, maxItems)) {
    const item = finishItem(r, opts);
    // Keep the first of repeated ids (EDGAR lists one filing twice under the same id).
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    items.push(item);
  }
  const result: ParsedFeed = { format, title: cleanText(raw.title, opts.maxTitleLength ?? 500, raw.titleKind), items };
  if (raw.link !== undefined) result.link = raw.link;
  return result;
}

/** Decode and parse in one step: bytes as fetched, plus the response Content-Type. */
export function parseFeedBytes(
  bytes: Uint8Array,
  contentType: string | undefined,
  baseUrl: string,
  opts: ParseFeedOptions = {},
): ParsedFeed {
  return parseFeed(decodeFeedBytes(bytes, contentType, opts.logger), baseUrl, opts);
}

function finishItem(r: RawItem, opts: ParseFeedOptions): FeedItem {
  const summary = cleanText(r.summary, opts.maxSummaryLength ?? 2000, r.summaryKind);
  // Some feeds (Scripting News, microblogs) have no titles; show the start of the text instead.
  const title = cleanText(r.title, opts.maxTitleLength ?? 500, r.titleKind) || truncate(summary, 140);
  const publishedAt = toIsoDate(r.date);
  const id =
    r.id || r.link || `sha256:${sha256(`${title.toLowerCase()}\n${publishedAt ?? r.date?.trim() ?? ''}`)}`;
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
    throw new FeedParseError(
      'not-a-feed',
      `JSON document is not a JSON Feed: no "version": "https://jsonfeed.org/version/1.x"${rssInJson}`,
    );
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
