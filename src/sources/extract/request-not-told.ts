/**
 * A request word that tells no request made: one a decision acts on, one named as a
 * document or a topic, a review of it, or an ask to ease a term rather than for a permit.
 */
import { breaksBetween } from './text-units.js';
import { type NotTold, type SentenceContext, type Told, textAfter, textBefore } from './told-context.js';
import { APPLICATION_NOUN, UNDER_REVIEW_AFTER, OTHER_REQUEST_BEFORE } from './told-patterns.js';

const SUBMITTED_BEFORE = /(?:提交|递交|报送|提出|上报)[^，。；,;]{0,20}$|\b(?:filed|submitted|lodged|made)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,3}$/i;
const EASE_TERM_AFTER =
  /^[^.;,]{0,40}?\bto\s+(?:lower|reduce|cut|ease|relax|drop|waive|change|revise|soften|scrap)\s+(?:the\s+|its\s+|their\s+|that\s+)?(?:[\p{L}-]+\s+){0,2}(?:proportion|ratio|share|requirement|condition|terms?|quota of domestic|bundling)|^[^，。；]{0,12}?(?:下调|降低|放宽|减少|取消)[^，。；]{0,14}?(?:比例|配比|要求|条件)/iu;
// "signed off on the three's purchases, with other companies still waiting on their applications": a clause of other
// firms after the decision tells their requests, which the decision does not act on.
const OTHERS_CLAUSE = /[,，;；]\s*(?:while|whereas|with|but|as)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:other|more|further|remaining|rest)\b/i;

// 申请已获批准, "its application ... has been approved": the request named, then its grant told passively;
// the grant tells the event.
function grantedRequest(t: Told, c: SentenceContext): boolean {
  const { granted } = c;
  return granted.has(t);
}

// "rejects ByteDance's application": a request that is the object of a decision told before it in the
// clause is not an event of its own (unless a clause of other firms' requests follows the decision).
function requestDecidedBefore(t: Told, c: SentenceContext): boolean {
  const { text, decided } = c;
  return (
    t.kind === 'application' &&
    decided.some(
      (d) => d.hit.end <= t.hit.index && breaksBetween(text, d.hit.end, t.hit.index) === 0 && !OTHERS_CLAUSE.test(text.slice(d.hit.end, t.hit.index)),
    )
  );
}

// 对其余企业的进口申请不予批准, "ByteDance's application was rejected": the request named before its decision.
function requestBeforeDecision(t: Told, c: SentenceContext): boolean {
  const { text, decided } = c;
  return (
    t.kind === 'application' &&
    APPLICATION_NOUN.test(t.hit.words) &&
    decided.some((d) => d.hit.index >= t.hit.end && d.hit.index - t.hit.end <= 30 && breaksBetween(text, t.hit.end, d.hit.index) === 0)
  );
}

// 公司申请进口的384颗H200芯片已获得商务部许可: a request in a relative clause names the goods its grant is for.
function requestNamingGoods(t: Told, c: SentenceContext): boolean {
  const { text, decided } = c;
  return (
    t.kind === 'application' &&
    /^的/u.test(textAfter(t, c, 1)) &&
    decided.some((d) => d.kind === 'grant' && d.hit.index >= t.hit.end && breaksBetween(text, t.hit.end, d.hit.index) === 0)
  );
}

// 后续H200进口申请或须附评估报告: the requests a requirement would bind are its topic, not one made.
function requestsARuleWouldBind(t: Told, c: SentenceContext): boolean {
  return t.kind === 'application' && t.hit.words === '申请' && /^\s*(?:或须|或需|均须|须|应当|拟要求)/u.test(textAfter(t, c, 8));
}

// "has asked regulators to lower the proportion", 要求下调配比: asking to ease a term is bargaining over it, not a request for a permit.
function askToEaseTerm(t: Told, c: SentenceContext): boolean {
  const { text, s } = c;
  return t.kind === 'application' && EASE_TERM_AFTER.test(text.slice(t.hit.end, Math.min(s.end, t.hit.end + 90)));
}

// 将申请复核, "will appeal": asking for a review of a decision is not an application for one.
function askForReview(t: Told, c: SentenceContext): boolean {
  return t.kind === 'application' && /^(?:复核|复议|行政复议|听证)|^\s+(?:for\s+)?(?:a\s+)?(?:review|reconsideration)\b/i.test(textAfter(t, c, 20));
}

// "630,000 H200s waiting for licensed Chinese customers": goods waiting for buyers are stock, no request ("the H200 waiting
// list" is the firms in the queue for the goods).
function goodsWaiting(t: Told, c: SentenceContext): boolean {
  return (
    t.kind === 'application' &&
    /^waiting\b(?!\s+list)/i.test(t.hit.words) &&
    /\b(?:H\d{2,3}s?|chips|units|processors|GPUs|servers)\s+$/i.test(textBefore(t, c, 20))
  );
}

