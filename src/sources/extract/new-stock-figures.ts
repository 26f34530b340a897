/**
 * "Nvidia still holds more than 600,000 H200s in inventory": a stock figure told as still held is today's figure. It
 * retells the ledger only when the ledger already holds that figure ("still has about 700,000 on hand"); a new figure is
 * supply news.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import { holdsFigure } from './held-figures.js';

/** Words that say a state holds now ("still holds", "remains at", 仍为), not that it was told before. */
export const STILL_NOW = /^(?:still (?:holds|has|have|sits?|sitting on|at)|remains? (?:at|about|around)|仍为|仍维持|维持在|仍在)$/i;

const UNMOVED =
  /\b(?:unchanged|unmoved|steady|flat)\b|\bsince\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December|last)|没有变化|未变|不变|持平/i;

/** Turns the still-held stock figures the ledger does not hold back into supply news. */
export function newStockFigures(folded: CandidateEvent[], stillHeld: ReadonlySet<CandidateEvent>, state: LedgerState, text: string): void {
  // ("still holds roughly 600,000, unchanged since the spring": a figure said not to have moved is the old one told again.)
  if (UNMOVED.test(text)) return;
  for (const c of folded)
    // (A figure the still-word itself marks carries that word as its trigger.)
    if (
      (stillHeld.has(c) || STILL_NOW.test(c.trigger)) &&
      c.kind === 'restatement' &&
      c.quantity?.role === 'inventory' &&
      !holdsFigure(state, { ...c, kind: 'supply' }, () => true)
    )
      c.kind = 'supply';
}
