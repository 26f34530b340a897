/**
 * Reads the `Expect:` line of a feedparser test document: a Python boolean expression over the
 * parsed result, e.g. `not bozo and entries[0]['title'] == u'Example'`. Only the shapes the
 * conformance runner can map are turned into checks; everything else is kept as `unparsed` so the
 * runner can count it as "not applicable" instead of guessing.
 */

/** One step of a path into feedparser's result: a key (`['title']`, `.title`) or an index. */
export type PathStep = string | number;

/** A value on the right of `==`: a string, an integer, a tuple of integers, or None. */
export type PyValue = string | number | number[] | null;

/** One conjunct of an Expect expression. */
export type Conjunct =
  | { kind: 'bozo'; expected: boolean }
  | { kind: 'equals'; path: PathStep[]; value: PyValue }
  | { kind: 'length'; path: PathStep[]; value: number }
  | { kind: 'unparsed'; text: string };

/** Split at top-level ` and ` (outside strings and brackets), drop wrapping parentheses, parse each part. */
export function parseExpect(expr: string): Conjunct[] {
  return splitTopLevel(expr.trim(), ' and ').map((part) => parseConjunct(unwrap(part.trim())));
}

function parseConjunct(text: string): Conjunct {
  if (text === 'bozo') return { kind: 'bozo', expected: true };
  if (text === 'not bozo') return { kind: 'bozo', expected: false };
  const sides = splitTopLevel(text, '==').map((s) => s.trim());
  if (sides.length < 2) return { kind: 'unparsed', text };
  const len = /^len\((.*)\)$/.exec(sides[0] ?? '');
  const path = parsePath(len ? (len[1] ?? '') : (sides[0] ?? ''));
  // `a == b == 'x'` (both paths equal the literal): keep the literal, check the first path only.
  const value = parseValue(sides[sides.length - 1] ?? '');
  if (!path || value === undefined) return { kind: 'unparsed', text };
  if (len) return typeof value === 'number' ? { kind: 'length', path, value } : { kind: 'unparsed', text };
  return { kind: 'equals', path, value };
}

/** `entries[0]['content'][0]['value']`, `feed.link`, `entries[0].get('x')` → steps; undefined if unreadable. */
export function parsePath(src: string): PathStep[] | undefined {
  const head = /^([A-Za-z_]\w*)/.exec(src);
  if (!head?.[1]) return undefined;
  const steps: PathStep[] = [head[1]];
  let rest = src.slice(head[1].length);
  while (rest.length > 0) {
    const m = /^\[\s*(-?\d+)\s*\]|^\[\s*u?(['"])(.*?)\2\s*\]|^\.get\(\s*u?(['"])(.*?)\4\s*\)|^\.([A-Za-z_]\w*)/.exec(rest);
    if (!m) return undefined;
    if (m[1] !== undefined) steps.push(Number(m[1]));
    else if (m[3] !== undefined) steps.push(m[3]);
    else if (m[5] !== undefined) steps.push(m[5]);
    else if (m[6] !== undefined) steps.push(m[6]);
    rest = rest.slice(m[0].length);
  }
  return steps;
}

/** A Python literal: (u/b-prefixed) strings joined with `+`, an int, a tuple of ints, or None. */
export function parseValue(src: string): PyValue | undefined {
  const s = src.trim();
  if (s === 'None') return null;
  if (/^-?\d+$/.test(s)) return Number(s);
  const tuple = /^\((.*)\)$/.exec(s);
  if (tuple) {
    const parts = (tuple[1] ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    return parts.every((p) => /^-?\d+$/.test(p)) ? parts.map(Number) : undefined;
  }
  const pieces = splitTopLevel(s, '+');
  let out = '';
  for (const piece of pieces) {
    const str = parseString(piece.trim());
    if (str === undefined) return undefined;
    out += str;
  }
  return out;
}

function parseString(s: string): string | undefined {
  const m = /^([uUbBrR]?)('''|"""|['"])([\s\S]*)\2$/.exec(s);
  if (!m) return undefined;
  const body = m[3] ?? '';
  if (/r/i.test(m[1] ?? '')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = body[++i];
    const hex = (len: number): string => {
      const h = body.slice(i + 1, i + 1 + len);
      i += len;
      return String.fromCodePoint(parseInt(h, 16));
    };
    if (n === 'n') out += '\n';
    else if (n === 't') out += '\t';
    else if (n === 'r') out += '\r';
    else if (n === '0') out += '\0';
    else if (n === 'x') out += hex(2);
    else if (n === 'u') out += hex(4);
    else if (n === 'U') out += hex(8);
    else if (n === '\\' || n === "'" || n === '"') out += n;
    else out += `\\${n ?? ''}`;
  }
  return out;
}

/** Split `s` at `sep` where it is outside quotes and brackets. */
function splitTopLevel(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === '\\') i++;
      else if (s.startsWith(quote, i)) {
        i += quote.length - 1;
        quote = '';
      }
      continue;
    }
    if (c === "'" || c === '"') {
      quote = s.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      i += quote.length - 1;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && s.startsWith(sep, i)) {
      parts.push(s.slice(start, i));
      i += sep.length - 1;
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

/** `(expr)` → `expr` when the parentheses wrap the whole conjunct. */
function unwrap(s: string): string {
  if (!s.startsWith('(') || !s.endsWith(')')) return s;
  const inner = s.slice(1, -1);
  return splitTopLevel(inner, ',').length === 1 && balanced(inner) ? unwrap(inner.trim()) : s;
}

function balanced(s: string): boolean {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
