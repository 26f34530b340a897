/**
 * The buyer a headline opens with: 福田汽车采购768颗英伟达H200, 洽洽食品斥资采购…, 涪陵榨菜据悉采购约1000颗. An order
 * or a delivery told with no holder in its own sentence is the firm nobody tracks that opens the headline
 * with a buyer's verb.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import type { NamedScan } from './named.js';

// Hedges and adverbs, then what a buyer does (采购, 订购, 斥资…采购, 首批…到货).
const ZH_BUYS =
  /^(?:据悉|据报道|传|已经?|近日|日前|拟|再|又|追加|首次|宣布|确认|证实|公告|斥资[\d.]*[亿万]?元?)*(?:采购|订购|购入|购买|买入|下单|签下|签约|签订|签署|拿下|收到|迎来|首批)/u;
const EN_BUYS = /^(?:\s+(?:is said to|reportedly|said to|to))?\s+(?:books?|orders?|buys?|places?|purchases?|snaps? up|signs?|receives?|takes? delivery)\b/i;

/** Gives each holderless order or delivery the untracked firm that opens the headline with a buyer's verb. */
export function headlineBuyer(folded: CandidateEvent[], text: string, titleEnd: number, names: NamedScan, state: LedgerState): void {
  if (!folded.some((c) => !c.holders.length && (c.kind === 'order' || c.kind === 'delivery'))) return;
  const title = text.slice(0, titleEnd);
  const opening = /^[\s【「“"]*(?:(?:独家|快讯|重磅|突发)[｜|:：]\s*)?/u.exec(title)?.[0].length ?? 0;
  const firm = names.parties.find((p) => p.index === opening && !p.tracked && !state.party[p.id]);
  if (!firm) return;
  const after = title.slice(firm.end);
  if (!(/[\p{Script=Han}]/u.test(firm.words) ? ZH_BUYS : EN_BUYS).test(after)) return;
  for (const c of folded) if (!c.holders.length && (c.kind === 'order' || c.kind === 'delivery')) c.holders = [{ value: firm.id, words: firm.words }];
}
