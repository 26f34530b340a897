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
// (", one of the terms attached to Beijing's approval", ", a term regulators tied to the joint import approval",
// 这是其进口批准所附条件之一, 已同意…提出的一项附加要求: the duty called a term of the permission after it, or the request
// agreed to named as an added one before it.)
const CONDITION_FRAME =
  /\bas\s+(?:a|one|another|an\s+added|a\s+further)\s+(?:condition|term|requirement)s?\s+(?:of|for|attached\s+to)\b|\bas\s+part\s+of\s+(?:the|their|its)\s+(?:licen[cs]e\s+|approval\s+|import\s+)?(?:terms|conditions)\b|\bone\s+of\s+(?:the|several|many|a\s+(?:few|handful\s+of))\s+(?:[\p{L}-]+\s+)?(?:conditions|terms|requirements)\s+(?:of|for|attached\s+to|tied\s+to|linked\s+to|set\s+(?:for|on)|imposed\s+on|that\s+came\s+with)\b|\ba\s+(?:condition|term|requirement)\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:tied|attached|linked)\s+to\b|作为[^，。；,;]{0,16}?(?:附加|附带|前置)?条件(?:之一)?|(?:这是|此为|系)[^，。；,;]{0,16}?(?:附加|附带|前置)(?:条件|要求)之一|(?:批准|批文|许可证?|批复)(?:所附|附带)的?(?:条件|要求)(?:之一)?|所附的?条件之一|(?:一项|一条)(?:新的?)?附加要求/giu;
const FRAME_WORD = /condition|term|requirement|条件|要求/iu;
const PERMISSION_AFTER =
  /\s+(?:(?:the|its|their|his|her|this|that|[\p{L}-]+['’]s)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:approvals?|licen[cs]es?|permits?|permission|clearances?)\b/iuy;
// A negation inside an English duty agreed to (the Chinese reading of 不接入… is not thrown by it).
const DUTY_NEGATION = /\b(?:not|no|never|without|nor)\b/iu;
// An authority agreeing is its approval, not terms a buyer accepts.
const AUTHORITY_BEFORE =
  /(?:商务部|主管部门|有关部门|监管部门|官方|当局|Commerce|Beijing|Washington|regulators?|the ministry)\s*(?:has\s+|have\s+|had\s+|已经?)?$/iu;

type Found = { kind: CandidateKind; hit: Hit };

/** True when the text calls something a condition of the permission somewhere (conditionFramed reads it there). */
export function framesCondition(text: string): boolean {
  if (!FRAME_WORD.test(text)) return false;
  CONDITION_FRAME.lastIndex = 0;
  return CONDITION_FRAME.test(text);
}

/**
 * The sentence's triggers, read again where a frame calls something a condition of the permission: the permission it
 * names is no grant told, and what an agreeing verb before it agrees to is a condition agreed (the trigger then runs
 * from the verb to the frame, so the words it came from say it is a condition).
 */
export function conditionFramed(text: string, s: Range, inS: Found[]): Found[] {
  const sentence = text.slice(s.start, s.end);
  // Every frame holds one of these words: most sentences have none, and the long pattern need not run on them.
  if (!FRAME_WORD.test(sentence)) return inS;
  CONDITION_FRAME.lastIndex = 0;
  const frame = CONDITION_FRAME.exec(sentence);
  if (!frame) return inS;
  const frameStart = s.start + frame.index;
  // (The permission the frame names after it, "tied to the joint import approval", is part of the frame.)
  PERMISSION_AFTER.lastIndex = frameStart + frame[0].length;
  const frameEnd = frameStart + frame[0].length + (PERMISSION_AFTER.exec(text)?.[0].length ?? 0);
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
  // ("agreed that … no H200s … went to military end users, one of the terms attached to": a duty worded with a negation
  // is read as before, so its "no" does not deny the agreement.)
  if (DUTY_NEGATION.test(text.slice(verb.end, frameStart))) return inS;
  const agreed: Found = { kind: 'condition_agreed', hit: { index: verb.index, end: frameEnd, words: text.slice(verb.index, frameEnd) } };
  // The terms the verb agrees to, told by it or by the frame, become the one condition agreed.
  const told = kept.filter((t) => t.kind.startsWith('condition_') && t.hit.index >= verb.index && t.hit.end <= frameEnd);
  if (kept.some((t) => t.kind.startsWith('condition_') && !told.includes(t))) return kept;
  return [...kept.filter((t) => !told.includes(t)), agreed].sort((a, b) => a.hit.index - b.hit.index);
}
