/**
 * The kind a trigger word has where its neighbours change it: clearing buyers is a grant, what customs clears arrives,
 * a permit received that the ministry counts as requests is a request, a request a withdrawal names is withdrawn.
 */
import type { CandidateKind } from './candidate.js';
import type { Named } from './named.js';
import type { Hit } from './phrase-index.js';
import type { Trigger } from './trigger.js';

// "Shenzhen customs says it cleared", "customs officers have cleared": customs speaking of what it cleared.
const CUSTOMS_CLEARED = /\bcustoms\b[^.;:]{0,30}$/i;
// (Within the sentence: 海关…完成查验，…证件齐全，已予放行 releases at the border after the inspection it told.)
const CUSTOMS_BEFORE = /(?:查验|验放|监管|申报|海关|口岸|关区|保税)(?:[^，。；]{0,16}|[^。；]{0,40}(?:已予|予以|准予)?)$/u;

// Who agrees: anyone but a body (商务部同意… is a consent given, not a duty accepted).
// (未经同意不得转让: a consent needed before something is a body's, too; 已经同意 is only "has agreed".)
const BODY_BEFORE =
  /(?:商务部|主管部门|监管部门|监管层|监管|当局|北京|政府|部门|海关|委员会|商务主管)[^，。；,;]{0,4}$|(?:未经|须经|需经|应经|(?<!已)经过?)[^，。；,;]{0,6}$/u;
// To what: a duty to report, file, pledge, buy alongside or sell only so.
// (同意按批次向商务部门缴纳履约保证金: money paid in against misuse is a duty too, however the payee is named.)
const DUTY_AFTER =
  /^(?:[^，。；,;]{0,4})(?:申报|报备|报告|承诺|提交|披露|接受|配套|搭配|搭购|采购国产|不得|不向|只向|仅向|按季|按月|每季|每月|定期)|^[^，。；,;]{0,10}(?:缴纳|缴付|预缴|缴存|保证金|押金)/u;

// What may stand between who agrees and its 同意: 腾讯据悉同意, 阿里巴巴已书面同意, 字节跳动表示同意.
const AGREEING_ADVERB = String.raw`(?:据悉|据称|据报|传|已经?|表示|书面|正式|均|都|也|亦|最终|原则上|愿意|\s)`;
// A firm, or firms, as who agrees (排队企业据悉同意…, 多家候批企业已书面同意…): they accept terms; they grant nothing.
const FIRMS_BEFORE = new RegExp(`(?:企业|公司|平台|厂商|厂家|买家|买方|巨头|大厂)${AGREEING_ADVERB}*$`, 'u');
// …unless what they agree to is the import itself or a request (企业同意进口…, 公司同意撤回申请).
const IMPORT_AFTER = /^[^，。；,;]{0,6}?(?:进口|采购|购买|申请|撤回)/u;
/** 同意机房常驻持证安全员 换取审批排期, 以求审批提速, "in return for a faster review": what is given in exchange for an approval. */
export const IN_EXCHANGE = /以?换取|以求|换来|作为交换|\bin (?:exchange|return) for\b/iu;
// The exchange told in the same clause, within forty characters after `at`.
function inExchangeAfter(text: string, at: number): boolean {
  const m = IN_EXCHANGE.exec(text.slice(at, at + 44));
  return !!m && !/[。；;]/u.test(text.slice(at, at + m.index));
}

