/**
 * The words around a trigger that say whether it is told here, and how: what a report or a
 * denial looks like, a permission named as a thing held or asked for, a holder described by
 * its approval, a passive grant, a rule in force. Patterns only; readTriggers applies them.
 */
import type { CandidateKind } from './candidate.js';
import type { Hit } from './phrase-index.js';
import { breaksBetween, type Range } from './text-units.js';

export const REPORT_OBJECT =
  /^\s*(?:that|reports?|claims?|a report|the report|media reports?|(?:a|the|an)\s+(?:\w+\s+){0,2}reports?\b|rumou?rs?|speculation|it\b|any|having|ever|earlier reports?|报道|传闻|相关|有关|此事)/i;

export const AUTHORITY_SUBJECT =
  /\b(?:ministry|department|commerce|government|regulators?|authorities|officials?|bureau|agency|administration|white house|beijing|china|washington|us|u\.s\.|bis|customs|mofcom)\b|商务部|政府|监管|海关|中方|美方|北京/i;
export const REPORT_NOUN =
  /^\s*(?:(?:a|the|media|earlier|recent|press|news|viral|online|social-media|such|unfounded|local|foreign|overseas|domestic|Chinese|Western|hong\s+kong|taiwan(?:ese)?|japanese|korean|american|british|industry|newspaper|magazine|tabloid|trade|suspension|revocation|approval|denial|rejection|freeze|ban|licen[cs]e|permit|order|delivery|shipment)\s+)*(?:reports?|claims?|rumou?rs?|speculation|chatter|gossip|hearsay|talk(?=\s+(?:that|of)\b))\b|^\s*(?:有关|相关)?(?:报道|传闻|传言)/i;
// "delivery times are unclear", 交付时间尚未确定: a delivery named as a schedule, not told.
// "any license authorizing the export", 任何许可: a rule speaking of permissions in general.
export const ANY_PERMISSION_BEFORE = /\b(?:any|each|every|all)\s+(?:licen[cs]es?|approvals?|permits?)\s+$/i;
export const DELIVERY_SCHEDULE = /^\s*(?:times?|dates?|schedules?|timelines?|timing|windows?|plans?)\b|^(?:时间|日期|周期|计划|安排|时间表)/i;
// "after China shipments", "since deliveries began": a prior event named as background.
export const BACKGROUND_BEFORE = /\b(?:after|following|follows|followed|since|amid)\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}$/iu;

export const POSTPOSITIVE_DENIAL =
  /^(?:false|untrue|inaccurate|baseless|groundless|unfounded|not true|incorrect|not accurate|不实|失实|不属实|并不属实|谣言|不准确|没有依据|无事实依据|(?:没有|并无|毫无)事实依据|毫无根据|误读|曲解|误传|系误传|属误传|并非事实|纯属谣言|不符合事实|与事实不符|无据|查无实据|并不正确|(?:说法|报道|消息|传闻)(?:并)?不(?:正确|符合实际))$/i;
export const REPORT_OPENER =
  /\b(?:reports?|claims?|rumou?rs?|speculation|suggestions?)\s+(?:that|of)\b|\b(?:posts?|reports?|articles?|stories|rumou?rs?)\s+(?:claiming|saying|suggesting|alleging)\b|报道|消息|传闻|传言|说法|网传|盛传|所谓|[“"「]/i;

// A grant word that names the approval itself (a noun), which a later verb can act on; also word received ("received no
// instruction to stop buying"), which is no goods either.
export const PERMISSION_AFTER =
  /^\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}(?:approvals?|licen[cs]es?|permission|permits?|nod|green light|go-ahead|backing|clearance|support|orders?|requests?|applications?|notices?|notifications?|instructions?|letters?|calls?|complaints?|word|guidance|share|portion|slice|allocation|allotment|quota)\b|^\s*(?:了)?[^，。,;；:：]{0,14}?(?:批准|许可|批复|批文|订单|申请|通知|函|要求|指令|指示)/iu;

