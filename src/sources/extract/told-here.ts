/**
 * Which triggers of a sentence tell an event here, and which only name one: a request a
 * decision acts on, a permission asked for or held, a holder described by its approval, a
 * delivery still to come, an event named as background or as what something relates to.
 */
import type { CandidateKind } from './candidate.js';
import type { Hit } from './phrase-index.js';
import { breaksBetween, type Range } from './text-units.js';
import { grantHeld } from './grant-held.js';
import { supposedGrant } from './trigger-context.js';
import {
  REPORT_NOUN,
  DELIVERY_SCHEDULE,
  BACKGROUND_BEFORE,
  receivesPermission,
  APPLICATION_NOUN,
  askedFor,
  ENTITLEMENT_BEFORE,
  NO_COMMENT_AFTER,
  ZH_RELATED,
  FUTURE_BEFORE,
  UNDER_REVIEW_AFTER,
  ATTRIBUTIVE,
  HOLDER_NOUN_AFTER,
  ZH_ITEM_CLAUSE_AFTER,
  PERMISSION_SUBJECT_BEFORE,
  OTHER_REQUEST_BEFORE,
  GRANT_NOUN_START,
  CONDITION_CONTENT_BEFORE,
  ANY_PERMISSION_BEFORE,
  STANDING_AFTER,
  ITEM_HOLDER_NOUN_AFTER,
  DETERMINER_BEFORE,
  WITHOUT_PERMISSION_BEFORE,
  WITHOUT_PERMISSION_CLAUSE_BEFORE,
  describesHolders,
  REQUIRED_BEFORE,
  USE_AFTER,
  HELD_BEFORE,
  grantedPassively,
  PASSIVE,
  GRANT_NOUN,
  QUOTA_WORD,
  REJECTED_BEFORE,
} from './told-patterns.js';

