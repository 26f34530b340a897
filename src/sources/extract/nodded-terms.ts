/**
 * A firm nodding to terms: 据悉阿里已点头：H200只放境内自家机房. 点头 ("nods") is the ministry's approval when the ministry
 * nods; a holder that nods to terms agrees to them.
 */
import type { CandidateEvent } from './candidate.js';

const NOD = /^(?:点头|nods?|nodded)$/i;

/** Turns a grant a holder nods to, carrying terms, into the terms agreed. */
export function noddedTerms(cands: CandidateEvent[], text: string): void {
  for (const g of cands) {
    if (g.kind !== 'grant' || g.certainty === 'denied' || !g.conditions.length || !NOD.test(g.trigger) || !g.holders.length) continue;
    const at = text.indexOf(g.trigger);
    // The holder's words end just before the nod (阿里已点头, 字节也点头, "ByteDance nods to").
    const before = text.slice(Math.max(0, at - 16), at).replace(/(?:已经?|也|终于|已然|\s+)+$/u, '');
    if (g.holders.some((h) => before.endsWith(h.words))) g.kind = 'condition_agreed';
  }
}
