/**
 * Decisions told away from the goods: "China Express wins CAAC nod for 14 new regional routes …
 * after reports that it had lost its licence to import Nvidia H200 chips", 康师傅获商务部食糖进口关税配额3万吨 …
 * 公司用到的英伟达H200算力均向云服务商租用. The item is named, but only in a sentence that tells no such
 * decision; the decision's own sentence names no chip, so it is about what that sentence names.
 */
import type { Hit } from './phrase-index.js';
import type { Range } from './text-units.js';
import type { Trigger } from './trigger.js';

// Words that name the goods without the item's name ("the chips", 芯片, 物项 in a ministry notice).
const GOODS_WORDS = /芯片|算力卡|加速卡|显卡|GPU|物项|\bchips?\b|processors?|accelerators?|semiconductors?|\bH\d{2,3}\b/i;
// "该申请…不予批准", "has approved the company's application", 达梦数据的申请…予以许可: a decision about a request the item
// told already.
const REFERS_BACK =
  /(?:[该此这][项份笔]?|该公司的?|其)(?:进口)?(?:申请|许可|请求|批文)|(?<![部局委署])的(?:进口)?申请|\b(?:the|its|their|that|this)\s+(?:[\p{L}-]+(?:'s|’s)\s+)?(?:(?:import|export|purchase)\s+)?(?:applications?|requests?|licen[cs]es?|permits?|approvals?)\b/iu;
// "Beijing rejects Spring Airlines request": a decision on a request the item tells of the goods.
const REQUEST = /\b(?:requests?|applications?|bids?)\b|申请|请求/i;
const DECISIONS = new Set(['grant', 'denial', 'suspension', 'revocation', 'application']);

/**
 * Whether trigger `t` is a decision told away from the goods: its sentence names neither the item,
 * chips nor a tracked holder (`trackedHere`), does not refer back to a request, and no sentence that does name the goods tells a
 * decision of the same kind (or, for a decision on a request, the request). Old news retold is left to the restatement rules.
 */
export function awayFromGoods(t: Trigger, triggers: readonly Trigger[], text: string, items: readonly Hit[], trackedHere: boolean): boolean {
  const noGoods = (r: Range) => !items.some((i) => i.index >= r.start && i.end <= r.end) && !GOODS_WORDS.test(text.slice(r.start, r.end));
  // A tracked holder's decision ("Separately, it suspended ByteDance's purchases") is news about it.
  if (trackedHere || t.kind === 'restatement' || !DECISIONS.has(t.original) || !noGoods(t.sentence)) return false;
  const words = text.slice(t.sentence.start, t.sentence.end);
  if (REFERS_BACK.test(words)) return false;
  // (A decision on the goods retold as old news, 本月早些时候还披露…获许可, does not make this one about them; a
  // request for the goods made earlier, 此前提交了…申请, is still the request this one decides.)
  const told = (kind: string, retoldToo = false) =>
    triggers.some((o) => o.original === kind && (retoldToo || o.kind !== 'restatement') && !noGoods(o.sentence));
  return !told(t.original) && !(REQUEST.test(words) && told('application', true));
}
