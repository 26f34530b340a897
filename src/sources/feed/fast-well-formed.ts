/**
 * A fast pre-check with the same rules as fast-xml-parser's XMLValidator.validate (default
 * options), written with indexOf, charCode scans for ASCII names and attributes, and sticky regexes
 * for the rest, instead of per-character string building.
 * It answers `true` only when it is sure the validator would accept the document; anything
 * unusual (DOCTYPE, odd processing instructions, any suspected error) answers `false`, and the
 * caller then runs the real validator, which gives the exact error and line. So a document is
 * never accepted that the validator would refuse, and broken feeds still get precise messages.
 *
 * Why: the validator cost about as much as feedsmith's whole parse on large feeds (a 1.6 MB
 * podcast feed: ~50 ms of ~210 ms), which put our parse path under 0.8x of the parser alone.
 */

import { DEFAULT_STRUCTURE_LIMITS, StructureLimitSignal, type StructureLimits } from './structure-limits.js';

const ONLY_WS = /^[ \t\n\r]*$/;
// fast-xml-parser's isName, as sticky patterns (no name character is "/", ">", "=", a quote or whitespace).
const NAME_START =
  ':A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const NAME_SRC = `[${NAME_START}][${NAME_START}\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*`;
const NAME = new RegExp(NAME_SRC, 'y');
// One attribute as the validator tokenises it: whitespace, name, optional spaces, =, quoted value.
const ATTRIBUTE = new RegExp(`[ \\t\\n\\r]+(${NAME_SRC})[ \\t\\n\\r]*=[ \\t\\n\\r]*(?:"[^"]*"|'[^']*')`, 'y');
// Character and entity references the validator accepts (its rules, not the XML spec's).
const REFERENCE = /&(?:#x[0-9a-fA-F]*;|#[0-9]*;|\w{1,20};)/y;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * True when `xml` is certainly accepted by XMLValidator.validate; false means "ask the validator".
 * Every step is linear in the input (a hostile element with 150,000 attributes once took ~30 s
 * here). Past a limit of `limits` it throws a {@link StructureLimitSignal} at once; the caller
 * measures the document and reports (see structure-limits.ts).
 */
export function isSurelyWellFormed(input: string, limits: StructureLimits = DEFAULT_STRUCTURE_LIMITS): boolean {
  const x = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const n = x.length;
  const stack: string[] = [];
  let tagFound = false;
  let reachedRoot = false;
  let i = 0;
  // Position of the next "&" at or after the text being checked (searched again only once passed,
  // so sparse ampersands do not make the scan quadratic).
  let nextAmp = -1;

  for (;;) {
    i = skipWs(x, i);
    if (i >= n) break;
    if (x.charCodeAt(i) !== LT) return false;
    const next = x.charCodeAt(i + 1);
    if (next === 0x3f /* ? */) {
      const end = x.indexOf('?>', i + 2);
      if (end === -1) return false;
      // An XML declaration is only allowed at the very start.
      if (i > 0 && /^xml[ ?]/.test(x.slice(i + 2, i + 6))) return false;
      i = end + 2;
      continue;
    }
    if (next === 0x21 /* ! */) {
      const end = skipMarkupDeclaration(x, i);
      if (end < 0) return false;
      i = end;
      continue;
    }

    // A start, end or empty-element tag. The validator's name token runs to ">" or whitespace,
    // minus one trailing "/"; it must be a valid name.
    let p = i + 1;
    const closing = x.charCodeAt(p) === SLASH;
    if (closing) p++;
    const nameEnd = scanName(x, p);
    if (nameEnd < 0) return false;
    const after = x.charCodeAt(nameEnd);
    if (!(after === GT || isWs(after) || (after === SLASH && (x.charCodeAt(nameEnd + 1) === GT || isWs(x.charCodeAt(nameEnd + 1)))))) return false;
    let gt: number;
    if (closing) {
      // The only acceptable end tag is name, optional whitespace, ">".
      gt = skipWs(x, nameEnd);
      if (x.charCodeAt(gt) !== GT) return false;
      const open = stack.pop();
      if (open === undefined || open.length !== nameEnd - p || !x.startsWith(open, p)) return false;
      if (stack.length === 0) reachedRoot = true;
    } else {
      // Common case in one pass: well-formed attributes, then ">" or "/>". Anything else is
      // settled by the general tokenisation below (tagEnd + validAttributes).
      const end = scanAttributes(x, nameEnd, limits.maxAttributesPerElement);
      let selfClosing: boolean;
      if (end >= 0 && x.charCodeAt(end) === GT) {
        gt = end;
        selfClosing = false;
      } else if (end >= 0 && x.charCodeAt(end) === SLASH && x.charCodeAt(end + 1) === GT) {
        gt = end + 1;
        selfClosing = true;
      } else {
        gt = tagEnd(x, nameEnd);
        if (gt < 0) return false;
        selfClosing = x.charCodeAt(gt - 1) === SLASH && gt - 1 >= nameEnd;
        if (!validAttributes(x, nameEnd, selfClosing ? gt - 1 : gt, limits.maxAttributesPerElement)) return false;
      }
      // An element's depth counts itself, whether or not it is empty.
      if (stack.length >= limits.maxDepth) throw new StructureLimitSignal();
      if (!selfClosing) {
        if (reachedRoot) return false;
        stack.push(x.slice(p, nameEnd));
      }
      tagFound = true;
    }

    // Text up to the next tag: references must be valid; after the root, only whitespace.
    let j = gt + 1;
    for (;;) {
      const lt = x.indexOf('<', j);
      const end = lt === -1 ? n : lt;
      if (reachedRoot) {
        if (!ONLY_WS.test(x.slice(j, end))) return false;
      } else {
        if (nextAmp !== n && nextAmp < j) nextAmp = indexOrEnd(x, '&', j);
        while (nextAmp < end) {
          REFERENCE.lastIndex = nextAmp;
          if (!REFERENCE.test(x)) return false;
          nextAmp = indexOrEnd(x, '&', REFERENCE.lastIndex);
        }
      }
      if (lt === -1) {
        j = n;
        break;
      }
      const c = x.charCodeAt(lt + 1);
      if (c === 0x21 /* ! */) {
        const skipped = skipMarkupDeclaration(x, lt);
        if (skipped < 0) return false;
        j = skipped;
        continue;
      }
      if (c === 0x3f /* ? */) {
        const piEnd = x.indexOf('?>', lt + 1);
        if (piEnd === -1) return false;
        j = piEnd + 2;
        continue;
      }
      j = lt;
      break;
    }
    i = j;
  }
  return tagFound && stack.length === 0;
}

function skipWs(x: string, i: number): number {
  while (isWs(x.charCodeAt(i))) i++;
  return i;
}

// ASCII part of the name rules: start [:A-Za-z_], then also [-.0-9].
function isAsciiNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x3a || c === 0x5f;
}

