/**
 * 合盛硅业鄯善有机硅二期项目投产 … 公司本月公告，已获商务部许可进口1024颗英伟达H200芯片: a headline about the
 * firm's other business (a plant, a supply pact, a certificate) with the firm's chip licence told after the lede
 * names the licence as background. A report on the licence heads with it; a filing, a briefing or a results
 * release heads with itself, and a market story tells its cause in the lede, so those stay.
 */
import type { CandidateEvent } from './candidate.js';
import { FILING } from './item-passes.js';
import type { Range } from './text-units.js';

// The goods, the licensing and the dealings a report on them heads with.
const ON_THE_GOODS =
  /H\d{2,3}\b|芯片|\bchips?\b|\bGPUs?\b|accelerator|加速卡|英伟达|Nvidia|算力|semiconductor|半导体|licen[cs]|permit|许可|quota|额度|配额|approv|批|准|clear(?:s|ed|ance)?\b|green[- ]?light|\ballow|\bban\b|禁|block|\bden(?:y|ies|ied)\b|reject|refus|拒|revok|撤销|吊销|suspen|暂停|\bhalt|\bcurb|restrict|限制|condition|条件|requir|要求|\brules?\b|规则|规定|办法|import|进口|export|出口|\border|订单|采购|购买|\bbuy|purchas|deliver|交付|到货|运抵/i;
// A notice, a briefing, a results story or a look back is about the record however it heads.
const BRIEFING_OR_RESULTS =
  /公告|通告|通知|第[\d一二三四五六七八九十]+号|\bnotice\b|\bannouncement\b|回顾|回看|回望|盘点|look(?:s|ing)? back|recap|timeline|explainer|press conference|spokes(?:person|man|woman)|发布会|答记者问|发言人|\bquarter|\bQ[1-4]\b|profit|revenue|earnings|results|\bcapex\b|guidance|业绩|营收|利润|净利|盈利|亏损/i;

/**
 * Empties `final` when the headline is about something else and every candidate is told, unhedged, after the lede;
 * returns the note saying so.
 */
export function headlineElsewhere(final: CandidateEvent[], text: string, titleEnd: number, sents: readonly Range[]): string | undefined {
  if (!final.length) return undefined;
  const title = text.slice(0, titleEnd);
  if (ON_THE_GOODS.test(title) || BRIEFING_OR_RESULTS.test(title) || FILING.test(title)) return undefined;
  const lede = sents.find((s) => s.end > titleEnd + 2);
  if (!lede) return undefined;
  // A hedged telling ("people familiar said") is a report being made, not a fact recalled.
  const recalled = (c: CandidateEvent) => c.certainty !== 'hedged' && text.indexOf(c.trigger, titleEnd) >= lede.end;
  if (!final.every(recalled)) return undefined;
  final.length = 0;
  return 'a headline about something else: the licence told after the lede is background';
}
