/**
 * What happened and how sure: trigger words per kind, then each trigger's certainty from
 * the words around it in its sentence (negation just before it, a denial of the report,
 * hedges, an official statement) and whether it is old news restated.
 */
import type { CandidateKind, Certainty } from './candidate.js';
import { hits, lexicon, officialHits, type Hit } from './lexicon.js';
import { breaksBetween, type Range } from './text-units.js';
import { nearestTrigger, pastMonths, restatedNear } from './old-news.js';

export { restatedNear } from './old-news.js';

/** A trigger word found in a sentence. */
export interface Trigger extends Hit {
  kind: CandidateKind;
  /** The kind before a restatement marker made it one ("approved" in "had approved"). */
  original: CandidateKind;
  certainty: Certainty;
  certaintyWords?: string;
  sentence: Range;
  /** The restatement words, when old news is restated. */
  restated?: string;
  /** True when a past month named beside it made it old news ("January's orders"). */
  pastMonth?: boolean;
}

/** Kinds that are decisions or requests of an authority. */
export const AUTHORITY_KINDS: ReadonlySet<CandidateKind> = new Set([
  'grant',
  'denial',
  'suspension',
  'revocation',
  'application',
  'condition_proposed',
  'condition_agreed',
]);
const DECISIONS: ReadonlySet<CandidateKind> = new Set(['grant', 'denial', 'suspension', 'revocation']);

const MAY_MONTH = /^may$/i;
const REPORT_OBJECT =
  /^\s*(?:that|reports?|claims?|a report|the report|media reports?|(?:a|the|an)\s+(?:\w+\s+){0,2}reports?\b|rumou?rs?|speculation|it\b|any|having|ever|earlier reports?|报道|传闻|相关|有关|此事)/iu;

const AUTHORITY_SUBJECT =
  /\b(?:ministry|department|commerce|government|regulators?|authorities|officials?|bureau|agency|administration|white house|beijing|china|washington|us|u\.s\.|bis|customs|mofcom)\b|商务部|政府|监管|海关|中方|美方|北京/iu;
const REPORT_NOUN = /^\s*(?:(?:a|the|media|earlier|recent|press|news)\s+)*(?:reports?|claims?|rumou?rs?|speculation)\b|^\s*(?:有关|相关)?(?:报道|传闻|传言)/iu;
// "delivery times are unclear", 交付时间尚未确定: a delivery named as a schedule, not told.
const DELIVERY_SCHEDULE = /^\s*(?:times?|dates?|schedules?|timelines?|timing|windows?|plans?)\b|^(?:时间|日期|周期|计划|安排|时间表)/iu;
// "after China shipments", "since deliveries began": a prior event named as background.
const BACKGROUND_BEFORE = /\b(?:after|following|since|amid)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

const POSTPOSITIVE_DENIAL =
  /^(?:false|untrue|inaccurate|baseless|groundless|unfounded|not true|incorrect|not accurate|不实|失实|不属实|并不属实|谣言|不准确|没有依据|无事实依据|并非事实|纯属谣言)$/iu;
const REPORT_OPENER = /\b(?:reports?|claims?|rumou?rs?|speculation|suggestions?)\s+(?:that|of)\b|报道|消息|传闻|传言|说法|[“"「]/iu;

function overlaps(a: Hit, b: Hit): boolean {
  return a.index < b.end && b.index < a.end;
}

/** Every trigger in the text, the longest winning where two overlap. */
export function findTriggers(text: string): { kind: CandidateKind; hit: Hit }[] {
  const lex = lexicon();
  const all: { kind: CandidateKind; hit: Hit }[] = [];
  for (const { kind, pattern } of lex.kinds) for (const hit of hits(pattern, text)) all.push({ kind: kind as CandidateKind, hit });
  const notOrder = hits(lex.notOrder, text);
  const kept = all
    .filter((t) => !(t.kind === 'order' && notOrder.some((n) => overlaps(n, t.hit))))
    .sort((a, b) => b.hit.end - b.hit.index - (a.hit.end - a.hit.index) || a.hit.index - b.hit.index);
  const out: { kind: CandidateKind; hit: Hit }[] = [];
  for (const t of kept) if (!out.some((o) => overlaps(o.hit, t.hit))) out.push(t);
  // "China clears second batch of H200 importers": clearing buyers is a grant, not goods clearing customs.
  for (const t of out)
    if (
      t.kind === 'delivery' &&
      /^clear/iu.test(t.hit.words) &&
      /^\s*(?:of\s+)?(?:\S+\s+){0,2}(?:importers|buyers|companies|firms|applicants)\b/iu.test(text.slice(t.hit.end, t.hit.end + 40))
    )
      t.kind = 'grant';
  // "the approvals granted in January": the participle after the noun tells the same grant.
  return out
    .filter(
      (t) =>
        !(
          t.kind === 'grant' &&
          /^(?:granted|given|issued|approved)$/iu.test(t.hit.words) &&
          out.some(
            (n) =>
              n.kind === 'grant' &&
              /^(?:approvals?|licen[cs]es?|permits?|permission)$/iu.test(n.hit.words) &&
              /^\s+$/u.test(text.slice(n.hit.end, t.hit.index)),
          )
        ),
    )
    .sort((a, b) => a.hit.index - b.hit.index);
}

function within(h: Hit, s: Range): boolean {
  return h.index >= s.start && h.end <= s.end;
}

/** Hedge hits, without the month "May". */
function hedgeHits(text: string): Hit[] {
  return hits(lexicon().hedge, text).filter(
    (h) =>
      !(
        MAY_MONTH.test(h.words) &&
        /^May$/.test(h.words) &&
        (/^\s+\d/.test(text.slice(h.end)) || /\b(?:in|since|by|until|from|of|early|late|mid|end|last|next|this)\s+$/i.test(text.slice(0, h.index)))
      ),
  );
}

// A grant word that names the approval itself (a noun), which a later verb can act on.
const PERMISSION_AFTER =
  /^\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}(?:approvals?|licen[cs]es?|permission|permits?|nod|green light|go-ahead|backing|clearance|support|orders?|requests?|applications?)\b|^\s*(?:了)?[^，。,;；:：]{0,10}?(?:批准|许可|批复|批文|订单|申请)/iu;

