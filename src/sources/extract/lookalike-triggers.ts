/**
 * Trigger words that look like an event and are not one: grant words that describe a party, goods or
 * a place (grants-describing.ts) or set the scene for other news (grants-in-background.ts), denial words that refuse no one (lookalike-denials.ts), a permission received (not goods),
 * an authorised trader, a penalty for whoever breaks a rule,
 * goods not yet come named to say which part of a quota, a suspension named only as a time, part of a quota taken back,
 * a project's delivery, chips named by their arrival, a permission naming the firms still waiting for it, a paper still
 * to be issued, issuing that was stopped, part of a quota set aside, and words used in passing (incidental-triggers.ts).
 */
import { incidentalTriggers } from './incidental-triggers.js';
import { refusedChecks } from './refused-checks.js';
import { waitingFirmsGrants } from './waiting-firms-phrases.js';
import { issuePending } from './issue-pending.js';
import { stoppedGrants } from './stopped-grants.js';
import { quotaSetAside } from './quota-set-aside.js';
import type { CandidateKind } from './candidate.js';
import { lexicon } from './lexicon.js';
import { hits, type Hit } from './phrase-index.js';
import { grantsDescribing } from './grants-describing.js';
import { grantsInBackground } from './grants-in-background.js';
import { BARRED_USE_ZH, lookalikeDenials } from './lookalike-denials.js';
import { ATTRIBUTIVE, undeliveredPart } from './told-patterns.js';

const PERMISSION_END = /(?:^|\s)(?:approvals?|nod|licen[cs]es?|permits?|clearance|go-ahead|green light)$|(?:批准|批复|许可)$/i;

// "…of the H200s Beijing approved for China's tech giants": goods named as part of an approval.
const OF_THE_APPROVED =
  /\bof\s+the\s+(?:[\w-]+\s+){0,3}?(?:that\s+)?(?:Beijing|China|the ministry|regulators|authorities)\s+(?:has\s+|had\s+)?(?:cleared|approved|allowed|authori[sz]ed|granted)\b/i;

const ONE_OF_THE_TERMS_BEFORE =
  /\b(?:meet|eas|satisf|settl|resolv|clear|address)\w*\s+(?:one|some|part|two|several)\s+of\s+the\s+(?:(?:terms|conditions|requirements)\s+(?:(?:that\s+(?:are|were)|still|now)\s+)*)?$/i;
const WAY_FOR_BEFORE = /\b(?:clear(?:s|ed|ing)?|pav(?:es|ed|ing)|open(?:s|ed|ing)?)\s+the\s+(?:way|path|door)\s+(?:for|to)\s+(?:[\w-]+\s+){0,2}$/i;
// The nouns WAY_FOR_BEFORE needs (same flags): a text without them is not searched before each grant.
const WAY_WORD = /way|path|door/i;
const CLEARANCE_PAPERS = /^\s+(?:records|data|declarations|filings|figures|statistics)\b/i;

