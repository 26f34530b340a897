/**
 * A permission named in Chinese as what is asked for, awaited or not yet come (申请H200额度, 等待H200批文的企业, 批文未到,
 * 方可获发H200批文): the noun names the permission a request or a wait is about, no grant.
 */
import type { Hit } from './phrase-index.js';

const PERMIT_NOUN = /^(?:额度|配额|批文|许可|许可证|进口许可|进口批文|进口额度)$/u;
// In the same clause, up to twelve characters before the noun: a request, a wait, or the condition for receiving it.
// (未申请也未获得H200进口额度: a receiving verb between them makes the noun what was, or was not, received.)
const SOUGHT_BEFORE = /(?:申请|争取|申领|求取|等待|等候|候批|期盼|期待|排队|方可|才能|才可)(?:(?!获|拿到|取得|收到)[^，。；,;：:！？!?\s]){0,12}$/u;
// Right after the noun: not come yet.
const NOT_YET_AFTER = /^(?:仍未|尚未|还未|迟迟未|未)(?:到|下|发|批)/u;
// Right after the noun: handed out after all (申请的H200额度已下发).
const GIVEN_AFTER = /^(?:已经?|均|正式)?(?:下发|获批|批下|到手|落地|发放|核发|批复|到位)/u;

/** Whether a grant trigger is a permission noun sought, awaited or not yet come. */
export function soughtPermit(hit: Hit, text: string): boolean {
  if (!PERMIT_NOUN.test(hit.words)) return false;
  const after = text.slice(hit.end, hit.end + 8);
  if (GIVEN_AFTER.test(after)) return false;
  return NOT_YET_AFTER.test(after) || SOUGHT_BEFORE.test(text.slice(Math.max(0, hit.index - 24), hit.index));
}
