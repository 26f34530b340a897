/**
 * An order, delivery or supply figure without a number says nothing the ledger can keep,
 * except goods told arriving at a named buyer ("first H200 servers delivered to Tencent"),
 * deliveries begun, an order sized in money, and a named buyer's confirmation or denial.
 */
import type { CandidateEvent } from './candidate.js';
import type { Sentence } from './actors.js';
import { deliveriesBegun } from './deliveries-begun.js';
import { deliveryOnPlan, deliveryToCome } from './delivery-to-come.js';
import { deniedByBuyer, ownOrderRumourDenied } from './denied-by-buyer.js';
import type { Hit } from './phrase-index.js';
import { AUTHORITY_KINDS } from './trigger.js';

// ("no H200s have reached its labs", "the first batch reached Tencent": goods named reaching a place or buyer arrived.)
const DELIVERED =
  /^(?:delivered|arriv\w*|received|receives?|receiving|reach\w* Chinese .*|[\w-]+ (?:ha(?:ve|s|d) (?:now |already )?)?reach\w*|landed in|ha(?:ve|s) landed|shipped|(?:takes|took|taken|taking) delivery|clear\w* .*|cleared customs|switch\w* on|power\w* up|brought online|(?:bring|brings|bringing|brought)\b.*\bonline|went live|goes live|go live|(?:open|launch|roll)\w* .*instances|到货|交付|运抵|收到|通关|清关|上架|上线|点亮|投入使用|投运|投入运行|.*实例.*上线|上线.*实例|算力池.*开放)$/i;
const GOES_LIVE = /^(?:上线|went live|goes live|go live)$/i;
// "the permission a subsidiary received to bring in H200s": what was received is a permission, not the goods.
const PERMISSION_RECEIVED = /^\s+to\s+(?:bring\s+in|import|buy|purchase)\b/i;
const INSTANCES = /instances|实例|算力池/i;
const ITEM_JUST_BEFORE = /H\d{2,3}[^，。,;；]{0,10}$/u;
const ITEM_IN = /H\d{2,3}/u;
const SIZED_WITHOUT_COUNT =
  /[$€]\s?\d[\d.,]*\s*(?:billion|million|bn)\b|\d[\d.,]*\s*(?:billion|million)\s+(?:dollars|yuan)\b|\d[\d.,]*\s*(?:亿|万)(?:元|美元|人民币)|\b(?:tens|hundreds) of thousands\b|(?<![\d万])(?:数|几|上)(?:十|百)?万颗/i;

const BUYER_CONFIRMS = /确认|证实|\bconfirm(?:s|ed)?\b/i;
const PAIRED_PURCHASE = /国产|配比|搭配|配套|\bdomestic\b|\blocal (?:chips|accelerators)\b/i;

/** What the sentence gives the test: its text, its candidates, the countries named in it, where the title ends. */
export interface CountlessContext {
  text: string;
  s: Sentence;
  sentenceCandidates: readonly { c: CandidateEvent }[];
  countries: readonly Hit[];
  titleEnd: number;
  chipMakers: ReadonlySet<string>;
}

/** Whether an order, delivery or supply candidate with no quantity is kept. */
export function countlessGoodsKept(c: CandidateEvent, x: CountlessContext): boolean {
  const { text, s } = x;
  // "H200实例正式上线": going live tells an arrival only of the goods named just before it (微信上线智能体 does not).
  // (A platform opening H200 instances or its compute pool to customers has the goods in hand.)
  const at = text.indexOf(c.trigger, s.start);
  // (腾讯云上线燧原…推理实例, "launched GPU instances in its Frankfurt region": instances or a compute pool count
  // only when the item is named in or right before them, and never abroad.)
  const pooled = INSTANCES.test(c.trigger);
  const goodsLive =
    (!GOES_LIVE.test(c.trigger) && !pooled) ||
    ((ITEM_JUST_BEFORE.test(text.slice(Math.max(s.start, at - 14), at)) || (pooled && ITEM_IN.test(c.trigger))) &&
      !(pooled && x.countries.some((h) => h.index >= s.start && h.index < s.end)));
  const arrived =
    c.kind === 'delivery' &&
    c.holders.length &&
    DELIVERED.test(c.trigger) &&
    !(/^receiv/i.test(c.trigger) && PERMISSION_RECEIVED.test(text.slice(at + c.trigger.length, at + c.trigger.length + 20))) &&
    goodsLive &&
    !deliveryOnPlan(text, s, c.trigger) &&
    (c.certainty === 'denied' || !deliveryToCome(text, s, c.trigger));
  const decisionHere = x.sentenceCandidates.some((y) => AUTHORITY_KINDS.has(y.c.kind) && !y.c.kind.startsWith('condition_'));
  const begun = deliveriesBegun(c, text, s, decisionHere) && !deliveryOnPlan(text, s, c.trigger) && !deliveryToCome(text, s, c.trigger);
  // "books a $1.2 billion H200 order", 订购数万颗: an order sized in money or a round count is an order all the same.
  const sized = c.kind === 'order' && s.names.items.length > 0 && SIZED_WITHOUT_COUNT.test(text.slice(s.start, s.end));
  // 腾讯发言人确认，公司已向英伟达追加一批H200订单: a named buyer confirming its own order tells it, figure or not.
  const confirmed =
    c.kind === 'order' &&
    c.certainty !== 'denied' &&
    c.holders.length > 0 &&
    c.holders.every((h) => !x.chipMakers.has(h.value)) &&
    BUYER_CONFIRMS.test(text.slice(s.start, Math.max(s.start, at))) &&
    // (确认：进口H200将按比例搭配采购国产AI芯片: buying domestic chips alongside is a term, not an order of the item.)
    !PAIRED_PURCHASE.test(text.slice(s.start, s.end));
  // "XD Inc denies placing an order", 蜜雪集团否认采购: a named buyer denying an order is a fact too.
  return Boolean(
    arrived ||
    begun ||
    sized ||
    confirmed ||
    deniedByBuyer(c, x.chipMakers, text.slice(Math.max(s.start, at - 60), Math.max(s.start, at)), text.slice(at + c.trigger.length, s.end)) ||
    ownOrderRumourDenied(c, text, x.titleEnd),
  );
}