const PERMISSION_BEFORE =
  /\b(?:approvals?|licen[cs]es?|permission|permits?|clearance)\s+(?:(?:that|which)\s+)?(?:[\p{L}\p{N}'-]+\s+){0,3}(?:had\s+|has\s+|have\s+)?$|(?:批准|许可|批复)$/iu;
/** A receiving verb whose object is a permission or an order ("received approval to import"). */
export function receivesPermission(text: string, h: Hit): boolean {
  if (!/^(?:receiv|收到|接收|获得)/iu.test(h.words)) return false;
  // "the permission ByteDance received in January": the permission named just before, as a relative clause.
  return PERMISSION_AFTER.test(text.slice(h.end, h.end + 50)) || PERMISSION_BEFORE.test(text.slice(Math.max(0, h.index - 40), h.index));
}
const APPLICATION_NOUN = /^(?:applications?|requests?|申请)$/iu;
const REQUEST_BEFORE =
  /(要求|请求|申请|寻求|争取|\bask(?:s|ed|ing)?\s+(?:\S+\s+){0,3}for|\bseek(?:s|ing)?|\bsought|\brequest(?:s|ed|ing)?|\bappl(?:y|ies|ied|ying)\s+for|\b(?:applications?|requests?|bids?)\s+(?:\S+\s+){0,8}for)[^，。,;；.]{0,30}$/iu;
/** The permission after these words is what was asked for, unless the request was then granted (申请获批准, "request was approved"). */
function askedFor(before: string): boolean {
  const m = REQUEST_BEFORE.exec(before);
  return !!m && !/获|被|得到|\b(?:was|were|been|is|are|has|have)\b/iu.test(m[0].slice(m[1]!.length));
}
const ENTITLEMENT_BEFORE =
  /\b(?:chips|units|number|amount|quantity|volume|H200s?)\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:is|are|was|were)\s+(?:currently\s+|now\s+)?$/iu;
const REJECTED_BEFORE =
  /(?:申请|applications?|requests?|bids?)[^，。,;；尚]{0,8}?(?:未获|未能获得|未能通过|没有获得|没有通过|未被|未能|未|没有|(?<!yet\s)(?:was|were|has|have|had)\s+not(?:\s+been)?)\s*$/iu;
const QUESTION_START = /^\s*(?:has|have|had|is|are|was|were|will|would|did|does|do|can|could|should|may|might)\b/iu;
const NO_COMMENT_AFTER = /^\s*(?:to\s+)?(?:comment|置评|评论|回应)|^(?:置评|评论|回应|作出回应)/iu;
const ZH_RELATED = /[与受][^，。,;；与受]{0,12}$/u;
const FUTURE_BEFORE = /\b(?:expect(?:s|ed)?|will|would|due|set)\s+(?:\S+\s+){0,3}?to\s+$|\bwill\s+(?:\S+\s+){0,2}$|(?:将|预计|有望|计划)[^，。,;；]{0,8}$/iu;
const UNDER_REVIEW_AFTER =
  /^(?:仍|仍然|还|正|目前)?(?:在|处于)?(?:进行)?(?:审查|审核|评估|审理)|^[，,][^。；]{0,16}?(?:正在|仍在|仍|还在)[^。；，,]{0,8}?(?:审查|审核|评估)|^\s+(?:(?:are|is|remain|remains)\s+)?(?:still\s+)?(?:under review|being reviewed|being processed|pending review)\b/iu;
const ATTRIBUTIVE = /^(?:approved|licensed|authori[sz]ed|cleared|获批|获准)$/iu;
const HOLDER_NOUN_AFTER =
  /^\s*(?:(?:Chinese|domestic|local|foreign)\s+)?(?:buyers|customers|clients|firms|companies|entities|end[- ]users|purchasers|importers|users|group|trio|batch|cohort|members)\b|^(?:的)?(?:中国|国内|境内)?(?:企业|公司|客户|买家|单位)/iu;
// "proposed that companies approved to buy H200 also buy", 要求获批进口H200的企业: a generic
// holder noun the participle describes, in a sentence that tells some other event.
const HOLDER_NOUN_BEFORE =
  /\b(?<!first |only |second |third )(?:buyers|customers|clients|firms|companies|entities|end[- ]users|purchasers|importers|those)\s+(?:already\s+|now\s+|previously\s+)?$/iu;
const ZH_HOLDER_CLAUSE_AFTER = /^[^，。,;；:：]{0,24}?的(?:企业|公司|客户|买家|单位)/u;
function describesHolders(text: string, s: Range, t: Hit, others: { kind: CandidateKind; hit: Hit }[]): boolean {
  if (!ATTRIBUTIVE.test(t.words) || !others.some((o) => o.kind !== 'grant' && o.kind !== 'restatement')) return false;
  if (/^获/u.test(t.words))
    return (
      ZH_HOLDER_CLAUSE_AFTER.test(text.slice(t.end, t.end + 24)) &&
      !/(?:首家|第一家|唯一)[^，。]{0,4}$/u.test(text.slice(Math.max(s.start, t.index - 8), t.index))
    );
  return HOLDER_NOUN_BEFORE.test(text.slice(Math.max(s.start, t.index - 40), t.index)) && /^\s+to\b/iu.test(text.slice(t.end, t.end + 6));
}
const PROPOSAL_WORD = /propos|negotiat|discuss|talks|would|may|拟|提议|建议|谈判|磋商|要求/iu;
const REPORTED_CONTENT_BEFORE = /有关[^，。,;；]{0,36}$/u;
const AUTHORITY_TITLE = /商务部|国务院|海关|[部局委]|\b(?:ministry|department|bureau|commission|MOFCOM|BIS|Federal Register|White House|Commerce)\b/iu;
const MODAL = /^(?:may|might|could|would|可能|或将|或)$/iu;
const REQUIRED_BEFORE =
  /\b(?:requir(?:e|es|ed|ing)|demand(?:s|ed|ing)?|insist(?:s|ed)? on|mandat(?:e|es|ed|ing))\s+(?:that\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,14}(?:to\s+|be\s+|must\s+|should\s+)?$/iu;
const USE_AFTER = /^[^，。,;；]{0,10}?(?:用于|转售|转让|转卖)|^\s+(?:be\s+)?(?:used|use|resold|resell|re-exported|transferred|diverted)\b/iu;
// "a condition of its approval", "the terms of the licence": the approval held, named as a thing.
// "despite its approval", "under their licences": a preposition before the holder's own approval.
const HELD_BEFORE =
  /\b(?:(?:condition|conditions|term|terms|part|scope|requirement|requirements)\s+(?:of|for|(?:now\s+|already\s+)?attached to)\s+(?:its|their|the|his|her)|(?:despite|under|within|beyond|per)\s+(?:its|their)|(?:holds?|holding|possess(?:es)?)\s+(?:an?|the|its|their|any))\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// "has not received H200 import approval", 尚未获得进口许可: a negation reaches over the verb that obtains the permission.
const OBTAINED_BETWEEN =
  /^\s*(?:yet\s+)?(?:been\s+)?(?:receiv\w*|obtain\w*|got|gotten|get|gets|won|win|wins|secur\w*|granted|given|issued)\s+(?:(?:an?|the|any|its|their)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,3}$|^(?:获得|取得|拿到|收到|得到)/iu;
// "no licences for H200 exports to China had been revoked": "no" on the subject of a passive.
// A headline drops the auxiliary: "no H200 export licences revoked".
const NO_SUBJECT_PASSIVE =
  /^\s+(?:[\p{L}\p{N}'’-]+\s+){1,8}(?:had|has|have|were|was|is|are)\s+(?:yet\s+|so far\s+)?(?:been\s+)?$|^\s+(?:(?!(?:as|while|but|after|when|since|because|though|and|or|yet|with|despite)\s)[\p{L}\p{N}'’-]+\s+){1,4}$/iu;
const GRANT_PARTICIPLE = /^(?:approved|granted|cleared|accepted|authori[sz]ed)$/iu;
const EN_PASSIVE_GAP = /\b(?:has|have|had|was|were|is|are)\s+(?:now\s+|not\s+|yet\s+|been\s+|officially\s+|formally\s+|finally\s+)*$/iu;
const ZH_PASSIVE_GAP = /^(?:已经?|均|正式|目前|现已|终于)*(?:获得?|被|得到)[^，。,;；:：]{0,8}$/u;
function grantedPassively(text: string, a: Hit, g: Hit): boolean {
  const gap = text.slice(a.end, g.index);
  if (breaksBetween(text, a.end, g.index) > 0 || /[,;，。；]/u.test(gap)) return false;
  if (GRANT_PARTICIPLE.test(g.words)) return gap.length <= 50 && EN_PASSIVE_GAP.test(gap);
  // 获批 carries its own passive; 获商务部批准 has it in the gap.
  return gap.length <= 12 && (ZH_PASSIVE_GAP.test(gap) || (/^获/u.test(g.words) && /^(?:已经?|均|正式|目前|现已|终于|尚未|未能|未|没有)*$/u.test(gap)));
}
const PASSIVE = /^(?:been|was|were|is|are)\s|^被/u;
const GRANT_NOUN = /^(?:approvals?|licen[cs]es?|permits?|permission|go-ahead|green light|许可证?|批文)$/iu;

/**
 * "accepted Beijing's requirement to pair purchases with domestic chips", "wants buyers to
 * match each chip with a local one": an agreeing or proposing verb whose clause names a
 * condition is a condition event, when the sentence has no condition trigger of its own.
 * A request it overlaps ("has asked ... to buy domestic chips") is the demand, not an application.
 */
function withConditionVerbs(text: string, s: Range, inS: { kind: CandidateKind; hit: Hit }[]): { kind: CandidateKind; hit: Hit }[] {
  const lex = lexicon();
  if (inS.some((t) => t.kind.startsWith('condition_'))) {
    // 已就国产芯片搭配采购比例达成一致, "agreed to the bundling ratio": a neutral condition word an agreeing verb governs is agreed.
    const neutral = inS.filter((t) => t.kind === 'condition_proposed' && !PROPOSAL_WORD.test(t.hit.words));
    const agreeing = hits(lex.conditionAgreed, text).find(
      (v) =>
        within(v, s) &&
        neutral.some((c) => Math.abs(c.hit.index - v.end) <= 60 && breaksBetween(text, Math.min(v.end, c.hit.end), Math.max(v.index, c.hit.index)) <= 1),
    );
    if (!agreeing || hits(lex.conditionProposed, text).some((v) => within(v, s) && v.end <= agreeing.index)) return inS;
    return inS.map((t) => (neutral.includes(t) ? { ...t, kind: 'condition_agreed' as const } : t));
  }
  const words = hits(lex.conditionWords, text).filter((h) => within(h, s));
  if (!words.length) return inS;
  const agreed: CandidateKind = 'condition_agreed';
  const proposed: CandidateKind = 'condition_proposed';
  const verbs = [
    ...hits(lex.conditionAgreed, text).map((hit) => ({ kind: agreed, hit })),
    ...hits(lex.conditionProposed, text).map((hit) => ({ kind: proposed, hit })),
  ]
    .filter((v) => within(v.hit, s) && !words.some((w) => overlaps(w, v.hit)))
    .map((v) => ({
      v,
      d: Math.min(
        ...words
          .filter((w) => breaksBetween(text, Math.min(w.end, v.hit.end), Math.max(w.index, v.hit.index)) === 0)
          .map((w) => (w.index >= v.hit.end ? w.index - v.hit.end : Math.max(0, v.hit.index - w.end))),
      ),
    }))
    .filter((x) => x.d <= 120)
    .sort((a, b) => a.d - b.d);
  // "accepted a Commerce Department demand that ..." agrees to a proposal; "is considering requiring
  // buyers to accept inspections" proposes an acceptance: the first verb governs the second.
  const governing = verbs
    .filter((x) => verbs.some((y) => y.v.kind !== x.v.kind && y.v.hit.index > x.v.hit.end && y.v.hit.index - x.v.hit.end <= 60))
    .sort((a, b) => a.v.hit.index - b.v.hit.index)[0];
  const best = governing?.v ?? verbs[0]?.v;
  if (!best) return inS;
  return [...inS.filter((t) => !(overlaps(t.hit, best.hit) && (t.kind === 'application' || t.kind === 'grant'))), best].sort(
    (a, b) => a.hit.index - b.hit.index,
  );
}

/**
 * The triggers of each sentence with their certainty. `official` marks an item from an
 * official source: firm statements in it are official.
 */
export function readTriggers(text: string, sentences: Range[], official: boolean, titleEnd?: number, publishedAt?: string, notes?: string[]): Trigger[] {
  const lex = lexicon();
  const found = findTriggers(text);
  const hedges = hedgeHits(text);
  const negations = hits(lex.negation, text);
  const denials = hits(lex.denialOfReport, text);
  // "a notice seen by Reuters": the outlet read a document; it is its report, not the authority's statement.
  const officials = officialHits(text);
  const restatements = hits(lex.restatement, text);
  const intents = hits(lex.intent, text);
  const out: Trigger[] = [];
  for (const s of sentences) {
    const inS = withConditionVerbs(
      text,
      s,
      found.filter((t) => within(t.hit, s)),
    );
    // "Nvidia denies that China approved": a denial of the report, not a denial by an authority.
    const reportDenials: Hit[] = denials.filter((d) => within(d, s) && !inS.some((t) => overlaps(t.hit, d)));
    const triggers = inS.filter((t) => {
      if (t.kind !== 'denial') return true;
      // "rejecting a report that a first batch had arrived": the report is what is rejected.
      if (!/^den/i.test(t.hit.words)) {
        if (!REPORT_NOUN.test(text.slice(t.hit.end, s.end))) return true;
        reportDenials.push(t.hit);
        return false;
      }
      const later = inS.some((o) => o.hit.index >= t.hit.end);
      const rest = text.slice(t.hit.end, s.end);
      // "Tencent denies H200 approval was suspended": only an authority refuses; anyone else denying a told event denies the report.
      const byAuthority = AUTHORITY_SUBJECT.test(text.slice(s.start, t.hit.index));
      const asked = REPORT_OBJECT.test(rest) || !byAuthority || (later && inS.some((o) => o.hit.index >= t.hit.end && o.hit.index - t.hit.end <= 2));
      // "denying a media report that it had joined the queue": whoever denies a report denies the report, not a request.
      if ((later && asked) || REPORT_NOUN.test(rest)) {
        reportDenials.push(t.hit);
        return false;
      }
      return true;
    });
    // A request that is the object of a decision ("rejects ByteDance's application") is not an event of its own.
    const decided = triggers.filter((t) => DECISIONS.has(t.kind));
    // 申请已获批准, "its application ... has been approved": the request named, then its grant told passively.
    const granted = new Set(
      triggers.filter(
        (a) =>
          a.kind === 'application' &&
          /^(?:applications?|requests?|申请)(?:\s+to\s+\w+)?$/iu.test(a.hit.words) &&
          triggers.some((g) => g.kind === 'grant' && g.hit.index >= a.hit.end && grantedPassively(text, a.hit, g.hit)),
      ),
    );
    const asked = triggers.filter((t) => t.kind === 'application' && !granted.has(t));
    const kept = triggers.filter(
      (t) =>
        !granted.has(t) &&
        !(t.kind === 'application' && decided.some((d) => d.hit.end <= t.hit.index && breaksBetween(text, d.hit.end, t.hit.index) === 0)) &&
        // "asked for approval", "applied for a licence": the approval is what is asked for, not granted.
        // "revokes H200 approvals", "suspends licences": the approval is what the decision acts on.
        !(
          t.kind === 'grant' &&
          triggers.some(
            (d) =>
              d !== t &&
              (d.kind === 'revocation' || d.kind === 'suspension' || d.kind === 'denial') &&
              d.hit.end <= t.hit.index &&
              t.hit.index - d.hit.end <= 30 &&
              breaksBetween(text, d.hit.end, t.hit.index) === 0,
          )
        ) &&
        // "Alibaba's import approval is revoked", 许可被撤销: the passive form, the approval named first.
        !(
          t.kind === 'grant' &&
          GRANT_NOUN.test(t.hit.words) &&
          triggers.some(
            (d) =>
              d !== t &&
              (d.kind === 'revocation' || d.kind === 'suspension') &&
              t.hit.end <= d.hit.index &&
              d.hit.index - t.hit.end <= (PASSIVE.test(d.hit.words) ? 80 : 30) &&
              breaksBetween(text, t.hit.end, d.hit.index) === 0,
          )
        ) &&
        // "has been cancelled" revokes only an approval named before it in its clause, not an order.
        !(
          PASSIVE.test(t.hit.words) &&
          !triggers.some(
            (g) => g.kind === 'grant' && GRANT_NOUN.test(g.hit.words) && g.hit.end <= t.hit.index && breaksBetween(text, g.hit.end, t.hit.index) === 0,
          )
        ) &&
        !(
          t.kind === 'grant' &&
          asked.some((a) => a.hit.end <= t.hit.index && t.hit.index - a.hit.end <= 30 && breaksBetween(text, a.hit.end, t.hit.index) === 0)
        ) &&
        // 对其余企业的进口申请不予批准, "ByteDance's application was rejected": the request named before its decision.
        !(
          t.kind === 'application' &&
          APPLICATION_NOUN.test(t.hit.words) &&
          decided.some((d) => d.hit.index >= t.hit.end && d.hit.index - t.hit.end <= 30 && breaksBetween(text, t.hit.end, d.hit.index) === 0)
        ) &&
        // "declined to comment", 拒绝置评: a refusal to talk, not a decision.
        !(t.kind === 'denial' && NO_COMMENT_AFTER.test(text.slice(t.hit.end, t.hit.end + 14))) &&
        // 在三家共享的配额中: the quota named as where a share lies, not a grant told.
        !(
          t.kind === 'grant' &&
          /^(?:配额|额度)$/u.test(t.hit.words) &&
          /在[^，。,;；]{0,40}$/u.test(text.slice(Math.max(s.start, t.hit.index - 42), t.hit.index)) &&
          /^中/u.test(text.slice(t.hit.end, t.hit.end + 1))
        ) &&
        // "the number of chips it is allowed to import": the entitlement held, described, not a grant told.
        !(t.kind === 'grant' && ENTITLEMENT_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 40), t.hit.index))) &&
        // 追加额度申请, 要求追加进口额度, "asks for a bigger allowance": the permission named as what is asked for.
        !(
          t.kind === 'grant' &&
          (GRANT_NOUN.test(t.hit.words) || /^(?:配额|额度|quota|批准|许可)$/iu.test(t.hit.words)) &&
          (/^\s*(?:申请|requests?\b|applications?\b)/iu.test(text.slice(t.hit.end, t.hit.end + 14)) ||
            askedFor(text.slice(Math.max(s.start, t.hit.index - 80), t.hit.index)))
        ) &&
        // 将申请复核, "will appeal": asking for a review of a decision is not an application for one.
        !(
          t.kind === 'application' &&
          /^(?:复核|复议|行政复议|听证)|^\s+(?:for\s+)?(?:a\s+)?(?:review|reconsideration)\b/iu.test(text.slice(t.hit.end, t.hit.end + 20))
        ) &&
        // "supply chain sources", 供应链: the industry, not a supply figure.
        !(t.kind === 'supply' && /^[\s-]*chains?\b/iu.test(text.slice(t.hit.end, t.hit.end + 8))) &&
        // "expected the first to arrive in the third quarter", 预计将于三季度到货: a delivery still to come.
        !(t.kind === 'delivery' && FUTURE_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 30), t.hit.index))) &&
        // 分析人士认为与H200获批有关: an event named as what something is related to, not told.
        !(
          ZH_RELATED.test(text.slice(Math.max(s.start, t.hit.index - 14), t.hit.index)) &&
          /^[^，。,;；]{0,6}(?:有关|相关|影响)/u.test(text.slice(t.hit.end, t.hit.end + 8))
        ) &&
        // "a site not named in its application": the request named as a document, not one made.
        !(
          t.kind === 'application' &&
          APPLICATION_NOUN.test(t.hit.words) &&
          /\b(?:in|under|of|from|with|on)\s+(?:its|their|the)\s+(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(s.start, t.hit.index - 30), t.hit.index))
        ) &&
        // 对企业申请进行审查, "applications are still under review": the process told, not a request made.
        !(t.kind === 'application' && APPLICATION_NOUN.test(t.hit.words) && UNDER_REVIEW_AFTER.test(text.slice(t.hit.end, t.hit.end + 20))) &&
        // 获批企业, "approved Chinese buyers", "a condition of its import approval": a participle or
        // noun describing a holder or an approval already held, not a decision told.
        !(t.kind === 'grant' && ATTRIBUTIVE.test(t.hit.words) && HOLDER_NOUN_AFTER.test(text.slice(t.hit.end, t.hit.end + 24))) &&
        !(t.kind === 'grant' && describesHolders(text, s, t.hit, triggers)) &&
        // "require that exporters permit on-site checks", "a demand that officials be allowed to inspect":
        // what is required is the condition's content, not a grant.
        !(t.kind === 'grant' && REQUIRED_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 120), t.hit.index))) &&
        // 不得将相关芯片用于军事用途, "must not be used for": a use restriction is a condition, not a refusal.
        !(t.kind === 'denial' && USE_AFTER.test(text.slice(t.hit.end, t.hit.end + 16))) &&
        // "received approval", "收到批复": what is received is a permission, not goods.
        !(t.kind === 'delivery' && receivesPermission(text, t.hit)) &&
        !(t.kind === 'delivery' && DELIVERY_SCHEDULE.test(text.slice(t.hit.end, t.hit.end + 16))) &&
        !(
          t.kind === 'delivery' &&
          /s$/iu.test(t.hit.words) &&
          /^(?:shipments|deliveries)$/iu.test(t.hit.words) &&
          BACKGROUND_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 30), t.hit.index))
        ) &&
        !(t.kind === 'grant' && GRANT_NOUN.test(t.hit.words) && HELD_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 40), t.hit.index))),
    );
    const sHedgesAll = hedges.filter((h) => within(h, s));
    const months = pastMonths(text, s, publishedAt);
    const leadHedge = /^\s*传(?![统输播递])/u.exec(text.slice(s.start, s.end));
    const sOfficial = officials.find((h) => within(h, s));
    for (const t of kept) {
      // "is weighing revoking", "plans to order", 考虑追加采购: an intention, not an event (a proposal is one by nature).
      const intent = t.kind.startsWith('condition_')
        ? undefined
        : intents.find((i) => within(i, s) && i.end <= t.hit.index && t.hit.index - i.end <= 30 && breaksBetween(text, i.end, t.hit.index) === 0);
      // "might revoke the licences if talks sour": a modal with a condition after it is speculation.
      // "could last until the bundling terms are settled": a condition named in an until/if clause is not told.
      const conditional =
        intent ??
        (t.kind.startsWith('condition_')
          ? intents.find(
              (i) =>
                within(i, s) &&
                /^(?:until|unless|if|如果|直至|直到)$/iu.test(i.words) &&
                i.end <= t.hit.index &&
                t.hit.index - i.end <= 30 &&
                breaksBetween(text, i.end, t.hit.index) === 0,
            )
          : intents.find(
              (i) =>
                within(i, s) &&
                /^(?:if|unless|如果|假如|倘若|一旦)$/iu.test(i.words) &&
                i.index >= t.hit.end &&
                i.index - t.hit.end <= 80 &&
                sHedgesAll.some((h) => MODAL.test(h.words) && h.end <= t.hit.index && t.hit.index - h.end <= 20),
            ));
      if (conditional) {
        const note = `not a decision yet ("${conditional.words}")`;
        if (notes && !notes.includes(note)) notes.push(note);
        continue;
      }
      let certainty: Certainty = 'reported';
      let certaintyWords: string | undefined;
      // "Has China approved more H200 buyers?", 字节获批追加额度？: a question reports nothing, unless
      // the answer right after it denies it (？公司：消息不实).
      if (
        /[?？]\s*$/u.test(text.slice(s.start, s.end)) &&
        (/[\p{Script=Han}]/u.test(text.slice(s.start, s.end)) || QUESTION_START.test(text.slice(s.start, s.end)))
      ) {
        const denied = denials.find(
          (d) => d.index >= s.end && d.index < s.end + 24 && (POSTPOSITIVE_DENIAL.test(d.words) || /^(?:否认|辟谣|deny|denies|denied)$/iu.test(d.words)),
        )?.words;
        if (!denied) {
          const note = 'a question, not a report';
          if (notes && !notes.includes(note)) notes.push(note);
          continue;
        }
        certainty = 'denied';
        certaintyWords = denied;
      }
      const sHedges = sHedgesAll.filter((h) => inHedgeScope(text, h, t.hit));
      const negation = negations
        .filter(
          (n) =>
            n.index < t.hit.index &&
            n.end <= t.hit.end &&
            // "has not told firms to stop buying": a negation reaches over a short command, not a clause.
            t.hit.index - n.end <=
              (/^\s*(?:\w+\s+){0,1}(?:told|asked|instructed|ordered|directed|required)\b/iu.test(text.slice(n.end, t.hit.index)) ||
              OBTAINED_BETWEEN.test(text.slice(n.end, t.hit.index)) ||
              /(?:获得|取得|拿到|得到)[^，。,;；]{0,20}$/u.test(text.slice(n.end, t.hit.index)) ||
              (/^(?:no|none of)$/iu.test(n.words) && /ed$/iu.test(t.hit.words) && NO_SUBJECT_PASSIVE.test(text.slice(n.end, t.hit.index)))
                ? 60
                : 14) &&
            n.index >= s.start &&
            !/[,;.:，。；]/u.test(text.slice(n.end, t.hit.index)),
        )
        .sort((a, b) => a.index - b.index)[0];
      // "reports that the licences had been suspended are inaccurate", 有关…被暂停的消息不实: the claim
      // opened before the trigger, its denial after it.
      const denial =
        reportDenials.find((d) => d.end <= t.hit.index) ??
        reportDenials.find(
          (d) =>
            d.index >= t.hit.end &&
            POSTPOSITIVE_DENIAL.test(d.words) &&
            (REPORT_OPENER.test(text.slice(Math.max(s.start, t.hit.index - 60), t.hit.index)) ||
              // 字节获批追加额度？公司：消息不实: a headline's question answered by a denial.
              /[？?]/u.test(text.slice(t.hit.end, d.index)) ||
              // 许可被暂停系不实消息: a copula makes the denial the predicate of the claim just told.
              (/(?:系|是|为|属|纯属|均为)\s*$/u.test(text.slice(Math.max(t.hit.end, d.index - 3), d.index)) &&
                !/[，,]/u.test(text.slice(t.hit.end, d.index)))) &&
            !/[;；。]/u.test(text.slice(t.hit.end, d.index)),
        );
      if (negation) {
        certainty = 'denied';
        certaintyWords = negation.words;
      } else if (denial) {
        certainty = 'denied';
        certaintyWords = denial.words;
      } else if (
        REPORTED_CONTENT_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 40), t.hit.index)) &&
        /^[^，。,;；]{0,24}的(?:媒体)?(?:报道|消息|传闻|传言)/u.test(text.slice(t.hit.end, t.hit.end + 30))
      ) {
        // 有关本集团已获准进口…的媒体报道: what the reports say, not what the item says.
        certainty = 'hedged';
        certaintyWords = '报道';
      } else if (sHedges.length || leadHedge) {
        certainty = 'hedged';
        certaintyWords = sHedges.map((h) => h.words).join(', ') || '传';
      } else if (official || sOfficial) {
        certainty = 'official';
        if (sOfficial) certaintyWords = sOfficial.words;
      }
      // A past month binds to the trigger nearest to it ("revoked the approval it gave in January": the approval).
      // "shipments near 150,000 in April", told in May: last month's delivery or stock figure is this month's news.
      const month = months.find((m) => nearestTrigger(inS, m) === t.hit && !(m.back === 1 && (t.kind === 'delivery' || t.kind === 'supply')));
      const restated = restatedNear(text, s, t.hit, restatements) ?? month?.words;
      // 申请未获通过, "its application was not approved": a request turned down is a denial, not a negated grant
      // ("尚未获批", "not yet approved" stays pending).
      const rejected =
        t.kind === 'grant' && certainty === 'denied' && !!negation && REJECTED_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 24), t.hit.index));
      if (rejected) {
        certainty = 'reported';
        certaintyWords = undefined;
      }
      const kind: CandidateKind = rejected ? 'denial' : t.kind;
      out.push({
        ...t.hit,
        kind: restated ? 'restatement' : kind,
        original: kind,
        certainty,
        sentence: s,
        ...(certaintyWords ? { certaintyWords } : {}),
        ...(restated ? { restated: restated } : {}),
        ...(month && restated === month.words ? { pastMonth: true } : {}),
      });
    }
  }
  // A final rule in force makes what it requires a settled condition, not a proposal.
  const binding = FINAL_RULE.test(text) && !PROPOSED_RULE.test(text);
  const settled = binding
    ? out.map((t) =>
        t.kind === 'condition_proposed' && REQUIRE_WORD.test(t.words) ? { ...t, kind: 'condition_agreed' as const, original: 'condition_agreed' as const } : t,
      )
    : out;
  return titleEnd === undefined ? settled : itemWide(text, settled, titleEnd, hedges, officials);
}

