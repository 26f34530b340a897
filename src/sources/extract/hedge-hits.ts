/**
 * Hedge words of an item ("may", 拟, 考虑), without those that hedge nothing: the month "May",
 * a planned use, "in view of".
 */
import { lexicon } from './lexicon.js';
import { hits, type Hit } from './phrase-index.js';

const MAY_MONTH = /^may$/i;
// (芯片拟训练冷链预警模型, 拟主要用于: what the goods will train or serve is their use.)
const PLANNED_USE_AFTER = /^(?:将)?(?:用于|主要用于|用来|投入|部署于|部署在|训练|服务于)|^(?:采购|进口|购买|引进|订购)的/u;

/** Hedge hits, without the month "May". */
export function hedgeHits(text: string): Hit[] {
  return hits(lexicon().hedge, text).filter(
    (h) =>
      !(
        MAY_MONTH.test(h.words) &&
        /^May$/.test(h.words) &&
        (/^\s+\d/.test(text.slice(h.end)) || /\b(?:in|since|by|until|from|of|early|late|mid|end|last|next|this)\s+$/i.test(text.slice(0, h.index)))
      ) &&
      // 计划用于协同办公, 拟采购的芯片数量不大: a planned use, or the goods described by the plan, hedge nothing told.
      !(/^(?:计划|拟|打算)$/u.test(h.words) && PLANNED_USE_AFTER.test(text.slice(h.end, h.end + 8))) &&
      // 考虑到交付周期: "in view of", a reason given, not a deliberation.
      !(/^考虑$/u.test(h.words) && text[h.end] === '到') &&
      // 屿汀数据称已递交…: a firm named …数据 saying so is no 据称, "reportedly".
      !(/^据(?:称|传|报)/u.test(h.words) && text[h.index - 1] === '数') &&
      !consideration(text, h),
  );
}

/** 商务部的考虑是什么, 出于安全考虑: 考虑 as a noun (the reasons asked about or given), not a deliberation. */
export function consideration(text: string, h: Hit): boolean {
  return (
    /^考虑$/u.test(h.words) &&
    (/(?:的|出于|基于|方面的?)$/u.test(text.slice(Math.max(0, h.index - 3), h.index)) || /^(?:是什么|因素|在于|有哪些)/u.test(text.slice(h.end, h.end + 3)))
  );
}
