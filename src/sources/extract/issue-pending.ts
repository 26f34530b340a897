/**
 * 许可证待发放, 细则待发布: a permit or a notice still to be issued is not goods waiting to ship (待发, 待运 tell stock
 * set aside for buyers).
 */
import type { CandidateKind } from './candidate.js';
import type { Hit } from './phrase-index.js';

/** Adds to `dropped` the supply triggers in `found` that name a paper still to be issued, not goods. */
export function issuePending(text: string, found: readonly { kind: CandidateKind; hit: Hit }[], dropped: Set<{ kind: CandidateKind; hit: Hit }>): void {
  for (const t of found) if (t.kind === 'supply' && /^待发$/u.test(t.hit.words) && /^[放布行文函]/u.test(text.slice(t.hit.end, t.hit.end + 1))) dropped.add(t);
}
