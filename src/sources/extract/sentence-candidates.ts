/**
 * One sentence's events: each trigger of the sentence becomes a candidate about the sentence's
 * item, parties and figures, unless the sentence is about another product, another country or
 * a decision told away from the goods; then the candidates worth keeping join the item's.
 */
import type { CandidateEvent, CandidateQuantity } from './candidate.js';
import { companySpeaks, inRange, sellersIn, type Sentence } from './actors.js';
import { abroadCountry } from './abroad-deal.js';
import { awayFromGoods } from './away-from-goods.js';
import { buildCandidate } from './build-candidate.js';
import { countedWaiting } from './counted-waiting.js';
import { countlessGoodsKept } from './countless-goods.js';
import type { ItemReading, SentenceTally } from './item-reading.js';
import { decidedInSentence } from './item-rules.js';
import { describedSubject } from './described-subject.js';
import { governsDuty } from './duty-clause.js';
import { lexicon } from './lexicon.js';
import type { Named } from './named.js';
import type { Hit } from './phrase-index.js';
import { STILL_NOW } from './new-stock-figures.js';
import { aboutOtherChip, BENCHMARKED_BEFORE, COMPARED_BEFORE } from './other-subject.js';
import { otherParties } from './other-parties.js';
import { pendingRetold } from './pending-request.js';
import { placeNumbers } from './place-numbers.js';
import { assignRoles } from './roles.js';
import { firmsWaiting } from './tallies.js';
import { compatible, eachOne, expandEtc, merge, pairedInTurn, respectively } from './tellings.js';
import { AUTHORITY_KINDS, type Trigger } from './trigger.js';
import { IN_EXCHANGE } from './trigger-kinds.js';

// An authority's own word in the text: a confirmation may be its statement.
const AUTHORITY_WORD = /\b(?:ministry|department|bureau|spokes(?:wo)?m[ae]n|spokesperson)\b|部|局/i;
const THE_BEFORE = /\b(?:the|these|those|such)\s+$/i;
const APPROVALS = /^(?:approvals?|licen[cs]es?)$/i;
// A draft rule or a call for comments proposes terms by what it is, even before they are named.
// ("weighs making Nvidia certify…", "may have to match…", "wants H200s kept out of…", 有效期拟: the weighing words make the term themselves.)
// (条款, "clauses", are terms; so is a duty to tell, 披露/报送/上报, a pledge signed, 签署承诺, and a change weighed, 研议…改为.)
const TERMS_WORD =
  /condition|terms|rule|requirement|regulation|pairing|levy|making|keeping|kept|requiring|letting|obliging|条件|条款|要求|规定|规则|办法|征求意见|草案|配套|搭配|有效期|设定|或需|或须|机制|安排|保证金|押金|披露|报送|上报|\bbonds?\b|\bdeposits?\b|\bmonitor\b|\bdemands?\b|\bagree\w* to (?:notify|inform|disclose|declare|register|file|report|list|log|mirror|store|upload|host)\b|prerequisite|precondition|投保|责任险|\b(?:may|might|could|would) be (?:required|told|made) to\b|\bwould require\b|\bterm\b|签(?:署|字|了)?[^，。；,;]{0,4}(?:承诺|同意)|改为|改成|研[议拟]让|\bcurbs?\b|\bhand(?:ing)? over\b|\bagreed that\b|\brequest to\b|\balong with\b|\battach\b|\bit will (?:retain|keep|file|report)\b|\bretain\b|让出|提供给|抽检|扣减/i;
// "may have to prove…", "could have to install…": a duty someone may be given is a term proposed; "may have to look elsewhere" is none.
const DUTY_AFTER =
  /^\s+(?:prove|show|demonstrate|meet|submit|undergo|install|open|run|keep|hold|file|report|register|disclose|store|host|place|put|pledge|commit|share|hand|list|name|use|pair|buy|sign|accept|obtain|pass|allow|let|give)\b/i;

// 同意地方国资入股 换取H200批文加快落地 (IN_EXCHANGE): what a firm gives for its approval is a term.
// 已接受附加在H200进口批复上的一项条件, "accepted one of the conditions attached", "can live with a cap of one licence": the
// terms named as what was accepted.
const TERMS_NAMED_AFTER = /^[^，。；,;:：]{0,16}?(?:条件|条款|要求|上限|\b(?:conditions?|terms|requirements?|caps?|limits?|ceilings?)\b)/iu;

type Listed = { c: CandidateEvent; t?: Trigger };

// The events a described firm's sentence gives it: its request and the decisions on it (goods need a count of their own).
const DESCRIBED_KINDS: ReadonlySet<string> = new Set(['grant', 'denial', 'suspension', 'revocation', 'application']);
// ("… said to win licence … The company filed its request in March": the request a decision told before acted on.)
const decidedFor = (told: readonly CandidateEvent[], id: string): boolean =>
  told.some((o) => o.kind !== 'application' && DESCRIBED_KINDS.has(o.kind) && o.holders.some((h) => h.value === id));

