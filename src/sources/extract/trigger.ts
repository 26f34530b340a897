/** The trigger of a candidate event: the word that tells what happened, with its certainty. */
import type { CandidateKind, Certainty } from './candidate.js';
import type { Hit } from './phrase-index.js';
import type { Range } from './text-units.js';

/** A trigger word found in a sentence. */
export interface Trigger extends Hit {
  kind: CandidateKind;
  /** The kind before a restatement marker made it one ("approved" in "had approved"). */
  original: CandidateKind;
  certainty: Certainty;
  certaintyWords?: string;
  sentence: Range;
  /** The restatement words, when old news is restated. */
  restated?: string;
  /** True when a past month named beside it made it old news ("January's orders"). */
  pastMonth?: boolean;
  /** True for a condition told by its frame alone (unworded-conditions.ts): it needs no condition word. */
  unworded?: boolean;
}

/** Kinds that are decisions or requests of an authority. */
export const AUTHORITY_KINDS: ReadonlySet<CandidateKind> = new Set([
  'grant',
  'denial',
  'suspension',
  'revocation',
  'application',
  'condition_proposed',
  'condition_agreed',
]);
