/**
 * A condition verb that governs a duty clause: "agreed to keep the chips in one warehouse", "has signed on to give
 * regulators camera access", "accepts that its models stay off the chips", 已同意在机房加装监控, 已书面承诺…不对外出租,
 * "proposes that every licence carry a new reporting duty", "mulls barring buyers from renting the chips out". The
 * duty itself may be anything (the conditions lexicon names only the terms it has seen); what generalises is the
 * clause shape: a party binding itself to a duty, or an authority putting one forward, told as the verb's complement.
 * A condition trigger of that shape needs no condition word to be a condition event.
 */
import type { CandidateKind } from './candidate.js';
import type { Hit } from './phrase-index.js';
import type { Range } from './text-units.js';

// A party binding itself: agreeing (with a body) to or that, accepting, signing on or up, pledging, committing,
// undertaking, living with a limit.
// ("signed pledges", "sign written undertakings": the pledge signed is the party binding itself, told by its noun.)
const EN_AGREEING =
  /^(?:(?:has|have|had)\s+)?(?:agree[sd]?|accept(?:s|ed|ing)?|sign(?:s|ed|ing)?\s+(?:on|up|(?:(?:written|formal|signed)\s+)?(?:pledges?|undertakings?|commitments?))|pledge[sd]?|commit(?:s|ted)?|undert(?:akes?|ook)|(?:can|could|will|would)\s+live)\b/i;
// "agreed to buy 8,000 chips", "accepts delivery", "keep supplying parts", "agreement": goods bought, received or supplied
// are an order, a delivery or trade, not a duty.
const GOODS_TAKEN = /\b(?:buy(?:ing|s)?|purchas\w*|order\w*|acquir\w*|deliver\w*|suppl(?:y|ying|ies)|agreement)\b/i;
// "agreed to buy locally designed processors alongside its imports", "pledges to buy home-grown chips": buying the country's
// own chips beside the goods is the bundling duty, a term, not an order of the goods.
const HOME_GOODS_BOUGHT =
  /\b(?:buy(?:ing|s)?|purchas\w*)\s+(?:(?:a|an|the|some|more|fixed|set|share\s+of|portion\s+of)\s+){0,3}(?:local(?:ly)?|domestic(?:ally)?|home-?grown|home-?made|Chinese-made|Chinese-designed|US-made|American-made)\b/i;
// "weighs making buyers sign pledges", "requires firms to accept checks", "co-sign": an agreement asked for is proposed.
const EN_ASKED_BEFORE =
  /\b(?:to|co-?)\s*$|\b(?:mull\w*|weigh\w*|consider\w*|propos\w*|draft\w*|wants?|wanted|ask\w*|requir\w*|float\w*|making|make|urg\w*|press\w*|seek\w*|would|should|must|may|might|could)\b/i;

// 同意, 已接受, 点头, 答应, (已出具)书面承诺, 书面确认: a firm taking on a duty in Chinese.
const ZH_AGREEING = /^(?:已经?|均已)?(?:同意|接受|答应|点头|(?:出具|作出|提交|签署)?了?书面(?:承诺|确认|同意)|承诺)$/u;
// A duty the clause asks for (要求…接受, 须承诺, 拟…), a reason given (原因是其承诺…), a pledge not kept (未兑现…承诺).
const ZH_NOT_AGREED_BEFORE = /(?:要求|须|需|必须|应当?|拟|考虑|研究|原因|因为|由于|因|未兑现|未履行|违反|没有|未)[^，。；,;：:]{0,12}$/u;

// An authority putting a duty forward: "proposes that …", "proposed on Wednesday that …", "proposes to require …".
const EN_PROPOSING = /^propos(?:e|es|ed|ing)$/i;
const PROPOSED_CLAUSE_AFTER = /^\s+(?:[\w-]+\s+){0,3}?(?:that\b|to\s+(?:require|bar|ban|forbid|prohibit|make|oblige|limit|cap|attach|impose)\b)/i;
// "mulls barring", "weighs requiring", "discussing whether Nvidia should …": a duty weighed.
const EN_WEIGHING = /^(?:mull|weigh|consider|float|eye|debat|discuss)\w*\s+(?:barring|banning|requiring|making|forcing|obliging|whether)\b/i;
const WHETHER_DUTY = /\bwhether\b(?![^.;]*\bwhether\b)[^.;]{0,80}?\b(?:should|must|(?:would\s+)?have\s+to|be\s+(?:required|made|forced|obliged))\b/i;

// A sentence telling a decision or goods of its own: the condition words beside it are that event's reason or detail.
const OTHER_EVENT: ReadonlySet<CandidateKind> = new Set(['order', 'delivery', 'supply', 'denial', 'revocation', 'suspension']);

/** Another candidate of the sentence: its kind, and where its trigger starts when known. */
export type SentenceEvent = { kind: CandidateKind; index?: number };

/**
 * True when condition trigger `t` (of `kind`, in sentence `s`) is a verb whose complement is a duty: agreed (a party
 * binding itself) or proposed (an authority putting it forward), and the sentence tells no other decision or goods
 * (`others`: the sentence's other candidates). A shipment, an order or an installation told after an agreeing verb is
 * what the duty is about ("agreed to collect certifications before shipping", "signed on to an engineer on site wherever
 * its chips are installed"), not an event beside it.
 */
export function governsDuty(text: string, s: Range, t: Hit, kind: CandidateKind, others: readonly SentenceEvent[]): boolean {
  if (others.some((o) => OTHER_EVENT.has(o.kind) && !(kind === 'condition_agreed' && o.index !== undefined && o.index >= t.end))) return false;
  const before = text.slice(s.start, t.index);
  const after = text.slice(t.end, s.end);
  if (kind === 'condition_agreed') {
    if (EN_AGREEING.test(t.words)) {
      const taken = `${t.words} ${after.slice(0, 30)}`;
      return (!GOODS_TAKEN.test(taken) || HOME_GOODS_BOUGHT.test(taken)) && !EN_ASKED_BEFORE.test(before.split(/[.;:]/).pop() ?? '');
    }
    return ZH_AGREEING.test(t.words) && !ZH_NOT_AGREED_BEFORE.test(before) && after.length > 0 && !/^[的。；;]/u.test(after);
  }
  if (kind === 'condition_proposed') {
    if (EN_PROPOSING.test(t.words)) return PROPOSED_CLAUSE_AFTER.test(after);
    if (EN_WEIGHING.test(t.words)) return !/whether\b/i.test(t.words) || WHETHER_DUTY.test(`${t.words}${after}`);
  }
  return false;
}