/** Reads one sentence into the tally's candidates. */
export function readSentence(r: ItemReading, tally: SentenceTally, s: Sentence): void {
  const { text, names } = r;
  const sTriggers = r.triggers.filter((t) => t.sentence.start === s.start);
  // "P800性能对标H200", "an alternative to Nvidia's H200": the item named only as the comparison is not the subject.
  const subject = s.names.items.filter((i) => {
    const before = text.slice(Math.max(s.start, i.index - 40), i.index);
    return !(s.otherChip ? COMPARED_BEFORE : BENCHMARKED_BEFORE).test(before);
  });
  // A sentence whose only mention of the item is a look-alike ("已比肩英伟达H200") compares too.
  const comparedOnly = (s.names.items.length > 0 || names.lookalikes.some((l) => inRange(l, s))) && subject.length === 0;
  // "Beijing approves Boeing jet imports": a sentence about other goods is not about the item named elsewhere.
  const goodsHere = r.otherGoodsHits.filter((g) => inRange(g, s));
  const otherGoods = goodsHere.length > 0;
  const item = subject[0] ?? (s.otherChip || otherGoods || comparedOnly ? undefined : r.docItem);
  if (!item) {
    if (sTriggers.length) r.notes.push(`"${text.slice(s.start, s.end).trim().slice(0, 60)}": about another product`);
    tally.otherProductTold ||= sTriggers.length > 0;
    if (sTriggers.length && s.start >= r.titleEnd) tally.ledeAboutOther ??= true;
    return;
  }
  const sSellers = sellersIn(s, r.sellers);
  const others = otherParties(text, s, sSellers, lexicon().chipMakers);
  const roled = [
    ...assignRoles(
      text,
      s,
      r.goods,
      sTriggers.map((t) => ({ kind: t.kind === 'restatement' ? t.original : t.kind, index: t.index, end: t.end, words: t.words })),
      others,
      r.groupQuota,
    ),
    ...r.licences.filter((l) => inRange(l, s)),
  ];
  const foreign = abroadCountry(text, s, sTriggers, r.countries);
  if (foreign && sTriggers.some((t) => t.original !== 'supply')) {
    r.notes.push(`${foreign.words}: another country`);
    if (s.start >= r.titleEnd) tally.ledeAboutOther ??= false;
    for (const p of s.names.parties) if (!p.tracked || !r.state.party[p.id]) tally.foreignBuyers.add(p.id);
    return;
  }
  const sCandidates: Listed[] = [];
  const setAside = candidatesOfTriggers(r, tally, s, sTriggers, item, sSellers, others, goodsHere, sCandidates);
  if (sTriggers.length && s.start >= r.titleEnd) tally.ledeAboutOther ??= setAside === sTriggers.length;
  // Quota figures in a sentence with no decision of its own ("ByteDance's share is 150,000") belong to the decision
  // told before it.
  const pending = placeNumbers(
    { text, state: r.state, s, item, triggers: sTriggers, sellers: sSellers, others, dates: r.dates, notes: r.notes, candidates: sCandidates },
    roled,
  );
  // "ByteDance and Tencent get 150,000 and 120,000 respectively", 分别获得15万颗和12万颗: in order.
  respectively(text, s, sCandidates);
  pairedInTurn(text, s, sCandidates);
  eachOne(text, s, sCandidates);
  keepSentenceCandidates(r, tally, s, sCandidates);
  const decision = [...tally.candidates].reverse().find((c) => AUTHORITY_KINDS.has(c.kind) && !c.kind.startsWith('condition_') && c.item?.value === item.id);
  if (decision) for (const quantity of pending) placePending(tally.candidates, decision, quantity);
}

