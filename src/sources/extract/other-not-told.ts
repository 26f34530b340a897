/**
 * Refusal, delivery, order, supply, term and undoing words that tell no event here: a
 * refusal to comment or a use a permission forbids, goods still to come or received as a
 * permission, terms given as a reason, a decision named as a point in time, a matter a
 * response is about.
 */
import { breaksBetween } from './text-units.js';
import { DECISIONS, type KindRules, type SentenceContext, type Told, textAfter, textBefore } from './told-context.js';
import {
  REPORT_NOUN,
  DELIVERY_SCHEDULE,
  BACKGROUND_BEFORE,
  receivesPermission,
  NO_COMMENT_AFTER,
  ZH_RELATED,
  FUTURE_BEFORE,
  PERMISSION_SUBJECT_BEFORE,
  CONDITION_CONTENT_BEFORE,
  WITHOUT_PERMISSION_CLAUSE_BEFORE,
  USE_AFTER,
  PASSIVE,
  GRANT_NOUN,
} from './told-patterns.js';

// (侨银股份H200进口许可据悉被收回: a hedge may stand between the permission and its undoing; 进口额度被收回, "its quota was
// pulled": a quota taken back whole is the permission undone; so is 进口资质, the standing to import; "licences covering
// … shipments to a startup have been withdrawn": what they cover may stand between.)
// What may stand between a thing named and its undoing: an auxiliary, then a hedge (regex source).
const AUX_AND_HEDGE = String.raw`(?:\s*(?:has|have|had|was|were|is|are))?\s*(?:据悉|据称|据传|传|或已|或|被指|被曝)?`;
const PERMISSION_BEFORE = new RegExp(
  String.raw`(?:许可|批文|批复|额度|配额|资质|资格|licen[cs]es?|approvals?|permits?|permission|quotas?|allotments?)(?:\s+to\s+(?:import|buy|bring\s+in|purchase|sell|export|ship)(?:\s+[\p{L}\p{N}'’-]+){0,3}?|\s+covering(?:\s+[\p{L}\p{N}'’-]+){1,8}?)?${AUX_AND_HEDGE}[未已均]?(?:\s*not)?\s*$`,
  'iu',
);
// 诺垣科技H200进口被拒, 进口申请据悉被驳回, "its application was rejected": what a refusal undoes is the request named right before.
const REQUEST_BEFORE = new RegExp(String.raw`(?:申请|进口|引进|applications?|requests?|bids?)(?:材料)?${AUX_AND_HEDGE}[已均]?\s*$`, 'iu');
const RESPONSE_DENIES =
  /不属实|不实|不符|不存在|失实|从未|否认|辟谣|谣言|不准确|无此事|误读|误传|没有(?!可以|可|发布|提供|信息)|并未|尚未|未发生|正常|有效|\b(?:not true|untrue|false|inaccurate|den(?:y|ies|ied|ying)|never|no such|remains? (?:valid|in (?:force|effect)))\b/i;
