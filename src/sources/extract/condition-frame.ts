/**
 * "have agreed to schedule the heaviest training jobs for off-peak hours as a condition of their import approval", 答应把…
 * 安排在用电低谷时段，作为进口批文的附加条件之一: a duty agreed and called a condition of the permission is a condition
 * agreed, whatever the duty is, even where no condition word names it.
 */
import type { CandidateKind } from './candidate.js';
import { lexicon } from './lexicon.js';
import { hits, type Hit } from './phrase-index.js';
import { within } from './hit-ranges.js';
import type { Range } from './text-units.js';

// The duty named as a condition of the permission (or of one of its terms).
const CONDITION_FRAME =
  /\bas\s+(?:a|one|another|an\s+added|a\s+further)\s+(?:condition|term|requirement)s?\s+(?:of|for|attached\s+to)\b|\bas\s+part\s+of\s+(?:the|their|its)\s+(?:licen[cs]e\s+|approval\s+|import\s+)?(?:terms|conditions)\b|作为[^，。；,;]{0,16}?(?:附加|附带|前置)?条件(?:之一)?/giu;
// An authority agreeing is its approval, not terms a buyer accepts.
const AUTHORITY_BEFORE =
  /(?:商务部|主管部门|有关部门|监管部门|官方|当局|Commerce|Beijing|Washington|regulators?|the ministry)\s*(?:has\s+|have\s+|had\s+|已经?)?$/iu;

type Found = { kind: CandidateKind; hit: Hit };

/**
 * The sentence's triggers, read again where a frame calls something a condition of the permission: the permission it
 * names is no grant told, and what an agreeing verb before it agrees to is a condition agreed (the trigger then runs
 * from the verb to the frame, so the words it came from say it is a condition).
 */
export function conditionFramed(text: string, s: Range, inS: Found[]): Found[] {
  const frame = [...text.slice(s.start, s.end).matchAll(CONDITION_FRAME)][0];
  if (!frame) return inS;
  const frameStart = s.start + frame.index;
  const frameEnd = frameStart + frame[0].length;
  // "as a condition of its import approval", 作为进口批文的附加条件: the permission named is what the terms attach to.
  const kept = inS.filter((t) => !(t.kind === 'grant' && t.hit.index >= frameStart && t.hit.end <= frameEnd));
  const verb = hits(lexicon().conditionAgreed, text).find(
    (v) =>
      within(v, s) &&
      v.end <= frameStart &&
      !AUTHORITY_BEFORE.test(text.slice(Math.max(s.start, v.index - 16), v.index)) &&
      // (获同意: consent obtained is an approval.)
      text[v.index - 1] !== '获',
  );
  if (!verb) return kept;
  const agreed: Found = { kind: 'condition_agreed', hit: { index: verb.index, end: frameEnd, words: text.slice(verb.index, frameEnd) } };
  // The terms the verb agrees to, told by it or by the frame, become the one condition agreed.
  const told = kept.filter((t) => t.kind.startsWith('condition_') && t.hit.index >= verb.index && t.hit.end <= frameEnd);
  if (kept.some((t) => t.kind.startsWith('condition_') && !told.includes(t))) return kept;
  return [...kept.filter((t) => !told.includes(t)), agreed].sort((a, b) => a.hit.index - b.hit.index);
}
