import { XMLValidator } from 'fast-xml-parser';
import { FeedParseError } from './errors.js';
import { isSurelyWellFormed } from './fast-well-formed.js';
import type { WarnLogger } from './types.js';

// An "&" that does not start a character or entity reference.
const BARE_AMPERSAND = /&(?!(?:[a-z_][\w.-]*|#\d+|#x[0-9a-f]+);)/gi;
// Sections where "&" is literal and must be left alone.
const LITERAL_SECTIONS = /(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->)|&/g;

/**
 * Check that `xml` is well-formed, because feedsmith's parser is lenient and
 * turns truncated or garbled documents into a feed with missing items instead
 * of failing. One defect is repaired rather than rejected: unescaped "&" in
 * text or attributes (e.g. "?a=1&b=2" in links), which real publishers emit
 * constantly and which loses no information when escaped.
 * Returns the (possibly repaired) document.
 * @throws {FeedParseError} code 'malformed-xml' with line/column of the first error.
 */
export function ensureWellFormedXml(xml: string, logger?: WarnLogger): string {
  // Fast path for the common case; the validator below only runs on documents it is unsure of.
  if (isSurelyWellFormed(xml)) return xml;
  let result = XMLValidator.validate(xml);
  if (result === true) return xml;
  if (/'&'/.test(result.err.msg)) {
    const text = xml.replace(LITERAL_SECTIONS, (m, literal: string | undefined) =>
      literal ?? m.replace(BARE_AMPERSAND, '&amp;'),
    );
    result = XMLValidator.validate(text);
    if (result === true) {
      logger?.warn({}, 'feed contains unescaped "&" characters; escaped them and continued');
      return text;
    }
  }
  const { msg, line, col } = result.err;
  throw new FeedParseError('malformed-xml', `Malformed XML at line ${line}${col ? `, column ${col}` : ''}: ${explain(msg)}`);
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