export const PERMISSION_BEFORE =
  /\b(?:approvals?|licen[cs]es?|permission|permits?|clearance)\s+(?:(?:that|which)\s+)?(?:[\p{L}\p{N}'-]+\s+){0,3}(?:had\s+|has\s+|have\s+)?$|(?:批准|许可|批复)$/iu;
const RULING_AFTER = /^[^，。,;；:：]{0,28}?(?:结论|决定|通知|答复|回复|文件|批示|意见|审查结果|审批结果|审核结果)/u;
/** A receiving verb whose object is a permission or an order ("received approval to import"). */
export function receivesPermission(text: string, h: Hit): boolean {
  if (!/^(?:receiv|收到|接到|接收|获得)/i.test(h.words)) return false;
  // "the permission ByteDance received in January": the permission named just before, as a relative clause.
  // 尚未收到商务部关于H200进口申请的审查结论: a ruling or notice received, however long its object.
  return (
    PERMISSION_AFTER.test(text.slice(h.end, h.end + 50)) ||
    PERMISSION_BEFORE.test(text.slice(Math.max(0, h.index - 40), h.index)) ||
    RULING_AFTER.test(text.slice(h.end, h.end + 40))
  );
}
export const APPLICATION_NOUN = /^(?:applications?|requests?|申请)$/i;
export const REQUEST_BEFORE =
  /(要求|请求|申请|寻求|争取|\bask(?:s|ed|ing)?\s+(?:\S+\s+){0,3}for|\b(?:line[sd]?|lining)\s+up\s+for|\bqueu(?:e|es|ed|ing)\s+for|\bseek(?:s|ing)?|\bsought|\brequest(?:s|ed|ing)?|\bappl(?:y|ies|ied|ying)\s+(?:\S+\s+){0,6}?for|\bpetition(?:s|ed|ing)?\s+(?:\S+\s+){0,5}for|\b(?:applications?|requests?|bids?)\s+(?:\S+\s+){0,8}for)[^，。,;；.]{0,50}$/i;
/** The permission after these words is what was asked for, unless the request was then granted (申请获批准, "request was approved"). */
export function askedFor(before: string): boolean {
  const m = REQUEST_BEFORE.exec(before);
  // (申请已依法审查并附条件批准: a request reviewed and decided is granted, not still asked for; 申请尚未收到批复: the
  // answer not yet received is the permission denied so far.)
  return (
    !!m &&
    !/获|被|得到|通过|审查并|审核并|审批并|作出|(?:尚未|暂未|仍未|还未|未|没有)(?:收到|取得|拿到)|\b(?:was|were|been|is|are|has|have|passed|won|cleared|received|obtained)\b/i.test(
      m[0].slice(m[1]!.length),
    )
  );
}
export const ENTITLEMENT_BEFORE =
  /\b(?:chips|units|number|amount|quantity|volume|H200s?)\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:is|are|was|were)\s+(?:currently\s+|now\s+)?$/i;
export const REJECTED_BEFORE =
  // (仍未, 还没有, 尚未, 暂未: a request still waiting, not turned down; 未申请亦未获批: no request made, none turned down.)
  /(?<!未|没有|从未|并未)(?:申请|请求|applications?|requests?|bids?|申请[^，。,;；尚仍还暂]{0,20}?(?:一事|事项))[^，。,;；尚仍还暂]{0,8}?(?<![尚仍还暂])(?:(?:未获|未能获得|没有获得|未得到|没有得到)(?:商务部|主管部门|有关部门|相关部门|监管部门)?|未能通过|没有通过|未被|未能|未|没有|(?<!yet\s)(?:was|were|has|have|had)\s+not(?:\s+been)?)\s*$/i;
export const QUESTION_START = /^\s*(?:has|have|had|is|are|was|were|will|would|did|does|do|can|could|should|may|might)\b/i;
export const NO_COMMENT_AFTER = /^\s*(?:to\s+)?(?:comment|置评|评论|回应)|^(?:置评|评论|回应|作出回应)/i;
export const ZH_RELATED = /[与受][^，。,;；与受]{0,12}$/u;
// (分三批交付, 二季度起分批交付: deliveries laid out in batches, or from a time on, are still to come.)
export const FUTURE_BEFORE =
  /\b(?:expect(?:s|ed)?|will|would|due|set)\s+(?:\S+\s+){0,3}?to\s+$|\b(?:to|will|would|shall)\s+be\s+$|\bwill\s+(?:\S+\s+){0,2}$|(?:将|预计|有望|计划)[^，。,;；]{0,8}$|(?:分[\d一二三四五六七八九十两]+批|分批|(?:季度?|月份?|年)起(?:陆续)?)$/i;
export const UNDER_REVIEW_AFTER =
  /^(?:仍|仍然|还|正|目前)?(?:在|处于)?(?:进行)?(?:审查|审核|评估|审理)|^[，,]?[^。；]{0,16}?(?:正在|仍在|仍|还在)[^。；，,]{0,8}?(?:审查|审核|评估)|^\s+(?:(?:are|is|remain|remains)\s+)?(?:still\s+)?(?:under review|being reviewed|being processed|pending review)\b/i;
export const ATTRIBUTIVE = /^(?:approved|licensed|authori[sz]ed|cleared|获批|获准)$/i;
export const HOLDER_NOUN_AFTER =
  /^\s*(?:(?:Chinese|domestic|local|foreign)\s+)?(?:buyers|customers|clients|firms|companies|entities|end[- ]users|purchasers|importers|users|group|trio|batch|cohort|members)\b|^(?:的)?(?:中国|国内|境内)?(?:企业|公司|客户|买家|单位)|^者/i;
// "China's approved H200 buyers", "the cleared H200 importers": with the item between, only a
// determiner or possessive before the participle makes it describe the holders.
export const ITEM_HOLDER_NOUN_AFTER = /^\s*(?:H\d+s?|Nvidia|chip|GPU)\s+(?:buyers|customers|clients|firms|companies|importers|purchasers)\b/i;
export const DETERMINER_BEFORE = /(?:'s|’s|\b(?:the|its|their|all|those|these))\s+$/i;
// "proposed that companies approved to buy H200 also buy", 要求获批进口H200的企业: a generic
// holder noun the participle describes, in a sentence that tells some other event.
export const HOLDER_NOUN_BEFORE =
  /\b(?<!first |only |second |third )(?:buyers|customers|clients|firms|companies|entities|end[- ]users|purchasers|importers|those)\s+(?:already\s+|now\s+|previously\s+)?$/i;
// 包括部分已获准进口的英伟达H200芯片: a participle describing the chips, not a grant told.
export const ZH_ITEM_CLAUSE_AFTER = /^[^，。,;；:：]{0,16}?的(?:英伟达)?(?:H\d+)?(?:芯片|GPU|加速卡|算力)/u;
export const ZH_HOLDER_CLAUSE_AFTER = /^[^，。,;；:：]{0,24}?的(?:[一二三四五六七八九十两几数多\d]+家)?(?:企业|公司|客户|买家|单位)/u;
// 所有获准进口…的企业须…, 凡获批企业: a rule for whoever holds the permission (all of them, or a duty
// on them) describes the holders whatever else the sentence tells.
const ALL_BEFORE = /(?:所有|凡是?|各|全部|每家)$/u;
const DUTY_AFTER = /^[^，。,;；:：]{0,24}?的(?:企业|公司|客户|买家|单位)(?:均|都|也)?(?:须|必须|需|需要|应|应当|要)/u;
export function describesHolders(text: string, s: Range, t: Hit, others: readonly { kind: CandidateKind; hit: Hit }[]): boolean {
  if (!ATTRIBUTIVE.test(t.words)) return false;
  if (/^获/u.test(t.words) && (ALL_BEFORE.test(text.slice(Math.max(s.start, t.index - 4), t.index)) || DUTY_AFTER.test(text.slice(t.end, t.end + 32))))
    return ZH_HOLDER_CLAUSE_AFTER.test(text.slice(t.end, t.end + 24));
  if (!others.some((o) => o.kind !== 'grant' && o.kind !== 'restatement')) return false;
  if (/^获/u.test(t.words))
    return (
      ZH_HOLDER_CLAUSE_AFTER.test(text.slice(t.end, t.end + 24)) &&
      !/(?:首家|第一家|唯一)[^，。]{0,4}$/u.test(text.slice(Math.max(s.start, t.index - 8), t.index))
    );
  return HOLDER_NOUN_BEFORE.test(text.slice(Math.max(s.start, t.index - 40), t.index)) && /^\s+to\b/i.test(text.slice(t.end, t.end + 6));
}
export const PROPOSAL_WORD = /propos|negotiat|discuss|talks|would|may|拟|提议|建议|谈判|磋商|要求/i;
export const REPORTED_CONTENT_BEFORE = /有关[^，。,;；]{0,36}$/u;
// 部, 局, 委 for a ministry, bureau or commission, not 部署 (deploy), 全部, 局面 or 委托.
export const AUTHORITY_TITLE =
  /商务部|国务院|海关|(?<![全内外])部(?![署分件位队落])|局(?![面势限部])|委(?![托屈婉])|\b(?:ministry|department|bureau|commission|MOFCOM|BIS|Federal Register|White House|Commerce)\b/i;
export const MODAL = /^(?:may|might|could|would|可能|或将|或)$/i;
export const REQUIRED_BEFORE =
  /\b(?:requir(?:e|es|ed|ing)|demand(?:s|ed|ing)?|insist(?:s|ed)? on|mandat(?:e|es|ed|ing))\s+(?:that\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,14}(?:to\s+|be\s+|must\s+|should\s+)?$/iu;
export const USE_AFTER =
  /^[^，。,;；]{0,10}?(?:用于|转售|转让|转卖)|^(?:向[^，。,;；]{1,8}?|对外)?(?:转租|出租|出借|提供)|^\s+(?:be\s+)?(?:used|use|resold|resell|re-exported|transferred|diverted)\b|^\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?from\s+(?:renting|leasing|reselling|sub-?letting|re-exporting|transferring|sharing|lending|using|deploying)\b|^\s+(?:renting|leasing|reselling|sub-?letting|re-exporting)\b/iu;
// "a condition of its approval", "the terms of the licence": the approval held, named as a thing.
// "despite its approval", "under their licences": a preposition before the holder's own approval.
// ("now holds a permit", in a filing, tells the permit as news.)
export const HELD_BEFORE =
  /\b(?:(?:condition|conditions|term|terms|part|scope|requirement|requirements)\s+(?:of|for|(?:now\s+|already\s+)?attached to)\s+(?:its|their|the|his|her)|(?:despite|under|within|beyond|per|outside|on top of|in addition to|over and above)\s+(?:what\s+)?(?:its|their|the|our|those|these)|(?<!\bnow\s)(?:holds?|holding|possess(?:es)?)\s+(?:an?|the|its|their|any))\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// "has not received H200 import approval", 尚未获得进口许可: a negation reaches over the verb that obtains the permission.
export const OBTAINED_BETWEEN =
  /^\s*(?:yet\s+)?(?:been\s+)?(?:receiv\w*|obtain\w*|got|gotten|get|gets|won|win|wins|secur\w*|granted|given|issued)\s+(?:(?:an?|the|any|its|their)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,3}$|^(?:获得|取得|拿到|收到|得到)/iu;
// "no licences for H200 exports to China had been revoked": "no" on the subject of a passive.
// A headline drops the auxiliary: "no H200 export licences revoked".
export const NO_SUBJECT_PASSIVE =
  /^\s+(?:[\p{L}\p{N}'’-]+\s+){1,14}(?:had|has|have|were|was|is|are)\s+(?:yet\s+|so far\s+)?(?:been\s+)?$|^\s+(?:(?!(?:as|while|but|after|when|since|because|though|and|or|yet|with|despite)\s)[\p{L}\p{N}'’-]+\s+){1,4}$/iu;
export const GRANT_PARTICIPLE = /^(?:approved|granted|cleared|accepted|authori[sz]ed)$/i;
export const EN_PASSIVE_GAP = /\b(?:has|have|had|was|were|is|are)\s+(?:now\s+|not\s+|yet\s+|been\s+|officially\s+|formally\s+|finally\s+)*$/i;
// 申请据悉已获放行: a hedge may stand before the passive.
export const ZH_PASSIVE_GAP = /^(?:已经?|均|正式|目前|现已|终于|据悉|据称|据报道|据了解|传|或已|或)*(?:获得?|被|得到)[^，。,;；:：]{0,8}$/u;
export function grantedPassively(text: string, a: Hit, g: Hit): boolean {
  const gap = text.slice(a.end, g.index);
  if (breaksBetween(text, a.end, g.index) > 0 || /[,;，。；]/u.test(gap)) return false;
  // "Tencent's H200 application approved by MOFCOM": a headline drops the auxiliary.
  if (GRANT_PARTICIPLE.test(g.words)) return gap.length <= 50 && (EN_PASSIVE_GAP.test(gap) || !gap.trim());
  // 获批 carries its own passive; 获商务部批准 has it in the gap; a hedge may stand in it (申请据悉已获批).
  return (
    gap.length <= 12 &&
    (ZH_PASSIVE_GAP.test(gap) ||
      // 申请已审查通过: a review passed is the request granted, told the same way; so is 申请经审查已依法获…批准.
      // (申请已经批出: 批出, "approved and issued", is told of the request the same way.)
      ((/^(?:已经?|均)?获/u.test(g.words) || /^(?:审查|审核|审批)通过$|^(?:已经?)?批出$/u.test(g.words)) &&
        /^(?:已经?|均|正式|目前|现已|终于|尚未|未能|未|没有|据悉|据称|据报道|据了解|传|或已|或|经(?:过)?(?:审查|审核|审批)|依法(?:依规)?|附条件)*$/u.test(
          gap,
        )) ||
      // 申请已依法予以许可: the ministry's own phrase for granting the request named before it.
      (/^(?:依法)?(?:予以|准予|给予)(?:许可|批准)$/u.test(g.words) && /^(?:已经?|均|现已)?(?:依法)?$/u.test(gap)) ||
      // 申请已依法审查并附条件批准, 审查该企业的申请并作出附条件准予进口的决定: the request reviewed, then granted.
      (/^(?:批准|准予|同意|许可)/u.test(g.words) &&
        /^(?:已经?|均|现已)?(?:依法(?:依规)?)?(?:(?:审查|审核|审批)(?:后|并|完毕)?)?(?:并)?(?:作出|做出)?(?:附条件|有条件)?(?:予以)?$/u.test(gap) &&
        /(?:审查|审核|审批|作出|做出|附条件|有条件)/u.test(gap)))
  );
}
export const PASSIVE = /^(?:been|was|were|is|are)\s|^被/u;
// "Beijing's approval is subject to conditions", "the licences remain valid": the permission as a thing that stands.
export const STANDING_AFTER = /^\s+(?:is|are|was|were|remains?|stays?)\s+(?:still\s+)?(?:subject to|conditional on|valid|in (?:force|effect|place))\b/i;
// 条件：单一客户…不得超过5万颗, "new conditions: no more than": a prohibition that is the content of a condition.
// "The licence bars Tencent from moving the systems": what a permission forbids is its condition.
export const PERMISSION_SUBJECT_BEFORE = /\b(?:licen[cs]es?|permits?|approvals?|rule|terms?)\s+(?:also\s+)?$/i;
// "上市申请", "IPO application": a request for a listing or a loan, not for the item.
export const OTHER_REQUEST_BEFORE = /(?:IPO|上市|港股|A股|listing|loan|贷款|融资)\s*$/i;
export const CONDITION_CONTENT_BEFORE = /(?:条件|要求|规定|condition|conditions|requirement)[^。；;.]{0,24}[：:][^。；;.]*$/i;
export const GRANT_NOUN_START = /^(?:approvals?|licen[cs]es?|permits?|permission|go-ahead|green light|许可证?|批文)\b/i;
/** A quota named by its own word (配额, 额度). */
export const QUOTA_WORD = /^(?:配额|额度)$/u;
export const GRANT_NOUN = /^(?:approvals?|licen[cs]es?|permits?|permission|clearances?|go-ahead|green light|许可证?|批文)$/i;

export const FINAL_RULE = /\b(?:final rule|interim final rule|(?:is|becomes|takes) effective|takes effect|in force)\b|正式施行|起施行|生效/i;
export const PROPOSED_RULE = /\bproposed rule|\bdraft\b|request for comments|征求意见|草案/i;
export const REQUIRE_WORD = /requir|must|要求|规定|须|应当/i;

/**
 * "no chips moved without prior approval", 未经批准不得转让: a permission named as what a duty
 * needs is the condition's wording, not a grant, and its 不得 is not a refusal.
 */
export const WITHOUT_PERMISSION_BEFORE =
  /\bwithout\s+(?:(?:prior|the|a|an|written|official|government|their|its|further|advance)\s+){0,2}$|未经(?:商务部|主管部门|有关部门|监管部门)?$/i;
export const WITHOUT_PERMISSION_CLAUSE_BEFORE = /未经[^，。；,;]{0,8}?(?:批准|许可|同意|审批|备案)[，,]?\s*$/u;

/**
 * 交回未到货的部分, "volume that had not arrived", "some of its allotment would not arrive": goods not yet come,
 * named to say which part of a quota, describe that part; they are no delivery told as missing.
 */
export function undeliveredPart(text: string, hit: { index: number; end: number }): boolean {
  return (
    (/(?:未|没有|尚未)$/u.test(text.slice(Math.max(0, hit.index - 2), hit.index)) &&
      /^的?[^，。；,;]{0,10}?(?:部分|份额|额度|配额)/u.test(text.slice(hit.end, hit.end + 14))) ||
    /\b(?:volume|part|portion|share|allotment|allocation|quota|chips|units)\s+(?:(?:that|which)\s+)?(?:had|has|have|would|will|could|did|does|do)(?:\s+not|n't)\s+(?:yet\s+)?(?:been\s+)?$/i.test(
      text.slice(Math.max(0, hit.index - 60), hit.index),
    )
  );
}

const DELIVERY_VEHICLE = /^\s+(?:vans?|trucks?|vehicles?|drivers?|lorr(?:y|ies)|riders?|fleets?|bikes?|drones?|robots?|routes?)\b/i;

/**
 * "stolen from a delivery van", "57,900 H200s for delivery over the spring": the word names a vehicle by its work or when
 * ordered goods are due; no goods are told delivered (`from`: where the text that may hold "for" starts).
 */
export function deliveryNamedOnly(text: string, hit: { index: number; end: number }, from = 0): boolean {
  return DELIVERY_VEHICLE.test(text.slice(hit.end, hit.end + 12)) || /\bfor\s+$/i.test(text.slice(Math.max(from, hit.index - 4), hit.index));
}

// "Power-supply maker Kstar": the second half of a compound naming the kind of firm before it, no event or figure.
export const FIRM_KIND_AFTER = /^\s+(?:maker|makers|firm|firms|company|companies|group|provider|producer|supplier)\b/i;

// What a permission said to stand is said to be: in force, still valid, 仍然有效.
const STANDS_EN = String.raw`\b(?:is|are|remains?|stays?)\s+(?:intact|in force|valid|in effect)\b`;
// ("clearance stands", "licence still valid": a headline drops the verb.)
const STILL_STANDS_EN = String.raw`(?:still\s+stands|stands|(?:is\s+|are\s+)?still\s+valid)\b`;
const STANDS_ZH = '(?:仍然|依然|依旧|继续|仍)(?:有效|生效)';
const PERMISSION_NOUN = String.raw`\b(?:approvals?|licen[cs]es?|permits?|permission|clearance)`;
// "its H200 import clearance is intact after freeze rumours", 许可仍然有效: the permission said to stand denies an undoing told beside it.
export const PERMISSION_STANDS = new RegExp(
  `${PERMISSION_NOUN}\\b[^,.;:，。；：]{0,72}?${STANDS_EN}|${PERMISSION_NOUN}\\s+${STILL_STANDS_EN}|(?:许可|批文|批准)[^，。；：]{0,6}?${STANDS_ZH}`,
  'iu',
);
// The same, right after a permission's own words (拿到的许可依旧有效), or the permission named by its grant (获批进口…的许可).
export const STANDS_AFTER_PERMISSION = new RegExp(
  `^[^，。；,;.]{0,8}?${STANDS_ZH}|^[^，。；,;.]{0,20}?的(?:进口)?(?:许可|批文|批复)|^[^,.;]{0,24}?${STANDS_EN}|^\\s+${STILL_STANDS_EN}`,
  'iu',
);

/** "limiting H200 shipments to…", "a cap on deliveries", 限制H200对华出货: the goods a limit bounds (a regex ending at the goods' word). */
export const CAP_BEFORE =
  /\b(?:limit|cap|restrict|ceiling on|quota on)(?:s|ed|ing|ping|ped)?\s+(?:[\p{L}\p{N}-]+\s+){0,2}$|(?:限制|限定|限缩)[^，。；,;\s]{0,8}$/iu;
