/**
 * Caps on the shape of an XML feed: attributes per element and nesting depth. Real feeds stay far
 * below them (the largest samples have a root element with ~20 namespace declarations and nest
 * about 12 deep, XHTML content included); a document past them is hostile or broken, and is
 * refused with a message naming the limit and what was found before any parser sees it.
 */
import { FeedParseError } from './errors.js';

/** Structural caps applied before parsing (config: `sourceDefaults.feedParsing`). */
export interface StructureLimits {
  /** Most attributes (namespace declarations included) one element may have. */
  maxAttributesPerElement: number;
  /** Deepest element nesting; the root element is at depth 1. */
  maxDepth: number;
}

/** The defaults, also those of config/sources-schema.ts `sourceDefaults.feedParsing`. */
export const DEFAULT_STRUCTURE_LIMITS: Readonly<StructureLimits> = { maxAttributesPerElement: 256, maxDepth: 128 };

/** Thrown by the fast well-formedness scan the moment a limit is passed; turned into a FeedParseError by {@link structureLimitError}. */
export class StructureLimitSignal extends Error {
  constructor() {
    super('structure limit exceeded');
    this.name = 'StructureLimitSignal';
  }
}

/** The first limit a document breaks, as found by {@link findLimitViolation}. */
export type LimitViolation =
  { kind: 'attributes'; element: string; line: number; count: number } | { kind: 'depth'; element: string; line: number; deepest: number };

/** Throws the FeedParseError for a document past a limit, or does nothing when it is within them. */
export function assertWithinLimits(x: string, limits: StructureLimits): void {
  const v = findLimitViolation(x, limits);
  if (v) throw errorFor(v, limits);
}

/** The error for a document the fast scan found past a limit (measured again, leniently, to say what was found). */
export function structureLimitError(x: string, limits: StructureLimits): FeedParseError {
  const v = findLimitViolation(x, limits);
  if (v) return errorFor(v, limits);
  return new FeedParseError(
    'too-complex',
    `Over ${limits.maxAttributesPerElement} attributes on one element or nested over ${limits.maxDepth} deep; the feed is refused (sourceDefaults.feedParsing)`,
  );
}

// The count and the limit come first: `sources` in the shell cuts the last error at 48 characters.
function errorFor(v: LimitViolation, limits: StructureLimits): FeedParseError {
  const where = `<${shortName(v.element)}> at line ${v.line}`;
  return v.kind === 'attributes'
    ? new FeedParseError(
        'too-complex',
        `${v.count} attributes on one element (limit ${limits.maxAttributesPerElement}): ${where}; the feed is refused (sourceDefaults.feedParsing.maxAttributesPerElement)`,
      )
    : new FeedParseError(
        'too-complex',
        `Elements nested ${v.deepest} deep (limit ${limits.maxDepth}): first past it ${where}; the feed is refused (sourceDefaults.feedParsing.maxDepth)`,
      );
}

function shortName(name: string): string {
  return name.length > 40 ? `${name.slice(0, 39)}…` : name;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const DQ = 0x22;
const SQ = 0x27;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;

/**
 * One lenient, linear pass over markup: skips comments, CDATA, processing instructions and the
 * DOCTYPE (internal subset included); counts `=` outside quotes per start tag as its attributes
 * and open elements as the depth. Malformed parts are skipped, not judged (the validator does
 * that). The first violation in document order is returned; for depth, with the deepest level
 * of the whole document.
 */
export function findLimitViolation(x: string, limits: StructureLimits): LimitViolation | undefined {
  const n = x.length;
  const open: string[] = [];
  let first: { element: string; at: number } | undefined;
  let deepest = 0;
  let i = 0;
  for (let lt = x.indexOf('<', i); lt !== -1; lt = x.indexOf('<', i)) {
    let end: number;
    if (x.startsWith('<!--', lt)) end = after(x, '-->', lt + 4);
    else if (x.startsWith('<![CDATA[', lt)) end = after(x, ']]>', lt + 9);
    else if (x.startsWith('<!', lt)) end = declarationEnd(x, lt);
    else if (x.startsWith('<?', lt)) end = after(x, '?>', lt + 2);
    else if (x.charCodeAt(lt + 1) === SLASH) {
      open.pop();
      end = after(x, '>', lt + 2);
    } else {
      let k = lt + 1;
      while (k < n && !isNameEnd(x.charCodeAt(k))) k++;
      if (k === lt + 1) {
        i = lt + 1; // a stray "<" in text
        continue;
      }
      const name = x.slice(lt + 1, k);
      let quote = 0;
      let attributes = 0;
      let last = 0;
      for (; k < n; k++) {
        const c = x.charCodeAt(k);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === GT) break;
        else if (c === DQ || c === SQ) quote = c;
        else if (c === EQ) attributes++;
        if (!isWs(c)) last = c;
      }
      if (k >= n) break;
      if (attributes > limits.maxAttributesPerElement) return { kind: 'attributes', element: name, line: lineOf(x, lt), count: attributes };
      const depth = open.length + 1;
      if (depth > limits.maxDepth && first === undefined) first = { element: name, at: lt };
      if (depth > deepest) deepest = depth;
      if (last !== SLASH) open.push(name);
      end = k + 1;
    }
    if (end < 0) break;
    i = end;
  }
  return first ? { kind: 'depth', element: first.element, line: lineOf(x, first.at), deepest } : undefined;
}

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function isNameEnd(c: number): boolean {
  return isWs(c) || c === GT || c === SLASH || c === LT || c === EQ || c === DQ || c === SQ;
}

function after(x: string, s: string, from: number): number {
  const k = x.indexOf(s, from);
  return k === -1 ? -1 : k + s.length;
}

/** End of `<!DOCTYPE ...>` (or another declaration): the first ">" outside quotes and an internal subset. */
function declarationEnd(x: string, lt: number): number {
  let quote = 0;
  let subset = false;
  for (let k = lt + 2; k < x.length; k++) {
    const c = x.charCodeAt(k);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === DQ || c === SQ) quote = c;
    else if (c === LBRACKET) subset = true;
    else if (c === RBRACKET) subset = false;
    else if (c === GT && !subset) return k + 1;
  }
  return -1;
}

/** 1-based line of offset `at`. */
function lineOf(x: string, at: number): number {
  let line = 1;
  for (let k = x.indexOf('\n'); k !== -1 && k < at; k = x.indexOf('\n', k + 1)) line++;
  return line;
}