function isAsciiNameChar(c: number): boolean {
  return isAsciiNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
}

/** End of the name starting at `p`, or -1. ASCII names are scanned by hand; others by the NAME pattern. */
function scanName(x: string, p: number): number {
  let c = x.charCodeAt(p);
  if (c < 0x80) {
    if (!isAsciiNameStart(c)) return -1;
    let k = p + 1;
    for (c = x.charCodeAt(k); c < 0x80 && isAsciiNameChar(c); c = x.charCodeAt(k)) k++;
    if (!(c >= 0x80)) return k; // NaN (end of input) or an ASCII non-name character
  }
  NAME.lastIndex = p;
  return NAME.test(x) ? NAME.lastIndex : -1;
}

/**
 * Reads \`name="value"\` attributes (as ATTRIBUTE does) from \`from\`, then whitespace; returns
 * where that stops, or -1 on a repeated name. The caller accepts the tag only if a ">" or "/>"
 * follows; anything else goes to the general path. Throws past `max` attributes.
 */
function scanAttributes(x: string, from: number, max: number): number {
  let p = from;
  const names = new Names(max);
  for (;;) {
    const q = skipWs(x, p);
    if (q === p) return p;
    const nameEnd = scanName(x, q);
    if (nameEnd < 0) return q;
    let k = skipWs(x, nameEnd);
    if (x.charCodeAt(k) !== 0x3d /* = */) return q;
    k = skipWs(x, k + 1);
    const quote = x.charCodeAt(k);
    if (quote !== 0x22 && quote !== 0x27) return q;
    const close = x.indexOf(quote === 0x22 ? '"' : "'", k + 1);
    if (close === -1) return q;
    if (!names.add(x.slice(q, nameEnd))) return -1;
    p = close + 1;
  }
}

function indexOrEnd(x: string, s: string, from: number): number {
  const k = x.indexOf(s, from);
  return k === -1 ? x.length : k;
}

/** Index of the `>` closing a tag whose attributes start at `from` (quotes may hide `>`), or -1. */
function tagEnd(x: string, from: number): number {
  const n = x.length;
  let quote = 0;
  for (let k = from; k < n; k++) {
    const c = x.charCodeAt(k);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === GT) {
      return k;
    } else if (c === 0x22 || c === 0x27) {
      quote = c;
    }
  }
  return -1;
}

/** True when x[from, to) is a run of `name="value"` attributes with valid, unrepeated names. Throws past `max`. */
function validAttributes(x: string, from: number, to: number, max: number): boolean {
  let p = from;
  const names = new Names(max);
  ATTRIBUTE.lastIndex = p;
  for (let m = ATTRIBUTE.exec(x); m && ATTRIBUTE.lastIndex <= to; m = ATTRIBUTE.exec(x)) {
    if (!names.add(m[1]!)) return false;
    p = ATTRIBUTE.lastIndex;
  }
  return skipWs(x, p) >= to;
}

/** Skips `<!-- -->` or `<![CDATA[ ]]>` starting at `lt`; returns the index after it, or -1 for anything else (DOCTYPE, unterminated). */
function skipMarkupDeclaration(x: string, lt: number): number {
  if (x.startsWith('<!--', lt)) {
    const end = x.indexOf('-->', lt + 4);
    return end === -1 ? -1 : end + 3;
  }
  if (x.startsWith('<![CDATA[', lt)) {
    const end = x.indexOf(']]>', lt + 9);
    return end === -1 ? -1 : end + 3;
  }
  return -1;
}

/**
 * The attribute names of one tag: a Set (a linear search per attribute made one huge element
 * quadratic), created only from the second name on since most tags have at most one.
 */
class Names {
  private first: string | undefined;
  private set: Set<string> | undefined;
  private count = 0;

  constructor(private readonly max: number) {}

  /** False when `name` was already added; throws past the limit. */
  add(name: string): boolean {
    if (++this.count > this.max) throw new StructureLimitSignal();
    if (this.count === 1) {
      this.first = name;
      return true;
    }
    if (this.set === undefined) this.set = new Set([this.first!]);
    if (this.set.has(name)) return false;
    this.set.add(name);
    return true;
  }
}