const REASON_BEFORE =
  /(?:考虑到?|鉴于|由于|因为|出于|基于)[^，。；,;]{0,24}$|\b(?:citing|because of|in view of|due to|given)\s+(?:[\p{L}\p{N}'’-]+\s+){0,6}$/iu;
const ZH_MATTER_BEFORE = /(?:针对|回应|就)[^，。；,;：:]{0,28}$/u;
// (The headline's end, joined to the body with ". ", ends the matter too.)
const ZH_MATTER_AFTER = /^[^，。；,;：:.!?！？]{0,30}?(?:一事|的?(?:有关|相关)?(?:报道|传闻|传言|说法)|(?:有关问题)?答记者问)/u;
const RESPONSE_BEFORE =
  /(?:回应|针对|就)[^，。；,;：:]{0,16}$|\b(?:respond(?:s|ed|ing)?\s+to|comment(?:s|ed|ing)?\s+on|address(?:es|ed|ing)?)\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}$/iu;

// "has been cancelled" revokes only an approval named before it in its clause, not an order.
// ("Other firms are in the queue" is a request told, no passive undoing.)
// 进口许可未被收回: the permission named right before, even where the lexicon reads no grant.
function undoneWithNothingNamed(t: Told, c: SentenceContext): boolean {
  const { text, triggers } = c;
  return (
    PASSIVE.test(t.hit.words) &&
    t.kind !== 'application' &&
    !triggers.some(
      (g) => g.kind === 'grant' && GRANT_NOUN.test(g.hit.words) && g.hit.end <= t.hit.index && breaksBetween(text, g.hit.end, t.hit.index) === 0,
    ) &&
    !PERMISSION_BEFORE.test(textBefore(t, c, 60)) &&
    !(t.kind === 'denial' && REQUEST_BEFORE.test(textBefore(t, c, 60)))
  );
}

// "lines up 150,000 H200s from the shared quota", "lined up for 130,000 from joint import approval": goods drawn out
// of a permission are the holder's share of it, not an order.
const FROM_PERMISSION_AFTER =
  /^(?:[^.;:,，。；]|(?<=\d)[.,](?=\d)){0,40}?\b(?:from|out of)\s+(?:the\s+|its\s+|their\s+|(?:Beijing|China)(?:'s|’s)\s+)?(?:[\w-]+\s+){0,2}?(?:quota|allowance|approval|allotment|pool)s?\b/i;
// ("to receive about 95,000 H200s from joint approval": goods still to come out of a permission are a share of it, no delivery.)
function orderFromPermission(t: Told, c: SentenceContext): boolean {
  const toCome = t.kind === 'delivery' && /^receiv/i.test(t.hit.words) && /\b(?:to|will|would|could|may)\s+$/i.test(textBefore(t, c, 8));
  return (t.kind === 'order' || toCome) && FROM_PERMISSION_AFTER.test(textAfter(t, c, 90));
}

// 公司订购的8台H200服务器已全部运抵: the goods named by the order they came from, then told delivered.
function orderNamingGoods(t: Told, c: SentenceContext): boolean {
  const { text, triggers } = c;
  return (
    t.kind === 'order' &&
    (/的/u.test(t.hit.words) || /^的/u.test(textAfter(t, c, 1))) &&
    triggers.some((d) => d.kind === 'delivery' && d.hit.index >= t.hit.end && breaksBetween(text, t.hit.end, d.hit.index) === 0)
  );
}

// "declined to comment", 拒绝置评: a refusal to talk, not a decision.
function noComment(t: Told, c: SentenceContext): boolean {
  return t.kind === 'denial' && NO_COMMENT_AFTER.test(textAfter(t, c, 14));
}

// 已按要求报送: what was already done as required tells no term agreed (将按要求部署 still agrees to one).
function doneAsRequired(t: Told, c: SentenceContext): boolean {
  return t.kind.startsWith('condition_') && t.hit.words === '要求' && /已(?:按|按照|根据|依照)$/u.test(textBefore(t, c, 3));
}

// "most filed after the second round of approvals", "revoke …'s licence after earlier suspension": a decision named as
// a point in time is none told.
// ("intact after freeze rumours": the decision a rumour told is the matter denied.)
function decisionAsTime(t: Told, c: SentenceContext): boolean {
  return (
    DECISIONS.has(t.kind) &&
    (GRANT_NOUN.test(t.hit.words) || /^(?:suspensions?|revocations?|rejections?|refusals?|freeze)$/i.test(t.hit.words)) &&
    !/^\s+(?:rumou?rs?|reports?|claims?|talk|speculation)\b/i.test(textAfter(t, c, 14)) &&
    /\b(?:after|since|following|before)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:first|second|third|latest|last|earlier|initial|previous|prior)\s+)?(?:(?:round|batch|wave)\s+of\s+)?(?:H\d+\s+)?(?:import\s+|export\s+)?$/i.test(
      textBefore(t, c, 50),
    )
  );
}

// 商务部回应H200进口获批报道, "responds to approval reports": the event a response is about is the report's, not told.
// 针对外媒所称中方已批准…一事: the matter a response is about, told by others. (A response that
// denies it, 回应…传闻：不属实, denies the event: the denial reads it.)
function matterResponded(t: Told, c: SentenceContext): boolean {
  const { text } = c;
  // (The whole text is searched for a denial last: the words around the trigger rarely name a matter.)
  return (
    ((RESPONSE_BEFORE.test(textBefore(t, c, 24)) && REPORT_NOUN.test(textAfter(t, c, 20))) ||
      (ZH_MATTER_BEFORE.test(textBefore(t, c, 30)) && ZH_MATTER_AFTER.test(textAfter(t, c, 32)))) &&
    !RESPONSE_DENIES.test(text)
  );
}

// 综合考虑交付周期和国产芯片配套要求，公司已撤回申请, "citing the domestic-chip requirement": terms named as
// a reason for the firm's own choice are no proposal told.
function termsAsReason(t: Told, c: SentenceContext): boolean {
  return t.kind.startsWith('condition_') && REASON_BEFORE.test(textBefore(t, c, 30));
}

// "supply chain sources", 供应链: the industry, not a supply figure.
function supplyChain(t: Told, c: SentenceContext): boolean {
  return t.kind === 'supply' && /^[\s-]*chains?\b/i.test(textAfter(t, c, 8));
}

// "expected the first to arrive in the third quarter", 预计将于三季度到货: a delivery still to come.
function deliveryToCome(t: Told, c: SentenceContext): boolean {
  return t.kind === 'delivery' && FUTURE_BEFORE.test(textBefore(t, c, 30));
}

// 分析人士认为与H200获批有关: an event named as what something is related to, not told.
function relatedTo(t: Told, c: SentenceContext): boolean {
  return ZH_RELATED.test(textBefore(t, c, 14)) && /^[^，。,;；]{0,6}(?:有关|相关|影响)/u.test(textAfter(t, c, 8));
}

// "with resale ban", "a ban on leasing": a use the permission forbids is its condition, not a refusal.
function banOnUse(t: Told, c: SentenceContext): boolean {
  return (
    t.kind === 'denial' &&
    /^ban$/i.test(t.hit.words) &&
    (/\b(?:resale|re-?export|leasing|rental|reselling)\s+$/i.test(textBefore(t, c, 14)) ||
      /^\s+on\s+(?:the\s+)?(?:resale|re-?export|leasing|renting|reselling|rental|subletting)/i.test(textAfter(t, c, 24)))
  );
}

// 可用于对华交付的H200成品库存: goods that could be delivered are no delivery.
function couldBeDelivered(t: Told, c: SentenceContext): boolean {
  return t.kind === 'delivery' && /(?:可用于|可供|用于|以供)[^，。；,;]{0,4}$/u.test(textBefore(t, c, 8));
}

// 不得将相关芯片用于军事用途, "must not be used for": a use restriction is a condition, not a refusal.
function useRestriction(t: Told, c: SentenceContext): boolean {
  return t.kind === 'denial' && USE_AFTER.test(textAfter(t, c, 48));
}

// 未经批准，不得转让: the 不得 after a permission a duty needs is the condition's wording, not a refusal.
function withoutPermissionClause(t: Told, c: SentenceContext): boolean {
  return t.kind === 'denial' && WITHOUT_PERMISSION_CLAUSE_BEFORE.test(textBefore(t, c, 20));
}

// "received approval", "收到批复": what is received is a permission, not goods.
function permissionReceived(t: Told, c: SentenceContext): boolean {
  const { text } = c;
  return t.kind === 'delivery' && receivesPermission(text, t.hit);
}

// "delivery times are unclear", 交付时间尚未确定: a delivery named as a schedule, not told.
function deliverySchedule(t: Told, c: SentenceContext): boolean {
  return t.kind === 'delivery' && DELIVERY_SCHEDULE.test(textAfter(t, c, 16));
}

// "after China shipments", "since deliveries began": a prior event named as background.
function shipmentsAsBackground(t: Told, c: SentenceContext): boolean {
  return t.kind === 'delivery' && /s$/i.test(t.hit.words) && /^(?:shipments|deliveries)$/i.test(t.hit.words) && BACKGROUND_BEFORE.test(textBefore(t, c, 30));
}

// 条件：单一客户…不得超过5万颗: a prohibition that is the content of a condition listed after a colon.
function conditionContent(t: Told, c: SentenceContext): boolean {
  const { text, s } = c;
  return t.kind === 'denial' && CONDITION_CONTENT_BEFORE.test(text.slice(s.start, t.hit.index));
}

// "The licence bars Tencent from moving the systems": what a permission forbids is its condition.
function permissionSubject(t: Told, c: SentenceContext): boolean {
  return t.kind === 'denial' && PERMISSION_SUBJECT_BEFORE.test(textBefore(t, c, 20));
}

// "a standard condition to licenses ... prohibiting remote access": the prohibition is the condition's.
function conditionsProhibition(t: Told, c: SentenceContext): boolean {
  return t.kind === 'denial' && /\bconditions?\b|条件/i.test(textBefore(t, c, 160));
}

// 同意芯片到货后接受季度核查, 交付前须完成登记, 到货先封存, 交付将持续到二季度末: a delivery named as the time a duty starts or
// ends, or still to run, is none told.
function deliveryAsTime(t: Told, c: SentenceContext): boolean {
  return (
    t.kind === 'delivery' &&
    /\p{Script=Han}$/u.test(t.hit.words) &&
    // (核对无误后才能上架使用: what may happen only once something else has is no delivery told either.)
    (/^(?:后|以后|之后|前|之前|先|即|时|都?将|须|需)/u.test(textAfter(t, c, 2)) ||
      /(?:才能|才可|方可|方能)(?:办理|进行|开始)?$/u.test(textBefore(t, c, 5)) ||
      // (每批英伟达芯片到货都将配套…: goods arriving batch by batch, named for the duty each arrival brings.)
      /每(?:一)?批[^，。；]{0,10}$/u.test(textBefore(t, c, 14)))
  );
}

/** The rules that find a refusal, delivery, order, term or undoing word names an event, not one told, by the kinds they weigh. */
export const OTHER_NOT_TOLD: readonly KindRules[] = [
  { kinds: null, rules: [undoneWithNothingNamed, matterResponded, relatedTo] },
  { kinds: ['grant', 'denial', 'suspension', 'revocation'], rules: [decisionAsTime] },
  { kinds: ['order'], rules: [orderNamingGoods] },
  { kinds: ['order', 'delivery'], rules: [orderFromPermission] },
  {
    kinds: ['denial'],
    rules: [noComment, banOnUse, useRestriction, withoutPermissionClause, conditionContent, permissionSubject, conditionsProhibition],
  },
  { kinds: ['condition_proposed', 'condition_agreed'], rules: [doneAsRequired, termsAsReason] },
  { kinds: ['supply'], rules: [supplyChain] },
  { kinds: ['delivery'], rules: [deliveryToCome, couldBeDelivered, permissionReceived, deliverySchedule, shipmentsAsBackground, deliveryAsTime] },
];
