/**
 * "bar importers from renting the chips to other firms": firms named inside a condition's own words are
 * whom the terms concern, not the holders of the permission the condition is on.
 */
import type { CandidateEvent } from './candidate.js';

/** Drops from each condition the holders whose words lie inside its conditions' words. */
export function holdersInTerms(folded: CandidateEvent[]): void {
  for (const c of folded) {
    if (c.kind !== 'condition_proposed' && c.kind !== 'condition_agreed') continue;
    c.holders = c.holders.filter((h) => !c.conditions.some((x) => x.words.length > h.words.length && x.words.includes(h.words)));
  }
}
