/**
 * Every match of a global pattern in a string, in order, as `text.matchAll(re)` gives them. matchAll copies the pattern on
 * each call (the specification's species constructor), and on a short sentence that copy costs many times the matching:
 * this loop runs the shared pattern itself, from the start, and leaves its lastIndex at 0 as it found it.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // (An empty match moves on by one character, or one code point under the u flag, as matchAll does.)
    if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  return out;
}

/** The index after `at` (AdvanceStringIndex): a surrogate pair is one step under the u (or v) flag. */
function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}
