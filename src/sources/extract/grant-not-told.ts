/**
 * A grant word that tells no grant: a permission held, asked for, acted on by another
 * decision, described as its holders or goods, or named as a place, a bound or a time.
 */
import { breaksBetween } from './text-units.js';
import { grantHeld } from './grant-held.js';
import { type NotTold, type SentenceContext, type Told, textAfter, textBefore } from './told-context.js';
import {
  askedFor,
  ENTITLEMENT_BEFORE,
  ATTRIBUTIVE,
  HOLDER_NOUN_AFTER,
  ZH_ITEM_CLAUSE_AFTER,
  GRANT_NOUN_START,
  ANY_PERMISSION_BEFORE,
  STANDING_AFTER,
  ITEM_HOLDER_NOUN_AFTER,
  DETERMINER_BEFORE,
  WITHOUT_PERMISSION_BEFORE,
  describesHolders,
  REQUIRED_BEFORE,
  HELD_BEFORE,
  PASSIVE,
  GRANT_NOUN,
  QUOTA_WORD,
  REJECTED_BEFORE,
} from './told-patterns.js';

const TOPIC_VERB_AFTER =
  /^\s+(?:are|were|is|have|has|come|came|look|looks|let|lets|give|gives|hand|hands|remain|become|became|turn|turning|signal|show|cap|caps|capped|limit|limits|mean|means|weigh on|weighs on|hurt|hurts|help|helps|lift|lifts|boost|boosts|drive|drives|dent|dents)\b(?!\s+(?:been\s+|now\s+|being\s+)?(?:granted|approved|issued|cleared|revoked|suspended|withdrawn|extended|renewed|cut|raised|expanded)\b)/i;
