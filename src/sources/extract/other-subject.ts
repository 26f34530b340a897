/**
 * Items and triggers whose subject is something other than the tracked story: another chip
 * named nearest a decision, and a broker's note headed by its name.
 */
import type { Hit } from './phrase-index.js';
import type { Range } from './text-units.js';

function distance(a: { index: number; end: number }, t: Hit): number {
  return a.end <= t.index ? t.index - a.end : a.index >= t.end ? a.index - t.end : 0;
}

/** "alternative to Nvidia's H200", 对标H200: the item named just before these words is the comparison, not the subject. */
export const COMPARED_BEFORE =
  /\b(?:alternative to|rival to|rivals?|compared (?:with|to)|instead of|versus|vs\.?|than|like|替代|对标|媲美|相当于)\s+(?:\S+\s+){0,2}$|(?:替代|对标|媲美|相当于|比肩)[^，。]{0,6}$/i;
/** Without another chip named, only a benchmark's words make the item a comparison ("than" may count chips). */
export const BENCHMARKED_BEFORE =
  /\b(?:alternative to|rival to|compared (?:with|to)|versus|benchmarked against|on par with|comparable to)\s+(?:\S+\s+){0,2}$|(?:对标|媲美|比肩|相当于|接近|逼近|追平|不输)[^，。]{0,6}$|性能(?:达到?|超过|超越|优于|为|是)[^，。]{0,6}$|(?:超过?|超越|优于|胜过|领先)了?(?:英伟达)?\s*$/i;

/**
 * "Nvidia's H20 gets fresh US licences even as China buyers move to H200", "US clears
 * Nvidia's B30A for China's approved H200 buyers": in a sentence naming another chip, a
 * decision whose nearest chip is that other chip is about it, not about the tracked item.
 */
export function aboutOtherChip(t: Hit, s: Range, items: readonly Hit[], otherChips: readonly Hit[]): boolean {
  const inS = (h: Hit) => h.index >= s.start && h.end <= s.end;
  const other = otherChips.filter(inS).map((h) => distance(h, t));
  if (!other.length) return false;
  const tracked = items.filter(inS).map((h) => distance(h, t));
  return Math.min(...other) < Math.min(Infinity, ...tracked);
}

// 中信证券：…, 中金：…, "Bernstein Research: ...": a research house's view under its own name.
const ANALYST_TITLE =
  /^\s*(?:[\p{Script=Han}A-Za-z]{0,10}(?:证券|研究所|研究院|资本|期货|投行)|中金(?:公司)?|[A-Z][\p{L}&.]*(?:\s+[A-Z][\p{L}&.]*){0,2}\s+(?:Securities|Research|Capital Markets))\s*[：:]/u;

// "UBS sees Beijing waving through another dozen importers", "Bernstein lifts China H200 demand view": a broker's forecast under its own name.
// Brokers and research houses that publish under their own name (regex source).
const BROKERS = String.raw`UBS|Jefferies|Bernstein|Morgan Stanley|Goldman(?: Sachs)?|Citi|Nomura|HSBC|Macquarie|CLSA|BofA|JPMorgan|Barclays|Mizuho|Daiwa|Evercore|TrendForce|Counterpoint`;
const BROKER_VIEW = new RegExp(
  String.raw`^\s*(?:${BROKERS})\s+(?:[\p{L}\d-]+\s+){0,5}?(?:sees|expects|forecasts|predicts|view|views|forecast|estimates?|outlook|price target)\b`,
  'iu',
);

// "TrendForce: Nvidia's H200 stock reserved for China likely near 590,000", 分析師：…H200存貨或降至約60萬顆: a research house's
// estimate of a figure standing now (stock, arrivals, bookings) is a hedged report of it, not a view on what Beijing will do
// nor a forecast for a later quarter (国盛证券：…被低估 四季度到货或超10万颗).
const FIGURE_NOW =
  /存货|库存|存貨|庫存|运抵|運抵|到货|到貨|订单|訂單|\b(?:stock|stockpile|inventory|reserved|set aside|reached|arrived|landed|shipped|shipments|deliveries|bookings|orders)\b/iu;
const DECISION_FORECAST =
  /\b(?:sees|expects|forecasts?|predicts|outlook|price target|approv\w*|licens\w*|clear\w*|could|will|would|may|might)\b|\b(?:underestimat|overestimat)\w*|\bnext\s+(?:quarter|year)\b|批准|获批|獲批|放行|预计|預計|预期|預期|有望|看好|低估|高估|[一二三四1-4]季度|下半年|明年/iu;

/** Whether a research house's headline estimates a figure standing now rather than forecasting a decision. */
function figureEstimate(title: string): boolean {
  return /\d/u.test(title) && FIGURE_NOW.test(title) && !DECISION_FORECAST.test(title);
}

// A research house's name heading the title (TrendForce:, 分析师：, 法人：, "Jefferies estimates").
const RESEARCH_HOUSE = new RegExp(String.raw`集邦|分析|法人|\banalysts?\b|securities|research|证券|研究|\b(?:${BROKERS})\b`, 'iu');

