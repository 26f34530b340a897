/**
 * "bar importers from renting the chips to other firms": firms named inside a condition's own words are
 * whom the terms concern, not the holders of the permission the condition is on. The same holds for a
 * decision whose terms give its cause ("suspended X's licence on suspicion it rented chips out to other
 * companies"), as long as the decision keeps a holder of its own.
 */
import type { CandidateEvent } from './candidate.js';

/** Drops from each candidate the holders whose words lie inside its conditions' words. */
export function holdersInTerms(folded: CandidateEvent[]): void {
  for (const c of folded) {
    const kept = c.holders.filter((h) => !c.conditions.some((x) => x.words.length > h.words.length && x.words.includes(h.words)));
    if (c.kind === 'condition_proposed' || c.kind === 'condition_agreed' || kept.length) c.holders = kept;
  }
}