// (侨银股份H200进口许可据悉被收回: a hedge may stand between the permission and its undoing.)
const PERMISSION_BEFORE =
  /(?:许可|批文|批复|licen[cs]es?|approvals?|permits?|permission)(?:\s+to\s+(?:import|buy|bring\s+in|purchase|sell|export|ship)(?:\s+[\p{L}\p{N}'’-]+){0,3}?)?(?:\s*(?:has|have|had|was|were|is|are))?\s*(?:据悉|据称|据传|传|或已|或|被指|被曝)?[未已均]?(?:\s*not)?\s*$/iu;
const SUBMITTED_BEFORE = /(?:提交|递交|报送|提出|上报)[^，。；,;]{0,20}$|\b(?:filed|submitted|lodged|made)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,3}$/i;
const DECISIONS: ReadonlySet<CandidateKind> = new Set(['grant', 'denial', 'suspension', 'revocation']);
const RESPONSE_DENIES =
  /不属实|不实|不符|不存在|失实|从未|否认|辟谣|谣言|不准确|没有(?!可以|可|发布|提供|信息)|并未|尚未|未发生|正常|有效|\b(?:not true|untrue|false|inaccurate|den(?:y|ies|ied|ying)|never|no such|remains? (?:valid|in (?:force|effect)))\b/i;
const TOPIC_VERB_AFTER =
  /^\s+(?:are|were|is|have|has|come|came|look|looks|remain|become|became|turn|turning|signal|show|cap|caps|capped|limit|limits|mean|means|weigh on|weighs on|hurt|hurts|help|helps|lift|lifts|boost|boosts|drive|drives|dent|dents)\b(?!\s+(?:been\s+|now\s+|being\s+)?(?:granted|approved|issued|cleared|revoked|suspended|withdrawn|extended|renewed|cut|raised|expanded)\b)/i;
// "Beijing's conditional approvals and its push for local chips mean …": the approvals as one of a verb's subjects.
const TOPIC_AND_VERB_AFTER = /^\s+and\s+(?:[\p{L}\p{N}'’-]+\s+){1,7}(?:mean|cap|limit|weigh on|hurt|signal|show|suggest|put)\b/iu;
const EASE_TERM_AFTER =
  /^[^.;,]{0,40}?\bto\s+(?:lower|reduce|cut|ease|relax|drop|waive|change|revise|soften|scrap)\s+(?:the\s+|its\s+|their\s+|that\s+)?(?:[\p{L}-]+\s+){0,2}(?:proportion|ratio|share|requirement|condition|terms?|quota of domestic|bundling)|^[^，。；]{0,12}?(?:下调|降低|放宽|减少|取消)[^，。；]{0,14}?(?:比例|配比|要求|条件)/iu;
const REASON_BEFORE =
  /(?:考虑到?|鉴于|由于|因为|出于|基于)[^，。；,;]{0,24}$|\b(?:citing|because of|in view of|due to|given)\s+(?:[\p{L}\p{N}'’-]+\s+){0,6}$/iu;
const ZH_MATTER_BEFORE = /(?:针对|回应|就)[^，。；,;：:]{0,28}$/u;
// (The headline's end, joined to the body with ". ", ends the matter too.)
const ZH_MATTER_AFTER = /^[^，。；,;：:.!?！？]{0,30}?(?:一事|的?(?:有关|相关)?(?:报道|传闻|传言|说法)|(?:有关问题)?答记者问)/u;
const RESPONSE_BEFORE =
  /(?:回应|针对|就)[^，。；,;：:]{0,16}$|\b(?:respond(?:s|ed|ing)?\s+to|comment(?:s|ed|ing)?\s+on|address(?:es|ed|ing)?)\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}$/iu;

/** The triggers of one sentence that tell an event, in order. */
// "signed off on the three's purchases, with other companies still waiting on their applications": a clause of other
// firms after the decision tells their requests, which the decision does not act on.
const OTHERS_CLAUSE = /[,，;；]\s*(?:while|whereas|with|but|as)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:other|more|further|remaining|rest)\b/i;

export function toldHere(text: string, s: Range, triggers: { kind: CandidateKind; hit: Hit }[]): { kind: CandidateKind; hit: Hit }[] {
  // A request that is the object of a decision ("rejects ByteDance's application") is not an event of its own.
  // (获批后用于…, "once approved": a supposed grant decides nothing.)
  const decided = triggers.filter((t) => DECISIONS.has(t.kind) && !(t.kind === 'grant' && supposedGrant(text, t.hit)));
  // 申请已获批准, "its application ... has been approved": the request named, then its grant told passively.
  const granted = new Set(
    triggers.filter(
      (a) =>
        a.kind === 'application' &&
        /^(?:applications?|requests?|申请)(?:\s+to\s+\w+)?$/i.test(a.hit.words) &&
        triggers.some((g) => g.kind === 'grant' && g.hit.index >= a.hit.end && grantedPassively(text, a.hit, g.hit)),
    ),
  );
  // (未申请亦未获批: a request denied having been made asks for nothing.)
  const asked = triggers.filter(
    (t) => t.kind === 'application' && !granted.has(t) && !/(?:未|没有|从未|并未)$/u.test(text.slice(Math.max(0, t.hit.index - 2), t.hit.index)),
  );
  const kept = triggers.filter(
    (t) =>
      !granted.has(t) &&
      !(
        t.kind === 'application' &&
        decided.some(
          (d) => d.hit.end <= t.hit.index && breaksBetween(text, d.hit.end, t.hit.index) === 0 && !OTHERS_CLAUSE.test(text.slice(d.hit.end, t.hit.index)),
        )
      ) &&
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
      // ("none of the export licences granted to Nvidia … has been revoked": the licences named, a participle after them.)
      !(
        t.kind === 'grant' &&
        // (进口额度遭监管冻结, 额度未被暂停: the quota or the right to import, frozen, is the permission named.)
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
      ) &&
      // "has been cancelled" revokes only an approval named before it in its clause, not an order.
      // ("Other firms are in the queue" is a request told, no passive undoing.)
      !(
        PASSIVE.test(t.hit.words) &&
        t.kind !== 'application' &&
        !triggers.some(
          (g) => g.kind === 'grant' && GRANT_NOUN.test(g.hit.words) && g.hit.end <= t.hit.index && breaksBetween(text, g.hit.end, t.hit.index) === 0,
        ) &&
        // 进口许可未被收回: the permission named right before, even where the lexicon reads no grant.
        !PERMISSION_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 60), t.hit.index))
      ) &&
      // 对第五批申请进口…的企业予以许可: a request in a relative clause describes the firms the grant is for.
      !(
        t.kind === 'grant' &&
        asked.some(
          (a) =>
            a.hit.end <= t.hit.index &&
            t.hit.index - a.hit.end <= 30 &&
            breaksBetween(text, a.hit.end, t.hit.index) === 0 &&
            !/的(?:企业|公司|申请人|买家|单位)/u.test(text.slice(a.hit.end, t.hit.index)) &&
            // (申请未获商务部同意: the request is what was turned down, told as a negated grant.)
            !REJECTED_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 24), t.hit.index)) &&
            // (申请尚未收到批复, 申请仍待审批 暂未取得许可: the answer the request still waits for, not yet had.)
            !/(?:尚未|暂未|仍未|还未|还没有?|没有)$/u.test(text.slice(a.hit.end, t.hit.index)) &&
            // 对…的进口申请作出批准决定: the request is what the decision acts on.
            !(/^(?:作出|予以|准予|给予)/u.test(t.hit.words) && /^(?:均|已|已经|依法|分别|一并)*$/u.test(text.slice(a.hit.end, t.hit.index))),
        )
      ) &&
      // 对其余企业的进口申请不予批准, "ByteDance's application was rejected": the request named before its decision.
      !(
        t.kind === 'application' &&
        APPLICATION_NOUN.test(t.hit.words) &&
        decided.some((d) => d.hit.index >= t.hit.end && d.hit.index - t.hit.end <= 30 && breaksBetween(text, t.hit.end, d.hit.index) === 0)
      ) &&
      // 公司申请进口的384颗H200芯片已获得商务部许可: a request in a relative clause names the goods its grant is for.
      !(
        t.kind === 'application' &&
        /^的/u.test(text.slice(t.hit.end, t.hit.end + 1)) &&
        decided.some((d) => d.kind === 'grant' && d.hit.index >= t.hit.end && breaksBetween(text, t.hit.end, d.hit.index) === 0)
      ) &&
      // 公司订购的8台H200服务器已全部运抵: the goods named by the order they came from, then told delivered.
      !(
        t.kind === 'order' &&
        (/的/u.test(t.hit.words) || /^的/u.test(text.slice(t.hit.end, t.hit.end + 1))) &&
        triggers.some((d) => d.kind === 'delivery' && d.hit.index >= t.hit.end && breaksBetween(text, t.hit.end, d.hit.index) === 0)
      ) &&
      // 后续H200进口申请或须附评估报告: the requests a requirement would bind are its topic, not one made.
      !(t.kind === 'application' && t.hit.words === '申请' && /^\s*(?:或须|或需|均须|须|应当|拟要求)/u.test(text.slice(t.hit.end, t.hit.end + 8))) &&
      // "declined to comment", 拒绝置评: a refusal to talk, not a decision.
      !(t.kind === 'denial' && NO_COMMENT_AFTER.test(text.slice(t.hit.end, t.hit.end + 14))) &&
      // 在三家共享的配额中, 在首批进口额度内追加订单: the quota named as where a share or an order lies, not a grant told.
      !(
        t.kind === 'grant' &&
        QUOTA_WORD.test(t.hit.words) &&
        /在[^，。,;；]{0,40}$/u.test(text.slice(Math.max(s.start, t.hit.index - 42), t.hit.index)) &&
        /^(?:中|内|之内|以内|范围内)/u.test(text.slice(t.hit.end, t.hit.end + 3))
      ) &&
      // 在首批额度获批后, 首批额度之外: the first quota, named as a point in time or a bound, is the one held.
      !(
        t.kind === 'grant' &&
        /^(?:配额|额度)/u.test(t.hit.words) &&
        /(?:首批|第一批|此前|原有|已有|既有|现有|原)的?(?:获批|获准|批准)?的?$/u.test(text.slice(Math.max(s.start, t.hit.index - 6), t.hit.index))
      ) &&
      // 取决于进口放行进度, "as China approvals trickle in": the pace of approvals, not one told.
      !(
        t.kind === 'grant' &&
        (/^(?:进度|节奏|速度|情况|流程)/u.test(text.slice(t.hit.end, t.hit.end + 2)) ||
          /^\s+(?:trickle|drag|stall|crawl|slow|remain slow|come slowly)/i.test(text.slice(t.hit.end, t.hit.end + 16)))
      ) &&
      // A quota held as a bound, a share, goods' permission, a concession's price or a hope (grant-held.ts).
      !(t.kind === 'grant' && grantHeld(text, s, t.hit)) &&
      // 已按要求报送: what was already done as required tells no term agreed (将按要求部署 still agrees to one).
      !(
        t.kind.startsWith('condition_') &&
        t.hit.words === '要求' &&
        /已(?:按|按照|根据|依照)$/u.test(text.slice(Math.max(s.start, t.hit.index - 3), t.hit.index))
      ) &&
      // 交回部分额度: a quota handed back is the one held, given up, not a grant told.
      !(
        t.kind === 'grant' &&
        QUOTA_WORD.test(t.hit.words) &&
        /(?:交回|退回|归还|上交|让出)了?(?:部分|一部分|全部|剩余|未到货的?|其)?$/u.test(text.slice(Math.max(s.start, t.hit.index - 12), t.hit.index))
      ) &&
      // "on top of its portion of the first approval": an approval named by its place among earlier ones is the one held.
      !(
        t.kind === 'grant' &&
        GRANT_NOUN.test(t.hit.words) &&
        /\b(?:the|its|their)\s+(?:first|initial|earlier|original|existing|previous|january)\s+$/i.test(
          text.slice(Math.max(s.start, t.hit.index - 24), t.hit.index),
        )
      ) &&
      // "most filed after the second round of approvals", "revoke …'s licence after earlier suspension": a decision named as
      // a point in time is none told.
      !(
        DECISIONS.has(t.kind) &&
        (GRANT_NOUN.test(t.hit.words) || /^(?:suspensions?|revocations?|rejections?|refusals?|freeze)$/i.test(t.hit.words)) &&
        // ("intact after freeze rumours": the decision a rumour told is the matter denied.)
        !/^\s+(?:rumou?rs?|reports?|claims?|talk|speculation)\b/i.test(text.slice(t.hit.end, t.hit.end + 14)) &&
        /\b(?:after|since|following|before)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:first|second|third|latest|last|earlier|initial|previous|prior)\s+)?(?:(?:round|batch|wave)\s+of\s+)?(?:H\d+\s+)?(?:import\s+|export\s+)?$/i.test(
          text.slice(Math.max(s.start, t.hit.index - 50), t.hit.index),
        )
      ) &&
      // "the number of chips it is allowed to import": the entitlement held, described, not a grant told.
      !(t.kind === 'grant' && ENTITLEMENT_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 40), t.hit.index))) &&
      // 追加额度申请, 要求追加进口额度, "asks for a bigger allowance": the permission named as what is asked for.
      !(
        t.kind === 'grant' &&
        (GRANT_NOUN.test(t.hit.words) || /^(?:配额|额度|quota|批准|许可)$/i.test(t.hit.words)) &&
        (/^\s*(?:申请|requests?\b|applications?\b)/i.test(text.slice(t.hit.end, t.hit.end + 14)) ||
          askedFor(text.slice(Math.max(s.start, t.hit.index - 80), t.hit.index)))
      ) &&
      // "China's Chip Permits Are Industrial Policy", "Nvidia's China licences come with a shrinking half-life": the
      // permissions held, as the topic of a claim about them, are no grant told.
      !(
        t.kind === 'grant' &&
        /^(?:permits|licen[cs]es|approvals)$/i.test(t.hit.words) &&
        /(?:'s|’s)\s+(?:[\p{L}\p{N}-]+\s+){0,2}$/iu.test(text.slice(Math.max(s.start, t.hit.index - 30), t.hit.index)) &&
        (TOPIC_VERB_AFTER.test(text.slice(t.hit.end, t.hit.end + 40)) || TOPIC_AND_VERB_AFTER.test(text.slice(t.hit.end, t.hit.end + 80)))
      ) &&
      // "has asked regulators to lower the proportion", 要求下调配比: asking to ease a term is bargaining over it, not a request for a permit.
      !(t.kind === 'application' && EASE_TERM_AFTER.test(text.slice(t.hit.end, Math.min(s.end, t.hit.end + 90)))) &&
      // 将申请复核, "will appeal": asking for a review of a decision is not an application for one.
      !(
        t.kind === 'application' &&
        /^(?:复核|复议|行政复议|听证)|^\s+(?:for\s+)?(?:a\s+)?(?:review|reconsideration)\b/i.test(text.slice(t.hit.end, t.hit.end + 20))
      ) &&
      // 商务部回应H200进口获批报道, "responds to approval reports": the event a response is about is the report's, not told.
      // 针对外媒所称中方已批准…一事: the matter a response is about, told by others. (A response that
      // denies it, 回应…传闻：不属实, denies the event: the denial reads it.)
      !(
        !RESPONSE_DENIES.test(text) &&
        ((RESPONSE_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 24), t.hit.index)) && REPORT_NOUN.test(text.slice(t.hit.end, t.hit.end + 20))) ||
          (ZH_MATTER_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 30), t.hit.index)) && ZH_MATTER_AFTER.test(text.slice(t.hit.end, t.hit.end + 32))))
      ) &&
      // 综合考虑交付周期和国产芯片配套要求，公司已撤回申请, "citing the domestic-chip requirement": terms named as
      // a reason for the firm's own choice are no proposal told.
      !(t.kind.startsWith('condition_') && REASON_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 30), t.hit.index))) &&
      // "supply chain sources", 供应链: the industry, not a supply figure.
      !(t.kind === 'supply' && /^[\s-]*chains?\b/i.test(text.slice(t.hit.end, t.hit.end + 8))) &&
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
      // 相关申请仍在审查中: the review state after the request it names is the same process, not another request.
      !(
        t.kind === 'application' &&
        /^(?:审查中|审批中|审核中|under review|pending review)$/i.test(t.hit.words) &&
        /(?:申请|applications?|requests?)[^，。,;；]{0,6}$/i.test(text.slice(Math.max(s.start, t.hit.index - 12), t.hit.index))
      ) &&
      // 对企业申请进行审查, "applications are still under review": the process told, not a request made.
      // (已提交…申请 目前正在审查中, "filed an application that is under review": a request made, then its state.)
      !(
        t.kind === 'application' &&
        APPLICATION_NOUN.test(t.hit.words) &&
        UNDER_REVIEW_AFTER.test(text.slice(t.hit.end, t.hit.end + 20)) &&
        !SUBMITTED_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 24), t.hit.index))
      ) &&
      // 获批企业, "approved Chinese buyers", "a condition of its import approval": a participle or
      // noun describing a holder or an approval already held, not a decision told.
      !(t.kind === 'grant' && ATTRIBUTIVE.test(t.hit.words) && HOLDER_NOUN_AFTER.test(text.slice(t.hit.end, t.hit.end + 24))) &&
      !(
        t.kind === 'grant' &&
        ATTRIBUTIVE.test(t.hit.words) &&
        ITEM_HOLDER_NOUN_AFTER.test(text.slice(t.hit.end, t.hit.end + 30)) &&
        // ("Beijing Wants Approved H200 Buyers to Run…": the holders as the object of a verb of telling or wanting.)
        (DETERMINER_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 12), t.hit.index)) ||
          OBJECT_VERB_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 12), t.hit.index)))
      ) &&
      !(t.kind === 'grant' && describesHolders(text, s, t.hit, triggers)) &&
      // "with resale ban", "a ban on leasing": a use the permission forbids is its condition, not a refusal.
      !(
        t.kind === 'denial' &&
        /^ban$/i.test(t.hit.words) &&
        (/\b(?:resale|re-?export|leasing|rental|reselling)\s+$/i.test(text.slice(Math.max(s.start, t.hit.index - 14), t.hit.index)) ||
          /^\s+on\s+(?:the\s+)?(?:resale|re-?export|leasing|renting|reselling|rental|subletting)/i.test(text.slice(t.hit.end, t.hit.end + 24)))
      ) &&
      // 可用于对华交付的H200成品库存: goods that could be delivered are no delivery.
      !(t.kind === 'delivery' && /(?:可用于|可供|用于|以供)[^，。；,;]{0,4}$/u.test(text.slice(Math.max(s.start, t.hit.index - 8), t.hit.index))) &&
      !(t.kind === 'grant' && ATTRIBUTIVE.test(t.hit.words) && ZH_ITEM_CLAUSE_AFTER.test(text.slice(t.hit.end, t.hit.end + 24))) &&
      // "require that exporters permit on-site checks", "a demand that officials be allowed to inspect":
      // what is required is the condition's content, not a grant.
      !(t.kind === 'grant' && REQUIRED_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 120), t.hit.index))) &&
      // 不得将相关芯片用于军事用途, "must not be used for": a use restriction is a condition, not a refusal.
      !(t.kind === 'denial' && USE_AFTER.test(text.slice(t.hit.end, t.hit.end + 48))) &&
      !(t.kind === 'grant' && WITHOUT_PERMISSION_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 24), t.hit.index))) &&
      !(t.kind === 'denial' && WITHOUT_PERMISSION_CLAUSE_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 20), t.hit.index))) &&
      // "received approval", "收到批复": what is received is a permission, not goods.
      !(t.kind === 'delivery' && receivesPermission(text, t.hit)) &&
      !(t.kind === 'delivery' && DELIVERY_SCHEDULE.test(text.slice(t.hit.end, t.hit.end + 16))) &&
      !(t.kind === 'grant' && ANY_PERMISSION_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 24), t.hit.index))) &&
      !(
        t.kind === 'delivery' &&
        /s$/i.test(t.hit.words) &&
        /^(?:shipments|deliveries)$/i.test(t.hit.words) &&
        BACKGROUND_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 30), t.hit.index))
      ) &&
      !(t.kind === 'grant' && GRANT_NOUN_START.test(t.hit.words) && HELD_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 40), t.hit.index))) &&
      !(t.kind === 'denial' && CONDITION_CONTENT_BEFORE.test(text.slice(s.start, t.hit.index))) &&
      !(t.kind === 'denial' && PERMISSION_SUBJECT_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 20), t.hit.index))) &&
      // "a standard condition to licenses ... prohibiting remote access": the prohibition is the condition's.
      !(t.kind === 'denial' && /\bconditions?\b|条件/i.test(text.slice(Math.max(s.start, t.hit.index - 160), t.hit.index))) &&
      !(t.kind === 'application' && OTHER_REQUEST_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 8), t.hit.index))) &&
      // 商务部对该申请的审查结论: the request already told, named again by a determiner, is no new one.
      // 关于H200进口申请的审查结论: the request as the topic of a ruling, not one made.
      !(
        t.kind === 'application' &&
        t.hit.words === '申请' &&
        (/(?:该|此|上述|前述|这一|这项|此项)$/u.test(text.slice(Math.max(s.start, t.hit.index - 2), t.hit.index)) ||
          /^的(?:审查|审批|审核|评估)?(?:结论|决定|结果|意见)/u.test(text.slice(t.hit.end, t.hit.end + 8)))
      ) &&
      !(t.kind === 'grant' && GRANT_NOUN.test(t.hit.words) && STANDING_AFTER.test(text.slice(t.hit.end, t.hit.end + 40))) &&
      !measuredAgainst(text, t, triggers),
  );
  return kept;
}

