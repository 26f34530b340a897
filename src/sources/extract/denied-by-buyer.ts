/** A buyer's own denial of an order or a delivery: a fact about that buyer even without a figure. */
import type { CandidateEvent } from './candidate.js';
import { POSTPOSITIVE_DENIAL } from './told-patterns.js';

// "denies", 否认, 从未, 没有, 尚未 ("not yet ordered"): a buyer's own denial, not a report called untrue (不实) or a bare 未.
// ("rejects report it placed …": the buyer rejecting the report of its own order; "Says It Hasn’t Signed": the contraction;
// 并无新增订单: the buyer saying its order is none.)
const OWN_DENIAL =
  /^(?:den\w*|reject\w*|否认|从未|并未|并无|尚未|没有|未曾|从没|从来没有|never|has not|have not|had not|did not|not yet|(?:has|have|had|did)?n['’]t)/i;

// "no fresh H200 order", "No Extra Batch on Order": a further order said to be none, the answer to a report of one ("no order
// has been placed" while a purchase is weighed is no denial); "no H200 orders beyond its first batch" likewise.
const NO_FURTHER = /\bno\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:fresh|new|extra|additional|further|second|follow-on)\b[^.;!?]*$/iu;
const BEYOND = /^\s*beyond\b/iu;

/**
 * A buyer named and denying an order or a delivery it is said to have had ("XD Inc denies placing an order", 蜜雪集团否认采购).
 * `before` and `after`: the words just before and after the trigger in its sentence.
 */
export function deniedByBuyer(c: CandidateEvent, chipMakers: ReadonlySet<string>, before = '', after = ''): boolean {
  return (
    (c.kind === 'order' || c.kind === 'delivery') &&
    c.certainty === 'denied' &&
    c.holders.length > 0 &&
    c.holders.every((h) => !chipMakers.has(h.value)) &&
    (OWN_DENIAL.test(c.certaintyWords ?? '') ||
      // "Calls Report of Scaled-Back H200 Order 'Untrue'": a report of a named buyer's order called untrue in English denies that
      // order (不实 alone stays a report denied, as above).
      (c.kind === 'order' && POSTPOSITIVE_DENIAL.test(c.certaintyWords ?? '') && /^[a-z]/i.test(c.certaintyWords ?? '')) ||
      // 公司未向英伟达采购, 未签订任何采购协议: a bare 未 before buying words is the buyer's own "did not order".
      (c.kind === 'order' && /^(?:未|not)$/i.test(c.certaintyWords ?? '')) ||
      // "has placed no fresh order", "There Is No New Order": a bare "no" before a further order is the buyer's own none.
      (c.kind === 'order' && /^no$/i.test(c.certaintyWords ?? '') && (NO_FURTHER.test(before) || BEYOND.test(after))))
  );
}

// 鹏鹞环保：…, 立高食品回应：…: a firm heading its own reply.
const SPEAKER_HEAD = /^[\p{Script=Han}A-Za-z]{2,8}(?:回应|回复|澄清|声明|公告)?[：:]/u;

/**
 * 鹏鹞环保：网传公司订购英伟达H200一事不属实: a firm heading its reply calls the report of its own order untrue. Its 公司 is
 * the firm, so the order denied is the firm's, as if it had said "we never ordered".
 */
export function ownOrderRumourDenied(c: CandidateEvent, text: string, titleEnd: number): boolean {
  if (c.kind !== 'order' || c.certainty !== 'denied' || !SPEAKER_HEAD.test(text.slice(0, titleEnd))) return false;
  const at = text.indexOf(c.trigger);
  // (南大光电：公司未采购… 网传订单消息不实: the order the rumour tells, in the firm's own headline, is the firm's.)
  return at >= 0 && /(?:本?公司)[^，。；,;]{0,10}$|(?:网传|传闻|传言|市场传闻|有关|相关)$/u.test(text.slice(Math.max(0, at - 12), at));
}
