/**
 * A second, format-agnostic reading of a feed document, for what feedsmith does not see:
 * item text only in `<body>`, `<xhtml:body>` or `<fullitem>`; Atom text sent as base64
 * (`mode="base64"` in Atom 0.3, a non-text `type` in Atom 1.0); RSS written with a namespace
 * prefix (`<rss:item>`); Microsoft CDF (`<CHANNEL>`/`<ITEM HREF>`); and documents feedsmith
 * refuses although they are valid feeds (a feed with no items is not an error).
 * Namespace prefixes are dropped, so `dc:title` and `media:title` count as titles and `dc:date`
 * and `dcterms:created` as dates; the format's own elements come first.
 */
import { XMLParser } from 'fast-xml-parser';
import type { RawFeed, RawItem } from './normalise.js';
import { pathIdToUrl, pickBase } from './normalise.js';
import { absoluteHttpUrl, type TextKind } from './text.js';

type Node = Record<string, unknown>;

const TEXT_ELEMENTS = ['title', 'description', 'summary', 'abstract', 'content', 'encoded', 'body', 'fullitem', 'tagline', 'subtitle'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  processEntities: true,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // CDF writes its elements in capitals.
  transformTagName: (name) => name.toLowerCase(),
  transformAttributeName: (name) => name.toLowerCase(),
  // Text elements keep their inner markup raw: it may be XHTML, CDATA or base64.
  stopNodes: TEXT_ELEMENTS.map((n) => `*.${n}`),
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

/** A text value with how to read it, and whether it came out of base64. */
interface Text {
  value: string;
  kind: TextKind;
  decoded: boolean;
}

/** A raw item, remembering which texts were base64 (feedsmith's reading of those is the encoded form). */
export interface SecondItem extends RawItem {
  titleDecoded?: boolean;
  summaryDecoded?: boolean;
}

/** The generic reading of a whole document. */
export interface SecondFeed extends RawFeed {
  titleDecoded?: boolean;
  items: SecondItem[];
}

/** The whole document read generically. Throws only if fast-xml-parser does (it should not on validated XML). */
export function secondReading(xml: string, fetchUrl: string): SecondFeed {
  const doc = parser.parse(xml) as Node;
  const [rootName, rootValue] = Object.entries(doc).find(([k]) => !k.startsWith('?') && !k.startsWith('#')) ?? [];
  const root = first(rootValue) ?? {};
  const channel = first(root.channel) ?? root;
  const atom = rootName === 'feed';
  const cdf = rootName === 'channel';
  const feedTitle = textOf(first(channel.title), atom) ?? textOf(first(root.title), atom);
  const siteLink = cdf ? attr(channel, 'href') : atom ? atomLink(channel.link) : plain(first(channel.link));
  const xmlBase = attr(root, 'base');
  const base = pickBase(fetchUrl, xmlBase, siteLink);
  const entries = [...list(channel.item), ...(channel === root ? [] : list(root.item)), ...list(root.entry)];
  const items: SecondItem[] = entries.map((e) => {
    const entryBase = attr(e, 'base') ? (absoluteHttpUrl(attr(e, 'base'), base) ?? base) : base;
    const title = textOf(first(e.title), atom);
    const summary = firstText(e, ['description', 'summary', 'abstract'], atom) ?? firstText(e, ['content', 'encoded', 'body', 'fullitem'], atom);
    const guid = first(e.guid);
    const permalink = guid !== undefined && attr(guid, 'ispermalink')?.toLowerCase() !== 'false';
    const link = cdf ? attr(e, 'href') : atom ? atomLink(e.link) : (plain(first(e.link)) ?? (permalink ? plain(guid) : undefined));
    const item: SecondItem = {
      id: pathIdToUrl((atom ? plain(first(e.id)) : (plain(guid) ?? attr(e, 'about')))?.trim(), entryBase),
      link: absoluteHttpUrl(link, entryBase),
      title: title?.value,
      titleKind: title?.kind,
      summary: summary?.value,
      summaryKind: summary?.kind,
      date: cdf ? attr(e, 'lastmod') : firstPlain(e, ['pubdate', 'published', 'issued', 'updated', 'modified', 'date', 'created']),
      titleDecoded: title?.decoded === true,
      summaryDecoded: summary?.decoded === true,
    };
    return item;
  });
  return {
    title: feedTitle?.value,
    titleKind: feedTitle?.kind,
    titleDecoded: feedTitle?.decoded,
    link: absoluteHttpUrl(siteLink, base),
    items,
  };
}

function first(v: unknown): Node | undefined {
  const x = Array.isArray(v) ? v[0] : v;
  if (x === undefined || x === null) return undefined;
  return typeof x === 'object' ? (x as Node) : { '#text': String(x) };
}

function list(v: unknown): Node[] {
  return Array.isArray(v) ? v.map((x) => first(x) ?? {}) : [];
}

function attr(n: Node | undefined, name: string): string | undefined {
  const v = n?.[`@${name}`];
  return typeof v === 'string' ? v : undefined;
}

function plain(n: Node | undefined): string | undefined {
  const v = n?.['#text'];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function firstPlain(e: Node, names: string[]): string | undefined {
  for (const name of names) {
    for (const n of list(e[name])) {
      const v = plain(n);
      if (v !== undefined) return v;
    }
  }
  return undefined;
}

function firstText(e: Node, names: string[], atom: boolean): Text | undefined {
  for (const name of names) {
    for (const n of list(e[name])) {
      const t = textOf(n, atom);
      if (t !== undefined && t.value.trim() !== '') return t;
    }
  }
  return undefined;
}

/** rel="alternate" (or no rel) first, else any link with an href. */
function atomLink(v: unknown): string | undefined {
  const links = list(v);
  const alt = links.find((l) => attr(l, 'href') && (!attr(l, 'rel') || attr(l, 'rel') === 'alternate'));
  return attr(alt ?? links.find((l) => attr(l, 'href')), 'href') ?? plain(links[0]);
}

/** The value of a text element kept raw by the parser: base64, inner markup, or escaped text. */
function textOf(n: Node | undefined, atom: boolean): Text | undefined {
  const raw = n?.['#text'];
  if (typeof raw !== 'string') return undefined;
  const type = attr(n, 'type')?.trim().toLowerCase();
  const textual = !type || type === 'text' || type === 'html' || type === 'xhtml' || type.startsWith('text/') || /[+/]xml$/.test(type);
  if (attr(n, 'mode')?.toLowerCase() === 'base64' || (atom && !textual)) {
    const bytes = Buffer.from(xmlText(raw).replace(/\s+/g, ''), 'base64');
    // Atom 0.3's default type is text/plain: decoded text is literal unless typed otherwise.
    return { value: bytes.toString('utf8'), kind: type ? kindOf(type) : 'text', decoded: true };
  }
  // Child elements (XHTML, or "naked" markup): the markup is the HTML, prefixes dropped.
  if (/<[A-Za-z_]/.test(raw.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ''))) {
    const html = raw
      .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_m, c: string) => c.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
      .replace(/<(\/?)[\w.-]+:/g, '<$1');
    return { value: html, kind: 'html', decoded: false };
  }
  return { value: xmlText(raw), kind: kindOf(type), decoded: false };
}

function kindOf(type: string | undefined): TextKind {
  if (!type) return 'loose';
  if (type === 'text' || (type.startsWith('text/') && !/html/.test(type))) return 'text';
  return /html|xml/.test(type) ? 'html' : 'loose';
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Character data of raw element content: CDATA unwrapped, the five XML entities and character references decoded. */
function xmlText(raw: string): string {
  return raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, cdata: string | undefined, ref: string | undefined) => {
    if (cdata !== undefined) return cdata;
    if (ref === undefined) return m;
    if (ref.startsWith('#')) {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return XML_ENTITIES[ref.toLowerCase()] ?? m;
  });
}
