/**
 * The approval behind a purchase: "Tencent orders 90,000 more H200s … the chips would count against the
 * import quota Beijing granted it in January", 订单在其已获批的进口额度之内. An order or a delivery told
 * of the holders of a tracked approval names that approval to place the purchase; the approval is no news.
 */
import { isActiveApproval } from '../../core/lifecycle.js';
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import { ANOTHER_APPROVAL } from './retold.js';
import { sentenceAt } from './text-units.js';

const PURCHASE_KINDS = new Set(['order', 'delivery']);

/** Whether the ledger holds an active approval of `itemId` whose holders include every one of `holderIds`. */
export function holdsActiveApproval(state: LedgerState, itemId: string, holderIds: readonly string[]): boolean {
  return Object.values(state.authorization).some((a) => a.itemId === itemId && isActiveApproval(a.status) && holderIds.every((h) => a.holderIds.includes(h)));
}

/**
 * The clause after the headline that holds `words` (from the comma before them to their end), or
 * undefined when they are only in the headline.
 */
function bodyClause(text: string, words: string, titleEnd: number): string | undefined {
  const at = text.indexOf(words, titleEnd);
  if (at < 0) return undefined;
  const range = sentenceAt(text, at);
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
    if (holdsActiveApproval(state, c.item.value, ids)) cands.splice(i, 1);
  }
}

// "Tencent Orders … After Beijing's Sign-Off", 获批后即下单: an approval named as what came before.
const AFTER_BEFORE = /\b(?:after|following|since)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}$/iu;
const AFTER_ZH = /^(?:之)?后/u;

/**
 * Drops a grant with no quantity and no terms told as what came before ("after Beijing's sign-off",
 * 获批后), whose holders all hold an active approval of the item on record: the approval on record,
 * named as background, is no news. A further approval ("a further batch", 追加) is kept.
 */
export function approvalsBefore(cands: CandidateEvent[], state: LedgerState, text: string): void {
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (c.kind !== 'grant' || c.quantity || c.conditions.length || !c.item || !c.holders.length || c.certainty === 'denied') continue;
    const at = text.indexOf(c.trigger);
    if (at < 0) continue;
    const before = text.slice(Math.max(0, at - 40), at);
    const after = AFTER_BEFORE.exec(before);
    if (!after && !AFTER_ZH.test(text.slice(at + c.trigger.length))) continue;
    // "after Beijing approved a further batch", 追加获批后: a further approval is news, background or not.
    const own = after
      ? text.slice(at - after[0].length, at + c.trigger.length + 30).split(/[.。;；!?！？\n]/u)[0]!
      : text.slice(Math.max(0, at - 4), at + c.trigger.length);
    if (ANOTHER_APPROVAL.test(own)) continue;
    const ids = c.holders.map((h) => h.value);
    if (holdsActiveApproval(state, c.item.value, ids)) cands.splice(i, 1);
  }
}

// "half of the 512 it was cleared to import", 已获批芯片的到货: the approval told as what describes the goods.
const DESCRIBES_BEFORE = /\b(?:it|they|we|which|that)\s+(?:was|were|had been|has been|have been)\s+$/i;
const DESCRIBES_AFTER = /^(?:的)?(?:芯片|H\d{2,3}|英伟达|服务器)|^\s+(?:H\d{2,3}s?|chips|GPUs|Nvidia)\b/i;

/**
 * Drops a grant with no quantity and no terms that only describes the goods a delivery or an order of the same
 * holders brings ("has received 256 Nvidia H200 chips, half of the 512 it was cleared to import", 已获批芯片的到货):
 * the approval is the goods' history, whether or not the ledger tracks it.
 */
export function approvalsDescribingGoods(cands: CandidateEvent[], text: string, titleEnd: number): void {
  const buyers = new Set(cands.filter((c) => PURCHASE_KINDS.has(c.kind) && c.certainty !== 'denied').flatMap((c) => c.holders.map((h) => h.value)));
  if (!buyers.size) return;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (c.kind !== 'grant' || c.quantity || c.conditions.length || c.certainty === 'denied' || !c.holders.some((h) => buyers.has(h.value))) continue;
    const at = text.indexOf(c.trigger, titleEnd);
    if (at < 0) continue;
    if (DESCRIBES_BEFORE.test(text.slice(Math.max(0, at - 24), at)) || DESCRIBES_AFTER.test(text.slice(at + c.trigger.length, at + c.trigger.length + 12)))
      cands.splice(i, 1);
  }
}
