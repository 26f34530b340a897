/**
 * The parties a sentence tells news of besides its seller: not a speaker talking of others,
 * not a chip maker, not an investor named to describe a firm, not a name in an appositive or
 * a comparison list.
 */
import { inComparisonList, isSpeaker, speaksOfItself, type Sentence } from './actors.js';
import type { Named } from './named.js';

const DESCRIBES_AFTER = /^[-\s]?(?:backed|funded|owned|invested|supported|controlled)\b|^\s+affiliate\b/i;
const APPOSITIVE_BEFORE =
  /[\p{L}\p{N})],\s+(?:the|a|an)\s+[^,;:.]{0,80}\b(?:in which|of which|whose|where|backed by|owned by|controlled by)\s+(?:[^,;:.]{0,20}\s)?$/u;

/** The sentence's parties that are news, given its sellers and the lexicon's chip makers. */
export function otherParties(text: string, s: Sentence, sSellers: readonly Named[], chipMakers: ReadonlySet<string>): Named[] {
  return s.names.parties.filter(
    (p) =>
      // (没有向英伟达下单: the seller it buys from is the other side of its own deal, not another firm spoken of.)
      (!isSpeaker(text, p) ||
        speaksOfItself(
          text,
          p,
          s.names.parties.filter((q) => !sSellers.some((x) => x.index === q.index)),
        )) &&
      !sSellers.some((x) => x.index === p.index) &&
      !chipMakers.has(p.id) &&
      // "the Alibaba-backed developer": an investor named to describe the firm is not a party.
      !DESCRIBES_AFTER.test(text.slice(p.end, p.end + 12)) &&
      // "WeBank, the lender in which Tencent Holdings is the largest shareholder, has ordered": a name inside an appositive describes the firm before it.
      !APPOSITIVE_BEFORE.test(text.slice(Math.max(s.start, p.index - 90), p.index)) &&
      !inComparisonList(text, s, p, s.names.parties),
  );
}
