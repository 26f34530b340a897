/**
 * Another country's deal told in a sentence ("Japan clears SoftBank purchase", "ship H200
 * servers to Tencent Cloud in Singapore"): it is not about the tracked records.
 */
import { inRange, lexHasChina, placeAroundHalt, SIDE_CLAUSE_BEFORE, type Sentence } from './actors.js';
import type { Hit } from './phrase-index.js';
import type { Trigger } from './trigger.js';

const TO_BUYER_IN = /\b(?:to|for)\s+(?:[\p{L}'’-]+\s+){1,4}in\s+(?:\p{Lu}[\p{L}'’-]+,\s+)?$/iu;
const POSSESSIVE_BEFORE = /(?:'s|’s)\s+$/u;
const SITE_AFTER = /^\s+(?:region|data cent|site|facility|campus|cluster)/i;
const INTO_BETWEEN = /^(?:\s*(?:to|in|into|at)\s+(?:the\s+)?)?$/i;

/**
 * The country whose deal the sentence tells, if another's: goods granted, ordered or delivered
 * to a buyer's site abroad, or a sentence that names another country and not China outside a
 * side clause. Conditions, revocations and suspensions are never read as abroad by the first test.
 */
export function abroadCountry(text: string, s: Sentence, sTriggers: readonly Trigger[], countries: readonly Hit[]): Hit | undefined {
  const abroad =
    !sTriggers.some((t) => t.original === 'grant' || t.original === 'delivery' || t.original === 'order') ||
    sTriggers.some((t) => t.original.startsWith('condition_') || t.original === 'revocation' || t.original === 'suspension')
      ? undefined
      : countries.find(
          (h) =>
            inRange(h, s) &&
            (TO_BUYER_IN.test(text.slice(Math.max(s.start, h.index - 60), h.index)) ||
              // "to Tencent Cloud's Singapore region"
              (POSSESSIVE_BEFORE.test(text.slice(Math.max(s.start, h.index - 3), h.index)) && SITE_AFTER.test(text.slice(h.end, h.end + 14))) ||
              // 运抵泰国, "arrived in Thailand": goods delivered into another country.
              sTriggers.some((t) => t.original === 'delivery' && t.end <= h.index && INTO_BETWEEN.test(text.slice(t.end, h.index)))),
        );
  return (
    abroad ??
    (!lexHasChina(text, s)
      ? countries.find((h) => inRange(h, s) && !SIDE_CLAUSE_BEFORE.test(text.slice(s.start, h.index)) && !placeAroundHalt(text, h, sTriggers))
      : undefined)
  );
}
