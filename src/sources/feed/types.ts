/** One normalised entry from any feed format. */
export interface FeedItem {
  /** Stable identity: guid / Atom id / rdf:about / JSON Feed id, else absolute link, else `sha256:` of title+date. */
  id: string;
  /** Absolute http(s) URL of the item, if any. */
  link?: string;
  /** Plain text, tags stripped, entities decoded, whitespace collapsed. */
  title: string;
  /** Plain text, capped (default 2,000 characters). */
  summary: string;
  /** ISO 8601 (UTC) publication date, when the feed gives a parseable one. */
  publishedAt?: string;
  /** sha256 (hex) of title, summary and link: changes when the item is edited. */
  contentHash: string;
}

/** A parsed feed: format as sniffed from the content, plus normalised items. */
export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string;
  /** Absolute site link, when the feed names one. */
  link?: string;
  items: FeedItem[];
}

/** Minimal pino-compatible logger; only `warn` is used. */
export interface WarnLogger {
  warn(obj: object, msg?: string): void;
}
