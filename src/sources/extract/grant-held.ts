/**
 * Grant words that name the permission a firm already holds, asks for or works within rather than a grant told: a quota as
 * the bound of a purchase or as a time (获批额度内, 在额度确定后), "its share of the joint approval", goods described by the
 * permission they came under ("the processors it was cleared to import", "the 1,128 it was cleared to import", "its 40
 * approved H200s"), a grant a concession would buy (换取H200放行, "in exchange for approval"), a grant hoped for (希望…再获准)
 * and a quota used up in part or left over (用掉一半获批额度, 剩余额度). (The approved number a firm keeps to, 按照已获批的数量,
 * is set aside with the other measures of a use in lookalike-triggers.ts.)
 */
import type { Hit } from './phrase-index.js';
import type { Range } from './text-units.js';
import { ATTRIBUTIVE, GRANT_NOUN, QUOTA_WORD } from './told-patterns.js';

const QUOTA_AS_BOUND_AFTER = /^(?:内|之内|以内|范围内|确定后|敲定后|下发后)/u;
const SHARE_OF_BEFORE = /\bshare\s+of\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const GOODS_PERMITTED_BEFORE =
  /\b(?:chips|processors|H\d+s?|GPUs|accelerators|servers|units|the\s+\d[\d,.]*)\s+(?:that\s+|which\s+)?(?:it|they|the\s+company|the\s+firm)\s+(?:was|were|had\s+been|has\s+been)\s+$/i;
const IN_EXCHANGE_BEFORE = /(?:换取|以换取|换得)(?:英伟达)?(?:H\d+)?$|\bin\s+(?:exchange|return)\s+for\s+(?:\S+\s+){0,3}$/iu;
// ("the first part of its approved import", "its cleared allotment": the amount a permission covers, named by it.)
const GOODS_AFTER = /^\s*(?:Nvidia\s+)?(?:H\d+s?|chips|processors|GPUs|accelerators|imports?|allotment|allocation|volume|total)\b/i;
// ("155,000 of Beijing's approved H200s": a share of the chips another's permission covers is an allocation, so only a
// determiner, and a count, may stand before.)
const OWN_GOODS_BEFORE = /\b(?:the|its|their|all)\s+(?:all\s+)?(?:\d[\d,.]*\s+)?$/i;
// 首期用掉一半获批额度, 已动用部分获批额度, 合计用满获批的进口额度, 剩余额度将视进度再行采购: a quota used up in part, or what is left of it, is
// the measure of a purchase, not a grant told.
const USED_QUOTA_BEFORE =
  /(?:(?:用掉|用了|用去|用完|用满|用尽|用足|消耗|动用|占用|耗用)了?(?:一半|大半|近半|部分|约?[一二三四五六七八九十\d]+成)?|剩余|余下|剩下)的?(?:获批|获准|批准)?的?(?:进口)?$/u;
const HOPED_BEFORE = /(?:希望|争取|寻求|谋求|期望|盼望)[^，。；,;]{0,30}$/u;

/** Whether grant trigger `hit`, in sentence `s`, names a permission held, asked for or worked within. */
export function grantHeld(text: string, s: Range, hit: Hit): boolean {
  return (
    (QUOTA_WORD.test(hit.words) && QUOTA_AS_BOUND_AFTER.test(text.slice(hit.end, hit.end + 3))) ||
    (GRANT_NOUN.test(hit.words) && SHARE_OF_BEFORE.test(before(text, s, hit, 40))) ||
    GOODS_PERMITTED_BEFORE.test(before(text, s, hit, 50)) ||
    IN_EXCHANGE_BEFORE.test(before(text, s, hit, 30)) ||
    (ATTRIBUTIVE.test(hit.words) && GOODS_AFTER.test(text.slice(hit.end, hit.end + 20)) && OWN_GOODS_BEFORE.test(before(text, s, hit, 20))) ||
    HOPED_BEFORE.test(before(text, s, hit, 32)) ||
    (USED_QUOTA_BEFORE.test(before(text, s, hit, 10)) && /^[^，。；,;]{0,5}?(?:额度|配额)/u.test(text.slice(hit.index, hit.end + 8)))
  );
}

// Up to `n` characters before the hit, within its sentence (module-level, not a closure: tsx names each closure made).
function before(text: string, s: Range, hit: Hit, n: number): string {
  return text.slice(Math.max(s.start, hit.index - n), hit.index);
}
