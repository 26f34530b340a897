/**
 * 排队企业增至约238家, H200进口候批名单据悉约163家: the firms waiting on an import decision, counted, are the requests
 * still pending even where no word of applying stands in the sentence. The count of the queue is the event.
 */
import type { CandidateKind } from './candidate.js';
import type { Hit } from './phrase-index.js';
import { firmsWaiting } from './tallies.js';
import type { Range } from './text-units.js';

// What the firms wait for: a permission to import (not goods in a delivery queue).
const IMPORT_DECISION = /进口|批文|审批|许可|import|licen[cs]e|permit/iu;

/** An application trigger on each sentence with no trigger of its own that counts firms waiting on an import decision. */
export function queueCounted(text: string, ranges: readonly Range[], found: readonly { kind: CandidateKind; hit: Hit }[]): { kind: CandidateKind; hit: Hit }[] {
  const out: { kind: CandidateKind; hit: Hit }[] = [];
  for (const s of ranges) {
    if (found.some((t) => t.hit.index < s.end && t.hit.end > s.start)) continue;
    const sentence = text.slice(s.start, s.end);
    if (!IMPORT_DECISION.test(sentence)) continue;
    const count = firmsWaiting(sentence);
    const at = count ? sentence.indexOf(count.words) : -1;
    if (!count || at < 0) continue;
    out.push({ kind: 'application', hit: { index: s.start + at, end: s.start + at + count.words.length, words: count.words } });
  }
  return out;
}
