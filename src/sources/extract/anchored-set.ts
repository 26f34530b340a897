/**
 * Sets of phrases matched only at the very start of a text (title openings such as "Opinion:", words right after a
 * name such as "said"), the first listed that matches winning.
 */
import { isGap, lowerChar, phraseMatcher, type PhraseMatcher } from './phrase-match.js';

/** Phrases matched only at the very start of a text, the first listed that matches winning (use `leading`). */
export interface AnchoredSet {
  readonly matchers: readonly PhraseMatcher[];
  /** Per phrase: the lower case of the character it must start with, or -1 when it opens with a gap. */
  readonly firsts: Int32Array;
}

/** Compiles phrases matched at the start of a text (`leading`), in their order. */
export function anchoredSet(phrases: readonly string[]): AnchoredSet {
  const trimmed = phrases.map((p) => p.trim());
  const firsts = Int32Array.from(trimmed, (p) => (!p || isGap(p.split(/\s+/)[0]!) ? -1 : p.toLowerCase().charCodeAt(0)));
  return { matchers: trimmed.map(phraseMatcher), firsts };
}

/** The words of the first phrase of the set that starts the text, or null. */
export function leading(set: AnchoredSet, text: string): string | null {
  // A phrase that opens with a word starts with its first character: the rest of the set is not tried.
  const raw = text.length ? text.charCodeAt(0) : -2;
  const low = raw >= 0 ? lowerChar(raw) : -2;
  const { matchers, firsts } = set;
  for (let i = 0; i < matchers.length; i++) {
    const first = firsts[i]!;
    if (first >= 0 && first !== raw && first !== low) continue;
    const end = matchers[i]!(text, 0);
    if (end >= 0) return text.slice(0, end);
  }
  return null;
}
