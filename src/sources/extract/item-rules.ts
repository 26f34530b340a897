/**
 * Rules over all the candidates of one item: one decision per holder, requests decided or undone, one fact per figure
 * (figures the ledger already holds are in held-figures.ts; conditions attached to a grant in attach-conditions.ts,
 * proposals settled in settle-proposals.ts).
 */
import type { CandidateEvent, CandidateKind } from './candidate.js';
import { ANOTHER_APPROVAL } from './retold.js';

// "approved 9 and rejected 3", "approving nine and turning down three": an English tally names its counts after the verbs.
const EN_COUNT = String.raw`(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen)\b`;
const GRANTED_COUNT = new RegExp(
  String.raw`(?:批准|许可)[^，。；,;]{0,12}?\d+\s*(?:家|件)|\d+\s*(?:家|件)[^，。；,;]{0,4}(?:获批|获准)|\b(?:approv(?:ed|ing)|clear(?:ed|ing)|grant(?:ed|ing))\s+${EN_COUNT}`,
  'iu',
);
const REFUSED_COUNT = new RegExp(
  String.raw`(?:不予|未予|驳回)(?:批准|许可)?[^，。；,;]{0,4}\d+\s*(?:家|件)|\d+\s*(?:家|件)[^，。；,;]{0,12}(?:不予|未予|驳回)|\b(?:reject(?:ed|ing)|refus(?:ed|ing)|turn(?:ed|ing) down|den(?:ied|ying)|declin(?:ed|ing))\s+${EN_COUNT}`,
  'iu',
);
const UNDOING: ReadonlySet<CandidateKind> = new Set(['suspension', 'revocation', 'denial']);
const AGREEING = /^(?:agree|同意|接受)/i;
// A grant told as a present-tense decision ("approves Alibaba, then suspends Tencent") is news of its own.
const GRANTING_NOW = /^(?:approves|grants|clears|allows|permits|authori[sz]es|green-?lights|lets|signs off)\b/i;
// Words that undo an undoing: "lifts the suspension", "reinstates", "restores", 恢复, 解除暂停.
const RESTORING = /\blift|\brestor|\breinstat|解除|恢复|取消暂停/i;
// "expects them restored within weeks", "until it is lifted", 待核查完成后恢复, 暂停解除前: a restoring still to come lifts nothing yet
// (复查前不得恢复进口: nor does one forbidden).
const RESTORED_LATER =
  /\b(?:until|unless|before|expects?|expected|hopes?|hoped|would|will|could|may|might|seeks?|sought|asks?|asked|wants?)\b[^.;]{0,24}$|(?:待|有望|预计|将|可望|争取|申请|希望|要求|或)[^，。；]{0,12}$|(?:不得|不能|不可|无法|不会)$/i;

/**
 * One item tells one decision unless it clearly tells two: the approval a suspension,
 * revocation or refusal acts on ("ByteDance's approval ... has been suspended", "the permission
 * it received in January is frozen") is named, not granted again. A grant survives only for
 * holders the undoing decision does not cover, or told as a decision of its own ("approves
 * Alibaba, then suspends Tencent").
 * A holder agreeing to terms (同意, "agrees to") is a condition agreed, not a grant.
 */
export function oneDecision(cands: CandidateEvent[], text = ''): void {
  // "reinstates the licence", 暂停的进口许可已予恢复: a grant that lifts a suspension is the news; the suspension it lifts is its history.
  const restored = cands.filter((g) => {
    const at = text.indexOf(g.trigger);
    return (
      g.kind === 'grant' &&
      g.certainty !== 'denied' &&
      RESTORING.test(g.trigger) &&
      !RESTORED_LATER.test(text.slice(Math.max(0, at - 30), Math.max(0, at))) &&
      !/^(?:之|以)?前/u.test(text.slice(at + g.trigger.length))
    );
  });
  for (let i = cands.length - 1; i >= 0 && restored.length; i--) {
    const u = cands[i]!;
    if ((u.kind === 'suspension' || u.kind === 'revocation') && u.certainty !== 'denied' && restored.some((g) => sameSubject(g, u))) cands.splice(i, 1);
  }
  // 批准37家…对11家不予许可, 批准21件 不予许可6件: a tally counts firms approved and firms refused, two decisions.
  const tally = GRANTED_COUNT.test(text) && REFUSED_COUNT.test(text);
  const undo = cands.filter((c) => UNDOING.has(c.kind) && c.certainty !== 'denied' && !(tally && c.kind === 'denial'));
  const agreed = cands.some((c) => c.kind === 'condition_agreed');
  for (let i = cands.length - 1; i >= 0; i--) {
    const g = cands[i]!;
    if (g.kind !== 'grant' || g.certainty === 'denied') continue;
    const covered = undo.some(
      (u) => u.item?.value === g.item?.value && (!u.holders.length || !g.holders.length || g.holders.every((h) => u.holders.some((x) => x.value === h.value))),
    );
    if ((covered && !GRANTING_NOW.test(g.trigger)) || (agreed && AGREEING.test(g.trigger))) cands.splice(i, 1);
  }
}

