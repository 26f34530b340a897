/**
 * "Zhihu Said to Clear China's Review": a headline's capitals on the verbs, lowered so that they are not read as part of a
 * name. The same as `sentence.replace(TITLE_VERBS, (w) => w.toLowerCase())`, but the long pattern is tried only where a
 * match can start, not at every word boundary.
 */
import { TITLE_VERBS } from './en-name-patterns.js';

// The pattern anchored where it is tried (its lookbehinds still read the words before).
const AT = new RegExp(TITLE_VERBS.source, 'y');
// Where a match of TITLE_VERBS can start: each of its alternatives opens on \b or on a lookbehind ending in a space, then
// a capital A-Z.
const CAPITAL_OPENING = /\b[A-Z]/g;

/**
 * `sentence` with TITLE_VERBS' matches in lower case. The leftmost match from any point is the first of the positions
 * CAPITAL_OPENING finds from there at which the pattern matches, so the same words are lowered.
 */
export function lowerTitleVerbs(sentence: string): string {
  let out = '';
  let from = 0;
  CAPITAL_OPENING.lastIndex = 0;
  // (test, not exec: only where it stopped is needed.)
  while (CAPITAL_OPENING.test(sentence)) {
    const at = CAPITAL_OPENING.lastIndex - 1;
    AT.lastIndex = at;
    const m = AT.exec(sentence);
    if (!m) continue;
    out += sentence.slice(from, at) + m[0].toLowerCase();
    from = at + m[0].length;
    CAPITAL_OPENING.lastIndex = from;
  }
  return from === 0 ? sentence : out + sentence.slice(from);
}
