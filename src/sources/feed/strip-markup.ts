/**
 * Linear-time forms of two lazy patterns of cleanText (text.ts): `<!--[\s\S]*?-->` and
 * `<(script|style|object|noscript)\b[^<>]*>[\s\S]*?<\/\1\s*>`. As regexes, every opener without a closer
 * rescanned the rest of the text, so a summary of 100,000 "<script>" (or "<!--") took seconds to
 * clean; here a missing closer is looked for once. Results are those of the regexes.
 */

const DROPPED_OPENER = /<(script|style|object|noscript)\b[^<>]*>/gi;

/** `s` without `<!-- … -->` comments (an unterminated one is left as it is). */
export function removeComments(s: string): string {
  let start = s.indexOf('<!--');
  if (start === -1) return s;
  const parts: string[] = [];
  let i = 0;
  while (start !== -1) {
    const end = s.indexOf('-->', start + 4);
    if (end === -1) break; // no later comment can close either
    parts.push(s.slice(i, start));
    i = end + 3;
    start = s.indexOf('<!--', i);
  }
  parts.push(s.slice(i));
  return parts.join('');
}

/** `s` with each script/style/object/noscript element, contents included, replaced by `replacement`. */
export function replaceDroppedElements(s: string, replacement: string): string {
  const parts: string[] = [];
  // Per element name (lower case): where the search for its closer last failed.
  const noCloserFrom = new Map<string, number>();
  let i = 0;
  DROPPED_OPENER.lastIndex = 0;
  for (let m = DROPPED_OPENER.exec(s); m !== null; m = DROPPED_OPENER.exec(s)) {
    const name = m[1]!.toLowerCase();
    const contentStart = m.index + m[0].length;
    const failedFrom = noCloserFrom.get(name);
    // A failed search from an earlier point covers every later start.
    const end = failedFrom !== undefined && failedFrom <= contentStart ? -1 : closerEnd(s, name, contentStart);
    if (end === -1) {
      noCloserFrom.set(name, Math.min(failedFrom ?? contentStart, contentStart));
      DROPPED_OPENER.lastIndex = m.index + 1;
      continue;
    }
    parts.push(s.slice(i, m.index), replacement);
    i = end;
    DROPPED_OPENER.lastIndex = end;
  }
  if (i === 0) return s;
  parts.push(s.slice(i));
  return parts.join('');
}

const closers = new Map<string, RegExp>();

/** End of the first `</name\s*>` at or after `from` (case-insensitive), or -1. */
function closerEnd(s: string, name: string, from: number): number {
  let re = closers.get(name);
  if (re === undefined) {
    re = new RegExp(`</${name}\\s*>`, 'gi');
    closers.set(name, re);
  }
  re.lastIndex = from;
  const m = re.exec(s);
  return m === null ? -1 : m.index + m[0].length;
}