const OBJECT_VERB_BEFORE = /\b(?:wants?|tells?|told|orders?|ordered|urges?|urged|asks?|asked|requires?|required|pushes|pushed|lets?)\s+$/i;
const HELD_ZH = /^(?:配额|额度|进口资格|资格)$/u;
const HELD_NOUN = /(?:approval|allowance|clearance|permission|licen[cs]e|permit|quota)s?$/iu;
const MEASURED_AGAINST = /\b(?:than|above|beyond|on top of|share of|what)\b/iu;
// "wants a bigger allowance than it received in January", "petitioned for a larger allowance, arguing its share of the allowance
// granted this week will not cover …": what a request for more is measured against is the grant it already holds, told again.
function measuredAgainst(text: string, t: { kind: CandidateKind; hit: Hit }, all: readonly { kind: CandidateKind; hit: Hit }[]): boolean {
  // ("a larger share of the joint approval it holds with …": a permission named, not a grant told, is read as held elsewhere.)
  if ((t.kind !== 'grant' && t.kind !== 'delivery') || HELD_NOUN.test(t.hit.words)) return false;
  return all.some((a) => a.kind === 'application' && a.hit.end <= t.hit.index && MEASURED_AGAINST.test(text.slice(a.hit.end, t.hit.index)));
}
