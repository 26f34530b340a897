/** A buyer's own denial of an order or a delivery: a fact about that buyer even without a figure. */
import type { CandidateEvent } from './candidate.js';

// "denies", 否认, 从未, 没有, 尚未 ("not yet ordered"): a buyer's own denial, not a report called untrue (不实) or a bare 未.
const OWN_DENIAL = /^(?:den\w*|否认|从未|并未|尚未|没有|未曾|从没|从来没有|never|has not|have not|had not|did not|not yet)/iu;

/** A buyer named and denying an order or a delivery it is said to have had ("XD Inc denies placing an order", 蜜雪集团否认采购). */
export function deniedByBuyer(c: CandidateEvent, chipMakers: ReadonlySet<string>): boolean {
  return (
    (c.kind === 'order' || c.kind === 'delivery') &&
    c.certainty === 'denied' &&
    c.holders.length > 0 &&
    c.holders.every((h) => !chipMakers.has(h.value)) &&
    (OWN_DENIAL.test(c.certaintyWords ?? '') ||
      // 公司未向英伟达采购, 未签订任何采购协议: a bare 未 before buying words is the buyer's own "did not order".
      (c.kind === 'order' && /^(?:未|not)$/iu.test(c.certaintyWords ?? '')))
  );
}
