/**
 * Goods a named buyer is told to receive later, or goods described by their arrival: 预计从明年
 * 一季度起陆续交付, 将于明年上半年前分批交付, 交付排期已排至年底, 交付会分批进行, 何时交付要看…, "will be delivered", "the chips
 * already delivered", and deliveries said to go as planned (交付正常推进). Without a figure, such words tell no delivery of their own.
 */
import type { CandidateEvent } from './candidate.js';
import { sentenceAt, type Range } from './text-units.js';

const FUTURE_BEFORE =
  /(?:预计|将于|将在|将会|将|计划|有望|拟|陆续|分批|何时|什么时候|能否|是否|\b(?:will|would|to be|expected|scheduled|due|set) to\b|\bwill be\b|\bbefore being\b)[^，。；,;.]{0,16}$/i;
// 交付分三期完成: deliveries laid out in phases are a schedule, not an arrival.
// (交付将分三个季度完成, 交付节奏仍取决于…, 交付排到二季度: spread over time, paced, or booked ahead; 部分交付可能延后至三季度,
// 交付将排在首批货物之后, "deliveries may be pushed back": put off, so nothing has arrived; 交货须待进口许可落地: waiting on
// something first.)
const SCHEDULE_AFTER =
  /^[^，。；,;.]{0,4}(?:排期|时间表|计划|节奏|进度|排到|排至|排在|延后|推迟|延迟|延至|顺延|押后|\s+schedule)|^[^，。；,;.]{0,2}(?:须待|需待|有待|尚待|仍待|须等|需等)|^(?:将|会|预计)?分[\d一二三四五六七八九十两]+个?(?:期|批|阶段|季度|个月|年)|^(?:将|会|预计|也将|将会)?分批|^\s+(?:(?:could|may|might|will|would|is|are|were|was|has|have)\s+(?:be\s+|been\s+)?)?(?:delayed|pushed back|postponed|put off)\b/i;
// "waits for imported Nvidia processors to arrive", 等待…到货: an arrival waited for.
const WAITED_FOR = /\bwait(?:s|ing|ed)?\s+for\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}to\s+$|等待[^，。；,;]{0,16}$/iu;
// "the chips already delivered", 已到货的芯片: the arrival describes the goods named with it.
const DESCRIBES_GOODS = /\b(?:chips?|processors?|gpus?|units|hardware|servers?)\s+(?:already\s+)?$/i;
// "booking 21,000 H200s for pre-June delivery", "for delivery before June": the delivery an order is placed for is still to come.
const FOR_DELIVERY_BEFORE = /\bfor\s+(?:[\p{L}\p{N}-]+\s+){0,2}$/iu;
const PRESENT_ARRIVAL = /^(?:arrive|arrives|go live|goes live|land|lands|reach|reaches)$/i;
// (已交付芯片的实际用途: the goods delivered, named as what something else is about; 到货数量以…额度为上限: how many may
// arrive, a measure, not an arrival.)
const DESCRIBES_GOODS_AFTER =
  /^的(?:英伟达)?(?:H\d{2,3})?(?:芯片|服务器|设备|算力)|^(?:的)?(?:英伟达)?(?:H\d{2,3})?(?:芯片|服务器|设备)的|^(?:数量|规模|总量)/u;

/** Whether the delivery word `words` in sentence `s` tells goods still to come, or describes goods, rather than an arrival. */
export function deliveryToCome(text: string, s: Range, words: string): boolean {
  const at = text.indexOf(words, s.start);
  if (at < 0 || at >= s.end) return false;
  const before = text.slice(Math.max(s.start, at - 24), at);
  const after = text.slice(at + words.length, at + words.length + 24);
  return (
    FUTURE_BEFORE.test(before) ||
    (/^deliver(?:y|ies)$/i.test(words) && FOR_DELIVERY_BEFORE.test(before)) ||
    SCHEDULE_AFTER.test(after) ||
    // ("first H200 servers arrive", "…servers go live": goods told as the subject of a present-tense arrival arrived.)
    (DESCRIBES_GOODS.test(before) && !PRESENT_ARRIVAL.test(words)) ||
    DESCRIBES_GOODS_AFTER.test(after) ||
    WAITED_FOR.test(text.slice(Math.max(s.start, at - 60), at))
  );
}

// 芯片到货和部署均按原计划推进, 交付正常推进, "deliveries are proceeding as planned": how deliveries go, no arrival told.
const ON_PLAN_AFTER =
  /^[^，。；,;.]{0,6}?(?:均|都|也|仍)?(?:按(?:原)?计划|按期|如期|照常|正常|有序)(?:推进|进行|开展)?|^\s+(?:(?:is|are|was|were|remain|remains)\s+)?(?:proceeding|continuing|going ahead|on (?:track|schedule)|as (?:planned|scheduled|normal)|unaffected)\b/i;

/** Whether the delivery word `words` in sentence `s` says only that deliveries go as planned. */
export function deliveryOnPlan(text: string, s: Range, words: string): boolean {
  const at = text.indexOf(words, s.start);
  return at >= 0 && at < s.end && ON_PLAN_AFTER.test(text.slice(at + words.length, at + words.length + 40));
}

/**
 * 已通过代理商向英伟达下单H200芯片，数量在2000颗左右，交货须待进口许可落地: the figure a named buyer's order has is not also
 * goods delivered to nobody named (or to the same buyer), when the delivery word tells goods still to come.
 */
export function deliveriesOfOrderedFigures(cands: CandidateEvent[], text: string): void {
  for (let i = cands.length - 1; i >= 0; i--) {
    const d = cands[i]!;
    if (d.kind !== 'delivery' || !d.quantity || d.certainty === 'denied') continue;
    // (The delivery may name the buyer too: the goods still to come are the same buyer's order.)
    const ordered = cands.some(
      (o) =>
        o.kind === 'order' &&
        o.holders.length &&
        o.quantity?.value === d.quantity!.value &&
        d.holders.every((h) => o.holders.some((oh) => oh.value === h.value)),
    );
    const at = text.indexOf(d.trigger);
    const s = at >= 0 ? sentenceAt(text, at) : undefined;
    if (ordered && s && deliveryToCome(text, s, d.trigger)) cands.splice(i, 1);
  }
}
