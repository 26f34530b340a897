/**
 * 暂时停止向排队企业签发新的H200进口批复, 暂停发放许可: issuing permissions stopped is a suspension; the issuing it
 * stops is no grant told.
 */
import type { CandidateKind } from './candidate.js';
import type { Hit } from './phrase-index.js';

// A stop verb earlier in the grant's clause, with no resumption after it (恢复签发 issues again).
const STOPPED_BEFORE = /(?:停止|暂停|暂缓|不再|中止)(?:(?!恢复|重新)[^，。；,;]){0,10}$/u;

/** Adds to `dropped` the grant triggers in `found` whose issuing a stop verb before them halts. */
export function stoppedGrants(text: string, found: readonly { kind: CandidateKind; hit: Hit }[], dropped: Set<{ kind: CandidateKind; hit: Hit }>): void {
  for (const t of found)
    if (
      t.kind === 'grant' &&
      /^(?:签发|发放|核发|颁发)/u.test(t.hit.words) &&
      STOPPED_BEFORE.test(text.slice(Math.max(0, t.hit.index - 14), t.hit.index)) &&
      found.some((s) => s.kind === 'suspension' && s.hit.index < t.hit.index && s.hit.end >= t.hit.index - 14)
    )
      dropped.add(t);
}
