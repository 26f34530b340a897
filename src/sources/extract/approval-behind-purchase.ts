/**
 * The approval behind a purchase: "Tencent orders 90,000 more H200s … the chips would count against the
 * import quota Beijing granted it in January", 订单在其已获批的进口额度之内. An order or a delivery told
 * of the holders of a tracked approval names that approval to place the purchase; the approval is no news.
 */
import { isActiveApproval } from '../../core/lifecycle.js';
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import { ANOTHER_APPROVAL } from './retold.js';
import { sentences } from './text-units.js';

const PURCHASE_KINDS = new Set(['order', 'delivery']);

/**
 * The clause after the headline that holds `words` (from the comma before them to their end), or
 * undefined when they are only in the headline.
 */
function bodyClause(text: string, words: string, titleEnd: number): string | undefined {
  const at = text.indexOf(words, titleEnd);
  if (at < 0) return undefined;
  const range = sentences(text).find((r) => r.start <= at && at < r.end);
  const start = Math.max(range?.start ?? 0, ...[',', '，', '、'].map((p) => text.lastIndexOf(p, at)));
  return text.slice(start, at + words.length + 12);
}

/**
 * Drops a grant told only after the headline, with no quantity and no terms, whose holders all hold an
 * active approval of the item on record, in an item that tells an order or a delivery by one of them;
 * a grant whose own clause says the approval is a further one ("more", 追加) is kept.
 */
export function approvalsBehindPurchases(cands: CandidateEvent[], state: LedgerState, text: string, titleEnd: number): void {
  const buyers = new Set(cands.filter((c) => PURCHASE_KINDS.has(c.kind)).flatMap((c) => c.holders.map((h) => h.value)));
  if (!buyers.size) return;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (c.kind !== 'grant' || c.quantity || c.conditions.length || !c.item || !c.holders.length) continue;
    if (!c.holders.some((h) => buyers.has(h.value))) continue;
    // "the import quota Beijing granted it": the words of a further approval count in the grant's own clause.
    const clause = bodyClause(text, c.trigger, titleEnd);
    if (!clause || ANOTHER_APPROVAL.test(clause)) continue;
    const ids = c.holders.map((h) => h.value);
    const held = Object.values(state.authorization).some(
      (a) => a.itemId === c.item!.value && isActiveApproval(a.status) && ids.every((h) => a.holderIds.includes(h)),
    );
    if (held) cands.splice(i, 1);
  }
}
