/**
 * 尚未拿到批文的申请企业, "firms still awaiting approval": a permission inside the phrase that names the firms still
 * waiting for it describes who they are; it tells no grant, and the negation in it withholds nothing told.
 */
import type { CandidateKind } from './candidate.js';
import { lexicon } from './lexicon.js';
import { hits, type Hit } from './phrase-index.js';

// Only the phrases that name firms by their wait; 第二批获批企业 names firms by a grant that was made.
const WAITING = /等待|等候|排队|候批|待批|尚未|awaiting|waiting|queue|pending/iu;

/** The phrases in `text` that name the firms still waiting on a decision. */
export function waitingFirmsPhrases(text: string): Hit[] {
  return hits(lexicon().collective, text).filter((h) => WAITING.test(h.words));
}

const inside = (h: Hit, phrases: readonly Hit[]) => phrases.some((p) => p.index <= h.index && h.end <= p.end);

/** Adds to `dropped` the grant triggers in `found` that lie inside a phrase naming the firms still waiting. */
export function waitingFirmsGrants(text: string, found: readonly { kind: CandidateKind; hit: Hit }[], dropped: Set<{ kind: CandidateKind; hit: Hit }>): void {
  const phrases = waitingFirmsPhrases(text);
  for (const t of found) if (t.kind === 'grant' && inside(t.hit, phrases)) dropped.add(t);
}

/** The negations in `negations` that are not part of a phrase naming the firms still waiting (尚未获批的企业). */
export function outsideWaitingFirms(text: string, negations: readonly Hit[]): Hit[] {
  const phrases = waitingFirmsPhrases(text);
  return phrases.length ? negations.filter((n) => !inside(n, phrases)) : [...negations];
}