// "Beijing's conditional approvals and its push for local chips mean …": the approvals as one of a verb's subjects.
const TOPIC_AND_VERB_AFTER = /^\s+and\s+(?:[\p{L}\p{N}'’-]+\s+){1,7}(?:mean|cap|limit|weigh on|hurt|signal|show|suggest|put)\b/iu;
const OBJECT_VERB_BEFORE = /\b(?:wants?|tells?|told|orders?|ordered|urges?|urged|asks?|asked|requires?|required|pushes|pushed|lets?)\s+$/i;
const HELD_ZH = /^(?:配额|额度|进口资格|资格)$/u;
const HELD_NOUN = /(?:approval|allowance|clearance|permission|licen[cs]e|permit|quota)s?$/iu;
const MEASURED_AGAINST = /\b(?:than|above|beyond|on top of|share of|what)\b/iu;

// "revokes H200 approvals", "suspends licences": the approval is what the decision acts on.
// ("freezes new H200 shipments to its big three": goods a freeze or a refusal stops are its object, no delivery told.)
function permissionActedOn(t: Told, c: SentenceContext): boolean {
  const { text, triggers } = c;
  return (
    (t.kind === 'grant' || (t.kind === 'delivery' && /^(?:shipments|deliveries|发货|出货)$/iu.test(t.hit.words))) &&
    triggers.some(
      (d) =>
        d !== t &&
        (d.kind === 'revocation' || d.kind === 'suspension' || d.kind === 'denial') &&
        d.hit.end <= t.hit.index &&
        t.hit.index - d.hit.end <= 40 &&
        breaksBetween(text, d.hit.end, t.hit.index) === 0,
    )
  );
}

// "Alibaba's import approval is revoked", 许可被撤销: the passive form, the approval named first.
// ("none of the export licences granted to Nvidia … has been revoked": the licences named, a participle after them.)
// (进口额度遭监管冻结, 额度未被暂停: the quota or the right to import, frozen, is the permission named.)
function permissionUndonePassively(t: Told, c: SentenceContext): boolean {
  const { text, triggers } = c;
  return (
    t.kind === 'grant' &&
    (GRANT_NOUN.test(t.hit.words) || HELD_ZH.test(t.hit.words) || /^(?:licen[cs]es?|approvals?|permits?)\s+(?:granted|issued|given)$/i.test(t.hit.words)) &&
    triggers.some(
      (d) =>
        d !== t &&
        (d.kind === 'revocation' || d.kind === 'suspension') &&
        t.hit.end <= d.hit.index &&
        d.hit.index - t.hit.end <=
          (PASSIVE.test(d.hit.words) || /\b(?:been|was|were)\s+$/u.test(text.slice(Math.max(0, d.hit.index - 6), d.hit.index)) ? 80 : 30) &&
        breaksBetween(text, t.hit.end, d.hit.index) === 0,
    )
  );
}

// 对第五批申请进口…的企业予以许可: a request in a relative clause describes the firms the grant is for.
// (申请未获商务部同意: the request is what was turned down, told as a negated grant.)
// (申请尚未收到批复, 申请仍待审批 暂未取得许可: the answer the request still waits for, not yet had.)
// 对…的进口申请作出批准决定: the request is what the decision acts on.
function grantForRequesters(t: Told, c: SentenceContext): boolean {
  const { text, asked } = c;
  return (
    t.kind === 'grant' &&
    asked.some(
      (a) =>
        a.hit.end <= t.hit.index &&
        t.hit.index - a.hit.end <= 30 &&
        breaksBetween(text, a.hit.end, t.hit.index) === 0 &&
        !/的(?:企业|公司|申请人|买家|单位)/u.test(text.slice(a.hit.end, t.hit.index)) &&
        // (最新一批申请中共有41家企业获得批准, 申请企业中有12家获批: the requests are the pool those approved come from.)
        !/^(?:的?企业|的?公司)?(?:中|之中|当中)/u.test(text.slice(a.hit.end, t.hit.index)) &&
        !REJECTED_BEFORE.test(textBefore(t, c, 24)) &&
        !/(?:尚未|暂未|仍未|还未|还没有?|没有)$/u.test(text.slice(a.hit.end, t.hit.index)) &&
        !(/^(?:作出|予以|准予|给予)/u.test(t.hit.words) && /^(?:均|已|已经|依法|分别|一并)*$/u.test(text.slice(a.hit.end, t.hit.index))),
    )
  );
}

// 在三家共享的配额中, 在首批进口额度内追加订单: the quota named as where a share or an order lies, not a grant told.
function quotaAsPlace(t: Told, c: SentenceContext): boolean {
  return (
    t.kind === 'grant' &&
    QUOTA_WORD.test(t.hit.words) &&
    /在[^，。,;；]{0,40}$/u.test(textBefore(t, c, 42)) &&
    /^(?:中|内|之内|以内|范围内)/u.test(textAfter(t, c, 3))
  );
}

// 在首批额度获批后, 首批额度之外: the first quota, named as a point in time or a bound, is the one held.
function firstQuotaAsBound(t: Told, c: SentenceContext): boolean {
  return (
    t.kind === 'grant' &&
    /^(?:配额|额度)/u.test(t.hit.words) &&
    /(?:首批|第一批|此前|原有|已有|既有|现有|原)的?(?:获批|获准|批准)?的?$/u.test(textBefore(t, c, 6))
  );
}

// 取决于进口放行进度, 取决于进口批复下发的进度, 批文成出货关键, "as China approvals trickle in": the pace of approvals, not one told.
function paceOfApprovals(t: Told, c: SentenceContext): boolean {
  return (
    t.kind === 'grant' &&
    (/^(?:的)?(?:(?:核发|下发|发放|签发|审批|审核|落地)的?)?(?:进度|节奏|速度|情况|流程|提速|加快|放缓|放量)|^(?:成为?|是)[^，。；,;]{0,8}(?:关键|瓶颈|前提)/u.test(
      textAfter(t, c, 12),
    ) ||
      /^\s+(?:trickle|drag|stall|crawl|slow|remain slow|come slowly)/i.test(textAfter(t, c, 16)))
  );
}

// 注明批文编号, "quoting the licence number": a permission's number names it; no grant is told.
function permitNumber(t: Told, c: SentenceContext): boolean {
  return (
    t.kind === 'grant' && /^(?:批文|批复|许可证?|licen[cs]e|permit)$/iu.test(t.hit.words) && /^\s*(?:编号|文号|号码|numbers?\b)/iu.test(textAfter(t, c, 10))
  );
}

// "Accept Permits That Lapse if Chips Sit Unused", "within 180 days of approval", "before their own import permits arrived":
// permits a term describes, the approval a deadline counts from, or permits not yet come, are no grant told.
function permitAsTermOrAnchor(t: Told, c: SentenceContext): boolean {
  if (t.kind !== 'grant') return false;
  if (/^approval$/i.test(t.hit.words) && DEADLINE_FROM_BEFORE.test(textBefore(t, c, 40))) return true;
  if (!/^(?:permits?|licen[cs]es?|approvals?)$/i.test(t.hit.words)) return false;
  return (
    TERM_AFTER_PERMIT.test(textAfter(t, c, 40)) ||
    // ("placed bulk orders before their own import permits arrived": permits not yet come when something else happened.)
    (NOT_YET_COME_BEFORE.test(textBefore(t, c, 40)) && COME_AFTER.test(textAfter(t, c, 20)))
  );
}
const TERM_AFTER_PERMIT =
  /^\s+(?:that|which)\s+(?:would\s+|will\s+|could\s+|may\s+|might\s+)?(?:lapse|expire|carry|come with|require|bind|oblige|limit|restrict)/i;
const DEADLINE_FROM_BEFORE = /\b(?:within|after)\s+[\w-]+\s+(?:days|weeks|months)\s+of\s+(?:the\s+|its\s+|their\s+)?$/i;
const NOT_YET_COME_BEFORE = /\bbefore\s+(?:their|its|the)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}$/i;
const COME_AFTER = /^\s+(?:had\s+)?(?:arrived|came|come|were issued|was issued|landed)\b/i;

// 约92件待美方放行, 等待商务部批准: a release or approval still awaited is none told.
function awaitedRelease(t: Told, c: SentenceContext): boolean {
  return t.kind === 'grant' && /^(?:放行|批准|批复)$/u.test(t.hit.words) && /(?:待|等待|等候|盼|期盼|期待)[^，。；,;\d]{0,6}$/u.test(textBefore(t, c, 10));
}

// A quota held as a bound, a share, goods' permission, a concession's price or a hope (grant-held.ts).
function grantHeldHere(t: Told, c: SentenceContext): boolean {
  const { text, s } = c;
  return t.kind === 'grant' && grantHeld(text, s, t.hit);
}

const QUOTA_CUT = '(?:削减|下调|调减|核减|压减|扣减|缩减|收回)';
const CUT_BEFORE = new RegExp(`(?:将|或被|或将|会被?|可能被?|相应)被?${QUOTA_CUT}(?:其|部分|后续)?(?:进口)?$`, 'u');
const CUT_AFTER = new RegExp(`^(?:(?:将|或将|会|也将|亦将)(?:相应|随之|同步)?|相应|随之)被?${QUOTA_CUT}`, 'u');

// 交回部分额度: a quota handed back is the one held, given up, not a grant told; so is one a term would cut (低于六成将下调额度,
// 或被削减额度, 后续额度相应调减): a penalty in a rule, not a grant.
function quotaHandedBack(t: Told, c: SentenceContext): boolean {
  if (t.kind !== 'grant' || !QUOTA_WORD.test(t.hit.words)) return false;
  const before = textBefore(t, c, 12);
  return (
    /(?:交回|退回|归还|上交|让出)了?(?:部分|一部分|全部|剩余|未到货的?|其)?$/u.test(before) || CUT_BEFORE.test(before) || CUT_AFTER.test(textAfter(t, c, 8))
  );
}

// "on top of its portion of the first approval": an approval named by its place among earlier ones is the one held.
function earlierApprovalNamed(t: Told, c: SentenceContext): boolean {
  return (
    t.kind === 'grant' &&
    GRANT_NOUN.test(t.hit.words) &&
    /\b(?:the|its|their)\s+(?:first|initial|earlier|original|existing|previous|january)\s+$/i.test(textBefore(t, c, 24))
  );
}

// "the number of chips it is allowed to import": the entitlement held, described, not a grant told.
function entitlementDescribed(t: Told, c: SentenceContext): boolean {
  return t.kind === 'grant' && ENTITLEMENT_BEFORE.test(textBefore(t, c, 40));
}

// 追加额度申请, 要求追加进口额度, "asks for a bigger allowance": the permission named as what is asked for.
function permissionAskedFor(t: Told, c: SentenceContext): boolean {
  return (
    t.kind === 'grant' &&
    (GRANT_NOUN.test(t.hit.words) || /^(?:配额|额度|quota|批准|许可)$/i.test(t.hit.words)) &&
    (/^\s*(?:申请|requests?\b|applications?\b)/i.test(textAfter(t, c, 14)) || askedFor(textBefore(t, c, 80)))
  );
}

// "China's Chip Permits Are Industrial Policy", "Nvidia's China licences come with a shrinking half-life": the
// permissions held, as the topic of a claim about them, are no grant told.
function permitsAsTopic(t: Told, c: SentenceContext): boolean {
  return (
    t.kind === 'grant' &&
    /^(?:permits|licen[cs]es|approvals)$/i.test(t.hit.words) &&
    /(?:'s|’s)\s+(?:[\p{L}\p{N}-]+\s+){0,2}$/iu.test(textBefore(t, c, 30)) &&
    (TOPIC_VERB_AFTER.test(textAfter(t, c, 40)) || TOPIC_AND_VERB_AFTER.test(textAfter(t, c, 80)))
  );
}

// 获批企业, "approved Chinese buyers", "a condition of its import approval": a participle or
// noun describing a holder or an approval already held, not a decision told.
function approvedHolders(t: Told, c: SentenceContext): boolean {
  return t.kind === 'grant' && ATTRIBUTIVE.test(t.hit.words) && HOLDER_NOUN_AFTER.test(textAfter(t, c, 24));
}

// ("Beijing Wants Approved H200 Buyers to Run…": the holders as the object of a verb of telling or wanting.)
function approvedBuyersAsObject(t: Told, c: SentenceContext): boolean {
  return (
    t.kind === 'grant' &&
    ATTRIBUTIVE.test(t.hit.words) &&
    ITEM_HOLDER_NOUN_AFTER.test(textAfter(t, c, 30)) &&
    (DETERMINER_BEFORE.test(textBefore(t, c, 12)) || OBJECT_VERB_BEFORE.test(textBefore(t, c, 12)))
  );
}

// 凡获批企业均须…, "buyers approved to import": an approval word describing the holders a duty binds.
function holdersDescribed(t: Told, c: SentenceContext): boolean {
  const { text, s, triggers } = c;
  return t.kind === 'grant' && describesHolders(text, s, t.hit, triggers);
}

// 包括部分已获准进口的英伟达H200芯片: a participle describing the chips, not a grant told.
function approvedGoodsClause(t: Told, c: SentenceContext): boolean {
  return t.kind === 'grant' && ATTRIBUTIVE.test(t.hit.words) && ZH_ITEM_CLAUSE_AFTER.test(textAfter(t, c, 24));
}

// "as the first approved orders ship", "its licensed shipments": a participle after a determiner describing goods
// already allowed, not a grant told ("Beijing approved orders from …" has no determiner and stays a grant).
const GOODS_NOUN_AFTER = /^\s*(?:H\d+\s+)?(?:orders|shipments|volumes?|quantit(?:y|ies)|chips|units|purchases|imports|exports|deliveries)\b/i;
// (an ordinal or an adverb of time may stand where a determiner does: "the first approved orders", "already licensed shipments")
const GOODS_TIME_BEFORE = /\b(?:first|initial|newly|already|recently)\s+$/i;
function approvedGoodsNamed(t: Told, c: SentenceContext): boolean {
  if (t.kind !== 'grant' || !ATTRIBUTIVE.test(t.hit.words) || !GOODS_NOUN_AFTER.test(textAfter(t, c, 24))) return false;
  const before = textBefore(t, c, 12);
  return DETERMINER_BEFORE.test(before) || GOODS_TIME_BEFORE.test(before);
}

// "require that exporters permit on-site checks", "a demand that officials be allowed to inspect":
// what is required is the condition's content, not a grant.
function requiredContent(t: Told, c: SentenceContext): boolean {
  return t.kind === 'grant' && REQUIRED_BEFORE.test(textBefore(t, c, 120));
}

// "no chips moved without prior approval", 未经批准: a permission a duty needs is the condition's wording.
function withoutPermission(t: Told, c: SentenceContext): boolean {
  return t.kind === 'grant' && WITHOUT_PERMISSION_BEFORE.test(textBefore(t, c, 24));
}

// "any license authorizing the export", 任何许可: a rule speaking of permissions in general.
function anyPermission(t: Told, c: SentenceContext): boolean {
  return t.kind === 'grant' && ANY_PERMISSION_BEFORE.test(textBefore(t, c, 24));
}

// "a condition of its approval", "despite its approval": the approval held, named as a thing.
function heldPermission(t: Told, c: SentenceContext): boolean {
  return t.kind === 'grant' && GRANT_NOUN_START.test(t.hit.words) && HELD_BEFORE.test(textBefore(t, c, 40));
}

// "Beijing's approval is subject to conditions", "the licences remain valid": the permission as a thing that stands.
function standingPermission(t: Told, c: SentenceContext): boolean {
  return t.kind === 'grant' && GRANT_NOUN.test(t.hit.words) && STANDING_AFTER.test(textAfter(t, c, 40));
}

// "wants a bigger allowance than it received in January", "petitioned for a larger allowance, arguing its share of the allowance
// granted this week will not cover …": what a request for more is measured against is the grant it already holds, told again.
function measuredAgainst(t: Told, c: SentenceContext): boolean {
  const { text, triggers } = c;
  // ("a larger share of the joint approval it holds with …": a permission named, not a grant told, is read as held elsewhere.)
  if ((t.kind !== 'grant' && t.kind !== 'delivery') || HELD_NOUN.test(t.hit.words)) return false;
  return triggers.some((a) => a.kind === 'application' && a.hit.end <= t.hit.index && MEASURED_AGAINST.test(text.slice(a.hit.end, t.hit.index)));
}

/** The rules that find a grant word names a permission held, asked for or acted on, not a grant told. */
export const GRANT_NOT_TOLD: readonly NotTold[] = [
  permissionActedOn,
  permissionUndonePassively,
  grantForRequesters,
  quotaAsPlace,
  firstQuotaAsBound,
  paceOfApprovals,
  permitNumber,
  permitAsTermOrAnchor,
  awaitedRelease,
  grantHeldHere,
  quotaHandedBack,
  earlierApprovalNamed,
  entitlementDescribed,
  permissionAskedFor,
  permitsAsTopic,
  approvedHolders,
  approvedBuyersAsObject,
  holdersDescribed,
  approvedGoodsClause,
  approvedGoodsNamed,
  requiredContent,
  withoutPermission,
  anyPermission,
  heldPermission,
  standingPermission,
  measuredAgainst,
];
