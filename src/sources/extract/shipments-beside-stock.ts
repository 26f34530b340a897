/**
 * "Nvidia's H200 reserve for China slips below 580,000 as first lots ship": shipments with no figure and no buyer, told
 * beside a stock figure, say why the stock fell; they are no delivery of their own.
 */
import type { CandidateEvent } from './candidate.js';

/** Drops the figure-less, buyer-less deliveries of an item that tells a stock figure. */
export function shipmentsBesideStock(cands: CandidateEvent[]): void {
  if (!cands.some((c) => c.kind === 'supply' && c.quantity)) return;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (c.kind === 'delivery' && !c.quantity && !c.holders.length && c.certainty !== 'denied') cands.splice(i, 1);
  }
}
