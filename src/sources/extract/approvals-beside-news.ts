/**
 * An approval on record named beside an item's own news: "Tencent has placed orders for 150,000 more H200s beyond its
 * share of the group approval", "approvals held by ByteDance, Alibaba and Tencent had not been suspended", 交货数量以北京
 * 核准的进口额度为上限. The item tells something else about the holders (an order, a delivery, a request, a term, a
 * suspension, a stock figure); the approval they already hold is what that news is told against, not news of its own.
 */
import type { LedgerState } from '../../core/model.js';
import { holdsActiveApproval } from './approval-behind-purchase.js';
import type { CandidateEvent } from './candidate.js';
import { ANOTHER_APPROVAL } from './retold.js';

const NEWS_BESIDE = new Set(['order', 'delivery', 'supply', 'application', 'suspension', 'revocation', 'condition_proposed', 'condition_agreed']);

/** The words just around a trigger, inside its clause: where a further approval ("more", 追加, 上调) would be told. */
function around(text: string, words: string): string {
  const at = text.indexOf(words);
  if (at < 0) return '';
  const before =
    text
      .slice(Math.max(0, at - 20), at)
      .split(/[,，.。;；:：!?！？\n]/u)
      .at(-1) ?? '';
  const after = text.slice(at + words.length, at + words.length + 12).split(/[,，.。;；:：!?！？\n]/u)[0] ?? '';
  return `${before}${words}${after}`;
}

/**
 * Drops a grant with no figure whose holders all hold an active approval of its item on record, when the item tells
 * another event of one of those holders and no words of a further approval stand around the grant's trigger.
 */
export function approvalsBesideNews(cands: CandidateEvent[], state: LedgerState, text: string): void {
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (c.kind !== 'grant' || c.quantity || !c.item || !c.holders.length) continue;
    const ids = c.holders.map((h) => h.value);
    const news = cands.some((o) => o !== c && NEWS_BESIDE.has(o.kind) && o.holders.some((h) => ids.includes(h.value)));
    if (!news || ANOTHER_APPROVAL.test(around(text, c.trigger))) continue;
    if (holdsActiveApproval(state, c.item.value, ids)) cands.splice(i, 1);
  }
}
