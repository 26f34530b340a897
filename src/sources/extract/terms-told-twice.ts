/**
 * Words that tell no second event: terms proposed in one sentence and spelled out in the next with no holder
 * (美方拟要求英伟达…, then …须提交最终用户证明) are the same proposal, and "no other licence request is known to have
 * been refused" speaks of others, not of a decision on anyone.
 */
import type { CandidateEvent } from './candidate.js';
import { sentenceAt } from './text-units.js';

const NO_OTHER = /\bno other\b|\bnone of the other\b|(?:没有|并无|无)其他/i;

/** Drops holder-less conditions whose terms another condition of the item holds, and holder-less denials of "no other…". */
export function termsToldTwice(folded: CandidateEvent[], text: string): void {
  for (let i = folded.length - 1; i >= 0; i--) {
    const c = folded[i]!;
    if (c.holders.length) continue;
    const condition = c.kind === 'condition_proposed' || c.kind === 'condition_agreed';
    const twice =
      condition &&
      c.conditions.length > 0 &&
      folded.some((o) => o !== c && o.kind === c.kind && o.holders.length > 0 && c.conditions.every((x) => o.conditions.some((y) => y.value === x.value)));
    const others = c.certainty === 'denied' && !condition && NO_OTHER.test(sentenceOf(text, c.trigger));
    if (twice || others) folded.splice(i, 1);
  }
}

/** The sentence of `text` that holds `words` (the whole text when they are not found). */
function sentenceOf(text: string, words: string): string {
  const at = text.indexOf(words);
  const range = at < 0 ? undefined : sentenceAt(text, at);
  return range ? text.slice(range.start, range.end) : text;
}
