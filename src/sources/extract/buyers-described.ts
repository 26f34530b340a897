/**
 * Approvals that describe the buyers of goods on the move: "shipments have left for customers in China that hold both
 * US export licences and Chinese import approvals", 收货企业已取得相关进口许可, "First H200s said to clear Chinese customs".
 * In an item that tells a delivery, an approval the buyers are said to hold is who they are, not a decision, and goods
 * that clear customs arrive; neither is a grant. Nor are goods named by their approval (获批进口的英伟达H200已到货,
 * "its first batch under Beijing's import approval").
 */
import type { CandidateEvent } from './candidate.js';

// "customers that hold … approvals", "buyers who already have licences", 收货企业已取得…许可: the buyers' approval as a
// description (the verb may open the approval's own words).
const HELD_BEFORE =
  /\b(?:that|which|who)\s+(?:already\s+|each\s+|all\s+)?(?:hold|holds|held|have|has|possess)\b[^.;]{0,60}$|(?:企业|客户|买家|买方|单位)(?:均|已|均已|已经)*(?:取得|获得|持有|具备)[^，。；]{0,10}$|(?:收货|进口|采购)(?:企业|客户|单位)(?:均|已|均已|已经)*$/i;
// "said to clear Chinese customs": goods clearing customs arrive.
const CUSTOMS_AFTER = /^\s+(?:[\p{L}'’-]+\s+){0,2}customs\b/iu;
// 获批进口的英伟达H200已到货, "its first batch under Beijing's import approval": the approval names which goods arrive.
const GOODS_DESCRIBED_AFTER = /^(?:进口|采购|引进|购买)?的/u;
const UNDER_APPROVAL_BEFORE = /\bunder\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

/** Drops the grants an item telling a delivery uses to describe its buyers, or that are goods clearing customs. */
export function approvalsHeldByBuyers(cands: CandidateEvent[], text: string): void {
  if (!cands.some((c) => c.kind === 'delivery' && c.certainty !== 'denied')) return;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (c.kind !== 'grant' || c.certainty === 'denied') continue;
    const at = text.indexOf(c.trigger);
    if (at < 0) continue;
    const after = text.slice(at + c.trigger.length);
    if (
      HELD_BEFORE.test(text.slice(Math.max(0, at - 80), at)) ||
      CUSTOMS_AFTER.test(after) ||
      (/^获(?:批|准)$/u.test(c.trigger) && GOODS_DESCRIBED_AFTER.test(after)) ||
      (/^(?:approvals?|licen[cs]es?|permits?)$/i.test(c.trigger) && UNDER_APPROVAL_BEFORE.test(text.slice(Math.max(0, at - 40), at)))
    )
      cands.splice(i, 1);
  }
}
