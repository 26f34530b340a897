/**
 * Firms counted waiting on Beijing: 逾20家企业已向商务部递交申请, "more than 20 other Chinese companies have
 * applied". A request told of firms the item only counts is the firms still waiting, the tracked party for them,
 * with the count of firms as its count.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import { firmsWaiting } from './tallies.js';

/**
 * Gives a request to China's authority, told of no firm or of the waiting firms, those firms and their count when
 * its sentence counts them; whether it did.
 */
export function countedWaiting(c: CandidateEvent, sentence: string, waitingParty: string | undefined, state: LedgerState): boolean {
  if (!waitingParty || !c.authority || state.authority[c.authority.value]?.country !== 'CN') return false;
  if (c.holders.some((h) => h.value !== waitingParty)) return false;
  const count = firmsWaiting(sentence);
  if (!count) return false;
  c.holders = [{ value: waitingParty, words: count.words }];
  c.quantity = count;
  return true;
}
