import { XMLValidator } from 'fast-xml-parser';
import { FeedParseError } from './errors.js';
import { isSurelyWellFormed } from './fast-well-formed.js';
import { assertWithinLimits, DEFAULT_STRUCTURE_LIMITS, StructureLimitSignal, structureLimitError, type StructureLimits } from './structure-limits.js';
import type { WarnLogger } from './types.js';

// An "&" that does not start a character or entity reference.
const BARE_AMPERSAND = /&(?!(?:[a-z_][\w.-]*|#\d+|#x[0-9a-f]+);)/gi;

/**
 * Check that `xml` is well-formed, because feedsmith's parser is lenient and
 * turns truncated or garbled documents into a feed with missing items instead
 * of failing. One defect is repaired rather than rejected: unescaped "&" in
 * text or attributes (e.g. "?a=1&b=2" in links), which real publishers emit
 * constantly and which loses no information when escaped.
 * Documents past the structure `limits` are refused before the validator or any parser sees them.
 * Returns the (possibly repaired) document.
 * @throws {FeedParseError} code 'malformed-xml' with line/column of the first error, or
 * 'too-complex' naming the limit and what was found.
 */
export function ensureWellFormedXml(xml: string, logger?: WarnLogger, limits: StructureLimits = DEFAULT_STRUCTURE_LIMITS): string {
  // Fast path for the common case; the validator below only runs on documents it is unsure of.
  try {
    if (isSurelyWellFormed(xml, limits)) return xml;
  } catch (err) {
    if (err instanceof StructureLimitSignal) throw structureLimitError(xml, limits);
    throw err;
  }
  // The fast scan stopped early: check the limits over the whole document before the validator.
  assertWithinLimits(xml, limits);
  let result = XMLValidator.validate(xml);
  if (result === true) return xml;
  if (/'&'/.test(result.err.msg)) {
    const text = escapeBareAmpersands(xml);
    result = XMLValidator.validate(text);
    if (result === true) {
      logger?.warn({}, 'feed contains unescaped "&" characters; escaped them and continued');
      return text;
    }
  }
  const { msg, line, col } = result.err;
  throw new FeedParseError('malformed-xml', `Malformed XML at line ${line}${col ? `, column ${col}` : ''}: ${explain(msg)}`);
}

/**
 * Escapes "&" that starts no reference, leaving CDATA sections and comments alone. Found with
 * indexOf rather than one lazy regex, which rescanned to the end of the document from every
 * unterminated "<!--" or "<![CDATA[" (quadratic on hostile input). Same result: an unterminated
 * opener is text, and a later section of the other kind is still left alone.
 */
function escapeBareAmpersands(xml: string): string {
  const kinds = [
    { open: '<!--', close: '-->', next: -2 },
    { open: '<![CDATA[', close: ']]>', next: -2 },
  ];
  const parts: string[] = [];
  let i = 0;
  for (;;) {
    // Each kind's next opener is searched again only once passed (-2: not searched yet, -1: none left).
    for (const k of kinds) if (k.next !== -1 && k.next < i) k.next = xml.indexOf(k.open, i);
    const live = kinds.filter((k) => k.next !== -1);
    if (live.length === 0) break;
    const k = live.reduce((a, b) => (b.next < a.next ? b : a));
    const end = xml.indexOf(k.close, k.next + k.open.length);
    if (end === -1) {
      // No closer after this opener, so none after any later one of its kind either.
      k.next = -1;
      continue;
    }
    parts.push(xml.slice(i, k.next).replace(BARE_AMPERSAND, '&amp;'), xml.slice(k.next, end + k.close.length));
    i = end + k.close.length;
  }
  parts.push(xml.slice(i).replace(BARE_AMPERSAND, '&amp;'));
  return parts.join('');
}

function explain(msg: string): string {
  // fast-xml-parser reports unclosed elements as "Invalid '[ "rss", "channel" ]' found."
  const unclosed = /^Invalid '\[([\s\S]*)\]' found\.?$/.exec(msg);
  if (unclosed?.[1] !== undefined) {
    const names = unclosed[1].split(',').map((n) => `<${n.trim().replace(/^"|"$/g, '')}>`);
    return `document ends before ${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} closed (truncated download?)`;
  }
  return msg;
}