/** The triggers among `found` that name no event of their kind. */
export function lookalikeTriggers(text: string, found: readonly { kind: CandidateKind; hit: Hit }[]): Set<{ kind: CandidateKind; hit: Hit }> {
  const dropped = new Set<{ kind: CandidateKind; hit: Hit }>();
  // 未按批准用途使用, 按照批准的数量, 严格按照已获批的数量安排采购: what was approved, named as the measure of a use or a
  // purchase, is no grant told. (后续批次将视审批额度分期到货, 已就H200额度接受…: nor is a quota named as what deliveries
  // wait on, or as the matter a firm agrees terms on, or what a bargain buys.)
  for (const t of found)
    if (
      t.kind === 'grant' &&
      (/(?:按|按照|依照|依)$/u.test(text.slice(Math.max(0, t.hit.index - 2), t.hit.index)) ||
        // (以换取H200额度落实, 作为H200进口额度落地的条件: the quota a bargain is struck for is what the terms buy, no grant told.
        // Traditional text arrives converted to simplified, item-text.ts.)
        (t.hit.words === '额度' &&
          (/(?:视|就)(?:审批|获批|H\d{2,3}(?:进口)?)?$/u.test(text.slice(Math.max(0, t.hit.index - 7), t.hit.index)) ||
            /(?:换取|落实|落地|兑现)(?:H\d{2,3})?(?:进口)?$/u.test(text.slice(Math.max(0, t.hit.index - 10), t.hit.index)) ||
            /^(?:落实|落地|兑现)/u.test(text.slice(t.hit.end, t.hit.end + 6)))) ||
        (ATTRIBUTIVE.test(t.hit.words) && /(?:按照|依照|根据|按)已?$/u.test(text.slice(Math.max(0, t.hit.index - 3), t.hit.index))))
    )
      dropped.add(t);
  // "meeting one of the terms still under negotiation": the terms still open are background to the one met.
  for (const t of found)
    if (t.kind === 'condition_proposed' && ONE_OF_THE_TERMS_BEFORE.test(text.slice(Math.max(0, t.hit.index - 50), t.hit.index))) dropped.add(t);
  // "clearing the way for further approvals": a grant still to come; "a review of clearance records": customs, not a permission.
  const wayFor = WAY_WORD.test(text);
  for (const t of found)
    if (
      t.kind === 'grant' &&
      ((wayFor && WAY_FOR_BEFORE.test(text.slice(Math.max(0, t.hit.index - 40), t.hit.index))) ||
        (/^clearance$/i.test(t.hit.words) &&
          (/\bcustoms\s+$/i.test(text.slice(Math.max(0, t.hit.index - 10), t.hit.index)) || CLEARANCE_PAPERS.test(text.slice(t.hit.end)))))
    )
      dropped.add(t);
  grantsDescribing(text, found, dropped);
  grantsInBackground(text, found, dropped);
  lookalikeDenials(text, found, dropped);
  // 相关算力已全部收回自用: computing power taken back into the firm's own use is no permission taken away (a headline's
  // space or 进口资质, "the standing to import", between them names what is taken back).
  for (const t of found)
    if (
      t.kind === 'revocation' &&
      /收回$/u.test(t.hit.words) &&
      (/^自用/u.test(text.slice(t.hit.end, t.hit.end + 2)) ||
        /(?:算力|芯片|服务器|设备)[^许批资，。；,;\s]{0,8}$/u.test(text.slice(Math.max(0, t.hit.index - 12), t.hit.index)))
    )
      dropped.add(t);
  // 收到商务部关于…的批复, "received the ministry's approval": what is received is a permission, not goods.
  for (const t of found)
    if (
      t.kind === 'delivery' &&
      /^(?:收到|接收|receiv\w*|receives?)$/i.test(t.hit.words) &&
      /^[^，。,;；.]{0,30}?(?:批复|批准|许可|批文|approvals?\b|licen[cs]es?\b|nod\b|permission\b|go-ahead\b|sign-off\b)/i.test(
        text.slice(t.hit.end, t.hit.end + 60),
      )
    )
      dropped.add(t);
  // "through authorised distributors": the adjective before a kind of trader names no decision.
  const trader = /^\s+(?:[a-z-]+\s+)?(?:distributors?|dealers?|resellers?|retailers?|channels?|agents?|partners?|vendors?|suppliers?|representatives?)\b/i;
  for (const t of found) if (t.kind === 'grant' && /^authori[sz]ed$/i.test(t.hit.words) && trader.test(text.slice(t.hit.end, t.hit.end + 40))) dropped.add(t);
  // 三家企业年初所获H200进口许可依然有效: what was obtained, told as an attribute, is no grant now.
  for (const t of found)
    if (t.kind === 'grant' && /^获/u.test(t.hit.words) && /所\s*$/u.test(text.slice(Math.max(0, t.hit.index - 2), t.hit.index))) dropped.add(t);
  // 希望在已获批额度之外再引进, 获批额度内: the quota a permission gave, named as a measure, is no grant now.
  for (const t of found)
    if (
      t.kind === 'grant' &&
      ((/^获(?:批|准)$/u.test(t.hit.words) && /^的?(?:额度|配额|数量|规模)(?:之外|以外|之内|以内|内|外|范围)/u.test(text.slice(t.hit.end, t.hit.end + 6))) ||
        (/^(?:额度|配额)$/u.test(t.hit.words) && /^(?:之外|以外|之内|以内|范围)/u.test(text.slice(t.hit.end, t.hit.end + 2))))
    )
      dropped.add(t);
  // 第二批H200获批企业, 后续获准进口H200的企业: firms named by an approval still to come are no grant now.
  for (const t of found)
    if (
      t.kind === 'grant' &&
      /^获(?:批|准)$/u.test(t.hit.words) &&
      /^(?:[^，。；,;]{0,12}?的)?(?:企业|公司|买家|客户)/u.test(text.slice(t.hit.end, t.hit.end + 16)) &&
      /(?:第[二三四五六七八九十\d]+批|下一批|新一批|后续|今后新?|此后)(?:H\d{2,3})?(?:芯片)?(?:进口)?$/u.test(
        text.slice(Math.max(0, t.hit.index - 10), t.hit.index),
      )
    )
      dropped.add(t);
  // "as the approval pace slows", "the licensing process": a permission word naming the process is no decision.
  for (const t of found)
    if (
      t.kind === 'grant' &&
      /^(?:approvals?|licen[cs]ing|permits?|审批)$/i.test(t.hit.words) &&
      /^\s*(?:pace|process|processes|rate|regime|system|queue|backlog|timeline|procedures?|mechanism|cycle|slowdown|speed|节奏|流程|速度|进度|机制)\b/i.test(
        text.slice(t.hit.end, t.hit.end + 16),
      )
    )
      dropped.add(t);
  // 获准进口的英伟达H200将只部署在…: the goods named by their approval, in an item telling neither their arrival (left to
  // the delivery rules) nor the approved figure (获准引进的芯片数量约2000颗 tells the grant).
  if (!found.some((t) => t.kind === 'delivery'))
    for (const t of found)
      if (
        t.kind === 'grant' &&
        /^获(?:批|准)$/u.test(t.hit.words) &&
        /^(?:进口|采购|引进|购买)的/u.test(text.slice(t.hit.end, t.hit.end + 3)) &&
        !/^[^，。；,;]*(?:数量|额度|[\d一二三四五六七八九十百千万]+\s*(?:颗|台|张|片|枚))/u.test(text.slice(t.hit.end, t.hit.end + 40))
      )
        dropped.add(t);
  // (Every word of a duty below holds 须, 需 or 应: a text without them is not searched before each grant.)
  const mustWord = /[须需应]/u.test(text);
  // 进口须依法取得许可, "must obtain a licence": a permission required of everyone, granted to no one; 尚未获批企业: not yet.
  for (const t of found)
    if (
      t.kind === 'grant' &&
      // (尚需取得…许可, "still needs": the request's own condition, left to the intention rules.)
      // (如需跨省迁移须事先报商务部同意: a consent the firm must seek first, with the body named.)
      ((mustWord &&
        /(?<![尚仍还])(?:须|需|必须|需要|应当|应)(?:依法|先|事先|提前)?(?:(?:报|报请|报经|经|获得?|取得)(?:商务部|主管部门|有关部门|监管部门|商务主管部门))?$/u.test(
          text.slice(Math.max(0, t.hit.index - 14), t.hit.index),
        )) ||
        (/(?:尚未|还未|仍未|未)$/u.test(text.slice(Math.max(0, t.hit.index - 2), t.hit.index)) &&
          /^(?:的)?(?:企业|公司)/u.test(text.slice(t.hit.end, t.hit.end + 3))))
    )
      dropped.add(t);
  // 未收到进口许可暂停通知: the licence named as what a notice would suspend is no grant received.
  for (const t of found)
    if (t.kind === 'grant' && /^[^，。；,;]{0,2}?(?:暂停|撤销|吊销|收回|注销)(?:执行)?的?(?:通知|决定)/u.test(text.slice(t.hit.end, t.hit.end + 12)))
      dropped.add(t);
  // 许可申请结果的公告, "the outcome of its application": the request named for the decision told, no request now.
  // (申请 结果存在不确定性: a headline's space ends the request's clause.)
  for (const t of found) if (t.kind === 'application' && /^(?:结果|的结果)|^\s*(?:outcome|result)/i.test(text.slice(t.hit.end, t.hit.end + 8))) dropped.add(t);
  // "wins Singapore approval", "clearance from Singapore's regulator", 获马来西亚批准: another country's permission is its own decision.
  // (Only a grant ending in a permission word is weighed against the countries: without one, the countries are not looked up.)
  const countries = found.some((t) => t.kind === 'grant' && PERMISSION_END.test(t.hit.words)) ? hits(lexicon().otherCountries, text) : [];
  for (const t of found)
    if (
      t.kind === 'grant' &&
      PERMISSION_END.test(t.hit.words) &&
      countries.some(
        (c) =>
          // "gets Malaysian licence": the country inside the trigger's words.
          (c.index > t.hit.index && c.end < t.hit.end) ||
          (c.end <= t.hit.index && /^(?:(?:'s|’s)\s+)?\s*$/u.test(text.slice(c.end, t.hit.index))) ||
          (c.index >= t.hit.end && /^\s*(?:from|by)\s+(?:the\s+)?$/i.test(text.slice(t.hit.end, c.index))),
      )
    )
      dropped.add(t);
  // "firms that breach the terms could have licences suspended", 违规企业或被暂停许可: a penalty a rule sets for
  // whoever breaks it names no one acted on.
  const penalty =
    /(?:\bviolators?\b|\boffenders?\b|\b(?:firms?|companies|buyers?|importers?|those|any(?:one)?|holders?)\s+(?:that|who|found)\s+(?:to\s+)?(?:violat|breach|break|flout|resell|divert|misuse|fail)|违规|违反|违约|一经查实|一经发现|如有违|未按期|未按规定|逾期未)[^.;!?。；]{0,60}$/i;
  for (const t of found)
    if (
      (t.kind === 'suspension' || t.kind === 'revocation') &&
      penalty.test(text.slice(Math.max(0, t.hit.index - 90), t.hit.index)) &&
      /(?:\b(?:could|would|may|might|will|face|faces|risk|risks)\b|或被|或将|将被|可能被|将面临|面临|会被|恐被|或遭|的[，,]?将)/i.test(
        text.slice(Math.max(0, t.hit.index - 60), t.hit.index),
      )
    )
      dropped.add(t);
  for (const t of found) if (t.kind === 'delivery' && undeliveredPart(text, t.hit)) dropped.add(t);
  // "applications are reviewed case by case", "a case-by-case review of licence applications": the rule's way of deciding
  // names no one's request.
  for (const t of found)
    if (
      t.kind === 'application' &&
      /^applications?$/i.test(t.hit.words) &&
      (/^[^.;!?]{0,60}?\b(?:reviewed|considered|assessed|decided|judged|evaluated)\s+(?:on\s+a\s+)?case[- ]by[- ]case\b/i.test(
        text.slice(t.hit.end, t.hit.end + 100),
      ) ||
        /\bcase[- ]by[- ]case\s+(?:review|basis|consideration)\s+(?:of|for)\s+(?:[\w-]+\s+){0,3}$/i.test(
          text.slice(Math.max(0, t.hit.index - 60), t.hit.index),
        ))
    )
      dropped.add(t);
  // 附加条件不变, 附加条件维持不变: terms said to stand unchanged are proposed by no one.
  for (const t of found)
    if (
      t.kind === 'condition_proposed' &&
      /^[^，。；,;]{0,4}?(?:不变|未变|没有变化|无变化|保持不变|维持不变|未作调整|没有调整|无调整)/u.test(text.slice(t.hit.end, t.hit.end + 12))
    )
      dropped.add(t);
  // "Alibaba lines up about 150,000 of the H200s Beijing approved": lining up a share of an approval orders nothing.
  for (const t of found) if (t.kind === 'order' && /^lin/i.test(t.hit.words) && OF_THE_APPROVED.test(text.slice(t.hit.index, t.hit.end + 60))) dropped.add(t);
  // "allow spot checks at customer sites": letting inspectors in is a term the exporter accepts, not a grant.
  for (const t of found)
    if (
      t.kind === 'grant' &&
      /^allow(?:s|ed|ing)?$/i.test(t.hit.words) &&
      /^\s+(?:spot\s+|on-site\s+|site\s+)?(?:checks|inspections?|audits?|visits|verification)\b/i.test(text.slice(t.hit.end, t.hit.end + 30))
    )
      dropped.add(t);
  // 获批H200芯片中首批80颗已到货, 经批准进口的英伟达H200芯片首批96颗已运抵: goods named by their approval are no grant told.
  for (const t of found)
    if (
      t.kind === 'grant' &&
      ((/^(?:获批|获准)$/u.test(t.hit.words) && /^(?:英伟达)?\s*H\d{3}(?!\d)(?:芯片)?中/u.test(text.slice(t.hit.end, t.hit.end + 12))) ||
        (/^批准进口$/u.test(t.hit.words) &&
          /经$/u.test(text.slice(Math.max(0, t.hit.index - 1), t.hit.index)) &&
          /^的/u.test(text.slice(t.hit.end, t.hit.end + 1))))
    )
      dropped.add(t);
  // (拟禁止, 拟禁 propose a term only when what it would bar is such a use; 拟禁止某企业进口 would be no term.)
  for (const t of found)
    if (t.kind === 'condition_proposed' && /^拟禁(?:止)?$/u.test(t.hit.words) && !BARRED_USE_ZH.test(text.slice(t.hit.end, t.hit.end + 24))) dropped.add(t);
  // 不影响在手项目交付, 部分到货芯片被出租: a project's delivery is work done for clients, and chips named by their
  // arrival ("the chips that arrived") are goods spoken of, not a delivery told.
  for (const t of found)
    if (
      t.kind === 'delivery' &&
      (/(?:项目|工程|业务|服务|产品|订单)(?:的)?$/u.test(text.slice(Math.max(0, t.hit.index - 3), t.hit.index)) ||
        (/^(?:已)?到货$/u.test(t.hit.words) &&
          /^(?:的)?(?:芯片|产品|设备|H\d)/u.test(text.slice(t.hit.end, t.hit.end + 4)) &&
          /(?:部分|把|将|对|其|所|已)$/u.test(text.slice(Math.max(0, t.hit.index - 2), t.hit.index))))
    )
      dropped.add(t);
  // 申请是在暂停受理之前提出的, 暂停受理前已收下的申请, "filed before the suspension": a time named by a suspension, not one told.
  for (const t of found)
    if (
      t.kind === 'suspension' &&
      (/^[^，。；,;]{0,4}?(?:之前|以前|前(?=已|提交|提出|受理|递交|收|的))/u.test(text.slice(t.hit.end, t.hit.end + 8)) ||
        /\bbefore\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(0, t.hit.index - 24), t.hit.index)))
    )
      dropped.add(t);
  // 未到货部分依规收回, 闲置额度按季滚动收回: part of a quota taken back resizes the quota; the licence stands.
  for (const t of found)
    if (
      t.kind === 'revocation' &&
      /^(?:被)?收回$/u.test(t.hit.words) &&
      // Only a part: 收回腾讯H200额度 takes the firm's whole quota back, which undoes its approval.
      (/(?:闲置|未到货|未使用|未用|剩余|多余|部分)[^，。；许]{0,12}$/u.test(text.slice(Math.max(0, t.hit.index - 14), t.hit.index)) ||
        /^[^，。；许]{0,6}(?:闲置|未到货|未使用|剩余|多余)[^，。；许]{0,6}(?:额度|份额|配额)/u.test(text.slice(t.hit.end, t.hit.end + 16)))
    )
      dropped.add(t);
  // "still waiting for its first Nvidia H200s", "orders still waiting to be filled": goods awaited, no permission.
  for (const t of found)
    if (t.kind === 'application' && /^still waiting$/i.test(t.hit.words) && GOODS_AWAITED_AFTER.test(text.slice(t.hit.end, t.hit.end + 60))) dropped.add(t);
  // "seeks clearance for a second batch": clearance asked for is a permission sought, no goods cleared.
  for (const t of found)
    if (
      t.kind === 'delivery' &&
      /^clearance\b/i.test(t.hit.words) &&
      // ("has asked China's Commerce Ministry for clearance to bring in a small batch": the asking may name whom it asks.)
      /\b(?:seek(?:s|ing)?|sought|await(?:s|ing)?|ask(?:s|ed|ing)? for|request(?:s|ed|ing)?)\s+$|\b(?:ask(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|petition(?:s|ed|ing)?)\b[^.;]{0,50}\bfor\s+$/i.test(
        text.slice(Math.max(0, t.hit.index - 70), t.hit.index),
      )
    )
      dropped.add(t);
  incidentalTriggers(text, found, dropped);
  refusedChecks(text, found, dropped);
  waitingFirmsGrants(text, found, dropped);
  issuePending(text, found, dropped);
  stoppedGrants(text, found, dropped);
  quotaSetAside(text, found, dropped);
  return dropped;
}
const GOODS_AWAITED_AFTER =
  /^\s+(?:to be\s+[a-z]+|for\s+(?:its|their|the|any|more)\s+(?:first\s+)?(?:[\w-]+\s+){0,3}?(?:chips|H\d+s?|GPUs|processors|accelerators|deliveries|shipments|units|servers)\b)/i;
