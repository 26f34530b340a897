/**
 * A refusal by Beijing of firms it does not name, told as many ("China Is Said to Shut Local-Government Data Centres Out
 * of H200 Imports", 商务部对21份H200进口申请说"不", 地方政府平台H200进口申请据悉被集中驳回): the firms refused are among those
 * still waiting, not the three already approved, whose permission such a refusal does not touch. A refusal of one firm
 * whose name was not read stays unattributed: giving it to the waiting firms would tell all of them refused.
 * (batch-of-firms.ts reads decisions on batches its own words name, 9家企业, "a fourth batch of companies", while the
 * sentences are read; this reads what is left, refusals told of many in other words, once the item is read.)
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import { waitingRecordOf } from './reviews-under-way.js';

// Requests or firms in the plural, or counted: "four refused" after "21 applications", "data centres", 21份, 多家, 集中驳回.
const MANY =
  /\b(?:applications|requests|bids|applicants|companies|firms|importers|buyers|cent(?:re|er)s|platforms|operators|start-?ups)\b|(?:[\d一二三四五六七八九十两几数多]+|若干|部分|一批)(?:家|份|项|宗|个)|集中|批量|一批|多家|部分企业|地方政府/iu;

// ("refuses more H200s for three tech firms", 三家巨头: the three already approved.)
const THE_THREE = /\b(?:three|3)\s+(?:[\w-]+\s+){0,2}(?:firms|companies|giants|groups|platforms|buyers)\b|\b(?:tech|internet)\s+giants\b|三家|三大|巨头|大厂/iu;

/** Gives a refusal of no named buyer, told of many firms, under the waiting firms' authority and goods, to the waiting firms. */
export function refusedUnnamed(final: CandidateEvent[], text: string, waitingParty: string | undefined, state: LedgerState): void {
  // (Only refusals: a grant, a halt or a revocation with no holder read is as often one firm's whose name was not read, a
  // customs release, or the three's.)
  const refusals = final.filter((c) => c.kind === 'denial' && !c.holders.length);
  // (The refusals first: most items have none, and the waiting firms' record is looked up in a ledger that may be large.)
  if (!waitingParty || !refusals.length) return;
  const pending = waitingRecordOf(state, waitingParty);
  if (!pending) return;
  for (const c of refusals) {
    if (c.authority?.value !== pending.authorityId || (c.item && c.item.value !== pending.itemId)) continue;
    const at = text.indexOf(c.trigger);
    const around = at < 0 ? '' : text.slice(Math.max(0, at - 80), at + c.trigger.length + 40);
    if (!MANY.test(around) || THE_THREE.test(around)) continue;
    c.holders = [{ value: waitingParty, words: state.party[waitingParty]?.name ?? waitingParty }];
  }
}
