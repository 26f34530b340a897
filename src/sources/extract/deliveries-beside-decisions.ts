/**
 * "China holds up ByteDance's H200 intake over a paperwork mismatch", "腾讯否认H200进口遭暂缓 称到货节奏如常": goods
 * arriving, with no figure, told beside a decision on its licence, its order or its terms, are that decision's
 * setting (what was held up, what the terms are tied to), not a delivery of their own. A request beside them is kept
 * apart: a firm denying both that goods came and that it applied tells two things.
 */
import type { CandidateEvent, CandidateKind } from './candidate.js';

const DECISIONS: ReadonlySet<CandidateKind> = new Set(['grant', 'denial', 'suspension', 'revocation', 'order', 'condition_proposed', 'condition_agreed']);

/** Drops the figure-less deliveries of an item that tells a decision, an order or terms. */
export function deliveriesBesideDecisions(cands: CandidateEvent[]): void {
  if (!cands.some((c) => DECISIONS.has(c.kind)) || cands.some((c) => c.kind === 'application')) return;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (c.kind === 'delivery' && !c.quantity) cands.splice(i, 1);
  }
}
