import { decodeHTMLStrict } from 'entities';
import { removeComments, replaceDroppedElements } from './strip-markup.js';

const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
const BLOCK_TAG = /<\/?(?:br|p|div|li|ul|ol|tr|td|th|h[1-6]|blockquote|pre|hr|table|section|article)\b[^<>]*>/gi;
const ANY_TAG = /<\/?[a-z][a-z0-9:-]*(?:\s[^<>]*)?\/?>/gi;
// Every whitespace run except a lone " ": the same result as /\s+/g → " " with far fewer matches,
// and single-spaced text (most titles) comes back as the same string instead of a copy.
const WHITESPACE_RUN = / ?[^\S ]\s*| {2,}\s*/g;
// An iframe's content is the fallback text a browser without frames shows: it is kept (strip-markup.ts).
// Declarations (<!DOCTYPE html ...>) and comments HTML parsers end early: "<!-- -- x >", or an
// unclosed "<!--" that runs to the end. Proper comments are removed first.
const DECLARATION = /<!DOCTYPE\b[^<>]*>|<!--[^>]*(?:>|$)/gi;

/**
 * How a feed value is to be read:
 * - `text`: literal text (Atom `type="text"`, `text/plain`): only whitespace is collapsed, so
 *   `<blink>` stays visible;
 * - `html`: one level of HTML (Atom `type="html"` / `xhtml`): tags stripped, entities decoded once;
 * - `loose`: formats that do not say (RSS, RDF, JSON Feed). HTML when it looks like HTML, and
 *   publishers' double escaping (`&amp;lt;b&amp;gt;`) is undone, but once real tags have been
 *   stripped, what is left escaped is literal text (`<p>The &lt;blink&gt; tag</p>`).
 */
export type TextKind = 'text' | 'html' | 'loose';

// Markup that makes "loose" text HTML: a closing tag, a self-closed tag, a common HTML element,
// a comment or a reference. "History of the <blink> tag" alone is text.
const LOOKS_LIKE_HTML =
  /<\/[a-z][\w:-]*\s*>|<[a-z][\w:-]*\b[^<>]*\/>|<[a-z][\w:-]*\s+[\w:-]+\s*=[^<>]*>|<!doctype\b|<(?:a|b|i|u|s|em|strong|span|div|p|br|hr|img|wbr|font|small|big|sub|sup|code|pre|ul|ol|li|table|tr|td|th|h[1-6]|blockquote|iframe|script|style|object|embed|noscript)\b[^<>]*>|<!--|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
// References other than < and >: decoding these a second time cannot turn text into markup.
const SAFE_REFERENCE = /&(?!(?:lt|gt|#0*6[02]|#x0*3[ce]);)(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi;

/**
 * Turn feed text into plain text (see {@link TextKind}): strip tags (dropping script/style
 * contents), decode entities, collapse whitespace, cap the length. In `loose` mode, rounds of
 * decoding repeat (at most three) while no tags were found, so `&amp;lt;b&amp;gt;` ends as nothing
 * and `&amp;amp;` as `&`.
 * Text that only looks like markup (`<!channel>`, `a < b`, `@everyone`) is kept:
 * escaping for chat platforms happens at render time, not here.
 */
export function cleanText(input: string | undefined, maxLength: number, kind: TextKind = 'loose'): string {
  if (!input) return '';
  let s = input;
  if (kind !== 'text') {
    for (let round = 0; round < 3; round++) {
      const before = s;
      let tagsStripped = false;
      // Each pattern needs a "<" (or "&"): skipping absent ones saves most of the cost on plain text.
      if (s.includes('<') && (kind === 'html' || LOOKS_LIKE_HTML.test(s))) {
        // Linear forms of /<!--[\s\S]*?-->/ and of dropping script/style/object/noscript elements
        // (as lazy regexes they were quadratic on unclosed openers: strip-markup.ts).
        if (s.includes('<!')) s = removeComments(s).replace(DECLARATION, '');
        s = replaceDroppedElements(s, ' ').replace(BLOCK_TAG, ' ').replace(ANY_TAG, '');
        tagsStripped = s !== before;
      }
      if (s.includes('&') && ENTITY.test(s)) s = decodeHTMLStrict(s);
      // Real markup (or a declared HTML type) means one level of escaping: the rest is literal text,
      // except that a loose feed's doubled "&amp;amp;" or "&amp;quot;" is still undone.
      if (tagsStripped && kind === 'loose' && s.includes('&')) s = s.replace(SAFE_REFERENCE, (m) => decodeHTMLStrict(m));
      if (tagsStripped || kind === 'html' || s === before) break;
    }
  }
  // \s covers NBSP and other Unicode spaces; zero-width characters are not spaces and are kept as text.
  return truncate(s.replace(WHITESPACE_RUN, ' ').trim(), maxLength);
}

/** Cut to at most `max` UTF-16 units, never splitting a surrogate pair, marking the cut with "…". */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, Math.max(0, max - 1));
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2}|\b(?:GMT|UTC|UT|[ECMP][SD]T)\b)\s*$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}T[\d:.]+$/;

/**
 * Parse a feed date (RFC 822, ISO 8601, and common sloppy forms) to ISO 8601
 * UTC. Dates without a zone are read as UTC, so the result does not depend on
 * the server's time zone. Implausible years (before 1970, after 2100) → undefined.
 */
export function toIsoDate(raw: string | undefined): string | undefined {
  const s = raw?.trim();
  if (!s) return undefined;
  const candidate = DATE_ONLY.test(s) || HAS_ZONE.test(s) ? s : ISO_LOCAL.test(s) ? `${s}Z` : `${s} UTC`;
  let t = Date.parse(candidate);
  if (Number.isNaN(t)) t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  const date = new Date(t);
  const year = date.getUTCFullYear();
  if (year < 1970 || year > 2100) return undefined;
  return date.toISOString();
}

/**
 * Resolve `href` against `base` and keep it only if it is http(s). Drops
 * `javascript:`, `data:` and other schemes a hostile feed could plant.
 */
export function absoluteHttpUrl(href: string | undefined, base: string | undefined): string | undefined {
  const h = href?.trim();
  if (!h) return undefined;
  try {
    const url = base ? new URL(h, base) : new URL(h);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
