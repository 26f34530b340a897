/**
 * feedsmith's parseFeed result reduced to the fields the conformance checks read, with no
 * cleaning: what a program using feedsmith alone would have in hand.
 */
import type { parseFeed } from 'feedsmith';
import type { View } from './field-map.js';

type Parsed = ReturnType<typeof parseFeed>;
type Loose = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const textOf = (v: unknown): string | undefined => str(v) ?? str((v as Loose | undefined)?.value);
const obj = (v: unknown): Loose => (v && typeof v === 'object' ? (v as Loose) : {});

/** Map feedsmith's per-format shapes onto the runner's view. */
export function feedsmithView(parsed: Parsed): View {
  const feed = obj(parsed.feed);
  if (parsed.format === 'atom') {
    return {
      title: textOf(feed.title),
      link: atomLink(feed.links),
      items: ((feed.entries as unknown[]) ?? []).map((e) => {
        const x = obj(e);
        return {
          title: textOf(x.title),
          link: atomLink(x.links),
          id: str(x.id),
          summary: textOf(x.summary),
          content: textOf(x.content),
          date: str(x.published) ?? str(x.updated),
        };
      }),
      plain: false,
    };
  }
  if (parsed.format === 'json') {
    return {
      title: str(feed.title),
      link: str(feed.home_page_url),
      items: ((feed.items as unknown[]) ?? []).map((e) => {
        const x = obj(e);
        return {
          title: str(x.title),
          link: str(x.url),
          id: str(x.id),
          summary: str(x.summary),
          content: str(x.content_html) ?? str(x.content_text),
          date: str(x.date_published),
        };
      }),
      plain: false,
    };
  }
  // rss and rdf share their field names.
  return {
    title: str(feed.title),
    link: str(feed.link),
    items: ((feed.items as unknown[]) ?? []).map((e) => {
      const x = obj(e);
      return {
        title: str(x.title),
        link: str(x.link),
        id: textOf(x.guid) ?? str(obj(x.rdf).about),
        summary: str(x.description),
        content: str(obj(x.content).encoded),
        date: str(x.pubDate) ?? str((obj(x.dc).dates as unknown[] | undefined)?.[0]),
      };
    }),
    plain: false,
  };
}

function atomLink(links: unknown): string | undefined {
  const list = Array.isArray(links) ? (links as Loose[]) : [];
  const alt = list.find((l) => l.href && (!l.rel || l.rel === 'alternate'));
  return str((alt ?? list[0])?.href);
}