/** Builds the sentence's candidates from its triggers into `out`; returns how many were set aside as another product's. */
function candidatesOfTriggers(
  r: ItemReading,
  tally: SentenceTally,
  s: Sentence,
  sTriggers: readonly Trigger[],
  item: Named,
  sSellers: Named[],
  others: Named[],
  goodsHere: readonly Hit[],
  out: Listed[],
): number {
  const { text, names, state } = r;
  const named = s.names.items.length > 0 || s.names.parties.length > 0 || s.names.authorities.length > 0;
  let setAside = 0;
  for (const t of sTriggers) {
    // ("Other applicants have yet to hear back": the firms waiting wait for the item the item names.)
    const waitingHere = t.original === 'application' && s.names.parties.some((p) => p.id === r.waitingParty);
    if (
      awayFromGoods(
        t,
        r.triggers,
        text,
        names.items,
        s.names.parties.some((p) => p.tracked && state.party[p.id] && !r.sellers.has(p.id) && p.id !== r.waitingParty) || waitingHere,
      )
    ) {
      r.notes.push(`"${t.words}": a decision told away from the goods`);
      continue;
    }
    if (!named && AUTHORITY_KINDS.has(t.kind) && !t.kind.startsWith('condition_')) continue;
    // A condition names domestic chips as its terms ("one Ascend chip for every two H200s").
    if ((s.otherChip || goodsHere.length > 0) && !t.kind.startsWith('condition_') && aboutOtherChip(t, s, s.names.items, [...names.otherChips, ...goodsHere])) {
      r.notes.push(`"${t.words}": about another product`);
      tally.otherProductTold = true;
      setAside++;
      continue;
    }
    // "... licences for gallium exports. The approvals ease a bottleneck": the approvals told before.
    if (tally.otherProductTold && t.original === 'grant' && APPROVALS.test(t.words) && THE_BEFORE.test(text.slice(Math.max(s.start, t.index - 8), t.index)))
      continue;
    // "the companies that were waiting for approval", 仍在等待审批的其他企业: the waiting describes the holder (unless
    // the firms waiting are counted: 排队企业增至约238家 tells the queue).
    if (
      t.original === 'application' &&
      s.names.parties.some((p) => (p.index < t.end && t.index < p.end) || (text[t.end] === '的' && p.index > t.end && p.index - t.end <= 8)) &&
      !firmsWaiting(t.words)
    )
      continue;
    const c = buildCandidate(text, state, s, t, item, sSellers, others, r.dates, r.notes);
    if (!c) continue;
    if (t.pastMonth) tally.datedBefore.set(c, t.original);
    if (pendingRetold(t)) tally.pendingTold.add(c);
    if (t.original === 'supply' && t.restated && STILL_NOW.test(t.restated)) tally.stillHeld.add(c);
    // "confirmed", "announced": official only when an authority speaks, not a company.
    if (c.certainty === 'official' && !r.official && (!(names.authorities.some((a) => !a.generic) || AUTHORITY_WORD.test(text)) || companySpeaks(text, s))) {
      c.certainty = 'reported';
      delete c.certaintyWords;
    }
    expandEtc(text, c, new Map(others.map((p) => [p.id, p.end])), state);
    out.push({ c, t });
  }
  return setAside;
}

/** The sentence's candidates that say something the ledger can keep join the item's, twins merged. */
function keepSentenceCandidates(r: ItemReading, tally: SentenceTally, s: Sentence, sCandidates: readonly Listed[]): void {
  const { text } = r;
  const all = sCandidates.map((x) => x.c);
  // "… The Jilin pharmaceutical group has filed for permission": the firm the headline names is the one described.
  const described = describedSubject(r, s);
  for (const { c, t } of sCandidates) {
    if (described && !c.holders.length && DESCRIBED_KINDS.has(c.kind) && !(c.kind === 'application' && decidedFor(tally.candidates, described.id)))
      c.holders = [{ value: described.id, words: described.words }];
    // An application is someone's: "applications will be reviewed according to law" names no applicant.
    if ((c.kind === 'application' || c.kind === 'grant') && (!c.quantity || c.quantity.role === 'licence_count'))
      countedWaiting(c, text.slice(s.start, s.end), r.waitingParty, r.state);
    if (c.kind === 'application' && !c.holders.length && !c.quantity) continue;
    if (decidedInSentence(c, all)) continue;
    if (
      (c.kind === 'order' || c.kind === 'delivery' || c.kind === 'supply') &&
      !c.quantity &&
      !countlessGoodsKept(c, { text, s, sentenceCandidates: sCandidates, countries: r.countries, titleEnd: r.titleEnd, chipMakers: lexicon().chipMakers })
    )
      continue;
    if (
      (c.kind === 'condition_proposed' || c.kind === 'condition_agreed') &&
      !c.conditions.length &&
      !TERMS_WORD.test(c.trigger) &&
      !t?.unworded &&
      !(t && /\bhave to$/i.test(t.words) && DUTY_AFTER.test(text.slice(t.end, t.end + 20))) &&
      !(c.kind === 'condition_agreed' && (IN_EXCHANGE.test(text.slice(s.start, s.end)) || (t && TERMS_NAMED_AFTER.test(text.slice(t.end, s.end))))) &&
      // "has agreed to keep the chips in one warehouse", "proposes that each licence carry …": the verb's complement is the duty.
      !(
        t &&
        governsDuty(
          text,
          s,
          t,
          c.kind,
          sCandidates.filter((o) => o.c !== c).map((o) => ({ kind: o.c.kind, ...(o.t ? { index: o.t.index } : {}) })),
        )
      )
    )
      continue;
    const twin = tally.candidates.find((o) => compatible(o, c));
    if (twin) merge(twin, c);
    else tally.candidates.push(c);
  }
}

/** A quota figure told after its decision: the decision's figure, or a copy of the decision with it. */
function placePending(candidates: CandidateEvent[], decision: CandidateEvent, quantity: CandidateQuantity): void {
  if (!decision.quantity) decision.quantity = quantity;
  else if (decision.quantity.value !== quantity.value || decision.quantity.role !== quantity.role) {
    candidates.push({
      ...decision,
      holders: quantity.holder ? decision.holders.filter((h) => h.value === quantity.holder) : [...decision.holders],
      conditions: [...decision.conditions],
      dates: [...decision.dates],
      quantity,
    });
  }
}