/**
 * "its application has been approved", 进口申请已获批, "依法审查了…的申请，已批准": a request a
 * sentence tells decided is the thing decided, not a second event; the decision stands for both.
 */
export function decidedInSentence(a: CandidateEvent, sentence: readonly CandidateEvent[]): boolean {
  // 已对另外17家企业…作出许可决定，另有40余家企业的申请正在审查: firms counted waiting are others than those decided on.
  const counted = a.quantity?.role === 'licence_count' ? a.quantity.value : undefined;
  return (
    a.kind === 'application' &&
    sentence.some(
      (d) =>
        (d.kind === 'grant' || d.kind === 'denial') &&
        (d.certainty === 'reported' || d.certainty === 'official') &&
        sameSubject(a, d) &&
        // (5家企业提交的进口申请…不符合要求，决定不予许可: a decision that counts nothing decides the requests the sentence counts.)
        (counted === undefined || d.quantity?.value === counted || (d.kind === 'denial' && !d.quantity)),
    )
  );
}

/**
 * "inventory has fallen to about 260,000 as China shipments continue": a figure the item tells
 * as stock is not also a delivery. "未能过审…但未获批准": a request turned down is one denial, not
 * also a negated grant.
 */
export function oneReading(cands: CandidateEvent[]): void {
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    const stock = c.kind === 'delivery' && !!c.quantity && cands.some((o) => o.kind === 'supply' && o.quantity?.value === c.quantity!.value);
    const refused = c.kind === 'grant' && c.certainty === 'denied' && cands.some((o) => o.kind === 'denial' && o.certainty !== 'denied' && sameSubject(c, o));
    if (stock || refused) cands.splice(i, 1);
  }
}

/**
 * "still waiting on Beijing's sign-off ... has not yet received approval": the wait is the approval
 * not given. "has withdrawn its application to the ministry": the request named is the one withdrawn.
 */
export function waitIsDenial(cands: CandidateEvent[]): void {
  for (let i = cands.length - 1; i >= 0; i--) {
    const a = cands[i]!;
    if (
      a.kind === 'application' &&
      // (仍在审理/审查中…暂未取得批复: a request still under review beside the approval not yet had is that one fact.)
      ((/wait|pending|under review|等待|待批|在审|审查中|审核中|审批中|审理/i.test(a.trigger) &&
        cands.some((d) => d.kind === 'grant' && d.certainty === 'denied' && sameSubject(a, d))) ||
        cands.some((d) => d.kind === 'revocation' && d.certainty !== 'denied' && /withdr|pull|drop|撤回/i.test(d.trigger) && sameSubject(a, d)))
    )
      cands.splice(i, 1);
  }
}