/** The view a title's opening names, unless it is a research house estimating a figure standing now (`figureEstimate`). */
export function researchView(view: string | null | undefined, title: string): string | undefined {
  if (!view) return undefined;
  return RESEARCH_HOUSE.test(view) && figureEstimate(title) ? undefined : view;
}

/** The research house a headline opens with, or that gives its forecast in it, if any. */
export function analystTitle(title: string): string | undefined {
  return (
    ANALYST_TITLE.exec(title)?.[0]
      .replace(/[：:]\s*$/u, '')
      .trim() ?? BROKER_VIEW.exec(title)?.[0].trim()
  );
}

// The speaker's own thing right after the colon (公司, its H200 licence or chips), then what happened to it:
// "华泰：三巨头获批H200" names another holder first and is a broker's comment.
const OWN_NEWS =
  /^[^：:]{2,12}[：:]\s*(?:本公司|公司|我司)?(?:已于\d{1,2}月|已|近日|日前)?(?:英伟达)?(?:H\d{2,3})?(?:芯片)?(?:进口)?(?:许可|批文|申请|采购)?(?:已经?|尚|均|已于[\p{Script=Han}\d]{1,5})?(?:取得|获得|获批|获准|收到|未到货|到货|签订|签署|提交|递交|撤回|拿到)/u;
const FORECAST = /预计|预期|有望|料将|估计|看好|建议|认为|或将|测算|[？?]/u;
// 评论：, 观察｜, 复盘：: a column's or a recap's heading is a genre, not a company speaking.
const GENRE_SPEAKER =
  /^[^：:]{0,6}?(?:评|论|观|析|读|专栏|视点|声音|问答|解码|盘点|回顾|复盘|展望|前瞻|深度|周报|日报|月报|聚焦|速递|早报|晚报)[^：:]{0,4}[：:]/u;

/** 互动易, 上证e互动, 答投资者问: a listed company answering its own investors, who speaks of itself as 公司. */
export const INVESTORS_ANSWERED = /互动易|e互动|互动平台|[答回]复投资者|答投资者问|投资者提问/u;

/** 申万宏源：已取得H200进口许可: a headline whose speaker (a broker too) tells of its own permit, order or chips, not a forecast. */
export function tellsOwnNews(title: string): boolean {
  return OWN_NEWS.test(title) && !FORECAST.test(title) && !GENRE_SPEAKER.test(title);
}

// 吞吐量可达英伟达H200的1.5倍, "1.5 times the H200's throughput": the item as the measure of another's performance.
const RATIO_BEFORE = /(?:可达|达到?|为|是|相当于)(?:英伟达)?\s*$|\b(?:times|percent of|% of)\s+(?:that of\s+)?(?:the\s+|Nvidia(?:'s|’s)?\s+)*$/i;
const RATIO_AFTER = /^s?\s*(?:的\s*[\d.]+\s*(?:倍|%)|的[一二三四五六七八九两]成|的水平|(?:'s|’s)\s+(?:performance|throughput|speed))/u;
/** Whether a mention of the item is the measure another product's performance is given in. */
export function benchmarkRatio(text: string, i: { index: number; end: number }): boolean {
  return RATIO_BEFORE.test(text.slice(Math.max(0, i.index - 20), i.index)) && RATIO_AFTER.test(text.slice(i.end, i.end + 24));
}

// "separate from the ministry's licensing of H200 imports", 与英伟达H200等AI芯片的出口无关: the item named to say the news is not about it.
const APART_BEFORE =
  /\b(?:separate from|unrelated to|not related to|(?:has|have|had) nothing to do with|(?:does|do|did) not (?:cover|include|involve|apply to|extend to)|(?:is|are|was|were) not covered by|excluding|exclude[sd]?)\b[^.;:]{0,60}$|(?:不涉及|不包括|不包含|不含|无关于|并不涵盖)[^，。；]{0,12}$/i;
const APART_AFTER = /^[^，。；,.;]{0,16}(?:无关|除外|不在此列)/u;
/** Whether a mention of the item only sets the news apart from it ("separate from H200 licensing", 与H200无关). */
export function setApart(text: string, i: { index: number; end: number }): boolean {
  return APART_BEFORE.test(text.slice(Math.max(0, i.index - 80), i.index)) || APART_AFTER.test(text.slice(i.end, i.end + 24));
}

const APART_CUE =
  /\b(?:separate from|unrelated to|not related to|(?:has|have|had) nothing to do with|(?:does|do|did) not (?:cover|include|involve|apply to|extend to))\b|不涉及|无关于|与[^，。；]{2,30}无关/gi;
/**
 * The clauses that set the news apart from something ("has nothing to do with the licences Nvidia
 * holds for Chinese customers"): from the cue to the end of its sentence. Words there say what the
 * news is not about.
 */
export function apartClauses(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(APART_CUE)) {
    const end = text.slice(m.index).search(/[.。;；!?！？]\s|[。；！？]|$/u);
    out.push({ start: m.index, end: m.index + (end < 0 ? text.length - m.index : end) });
  }
  return out;
}
