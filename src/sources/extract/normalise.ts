/**
 * Turns feed titles and summaries into plain, comparable text before any rule looks at
 * them: feeds send HTML, entities escaped once or twice, typographic quotes and dashes,
 * full-width digits, and Google News appends " - Publisher" to every title.
 */
import { decodeHTMLStrict } from 'entities';

const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
// Only real-looking tags are removed: `<!channel>` or `a < b` is text, and escaping it for
// chat platforms is the renderer's job, not ours.
const DROPPED_ELEMENTS = /<(script|style|iframe|object|noscript)\b[^<>]*>[\s\S]*?<\/\1\s*>/gi;
const BLOCK_TAG = /<\/?(?:br|p|div|li|ul|ol|tr|td|th|h[1-6]|blockquote|pre|hr|table|section|article)\b[^<>]*>/gi;
const ANY_TAG = /<\/?[a-z][a-z0-9:-]*(?:\s[^<>]*)?\/?>/gi;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63]/g;
// Invisible characters that would split words ("Byte\u200BDance") without being spaces.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const PAST_ASCII = /[\u0080-\uffff]/;

/** Whether a text holds any UTF-16 unit past ASCII (plain ASCII is its own NFKC form and holds no Chinese). */
export function pastAscii(text: string): boolean {
  return PAST_ASCII.test(text);
}

/**
 * Plain text from feed text: decodes entities and strips tags until stable (so
 * `&amp;lt;b&amp;gt;` disappears and `&amp;amp;` becomes `&`), applies NFKC, straightens
 * quotes and dashes, writes "U.S." as "US" and collapses whitespace.
 */
export function normaliseText(input: string | undefined): string {
  if (!input) return '';
  let s = input;
  // (Without '<' or '&' there is no tag or entity to remove: most titles and summaries skip the rounds.)
  const markup = s.includes('<') || s.includes('&');
  for (let round = 0; markup && round < 4; round++) {
    const before = s;
    s = s
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(DROPPED_ELEMENTS, ' ')
      .replace(BLOCK_TAG, ' ')
      .replace(ANY_TAG, '');
    if (ENTITY.test(s)) s = decodeHTMLStrict(s);
    if (s === before) break;
  }
  // Plain ASCII is its own NFKC form and holds none of the invisible characters, quotes or dashes below but the
  // backtick: what cannot change it is skipped.
  if (!pastAscii(s)) s = s.includes('`') ? s.replace(SINGLE_QUOTES, "'") : s;
  else s = s.normalize('NFKC').replace(INVISIBLE, '').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-');
  // "U.S." would otherwise need its own alias everywhere and breaks sentence splitting.
  if (s.includes('U.S.')) s = s.replace(/\bU\.S\.(?=[\s,;:'")]|$)/g, 'US').replace(/\bU\.S\.A\.(?=[\s,;:'")]|$)/g, 'USA');
  return s.replace(/\s+/g, ' ').trim();
}

// A publisher name: short, starts with a capital or digit, no sentence punctuation.
const PUBLISHER = /^[\p{Lu}\p{N}][^.!?;:"]{0,59}$|^[\p{Lu}\p{N}][\p{L}\p{N}&' -]*\.(?:com|net|org|co\.uk|cn|io)$/u;

/**
 * Splits a Google News style title "Headline - Publisher" into its parts. Only the last
 * " - " counts, and only when what follows looks like a name (≤ 8 words, capitalised),
 * so "approval - with conditions" keeps its tail.
 */
export function splitPublisher(title: string): { text: string; publisher?: string } {
  const at = title.lastIndexOf(' - ');
  if (at <= 0) return { text: title };
  const tail = title.slice(at + 3).trim();
  const head = title.slice(0, at).trim();
  // "LEAPMOTOR - VOLUNTARY ANNOUNCEMENT - APPLICATION FOR IMPORT OF … H200 CHIPS": a filing's
  // subject after its dashes names the goods; an outlet's name does not.
  if (!head || !tail || tail.split(' ').length > 8 || !PUBLISHER.test(tail) || /\bH\d{2,3}\b|芯片|chips?\b/i.test(tail)) return { text: title };
  return { text: head, publisher: tail };
}

/** Removes a trailing publisher name (Google News summaries end with it), case-insensitively. */
export function dropTrailingName(text: string, name: string | undefined): string {
  if (!name) return text;
  const lower = text.toLowerCase();
  const suffix = name.toLowerCase();
  if (lower.length > suffix.length && lower.endsWith(suffix) && /[\s\-|,]$/.test(text.slice(0, -suffix.length))) {
    return text.slice(0, -suffix.length).replace(/[\s\-|,]+$/, '');
  }
  return text;
}

/** Cuts at a space so a number or name at the edge is dropped, not read half-written. */
export function capAtSpace(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return cut.slice(0, Math.max(0, cut.lastIndexOf(' ')));
}
