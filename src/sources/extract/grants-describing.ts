/**
 * Grant words that describe rather than grant: a share of a quota named with no taker, goods named as part of a share,
 * a permission named as lacking or as what goods come under, and a participle naming which buyers or places.
 */
import type { CandidateKind } from './candidate.js';
import type { Hit } from './phrase-index.js';

// "Alibaba gets the biggest slice of", "wins a larger share of": a share someone takes is theirs ("who will get the
// biggest slice of": not one asked about or still to come).
const SHARE_TAKEN_BEFORE =
  /\b(?<!\b(?:who|will|would|could|may|might|can)\s+)(?:gets?|got|wins?|won|takes?|took|receives?|received|secures?|secured|lands?|landed)\s+(?:the\s+|a\s+)?(?:(?:biggest|largest|lion['’]s|smallest|big|large|larger|bigger|sizeable|major)\s+)?$/i;
const APPROVED_PLACE_AFTER =
  /^\s+(?:(?:computing|compute|data|national|state|server)\s+){0,2}(?:hubs?|cent(?:re|er)s?|sites?|facilities|zones?|locations?|parks?|premises)\b/i;

const SOUGHT_OR_TO_COME_BEFORE =
  /\b(?:(?:any|future|eventual|(?:a|an)\s+(?:future|eventual))\s+(?:[\w-]+\s+)?|\b(?:awaiting|waiting\s+(?:for|on)|seeking|sought|applied\s+for|applying\s+for)\s+(?:[\w-]+\s+){0,3}|to\s+(?:speed|hasten|expedite|accelerate|fast-track|smooth|ease)\s+(?:up\s+)?(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?)$/i;
const ALREADY_CLEARED_BEFORE = /\b(?:giants|firms|companies|platforms|buyers|trio|groups|ones)\s+(?:already|previously|earlier|initially)\s+$/i;
const FIRMS_THE_BODY_BEFORE =
  /\b(?:companies|firms|buyers|groups|platforms|giants|customers)\s+(?:that\s+|which\s+)?(?:Beijing|Washington|China|regulators|officials|the\s+(?:commerce\s+)?ministry|the\s+Commerce\s+Department|Commerce|MOFCOM)\s+(?:has|had|have)\s+(?:already\s+)?$/iu;
// The firm nouns FIRMS_THE_BODY_BEFORE opens with (same flags): a text without them cannot match it.
const FIRMS_WORD = /companies|firms|buyers|groups|platforms|giants|customers/iu;
const TERM_WRITTEN_INTO = /^(?:中|里|内|之中)?(?:增加|加入|附加|新增|写入|加设|增设|添加|列入)[^，。；,;]{0,12}?(?:条件|条款|要求|限制)/u;
const MEASURED = String.raw`\b(?:matching|matches|match|in line with|equal to|the same as|up to|within)\s+(?:the\s+)?(?:full\s+)?(?:volume|number|amount|quantity|figure|total|count)\s+(?:that\s+)?(?:its|their|the)\s+(?:[\w-]+\s+){0,3}`;
const MEASURED_BY_BEFORE = new RegExp(`${MEASURED}$`, 'i');
const MEASURED_BY_PERMISSION_BEFORE = new RegExp(`${MEASURED}(?:clearance|approval|licen[cs]e|permit|quota|allowance|allotment)\\s+$`, 'i');
const APPROVED_FIRMS = /^的?(?:(?:[两三四五六七八九十\d]+家|首批)(?:企业|公司|平台|买家)?|企业|公司|平台|买家|三巨头|巨头)/u;

/** Adds to `dropped` the grant triggers among `found` that describe a party, goods or a place instead of granting. */
export function grantsDescribing(text: string, found: readonly { kind: CandidateKind; hit: Hit }[], dropped: Set<{ kind: CandidateKind; hit: Hit }>): void {
  // "Tencent's share of the quota": a share is a grant only as someone's ("'s share of … quota", "gets the biggest slice of").
  for (const t of found)
    if (
      t.kind === 'grant' &&
      /^(?:share|slice|portion)\s+of\b/i.test(t.hit.words) &&
      // ("Tencent Holdings' portion": a plural name's possessive too.)
      !/(?:'s|’s|s'|s’)\s+$/u.test(text.slice(Math.max(0, t.hit.index - 4), t.hit.index)) &&
      !SHARE_TAKEN_BEFORE.test(text.slice(Math.max(0, t.hit.index - 40), t.hit.index))
    )
      dropped.add(t);
  // "the first part of its share of Beijing's approval": goods named as part of a share; the approval is what they count against.
  for (const t of found)
    if (
      t.kind === 'grant' &&
      /^(?:approvals?|quotas?|allowances?|allocations?|licen[cs]es?)$/i.test(t.hit.words) &&
      /\b(?:part|portion|batch|tranche|instal?ment|chunk)\s+of\s+(?:its|their|the)\s+(?:share|slice|portion|allocation)\s+(?:of|under)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*(?:'s|’s)\s+)?(?:[\w-]+\s+){0,2}$/u.test(
        text.slice(Math.max(0, t.hit.index - 90), t.hit.index),
      )
    )
      dropped.add(t);
  // "an affiliate that lacked approval", 流向未获批准的最终用户, 转给未获批准的算力商: a permission named as lacking describes a party, it is no decision.
  for (const t of found)
    if (
      t.kind === 'grant' &&
      ((/^(?:approvals?|licen[cs]es?|permits?|permission|clearance)$/i.test(t.hit.words) &&
        /\b(?:(?:that|which|who)\s+lack(?:s|ed)?|lacking|without)\s+(?:the\s+|any\s+|an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$/i.test(
          text.slice(Math.max(0, t.hit.index - 30), t.hit.index),
        )) ||
        (/^获?(?:批准|许可|批)$/u.test(t.hit.words) &&
          /(?:未|未经|未曾)获?$/u.test(text.slice(Math.max(0, t.hit.index - 2), t.hit.index)) &&
          /^的?(?:最终)?(?:用户|企业|公司|买家|第三方|主体|机构|单位|客户|关联|[\p{Script=Han}]{0,3}?(?:商|方|平台|中心))/u.test(
            text.slice(t.hit.end, t.hit.end + 6),
          )))
    )
      dropped.add(t);
  // "re-check every approved Chinese H200 buyer", "licensed customers", "outside its approved allotment", "half of its approved
  // import volume": a participle naming which buyers or which share, no decision.
  for (const t of found)
    if (
      t.kind === 'grant' &&
      /^(?:approved|licensed|cleared|authori[sz]ed)$/i.test(t.hit.words) &&
      ((/\b(?:every|each|all|any|the|its|their|those|other|existing)\s+$/i.test(text.slice(Math.max(0, t.hit.index - 10), t.hit.index)) &&
        /^\s+(?:(?:Chinese|H\d+|Nvidia|US|U\.S\.|foreign|domestic|import|export)\s+){0,3}(?:buyers?|customers?|firms?|companies|importers?|end[- ]users?|users?|entities|recipients?|exporters?|allotments?|allocations?|allowances?|volumes?|quotas?|amounts?|totals?)\b/i.test(
          text.slice(t.hit.end, t.hit.end + 40),
        )) ||
        // "confining clusters to approved computing hubs", "in licensed data centres": which places, no decision.
        APPROVED_PLACE_AFTER.test(text.slice(t.hit.end, t.hit.end + 40)))
    )
      dropped.add(t);
  // "the chips it brings in under Beijing's approval": the permission the goods come under, named to describe them.
  for (const t of found)
    if (
      t.kind === 'grant' &&
      /^(?:approvals?|licen[cs]es?|permits?|clearance)$/i.test(t.hit.words) &&
      /\b(?:brings?|brought|bringing|imports?|imported|importing|buys?|bought|buying|ships?|shipped|arriv\w+|come|comes|came|deployed|used)\s+(?:[\w-]+\s+){0,2}under\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\p{Lu}][\p{L}-]*(?:'s|’s)\s+)?(?:[\w-]+\s+){0,2}$/iu.test(
        text.slice(Math.max(0, t.hit.index - 80), t.hit.index),
      )
    )
      dropped.add(t);
  // 其中包括本周获得国内进口批准的部分企业, 覆盖多家第二批获批企业: buyers an event includes or covers, described by their approval.
  for (const t of found)
    if (
      t.kind === 'grant' &&
      // (The buyers after the trigger first: that test stops at its first character, the one before searches the span.)
      /^的?(?:部分|多家|一些|其他)?(?:企业|公司|客户|买家)/u.test(text.slice(t.hit.end, t.hit.end + 6)) &&
      /(?:包括|覆盖|涵盖|面向|针对)[^，。；,;]{0,16}$/u.test(text.slice(Math.max(0, t.hit.index - 18), t.hit.index))
    )
      dropped.add(t);
  // 拟在进口批准中增加一项条件, 在三家企业H200批文加入「不得转售」条款: the permission a term is written into is named, not
  // granted; 获批三家或被要求…: nor are the approved firms a term is proposed for.
  for (const t of found)
    if (
      t.kind === 'grant' &&
      (TERM_WRITTEN_INTO.test(text.slice(t.hit.end, t.hit.end + 24)) ||
        (/^获批$/u.test(t.hit.words) &&
          APPROVED_FIRMS.test(text.slice(t.hit.end, t.hit.end + 6)) &&
          found.some((o) => o.kind === 'condition_proposed' && o.hit.index >= t.hit.end && o.hit.index - t.hit.end <= 8)))
    )
      dropped.add(t);
  // "an order matching the volume its import clearance allows", 与获批数量一致: an order measured against the permission
  // held is no news of the permission.
  for (const t of found)
    if (
      t.kind === 'grant' &&
      (/^(?:allows?|permits?|covers?|lets)$/i.test(t.hit.words)
        ? MEASURED_BY_PERMISSION_BEFORE.test(text.slice(Math.max(0, t.hit.index - 90), t.hit.index))
        : /^(?:clearance|approval|licen[cs]e|permit|quota|allowance|allotment)$/i.test(t.hit.words) &&
          MEASURED_BY_BEFORE.test(text.slice(Math.max(0, t.hit.index - 70), t.hit.index)))
    )
      dropped.add(t);
  // 移出核准机房, 获批的数据中心以外: a place described by the permission it was named in is no decision.
  for (const t of found)
    if (
      t.kind === 'grant' &&
      /^(?:核准|获批|获准|批准|许可)$/u.test(t.hit.words) &&
      /^的?(?:机房|数据中心|场所|地址|地点|园区|站点|场地)/u.test(text.slice(t.hit.end, t.hit.end + 6))
    )
      dropped.add(t);
  // 可向获许可中国客户供应的H200: the buyers goods go to, described by their permission, are no decision either.
  for (const t of found)
    if (
      t.kind === 'grant' &&
      /^获?(?:许可|批准?|准)$/u.test(t.hit.words) &&
      /(?:向|给|对|供|面向|卖给|售予|售给|供应给)已?$/u.test(text.slice(Math.max(0, t.hit.index - 4), t.hit.index)) &&
      /^的?(?:中国|国内|境内|大陆)?(?:客户|买家|用户|企业|公司)/u.test(text.slice(t.hit.end, t.hit.end + 6))
    )
      dropped.add(t);
  // "as part of any clearance", "to speed approval", "still awaiting H200 permits", "the three internet giants already cleared": a permission still to come,
  // one sought, or firms described by the one they have, is no decision told.
  for (const t of found)
    if (
      t.kind === 'grant' &&
      (/^(?:approvals?|clearances?|licen[cs]es?|permits?|permission|sign-off|nod)$/i.test(t.hit.words)
        ? SOUGHT_OR_TO_COME_BEFORE.test(text.slice(Math.max(0, t.hit.index - 40), t.hit.index))
        : /^(?:cleared|approved|licensed)$/i.test(t.hit.words) && ALREADY_CLEARED_BEFORE.test(text.slice(Math.max(0, t.hit.index - 60), t.hit.index)))
    )
      dropped.add(t);
  // "inventory of H200s cleared for Chinese customers": goods described by the permission they carry, no decision.
  for (const t of found)
    if (
      t.kind === 'grant' &&
      /^(?:cleared|approved|licensed|authori[sz]ed)$/i.test(t.hit.words) &&
      /\b(?:H\d{2,3}s?|chips|processors|GPUs|units|accelerators)\s+$/i.test(text.slice(Math.max(0, t.hit.index - 16), t.hit.index)) &&
      /^\s+(?:for|to\s+go\s+to)\s+(?:sale\s+to\s+|export\s+to\s+|shipment\s+to\s+)?(?:(?:Chinese|China|mainland|approved|licensed)\s+)*(?:customers|buyers|clients|users|export|sale|shipment)\b/i.test(
        text.slice(t.hit.end, t.hit.end + 50),
      )
    )
      dropped.add(t);
  // "even as Beijing's import approvals cover only a fraction of that": how far the permissions reach, set against
  // another figure, is no decision.
  for (const t of found)
    if (
      t.kind === 'grant' &&
      /^(?:approvals?|licen[cs]es?|permits?|quotas?|allowances?)$/i.test(t.hit.words) &&
      /^\s+(?:cover|covers|covered|account\s+for|accounts\s+for|amount\s+to|amounts\s+to)\s+(?:only|just|barely|merely|a\s+fraction|a\s+sliver|a\s+small\s+part)\b/i.test(
        text.slice(t.hit.end, t.hit.end + 40),
      )
    )
      dropped.add(t);
  // "one of the three Chinese companies Beijing has allowed to buy the chip": a relative clause naming which firms, no decision.
  // (A text naming no such firms is not searched before each grant.)
  if (FIRMS_WORD.test(text))
    for (const t of found) if (t.kind === 'grant' && FIRMS_THE_BODY_BEFORE.test(text.slice(Math.max(0, t.hit.index - 60), t.hit.index))) dropped.add(t);
  // "resold chips to buyers without permits": a permission named as lacking describes someone, it is no decision.
  for (const t of found)
    if (
      t.kind === 'grant' &&
      /^(?:permits?|licen[cs]es?|approvals?|permission)$/i.test(t.hit.words) &&
      /\bwithout\s+(?:any\s+|the\s+|valid\s+|proper\s+|import\s+|export\s+)*$/i.test(text.slice(Math.max(0, t.hit.index - 30), t.hit.index))
    )
      dropped.add(t);
}
