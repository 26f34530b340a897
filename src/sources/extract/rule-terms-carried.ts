/**
 * "US Said to Clear Roughly 20 More Nvidia H200 Licences", "Commerce says 26 export licences issued": licences Washington
 * counts out under its export rule carry that rule's conditions, named or not.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';

/** Marks each grant that counts licences from a US authority as carrying the rule's terms (the words: the licences counted). */
export function ruleTermsCarried(folded: CandidateEvent[], state: LedgerState): void {
  for (const c of folded) {
    if (c.kind !== 'grant' || c.certainty === 'denied' || c.conditions.length || c.quantity?.role !== 'licence_count') continue;
    if (!c.authority || state.authority[c.authority.value]?.country !== 'US') continue;
    c.conditions.push({ value: 'rule-terms', words: c.quantity.words ?? c.trigger });
  }
}