const FINAL_RULE = /\b(?:final rule|interim final rule|(?:is|becomes|takes) effective|takes effect|in force)\b|正式施行|起施行|生效/iu;
const PROPOSED_RULE = /\bproposed rule|\bdraft\b|request for comments|征求意见|草案/iu;
const REQUIRE_WORD = /requir|must|要求|规定|须|应当/iu;

// Where a hedge reaches: a source hedge ("people familiar", "reportedly", 据悉) covers its
// sentence; a modal ("may", "plans to", 拟) covers what follows it, or a noun just before it
// ("an approval could come"), not a verb earlier in the sentence ("asked ... the chips it may import").
const SOURCE_WORDS = /familiar|knowledge|briefed|sources?|insiders|unnamed|according|reported|rumou?r|speculat|said to|estimat|据|传|知情|消息人士|估/iu;
// Triggers that name the thing ("inventory may be near", "orders could top"): a modal after them still hedges them.
const NOUN_TRIGGER =
  /^(?:applications?|申请|inventor(?:y|ies)|stock(?:pile)?s?(?: of)?|supply(?: of)?|supplies(?: of)?|output|orders?|shipments?|deliver(?:y|ies)|库存|存货|订单|产能)$/iu;
function inHedgeScope(text: string, h: Hit, t: Hit): boolean {
  if (SOURCE_WORDS.test(h.words) || h.end <= t.index || overlaps(h, t)) return true;
  return GRANT_NOUN.test(t.words) || NOUN_TRIGGER.test(t.words) ? h.index - t.end <= 20 && breaksBetween(text, t.end, h.index) === 0 : false;
}

