/** Where two found phrases, or a phrase and a sentence, lie against each other. */
import type { Hit } from './phrase-index.js';
import type { Range } from './text-units.js';

/** True when the two phrases share at least one character. */
export function overlaps(a: Hit, b: Hit): boolean {
  return a.index < b.end && b.index < a.end;
}

/** True when the phrase lies wholly inside the sentence or clause. */
export function within(h: Hit, s: Range): boolean {
  return h.index >= s.start && h.end <= s.end;
}

/** True when the span from `index` to `end` shares a character with any of `spans` (names already found). */
export function covered(index: number, end: number, spans: readonly { index: number; end: number }[]): boolean {
  return spans.some((k) => k.index < end && index < k.end);
}
