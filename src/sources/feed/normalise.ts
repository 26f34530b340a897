import type { AtomFeed, JsonFeed, RdfFeed, RssFeed } from 'feedsmith';
import { firstDate, firstSummary, firstTitle, type NamespaceFields } from './namespace-fields.js';
import { absoluteHttpUrl, type TextKind } from './text.js';

/** A feed entry mapped to common fields but not yet cleaned or hashed. */
export interface RawItem {
  id?: string;
  link?: string;
  title?: string;
  /** How to read the title (Atom's `type`); default `loose`. */
  titleKind?: TextKind;
  summary?: string;
  summaryKind?: TextKind;
  date?: string;
}

/** Feed-level fields plus the raw items. */
export interface RawFeed {
  title?: string;
  titleKind?: TextKind;
  link?: string;
  items: RawItem[];
}

/**
 * Base URL for relative links, per the brief's order: xml:base (itself
 * resolved against the fetch URL), else the feed's own absolute site link,
 * else the fetch URL.
 */
export function pickBase(fetchUrl: string, xmlBase: string | undefined, siteLink: string | undefined): string {
  const fromXmlBase = xmlBase === undefined ? undefined : absoluteHttpUrl(xmlBase || fetchUrl, fetchUrl);
  return fromXmlBase ?? absoluteHttpUrl(siteLink, fetchUrl) ?? fetchUrl;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

/** An id that is a relative path ("/2024/post") names a page on the feed's site: resolve it like a link. */
export function pathIdToUrl(id: string | undefined, base: string): string | undefined {
  return id && /^\.{0,2}\//.test(id) ? (absoluteHttpUrl(id, base) ?? id) : id;
}

/** RSS 2.0 / 0.9x. A permalink guid that is a relative path is resolved like a link. */
export function fromRss(feed: RssFeed.Feed<string>, fetchUrl: string, rootXmlBase?: string): RawFeed {
  const base = pickBase(fetchUrl, rootXmlBase, feed.link);
  return {
    title: feed.title ?? firstTitle(feed),
    link: absoluteHttpUrl(feed.link, base),
    items: (feed.items ?? []).map((item) => {
      const ns = item as NamespaceFields;
      const itemBase = item.xml?.base ? (absoluteHttpUrl(item.xml.base, base) ?? base) : base;
      const guid = str(item.guid?.value)?.trim();
      const permalink = item.guid?.isPermaLink !== false;
      const id = guid && permalink && /^\.{0,2}\//.test(guid) ? (absoluteHttpUrl(guid, itemBase) ?? guid) : guid;
      return {
        id,
        // The permalink guid is only resolved when there is no usable link (URL parsing is per item).
        link: absoluteHttpUrl(item.link, itemBase) ?? (guid && permalink ? absoluteHttpUrl(guid, itemBase) : undefined),
        title: item.title ?? firstTitle(ns),
        summary: item.description ?? item.content?.encoded ?? firstSummary(ns),
        date: item.pubDate ?? firstDate(ns),
      };
    }),
  };
}

/** Atom 1.0 (and 0.3). xml:base can differ per entry. */
export function fromAtom(feed: AtomFeed.Feed<string>, fetchUrl: string, rootXmlBase?: string): RawFeed {
  const siteLink = pickLink(feed.links);
  const base = pickBase(fetchUrl, rootXmlBase ?? feed.xml?.base, siteLink);
  const raw: RawFeed = {
    title: feed.title?.value ?? firstTitle(feed),
    titleKind: atomKind(feed.title?.type),
    link: absoluteHttpUrl(siteLink, base),
    items: (feed.entries ?? []).map((entry) => {
      const ns = entry as NamespaceFields;
      const entryBase = entry.xml?.base ? (absoluteHttpUrl(entry.xml.base, base) ?? base) : base;
      const text = entry.summary?.value !== undefined ? entry.summary : entry.content;
      return {
        id: pathIdToUrl(str(entry.id)?.trim(), entryBase),
        link: absoluteHttpUrl(pickLink(entry.links), entryBase),
        title: entry.title?.value ?? firstTitle(ns),
        titleKind: atomKind(entry.title?.type),
        summary: text?.value ?? firstSummary(ns),
        summaryKind: atomKind(text?.type),
        date: entry.published ?? firstDate(ns, entry.updated),
      };
    }),
  };
  return raw;
}

/**
 * Atom says how its text is to be read: `text` (or text/plain) literally, `html`/`xhtml` as one
 * level of markup. Untyped (Atom 0.3 writers often omit it) is read loosely.
 */
function atomKind(type: string | undefined): TextKind {
  const t = type?.trim().toLowerCase();
  if (!t) return 'loose';
  if (t === 'text' || (t.startsWith('text/') && !/html|xml/.test(t))) return 'text';
  return /html|xml/.test(t) ? 'html' : 'loose';
}

/** RSS 1.0 (RDF). Identity is rdf:about. */
export function fromRdf(feed: RdfFeed.Feed<string>, fetchUrl: string, rootXmlBase?: string): RawFeed {
  const base = pickBase(fetchUrl, rootXmlBase, feed.link);
  return {
    title: feed.title ?? firstTitle(feed),
    link: absoluteHttpUrl(feed.link, base),
    items: (feed.items ?? []).map((item) => ({
      id: str(item.rdf?.about)?.trim(),
      link: absoluteHttpUrl(item.link, base),
      title: item.title ?? firstTitle(item as NamespaceFields),
      summary: item.description ?? item.content?.encoded ?? firstSummary(item as NamespaceFields),
      date: firstDate(item as NamespaceFields),
    })),
  };
}

/** JSON Feed 1.0/1.1. Link is `url`, else `external_url`. */
export function fromJson(feed: JsonFeed.Feed<string>, fetchUrl: string): RawFeed {
  const base = pickBase(fetchUrl, undefined, feed.home_page_url);
  return {
    title: feed.title,
    link: absoluteHttpUrl(feed.home_page_url, base),
    items: (feed.items ?? []).map((item) => ({
      id: str(item.id)?.trim(),
      link: absoluteHttpUrl(item.url, base) ?? absoluteHttpUrl(item.external_url, base),
      title: item.title,
      summary: item.summary ?? item.content_text ?? item.content_html,
      date: item.date_published ?? item.date_modified,
    })),
  };
}

/** The entry's page: rel="alternate" (or no rel), HTML first; else the first link. */
function pickLink(links: Array<{ href?: string; rel?: string; type?: string }> | undefined): string | undefined {
  if (!links?.length) return undefined;
  const alternates = links.filter((l) => l.href && (!l.rel || l.rel === 'alternate'));
  const html = alternates.find((l) => !l.type || /html/i.test(l.type));
  return (html ?? alternates[0] ?? links.find((l) => l.href && l.rel !== 'self'))?.href;
}