// 使用满一定期限后可申请退还保证金, "may apply for a refund": money asked back is no request for a permit.
function askForRefund(t: Told, c: SentenceContext): boolean {
  return t.kind === 'application' && /^(?:退还|退回|返还|退款|退费)|^\s+for\s+(?:a\s+)?refunds?\b/i.test(textAfter(t, c, 20));
}

// "a site not named in its application": the request named as a document, not one made.
function requestAsDocument(t: Told, c: SentenceContext): boolean {
  return (
    t.kind === 'application' &&
    APPLICATION_NOUN.test(t.hit.words) &&
    /\b(?:in|under|of|from|with|on)\s+(?:its|their|the)\s+(?:[\p{L}-]+\s+)?$/iu.test(textBefore(t, c, 30))
  );
}

// 相关申请仍在审查中: the review state after the request it names is the same process, not another request.
function reviewOfNamedRequest(t: Told, c: SentenceContext): boolean {
  return (
    t.kind === 'application' &&
    /^(?:审查中|审批中|审核中|under review|pending review)$/i.test(t.hit.words) &&
    /(?:申请|applications?|requests?)[^，。,;；]{0,6}$/i.test(textBefore(t, c, 12))
  );
}

// 对企业申请进行审查, "applications are still under review": the process told, not a request made.
// (已提交…申请 目前正在审查中, "filed an application that is under review": a request made, then its state.)
function reviewProcess(t: Told, c: SentenceContext): boolean {
  return (
    t.kind === 'application' &&
    APPLICATION_NOUN.test(t.hit.words) &&
    UNDER_REVIEW_AFTER.test(textAfter(t, c, 20)) &&
    !SUBMITTED_BEFORE.test(textBefore(t, c, 24))
  );
}

// "上市申请", "IPO application": a request for a listing or a loan, not for the item.
function otherRequest(t: Told, c: SentenceContext): boolean {
  return t.kind === 'application' && OTHER_REQUEST_BEFORE.test(textBefore(t, c, 8));
}

// 商务部对该申请的审查结论: the request already told, named again by a determiner, is no new one.
// 关于H200进口申请的审查结论: the request as the topic of a ruling, not one made.
function requestNamedAgain(t: Told, c: SentenceContext): boolean {
  return (
    t.kind === 'application' &&
    t.hit.words === '申请' &&
    (/(?:该|此|上述|前述|这一|这项|此项)$/u.test(textBefore(t, c, 2)) || /^的(?:审查|审批|审核|评估)?(?:结论|决定|结果|意见)/u.test(textAfter(t, c, 8)))
  );
}

// "export declarations lodged by board partners", 报关单已递交: papers filed with customs for goods are no request for a permit.
function customsPapers(t: Told, c: SentenceContext): boolean {
  return t.kind === 'application' && CUSTOMS_PAPERS_BEFORE.test(textBefore(t, c, 40));
}
const CUSTOMS_PAPERS_BEFORE =
  /\b(?:export|customs|shipping)\s+(?:declarations?|manifests?|paperwork|forms)\s+(?:(?:were|was|have been|had been|are)\s+)?$|报关单(?:据)?(?:已经?)?$/iu;

// X申请进口H200芯片一事，因…，决定不予许可: the request a decision later in the sentence rules on is what it decides, not a
// request made now (the decision tells the news).
function requestRuledOnLater(t: Told, c: SentenceContext): boolean {
  const { text, s } = c;
  return t.kind === 'application' && /^申请/u.test(t.hit.words) && RULED_ON_AFTER.test(text.slice(t.hit.end, s.end));
}
const RULED_ON_AFTER =
  /^[^。；;]{4,80}?[，,]\s*(?:(?:经(?:审查|核查|审核)|商务部|主管部门)[^，。；,;]{0,12})?(?<![未没])决定(?:不予|准予|予以)?(?:许可|批准|驳回)?/u;

/** The rules that find a request word names a request, not one made here. */
export const REQUEST_NOT_TOLD: readonly NotTold[] = [
  grantedRequest,
  requestDecidedBefore,
  requestRuledOnLater,
  requestBeforeDecision,
  requestNamingGoods,
  requestsARuleWouldBind,
  askToEaseTerm,
  askForReview,
  askForRefund,
  goodsWaiting,
  customsPapers,
  requestAsDocument,
  reviewOfNamedRequest,
  reviewProcess,
  otherRequest,
  requestNamedAgain,
];