// "has agreed to buy more than 47,000 of Nvidia's H200s", "Commits to 47,000-Plus H200s": a firm binding itself to buy a
// count of the chips themselves orders them (agreeing to buy domestic chips alongside them stays a term).
const AGREED_TO_BUY = /^(?:agree\w*\s+to\s+(?:buy|purchase)|commit\w*\s+to)$/i;
const COUNT_OF_CHIPS_AFTER =
  /^\s+(?:(?:buy|purchase|take)\s+)?(?:(?:more than|over|about|roughly|some|nearly|up to|at least|another)\s+)?\d[\d,.]*(?:-plus|\+)?(?:\s*(?:mn|million|k)\b)?\s+(?:(?:more|additional|extra|new)\s+)?(?:of\s+)?(?:(?:Nvidia|its|the)(?:['’]s)?\s+)?H\d{2,3}/i;

/** Whether the agreeing words at `hit` bind a firm to buy a count of the chips themselves (an order, not a term). */
export function buysCountOfChips(text: string, hit: Hit): boolean {
  return AGREED_TO_BUY.test(hit.words) && COUNT_OF_CHIPS_AFTER.test(text.slice(hit.end, hit.end + 60));
}

/** Settles, in place, the kind of each trigger kept where its neighbours decide it. */
export function settleKinds(out: { kind: CandidateKind; hit: Hit }[], text: string): void {
  // "China clears second batch of H200 importers": clearing buyers is a grant, not goods clearing customs.
  for (const t of out)
    if (
      t.kind === 'delivery' &&
      /^clear/i.test(t.hit.words) &&
      /^\s*(?:of\s+)?(?:\S+\s+){0,2}(?:importers|buyers|companies|firms|applicants)\b/i.test(text.slice(t.hit.end, t.hit.end + 40))
    )
      t.kind = 'grant';
  // 海关…查验放行, 口岸监管放行: goods released at the border arrive; they are not a permission granted.
  for (const t of out)
    if (t.kind === 'grant' && t.hit.words === '放行' && CUSTOMS_BEFORE.test(text.slice(Math.max(0, t.hit.index - 48), t.hit.index))) t.kind = 'delivery';
  // "receives first 96 of its licensed H200 chips": goods received that were licensed arrive; no licence is received.
  for (const t of out)
    if (
      t.kind === 'grant' &&
      /^receiv\w*\b.*\blicensed$/i.test(t.hit.words) &&
      /^\s+(?:[\w-]+\s+){0,2}?(?:chips|H\d{2,3}s?|GPUs|processors|servers|units|accelerators)\b/i.test(text.slice(t.hit.end, t.hit.end + 40))
    ) {
      // The verb alone tells the arrival; the count and the goods after it are read as for any delivery.
      const verb = /^receiv\w*/i.exec(t.hit.words)![0];
      t.kind = 'delivery';
      t.hit = { ...t.hit, words: verb, end: t.hit.index + verb.length };
    }
  // 商务部收到…进口许可申请112件: what the ministry received is requests for permits, not a permit.
  for (const t of out)
    if (t.kind === 'grant' && /^(?:收到|接到)/u.test(t.hit.words) && /^许可|许可$/u.test(t.hit.words) && text.startsWith('申请', t.hit.end)) {
      t.kind = 'application';
      t.hit = { ...t.hit, words: `${t.hit.words}申请`, end: t.hit.end + 2 };
    }
  // "Shenzhen customs says it cleared about 36,000 Nvidia H200s": what customs clears is goods arriving, not buyers approved.
  for (const t of out)
    if (t.kind === 'grant' && /^clear(?:s|ed|ing)?$/i.test(t.hit.words) && CUSTOMS_CLEARED.test(text.slice(Math.max(0, t.hit.index - 40), t.hit.index)))
      t.kind = 'delivery';
  // 已撤回向商务部提出的英伟达H200进口申请: the request a withdrawal names, however long its description, is withdrawn.
  for (const t of out)
    if (t.kind === 'application' && t.hit.words === '申请' && /撤回[^，。；,;]{0,24}$/u.test(text.slice(Math.max(0, t.hit.index - 26), t.hit.index)))
      t.kind = 'revocation';
  // 申请未能通过审查: a request the review did not pass is refused ("尚未通过" is still waiting).
  for (const t of out) if (t.kind === 'grant' && /^申请[^，。；,;]*(?<![尚仍还])(?:未能|未|没有)通过/u.test(t.hit.words)) t.kind = 'denial';
  for (const t of out) if (t.kind === 'condition_agreed' && buysCountOfChips(text, t.hit)) t.kind = 'order';
  // 候批企业同意按季申报H200用途, 腾讯同意每月报备: a firm agreeing to a duty accepts a term; no body approves anything.
  for (const t of out)
    if (
      t.kind === 'grant' &&
      t.hit.words === '同意' &&
      !BODY_BEFORE.test(text.slice(Math.max(0, t.hit.index - 10), t.hit.index)) &&
      (DUTY_AFTER.test(text.slice(t.hit.end, t.hit.end + 10)) ||
        (FIRMS_BEFORE.test(text.slice(Math.max(0, t.hit.index - 12), t.hit.index)) && !IMPORT_AFTER.test(text.slice(t.hit.end, t.hit.end + 10))) ||
        inExchangeAfter(text, t.hit.end))
    )
      t.kind = 'condition_agreed';
}

// (A named firm may be followed by a comma: 腾讯，据悉同意.)
const FIRM_TO_AGREEING = new RegExp(`^(?:${AGREEING_ADVERB}|[,，])*$`, 'u');

// 接受…抽检, 接受…扣减: a check or a penalty accepted, which only a firm named before it accepts.
const CHECK_ACCEPTED = /^接受.*(?:抽检|扣减)$/u;
// (腾讯已同意其机房每年接受一次抽检, 已接受: or one a firm agreed to, just before, or has accepted.)
const AGREED_BEFORE = /(?:同意[^，。；,;]{0,14}|已经?)$/u;

/**
 * 腾讯据悉同意H200集群对外流量须经监测网关: a named firm agreeing, in place, takes on a term; it grants nothing.
 * (商务部或将要求进口企业接受第三方抽检, 须接受抽检: a check to be accepted, with no firm accepting it, is a term proposed.)
 */
export function agreedByFirms(triggers: readonly Trigger[], text: string, parties: readonly Named[]): void {
  const firmBefore = (t: Trigger) => parties.some((p) => p.end <= t.index && t.index - p.end <= 8 && FIRM_TO_AGREEING.test(text.slice(p.end, t.index)));
  for (const t of triggers)
    if (
      t.kind === 'condition_agreed' &&
      CHECK_ACCEPTED.test(t.words) &&
      !firmBefore(t) &&
      !AGREED_BEFORE.test(text.slice(Math.max(0, t.index - 16), t.index))
    ) {
      t.kind = 'condition_proposed';
      t.original = 'condition_proposed';
    }
  for (const t of triggers)
    if (t.kind === 'grant' && t.words === '同意' && !IMPORT_AFTER.test(text.slice(t.end, t.end + 10)) && firmBefore(t)) {
      t.kind = 'condition_agreed';
      t.original = 'condition_agreed';
    }
}
