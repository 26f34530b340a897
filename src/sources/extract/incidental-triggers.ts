/**
 * Event words used in passing: terms a firm may or may not have accepted (是否已接受), a price a buyer accepts, an
 * organisation struck off its register, a delivery van, goods due for delivery, what follows failing a condition (否则不予放行),
 * a request let through and a model going live, a permission still needed, goods shipped in lots (分批出货), a firm consenting
 * to a duty (同意为…投保), shares frozen by a court, a restriction a firm accepts, another permit struck off (IDC牌照注销), the
 * contract goods come under (合同项下), goods described as imported, an office block.
 */
import type { CandidateKind } from './candidate.js';
import type { Hit } from './phrase-index.js';
import { deliveryNamedOnly } from './told-patterns.js';

/** Adds to `dropped` the triggers among `found` that name no event of their kind. */
export function incidentalTriggers(text: string, found: readonly { kind: CandidateKind; hit: Hit }[], dropped: Set<{ kind: CandidateKind; hit: Hit }>): void {
  // 阿里巴巴和腾讯是否已接受同一条款尚不清楚: whether terms were accepted is a question, not an agreement; 接受了加价条款:
  // a price a buyer accepts is a sale's term, not a permission's.
  for (const t of found)
    if (
      t.kind === 'condition_agreed' &&
      (/是否(?:已经?|会|将)?$/u.test(text.slice(Math.max(0, t.hit.index - 4), t.hit.index)) ||
        (/条款/u.test(t.hit.words) && /加价|价格|涨价|付款|预付|违约|交期|合同|采购价/u.test(t.hit.words)))
    )
      dropped.add(t);
  // 合作院所早已注销, 拿已注销研究所当合作方, 所报最终用户已于去年注销: an organisation struck off its register is no permission revoked.
  for (const t of found)
    if (
      t.kind === 'revocation' &&
      t.hit.words === '注销' &&
      (/(?:院所|研究所|研究院|公司|企业|机构|实验室|合作方|单位|法人|主体|用户|客户|医联体)(?:早已|早就|已经|已|被|遭)?(?:于[^，。；]{1,6})?$/u.test(
        text.slice(Math.max(0, t.hit.index - 16), t.hit.index),
      ) ||
        /^(?:的)?(?:院所|研究所|研究院|公司|企业|机构|实验室|合作方|单位|法人|主体|登记)/u.test(text.slice(t.hit.end, t.hit.end + 4)))
    )
      dropped.add(t);
  // 机房运营方IDC牌照已被注销, 被注销互联网数据中心业务许可: another permit (a data centre's operating licence) struck off.
  for (const t of found)
    if (
      t.kind === 'revocation' &&
      /^注销/u.test(t.hit.words) &&
      (/(?:牌照|执照|资质|业务许可|经营许可)/u.test(t.hit.words) ||
        /(?:牌照|执照|资质|业务许可|经营许可)(?:已经?|被|遭)*$/u.test(text.slice(Math.max(0, t.hit.index - 8), t.hit.index)) ||
        /^[^，。；,;]{0,12}?(?:牌照|执照|资质|业务许可|经营许可)/u.test(text.slice(t.hit.end, t.hit.end + 16)))
    )
      dropped.add(t);
  // "stolen from a delivery van": a vehicle named by its work, no goods delivered; "H200s for delivery over the spring": when
  // goods ordered are due, no delivery told.
  for (const t of found) if (t.kind === 'delivery' && /^deliver(?:y|ies)$/i.test(t.hit.words) && deliveryNamedOnly(text, t.hit)) dropped.add(t);
  // 分批出货, 几批出货后: goods shipped in lots, no licences issued (批出113份许可 is).
  for (const t of found)
    if (
      t.kind === 'grant' &&
      t.hit.words === '批出' &&
      (/^[货运]/u.test(text.slice(t.hit.end, t.hit.end + 1)) || /[分几多首两三数各]$/u.test(text.slice(0, t.hit.index)))
    )
      dropped.add(t);
  // 否则不予放行, "otherwise it will not be approved": what follows failing a condition is its consequence, no event.
  // (A text without the words is not searched before each trigger.)
  if (/否则|不然|otherwise/iu.test(text))
    for (const t of found)
      if (/(?:否则|不然|otherwise)[,，\s]*(?:将|会|就)?(?:不予|不会|不能|无法|不得|不)?$/iu.test(text.slice(Math.max(0, t.hit.index - 12), t.hit.index)))
        dropped.add(t);
  // 进口申请已获放行: a request let through is approved (the grant words beside it tell it), no goods released; 团雾模型秋冬前上线:
  // a model or service going live is no delivery.
  for (const t of found)
    if (
      t.kind === 'delivery' &&
      ((t.hit.words === '放行' && /申请(?:已经?)?获?$/u.test(text.slice(Math.max(0, t.hit.index - 6), t.hit.index))) ||
        (t.hit.words === '上线' &&
          /(?:模型|系统|平台|服务(?!器)|产品|功能|应用)[^，。；,;器]{0,6}$/u.test(text.slice(Math.max(0, t.hit.index - 12), t.hit.index))))
    )
      dropped.add(t);
  // "still needs Beijing's import approval before the chips can be delivered": a permission lacked is no grant.
  // (A text without the verbs is not searched before each grant.)
  if (/need|require|lack/iu.test(text))
    for (const t of found)
      if (
        t.kind === 'grant' &&
        /\b(?:still\s+)?(?:needs?|requires?|lacks?)\s+(?:[\w'’-]+\s+){0,4}$/iu.test(text.slice(Math.max(0, t.hit.index - 50), t.hit.index))
      )
        dropped.add(t);
  // 同意为机房投保责任险: a firm consenting to do something takes on a duty; it grants nothing.
  for (const t of found) if (t.kind === 'grant' && t.hit.words === '同意' && /^为/u.test(text.slice(t.hit.end, t.hit.end + 1))) dropped.add(t);
  // 控股股东股权遭司法冻结, "a court freeze on founders' shares": shares or assets frozen by a court are no permission suspended.
  for (const t of found)
    if (
      t.kind === 'suspension' &&
      (/(?:股权|股份|资产|账户|资金|存款)[^，。；,;]{0,6}$/u.test(text.slice(Math.max(0, t.hit.index - 10), t.hit.index)) ||
        (/^(?:freez|froze)/i.test(t.hit.words) &&
          /^\s+(?:(?:on|of)\s+)?(?:the\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:shares|stakes?|assets|accounts|funds)\b/iu.test(
            text.slice(t.hit.end, t.hit.end + 40),
          )))
    )
      dropped.add(t);
  // "ByteDance said to accept curb on using imported H200s": a restriction a firm accepts is a term, not a refusal.
  for (const t of found)
    if (
      t.kind === 'denial' &&
      /^(?:curbs?|bans?|restrictions?|limits?|bars?)$/i.test(t.hit.words) &&
      /\b(?:accept\w*|agree\w*\s+to|sign\w*\s+up\s+to|consent\w*\s+to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i.test(
        text.slice(Math.max(0, t.hit.index - 40), t.hit.index),
      )
    )
      dropped.add(t);
  // "any training run on more than 10,000 imported Nvidia H200s", "its imported chips": goods described as imported, no
  // delivery told (a firm that "has imported" them is).
  for (const t of found)
    if (
      t.kind === 'delivery' &&
      /^imported$/i.test(t.hit.words) &&
      /(?:\d|\b(?:the|its|their|of|on|any|all|these|those|such))\s+$/i.test(text.slice(Math.max(0, t.hit.index - 12), t.hit.index)) &&
      /^\s+(?:Nvidia\s+)?(?:H\d{2,3}s?|chips|processors|GPUs|accelerators)\b/i.test(text.slice(t.hit.end, t.hit.end + 20))
    )
      dropped.add(t);
  // "behind an office block": a building, no refusal.
  for (const t of found)
    if (
      t.kind === 'denial' &&
      /^block$/i.test(t.hit.words) &&
      /\b(?:office|apartment|residential|tower|housing|city|cell|concrete)\s+$/i.test(text.slice(Math.max(0, t.hit.index - 14), t.hit.index))
    )
      dropped.add(t);
  // 采购合同项下首批618颗…已运抵, "under the purchase agreement": the contract the goods come under is named, not signed now.
  for (const t of found)
    if (
      t.kind === 'order' &&
      (/^项下/u.test(text.slice(t.hit.end, t.hit.end + 2)) ||
        /\bunder\s+(?:the|its|their|that)\s+$/i.test(text.slice(Math.max(0, t.hit.index - 16), t.hit.index)))
    )
      dropped.add(t);
}