// "approved the application", 批准该申请, "its request was rejected", "applications covering H200 sales to resellers have
// been rejected", "decided not to grant the Company's application", "has had its application to import … rejected": the
// item says the request is the one decided.
const REQUEST_DECIDED =
  /(?:批准|驳回|拒绝|否决|同意)了?(?:该|其|这一|此|上述|有关|相关)?(?:项|份)?(?:进口)?申请|申请[^。；;]{0,24}?(?:获批|获准|驳回|被拒|被退回|遭退回|批复|予以?批准|予批准|不予批准|不予许可|不予放行|未获|未能获)|\b(?:approved|rejected|denied|declined|granted|refused|turned\s+down)\s+(?:the|its|their|that|this|these|those)\s+(?:[a-z-]+\s+){0,2}(?:applications?|requests?)\b|\b(?:application|request)s?\s+(?:(?:covering|for|from|by|to|of|on|filed|submitted|seeking)\s+(?:[\p{L}\p{N}'’-]+\s+){0,8}?)?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:approved|rejected|denied|granted|refused|turned\s+down)\b|\b(?:not|declin\w*)\s+to\s+(?:grant|approve)\s+(?:the|its|their|that|this)\s+(?:[\w'’-]+\s+){0,3}(?:applications?|requests?)\b|\bhad\s+(?:its|their)\s+(?:[a-z-]+\s+){0,2}(?:applications?|requests?|bids?)\s+(?:[\p{L}\p{N}'’-]+\s+){0,8}?(?:approved|rejected|denied|refused|turned\s+down)\b/iu;

/**
 * "杭州银行此前就进口…提出申请。…商务部已于近日批准该申请": a request the item tells decided, in any
 * sentence, is history; the decision is the news. A new request beside an earlier approval
 * ("applies for a bigger quota … was approved to import 90,000") stays.
 */
export function decidedRequests(cands: CandidateEvent[], text: string): void {
  if (!REQUEST_DECIDED.test(text)) return;
  for (let i = cands.length - 1; i >= 0; i--) {
    const a = cands[i]!;
    if (
      a.kind === 'application' &&
      cands.some(
        (d) =>
          (d.kind === 'grant' || d.kind === 'denial') &&
          d.certainty !== 'denied' &&
          (d.holders.length === a.holders.length || !a.holders.length) &&
          sameSubject(a, d),
      )
    )
      cands.splice(i, 1);
  }
}

/**
 * "商务部叫停了北方稀土的进口许可，起因是…与申请时申报的用途不符": a request by a holder whose approval
 * the item tells suspended or revoked is that approval's history.
 */
export function undoneRequests(cands: CandidateEvent[]): void {
  const undone = cands.filter((d) => (d.kind === 'suspension' || d.kind === 'revocation') && d.certainty !== 'denied' && d.holders.length);
  if (!undone.length) return;
  for (let i = cands.length - 1; i >= 0; i--) {
    const a = cands[i]!;
    if (a.kind === 'application' && a.certainty !== 'denied' && a.holders.length && undone.some((d) => sameSubject(a, d))) cands.splice(i, 1);
  }
}

/** Whether two candidates are about the same item and holders (either naming no holder counts). */
export function sameSubject(a: CandidateEvent, d: CandidateEvent): boolean {
  return d.item?.value === a.item?.value && (!a.holders.length || !d.holders.length || a.holders.some((h) => d.holders.some((x) => x.value === h.value)));
}

/**
 * A figure is one fact. "阿里巴巴获分15万颗" inside "the group's quota": the same number told as
 * one holder's share is not also the group's quota. "Earlier this month firms ordered 2 million
 * ... orders of 2 million": a figure the item tells as old news is old news wherever it repeats.
 */
export function oneFigureOneFact(cands: CandidateEvent[]): void {
  const isShare = (c: CandidateEvent) => c.kind === 'grant' && (c.quantity?.role === 'quota' || c.quantity?.role === 'allocation');
  for (let i = cands.length - 1; i >= 0; i--) {
    const wide = cands[i]!;
    if (!isShare(wide)) continue;
    const narrower = cands.some(
      (n) =>
        n !== wide &&
        isShare(n) &&
        n.quantity!.value === wide.quantity!.value &&
        n.holders.length > 0 &&
        n.holders.length < wide.holders.length &&
        n.holders.every((h) => wide.holders.some((w) => w.value === h.value)),
    );
    if (narrower) cands.splice(i, 1);
  }
  // "seeks permission for about 35 more H200 sales … About 35 further licence requests": a figure the item also counts in
  // licences is that count, however the headline put it.
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (
      c.quantity?.role === 'quota' &&
      cands.some(
        (o) =>
          o !== c &&
          o.kind === c.kind &&
          o.quantity?.role === 'licence_count' &&
          o.quantity.value === c.quantity!.value &&
          o.authority?.value === c.authority?.value,
      )
    )
      cands.splice(i, 1);
  }
  // 约58家候批企业据悉获准进口: the firms counted from the queue are the ones approved, not a queue told as well.
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (
      c.kind === 'application' &&
      c.quantity?.role === 'licence_count' &&
      cands.some((g) => g.kind === 'grant' && g.quantity?.role === 'licence_count' && g.quantity.value === c.quantity!.value && g.item?.value === c.item?.value)
    )
      cands.splice(i, 1);
  }
  // (Only a figure restated in the same role: "250,000 shipped … since Beijing started approving imports" is no quota restated.)
  const old = new Set(cands.filter((c) => c.kind === 'restatement' && c.quantity).map((c) => `${c.quantity!.value}|${c.quantity!.role}`));
  for (const c of cands)
    if (c.quantity && old.has(`${c.quantity.value}|${c.quantity.role}`) && (c.kind === 'order' || c.kind === 'delivery' || c.kind === 'supply'))
      c.kind = 'restatement';
}

/**
 * "Nvidia agrees to site audits as a licence condition", "proposes a new condition for licences authorizing
 * exports": where an item tells terms proposed or agreed for an authority's approval, a figure-less grant by
 * the same authority on the same item is the approval the terms attach to, not a new one, unless the item
 * tells of a further approval.
 */
export function termsNotGrants(candidates: CandidateEvent[], text: string): void {
  const terms = candidates.filter((c) => (c.kind === 'condition_proposed' || c.kind === 'condition_agreed') && c.authority && c.item);
  if (!terms.length) return;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const g = candidates[i]!;
    // A further approval's words count near the grant's own words ("the new computing power" is no new approval).
    const at = text.indexOf(g.trigger);
    if (at < 0 || ANOTHER_APPROVAL.test(text.slice(Math.max(0, at - 40), at + g.trigger.length + 24))) continue;
    if (
      g.kind === 'grant' &&
      !g.quantity &&
      g.certainty !== 'denied' &&
      terms.some(
        (t) =>
          t.authority!.value === g.authority?.value && t.item!.value === g.item?.value && g.holders.every((h) => t.holders.some((x) => x.value === h.value)),
      )
    )
      candidates.splice(i, 1);
  }
}

/**
 * 决定不予批准…理由是该公司未按要求提交国产芯片搭配采购计划: a term the refused firm did not meet is the refusal's reason,
 * not a term proposed or agreed that did not happen; the refusal is the item's fact.
 */
export function unmetTermsOfRefusal(cands: CandidateEvent[]): void {
  if (!cands.some((c) => c.kind === 'denial' && c.certainty !== 'denied')) return;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if ((c.kind === 'condition_proposed' || c.kind === 'condition_agreed') && c.certainty === 'denied') cands.splice(i, 1);
  }
}
