/**
 * "raised the part of the joint import quota set aside for Tencent": a share of a quota set aside for a holder is its
 * allocation, not stock Nvidia holds for buyers ("roughly 670,000 H200s set aside for China" is).
 */
import type { CandidateKind } from './candidate.js';
import type { Hit } from './phrase-index.js';

const QUOTA_BEFORE = /\b(?:quota|allowance|allotment|approval|ceiling)s?\s+(?:[\w'’-]+\s+){0,2}$/i;

/** Adds to `dropped` the supply triggers in `found` that set part of a quota aside, not goods. */
export function quotaSetAside(text: string, found: readonly { kind: CandidateKind; hit: Hit }[], dropped: Set<{ kind: CandidateKind; hit: Hit }>): void {
  for (const t of found)
    if (t.kind === 'supply' && /^set aside for$/i.test(t.hit.words) && QUOTA_BEFORE.test(text.slice(Math.max(0, t.hit.index - 40), t.hit.index)))
      dropped.add(t);
}
