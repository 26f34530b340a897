/**
 * Just enough knowledge of a test document's shape to map feedparser's expectations onto
 * Greenlight's plain-text fields: where entry i is, which date elements it has, whether it has a
 * summary element, and whether a text field's source element is plain text or HTML
 * (feedparser's `*_detail.type`). Regular expressions over the raw text are fine here: the
 * documents are small, hand-written test cases.
 */
import { decodeHTML } from 'entities';

/** How feedparser reads a text element: literal text, HTML, or "HTML if it looks like HTML" (RSS titles). */
export type TextKind = 'text' | 'html' | 'guess';

const P = '(?:[\\w.-]+:)?';
const ENTRY_OPEN = new RegExp(`<${P}(item|entry)\\b[^>]*?(/?)>`, 'g');

/** The document split into the feed-level part and each entry's markup. */
export interface DocShape {
  atom: boolean;
  feedPart: string;
  entries: string[];
}

/** Locate entries (`<item>` / `<entry>`, any prefix) in document order. */
export function shapeOf(doc: string): DocShape {
  const root = /<(?![?!])([\w.-]+:)?([\w.-]+)/.exec(doc.replace(/<!--[\s\S]*?-->/g, ''));
  const atom = root?.[2] === 'feed';
  const entries: string[] = [];
  let feedPart = '';
  let last = 0;
  ENTRY_OPEN.lastIndex = 0;
  for (let m = ENTRY_OPEN.exec(doc); m; m = ENTRY_OPEN.exec(doc)) {
    const start = m.index;
    let end: number;
    if (m[2] === '/') end = ENTRY_OPEN.lastIndex;
    else {
      const close = new RegExp(`</${P}${m[1]}\\s*>`, 'g');
      close.lastIndex = ENTRY_OPEN.lastIndex;
      const c = close.exec(doc);
      end = c ? close.lastIndex : doc.length;
    }
    feedPart += doc.slice(last, start);
    entries.push(doc.slice(start, end));
    last = end;
    ENTRY_OPEN.lastIndex = end;
  }
  feedPart += doc.slice(last);
  return { atom, feedPart, entries };
}

/** True when the markup has an element with one of these local names (any prefix). */
export function hasElement(markup: string, names: string[]): boolean {
  return new RegExp(`<${P}(?:${names.join('|')})[\\s/>]`).test(markup);
}

/** Attributes of the first element with one of these local names, or undefined. */
function firstStartTag(markup: string, names: string[]): { name: string; attrs: string; after: string } | undefined {
  const m = new RegExp(`<(${P}(?:${names.join('|')}))((?:\\s[^>]*)?)/?>`).exec(markup);
  return m ? { name: m[1] ?? '', attrs: m[2] ?? '', after: markup.slice(m.index + m[0].length) } : undefined;
}

/** feedparser's reading of the first of these elements: from its `type` attribute, else by format. */
export function textKindOf(markup: string, names: string[], atom: boolean): TextKind {
  const tag = firstStartTag(markup, names);
  if (!tag) return 'guess';
  const type = /\stype\s*=\s*(["'])(.*?)\1/.exec(tag.attrs)?.[2]?.toLowerCase();
  if (type !== undefined) {
    if (type === 'text' || type === 'text/plain') return 'text';
    if (/html|xml/.test(type)) return 'html';
    return 'guess';
  }
  const local = tag.name.replace(/^.*:/, '');
  if (/^(body|fullitem|encoded|description)$/.test(local)) return 'html';
  // Untyped Atom is text, unless it holds child elements ("naked markup"), which feedparser reads as HTML.
  if (atom)
    return /^[^<]*<[A-Za-z]/.test(tag.after) && !tag.after.startsWith(`</${tag.name}`) && !new RegExp(`^[^<]*</${tag.name}`).test(tag.after) ? 'html' : 'text';
  return local === 'title' ? 'guess' : 'html';
}

/** feedparser's test for "plain text that is really HTML": a close tag or an entity reference. */
export function looksLikeHtml(s: string): boolean {
  return /<\/\w+>/.test(s) || /&#?\w+;/.test(s);
}

const BLOCK = /<\/?(?:br|p|div|li|ul|ol|tr|td|th|h[1-6]|blockquote|pre|hr|table|section|article)\b[^>]*>/gi;

/** What a reader sees of an HTML fragment: tags removed (block tags as spaces), entities decoded once. */
export function htmlToText(html: string): string {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(BLOCK, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, '');
  return norm(decodeHTML(stripped));
}

/** The plain text of a value of the given kind. */
export function plainText(value: string, kind: TextKind): string {
  const html = kind === 'html' || (kind === 'guess' && looksLikeHtml(value));
  return html ? htmlToText(value) : norm(value);
}

/** Whitespace runs to one space, trimmed (Greenlight's output is collapsed the same way). */
export function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
