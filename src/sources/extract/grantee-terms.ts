/**
 * Terms told with no holder in an item about one new holder's permission: a firm's notice that it received its
 * licence "with conditions such as…" and that 公司已书面承诺不将芯片转让 states terms of that licence, not of the
 * tracked group's. A holder-less condition agreed takes the holders of the item's one grant to firms nobody tracks
 * (terms only proposed stay with the authority's tracked licensing: they are what it may ask of anyone).
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';

/** Gives each holder-less condition agreed the holders of the item's only grant, when that grant is to untracked firms. */
export function granteeTerms(folded: CandidateEvent[], state: LedgerState): void {
  const grants = folded.filter((c) => c.kind === 'grant' && c.certainty !== 'denied' && c.holders.length);
  const keys = new Set(grants.map((g) => g.holders.map((h) => h.value).join('+')));
  const grant = grants[0];
  if (keys.size !== 1 || !grant || grant.holders.some((h) => state.party[h.value])) return;
  for (const c of folded)
    if (c.kind === 'condition_agreed' && !c.holders.length && c.item?.value === grant.item?.value) c.holders = grant.holders.map((h) => ({ ...h }));
}
