/**
 * "has taken delivery of its first H200 servers from Inspur", "orders 10,000 H200 servers from Lenovo", 联想向阿里云交付首批
 * H200服务器: the firm the goods come from is the supplier, not a holder, when the buyer is named too.
 */
import type { CandidateEvent } from './candidate.js';

// (After the goods or the trigger, in its clause: "…servers from Inspur", "…via Lenovo". Not "by": "orders placed by
// ByteDance" names the buyer.)
const FROM_BEFORE = /\b(?:from|via|through)\s+$/i;
// (Its subject, delivering to the buyer: 联想向阿里云交付, 浪潮已为字节跳动供货.)
const ZH_SUPPLIES_AFTER = /^\s*(?:已|将|正式|首次|再次|陆续)?(?:向|为)[^，。；,;]{1,20}?(?:交付|交货|供货|发货|出货|供应|提供)/u;

/** Drops from an order's or a delivery's holders the firms named as its suppliers, when a buyer is left. */
export function suppliersApart(folded: CandidateEvent[], text: string): void {
  for (const c of folded) {
    if ((c.kind !== 'order' && c.kind !== 'delivery') || c.holders.length < 2) continue;
    const at = text.indexOf(c.trigger);
    const buyers = c.holders.filter((h) => {
      const i = text.indexOf(h.words);
      if (i < 0) return true;
      const supplied = i > at && at >= 0 && FROM_BEFORE.test(text.slice(Math.max(at, i - 8), i)) && !/[;，；。]|,(?!\d{3})/u.test(text.slice(at, i));
      return !supplied && !ZH_SUPPLIES_AFTER.test(text.slice(i + h.words.length, i + h.words.length + 30));
    });
    if (buyers.length && buyers.length < c.holders.length) c.holders = buyers;
  }
}
