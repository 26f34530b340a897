/**
 * A request told as still under review (已报商务部 仍在审核中, 相关申请正在审查中, "remains under review")
 * retells a request the ledger holds when it is a tracked holder's; for a firm nobody tracks it is
 * the first word of its application, and news.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import type { Trigger } from './trigger.js';

const STILL_PENDING = /审查中|审核中|审批中|在审|待批|已报|报送|仍在|尚在|pending|under review|awaiting/i;

/** Whether trigger `t` retells a request as still pending. */
export function pendingRetold(t: Trigger): boolean {
  return t.kind === 'restatement' && t.original === 'application' && STILL_PENDING.test(t.restated ?? t.words);
}

/** Reads a pending request retold of firms nobody tracks as their application. */
export function untrackedRequests(folded: readonly CandidateEvent[], retold: ReadonlySet<CandidateEvent>, state: LedgerState): void {
  for (const c of folded)
    if (retold.has(c) && c.kind === 'restatement' && c.holders.length && c.holders.every((h) => !state.party[h.value])) c.kind = 'application';
}
