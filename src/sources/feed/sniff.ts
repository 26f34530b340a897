import { FeedParseError } from './errors.js';
import { cleanText } from './text.js';

/** What a decoded body looks like at first sight. */
export type BodyKind = 'xml' | 'json';

/**
 * Decide between XML and JSON by content (never by file name or
 * Content-Type), and reject bodies that are plainly not feeds with a message
 * saying what they are instead: empty, binary, or an HTML page.
 * Returns the body with leading whitespace removed (a newline before
 * `<?xml` is a common publisher defect).
 * @throws {FeedParseError}
 */
export function sniffBody(text: string): { kind: BodyKind; body: string } {
  const body = text.replace(/^[\uFEFF\s]+/, '');
  if (body === '') throw new FeedParseError('empty', 'Body is empty: the server returned no content');
  if (/^[\x00-\x08\x0e-\x1f]/.test(body)) {
    throw new FeedParseError('binary', 'Body is binary data, not a feed (starts with a control byte)');
  }
  if (body.startsWith('{') || body.startsWith('[')) return { kind: 'json', body };
  if (!body.startsWith('<')) {
    throw new FeedParseError('not-a-feed', `Body is neither XML nor JSON; it starts with "${cleanText(body.slice(0, 40), 40)}"`);
  }
  if (looksLikeHtml(body)) throw htmlError(body);
  return { kind: 'xml', body };
}

const PROLOG = /^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!doctype\b[^[>]*(?:\[[\s\S]*?\])?\s*>\s*)*/i;

function looksLikeHtml(body: string): boolean {
  // Judge by the root element, not the DOCTYPE: feeds are sometimes served
  // with an XHTML DOCTYPE in front of a perfectly good <rss> root.
  const afterProlog = body.slice(PROLOG.exec(body)?.[0].length ?? 0);
  return /^<(html|head|body|title|meta)\b/i.test(afterProlog);
}

function htmlError(body: string): FeedParseError {
  // Linear on hostile pages: tag patterns stop at the next "<", and the title runs to the first
  // "</title>" (a lazy match from every "<title" without one rescanned the page: 18 s for 240 KB).
  const titleEnd = body.search(/<\/title>/i);
  const title = titleEnd === -1 ? undefined : /<title[^<>]*>([\s\S]*)$/i.exec(body.slice(0, titleEnd))?.[1];
  const alternate = /<link\b[^<>]*type=["']application\/(?:rss|atom)\+xml["'][^<>]*>/i.exec(body)?.[0] ?? '';
  const href = /href=["']([^"']+)["']/i.exec(alternate)?.[1];
  const named = title ? ` titled "${cleanText(title, 80)}"` : '';
  const hint = href ? `; the page advertises a feed at ${href}` : '';
  return new FeedParseError('html', `Received an HTML page${named} instead of a feed${hint}`);
}
