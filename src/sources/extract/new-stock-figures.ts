/**
 * "Nvidia still holds more than 600,000 H200s in inventory": a stock figure told as still held is today's figure. It
 * retells the ledger only when the ledger already holds that figure ("still has about 700,000 on hand"); a new figure is
 * supply news.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import { holdsFigure } from './item-rules.js';

/** Turns the still-held stock figures the ledger does not hold back into supply news. */
export function newStockFigures(folded: CandidateEvent[], stillHeld: ReadonlySet<CandidateEvent>, state: LedgerState): void {
  for (const c of folded)
    if (stillHeld.has(c) && c.kind === 'restatement' && c.quantity?.role === 'inventory' && !holdsFigure(state, { ...c, kind: 'supply' }, () => true))
      c.kind = 'supply';
}
