/**
 * "Firms in China's H200 queue accept …: Companies still waiting for Beijing … have agreed to install the processors only
 * in …", 排队企业据悉接受…：仍在等候批复的企业已同意…: terms agreed in an item whose only buyers are the firms still waiting
 * are theirs. The sentence telling the agreement often describes them in words no list holds (等候进口批复的内地企业,
 * "companies in China's queue for import permits"), so its candidate is read with no holder; the item's own name for the
 * waiting firms, anywhere in it, says whose terms they are. Without it the terms fall to the three approved firms' record.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import type { Named } from './named.js';
import { waitingRecordOf } from './reviews-under-way.js';

/**
 * "ByteDance has agreed to rent part of its H200 capacity to Chinese AI startups": the waiting firms named after the verb
 * of a firm that binds itself are whom the duty serves, not a party to it. Drops them from such terms.
 */
export function servedByTerms(final: CandidateEvent[], text: string, waitingParty: string | undefined): void {
  if (!waitingParty) return;
  for (const c of final) {
    const waiting = c.holders.find((h) => h.value === waitingParty);
    if (c.kind !== 'condition_agreed' || !waiting || c.holders.length < 2) continue;
    const at = text.indexOf(c.trigger);
    const where = text.indexOf(waiting.words, at + c.trigger.length);
    // (Every other holder named before the verb, and the waiting firms only after it.)
    if (at < 0 || where < 0 || text.slice(0, at).includes(waiting.words)) continue;
    if (c.holders.every((h) => h === waiting || text.slice(0, at).includes(h.words))) c.holders = c.holders.filter((h) => h !== waiting);
  }
}

/**
 * Gives each condition agreed with no holder read, under the waiting firms' authority, to the waiting firms when the item
 * names them and no other buyer (a seller, such as the chip maker, is no buyer).
 */
export function termsOfWaiting(
  final: CandidateEvent[],
  parties: readonly Named[],
  sellers: ReadonlySet<string>,
  waitingParty: string | undefined,
  state: LedgerState,
): void {
  // (The candidates first: most items agree no terms, and the waiting firms' record is looked up in a ledger that may be large.)
  const agreed = final.filter((c) => c.kind === 'condition_agreed' && !c.holders.length);
  if (!waitingParty || !agreed.length) return;
  const named = parties.find((p) => p.id === waitingParty);
  // ("ByteDance has agreed …, while other firms still wait": a buyer named besides them may be the one agreeing.)
  if (!named || parties.some((p) => p.id !== waitingParty && !sellers.has(p.id))) return;
  const pending = waitingRecordOf(state, waitingParty);
  if (!pending) return;
  for (const c of agreed) {
    if ((c.authority && c.authority.value !== pending.authorityId) || (c.item && c.item.value !== pending.itemId)) continue;
    c.holders = [{ value: waitingParty, words: named.words }];
  }
}
