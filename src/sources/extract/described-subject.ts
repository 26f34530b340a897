/**
 * "Drugmaker Tonghua Golden-Horse seeks Nvidia chips … The Jilin pharmaceutical group has quietly filed for permission":
 * a body sentence that opens on a description of a firm ("The company", "The coal-bed methane company's request",
 * 该公司) speaks of the one untracked firm the headline names.
 */
import type { Sentence } from './actors.js';
import type { ItemReading } from './item-reading.js';
import type { Named } from './named.js';

// The sentence's opening words: "The" and up to five words ending in a kind of firm (or its possessive), or 该公司/公司.
const DESCRIBED_OPENING =
  /^\s*(?:The|Its)\s+(?:[\p{L}\p{N}-]+\s+){0,5}?(?:company|group|firm|maker|[a-z]+maker|producer|operator|developer|provider|miner|utility|supplier|manufacturer|conglomerate|start-?up|business|lender|insurer|bank|owner|unit|subsidiary)(?:'s|’s)?\b|^\s*(?:该公司|该企业|该集团|公司(?!股价)|企业方面)/u;

/** The untracked firm a sentence opening on a description of a firm speaks of: the only one the headline names. */
export function describedSubject(r: ItemReading, s: Sentence): Named | undefined {
  if (s.start < r.titleEnd || s.names.parties.length) return undefined;
  if (!DESCRIBED_OPENING.test(r.text.slice(s.start, s.end))) return undefined;
  const inTitle = r.names.parties.filter((p) => p.end <= r.titleEnd && !r.sellers.has(p.id) && p.id !== r.waitingParty);
  const firm = inTitle[0];
  return inTitle.length === 1 && firm && !firm.tracked && !r.state.party[firm.id] ? firm : undefined;
}
