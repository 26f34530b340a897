/**
 * Orders told of buyers at large: "同一时期，中国企业向英伟达下单的总量超过200万颗", "Chinese companies
 * have ordered more than 2 million". Named holders earlier in the sentence (the three approved
 * firms) are not the buyers of a figure whose own clause names Chinese firms in general; it is
 * the unattributed orders the ledger tracks.
 */
import type { CandidateEvent } from './candidate.js';
import { HAN_CLAUSE_SPACE } from './text-units.js';

const GENERIC_BUYERS =
  /中国企业|中国公司|国内企业|内地企业|内地公司|大陆企业|大陆公司|国内订单|国内买家|国内客户|中资企业|中国买家|中国客户|\bChinese (?:firms|companies|buyers|customers|tech (?:firms|companies|groups)|groups)\b/i;
// (A headline's colon and the space between its Chinese clauses end a clause too: …获准逾40万颗 国内订单曾超200万颗.)
const CLAUSE_BREAK = new RegExp(String.raw`[，；。,;.：:]|${HAN_CLAUSE_SPACE}`, 'gu');

/**
 * Drops the holders of an order figure whose own clause names buyers in general and none of them, and of goods delivered
 * to the waiting firms at large (将发往长三角多家企业的数据中心): both are the unattributed orders the ledger tracks.
 */
export function genericBuyers(folded: CandidateEvent[], text: string, waitingParty?: string): void {
  for (const c of folded) if (c.kind === 'delivery' && waitingParty && c.holders.length && c.holders.every((h) => h.value === waitingParty)) c.holders = [];
  for (const c of folded) {
    if (!c.holders.length || c.quantity?.role !== 'order') continue;
    const words = c.quantity.words;
    // The figure may be told more than once (a headline, then the body): any telling's clause may name the buyers.
    for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      let start = 0;
      for (const m of text.slice(0, at).matchAll(CLAUSE_BREAK)) start = m.index + 1;
      const clause = text.slice(start, at + words.length);
      if (GENERIC_BUYERS.test(clause) && !c.holders.some((h) => clause.includes(h.words))) {
        c.holders = [];
        break;
      }
    }
  }
}
