/**
 * What the rules that sort told events from named ones see of one sentence (told-here.ts):
 * the text, the sentence's range, its triggers, and the decisions, requests and
 * passively granted requests among them.
 */
import type { CandidateKind } from './candidate.js';
import type { Hit } from './phrase-index.js';
import type { Range } from './text-units.js';

/** One trigger of a sentence: the kind of event its words would tell, and the words. */
export interface Told {
  kind: CandidateKind;
  hit: Hit;
}

/** One sentence, with the triggers the rules weigh against each other. */
export interface SentenceContext {
  text: string;
  /** The sentence's range in `text`; rules look no further back than its start. */
  s: Range;
  triggers: readonly Told[];
  /** The decisions among the triggers (a grant only when it is not a supposed one). */
  decided: readonly Told[];
  /** The requests among the triggers that are neither granted passively nor denied having been made. */
  asked: readonly Told[];
  /** Requests named and then told granted passively (申请已获批准): the grant tells the event. */
  granted: ReadonlySet<Told>;
}

/** A rule that finds a trigger only names an event (held, asked for, acted on, a topic), not tells it. */
export type NotTold = (t: Told, c: SentenceContext) => boolean;

/**
 * Rules with the trigger kinds they can find not told (null: any kind). Each rule still tests the kind itself; the
 * grouping only lets told-here.ts skip calling rules that cannot hold for a trigger's kind.
 */
export interface KindRules {
  kinds: readonly CandidateKind[] | null;
  rules: readonly NotTold[];
}

/** The kinds that decide on a permission. */
export const DECISIONS: ReadonlySet<CandidateKind> = new Set(['grant', 'denial', 'suspension', 'revocation']);

/** Up to `n` characters before the trigger, never reaching back past its sentence's start. */
export function textBefore(t: Told, c: SentenceContext, n: number): string {
  return c.text.slice(Math.max(c.s.start, t.hit.index - n), t.hit.index);
}

/** The `n` characters after the trigger (the rules read past the sentence's end here, as a headline runs into its body). */
export function textAfter(t: Told, c: SentenceContext, n: number): string {
  return c.text.slice(t.hit.end, t.hit.end + n);
}