// Hedges that attribute the whole report to unnamed sources (not a modal inside one clause).
const ATTRIBUTION = /familiar|knowledge|briefed|\bsources?\b|insiders|unnamed|according to|知情人士|消息人士|据悉|据了解|据称|据传|援引/iu;

/**
 * Cues that speak for the whole item, not one sentence: a body that attributes the report
 * to unnamed sources hedges its firm headline, and a headline that is an official notice
 * (商务部关于…的说明, "Department announces") makes the body's firm statements official.
 */
function itemWide(text: string, out: Trigger[], titleEnd: number, hedges: readonly Hit[], officials: readonly Hit[]): Trigger[] {
  const attribution = hedges.find((h) => h.index >= titleEnd && ATTRIBUTION.test(h.words));
  // 腾讯控股 自愿公告: a company's announcement is its report; only an authority's notice is official.
  const titleOfficial = AUTHORITY_TITLE.test(text.slice(0, titleEnd)) ? officials.find((h) => h.end <= titleEnd) : undefined;
  if (!attribution && !titleOfficial) return out;
  return out.map((t) => {
    if (t.certainty !== 'reported' || t.kind === 'restatement') return t;
    if (t.index < titleEnd && attribution) return { ...t, certainty: 'hedged', certaintyWords: attribution.words };
    if (t.index >= titleEnd && titleOfficial && !attribution) return { ...t, certainty: 'official', certaintyWords: titleOfficial.words };
    return t;
  });
}
