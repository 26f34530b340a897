/**
 * "accepted a condition under which it must halt any pending shipment", 已签字同意：…若不足八成，主管部门可收回…额度: the
 * words after a term agreed or proposed, once a clause opens what the term says, tell what the term would make happen,
 * not what happened. A halt, an undoing, a refusal, a grant or a delivery inside that content is no event of its own.
 */
import type { CandidateKind } from './candidate.js';
import type { Hit } from './phrase-index.js';
import type { Range } from './text-units.js';

// What opens a term's content right after the term is named: "under which", "requiring", "obliging", or a colon.
const CONTENT_OPENER = /^[^.;:!?。；！？]{0,40}?(?:\bunder\s+which\b|\bwhereby\b|\brequiring\b|\bobliging\b|[:：])/iu;
const QUOTED_TERM = /[“「"][^”」"]{1,30}[”」"]\s*(?:条款|条件|机制|规定|要求|clauses?|rules?|terms?|conditions?)/giu;
const CONTENT_KINDS = new Set<CandidateKind>(['suspension', 'revocation', 'denial', 'grant', 'delivery']);

/** The triggers of `found` less those inside the content of a term agreed or proposed in their sentence. */
export function outsideTermContents(
  text: string,
  ranges: readonly Range[],
  found: readonly { kind: CandidateKind; hit: Hit }[],
): { kind: CandidateKind; hit: Hit }[] {
  // (Most items hold nothing a term's content could hide: the quoted-term scan below need not run on them.)
  if (!found.some((t) => CONTENT_KINDS.has(t.kind))) return [...found];
  const inside = new Set<{ kind: CandidateKind; hit: Hit }>();
  for (const term of found) {
    if (term.kind !== 'condition_agreed' && term.kind !== 'condition_proposed') continue;
    const s = ranges.find((r) => r.start <= term.hit.index && term.hit.end <= r.end);
    if (!s) continue;
    const opener = CONTENT_OPENER.exec(text.slice(term.hit.end, s.end));
    if (!opener) continue;
    const from = term.hit.end + opener[0].length;
    for (const t of found) if (CONTENT_KINDS.has(t.kind) && t.hit.index >= from && t.hit.end <= s.end) inside.add(t);
  }
  // 接受“用不满就收回”条款, a "use-it-or-lose-it" clause: a term named by what it says, in quotes.
  for (const m of text.matchAll(QUOTED_TERM))
    for (const t of found) if (CONTENT_KINDS.has(t.kind) && t.hit.index >= m.index && t.hit.end <= m.index + m[0].length) inside.add(t);
  return inside.size ? found.filter((t) => !inside.has(t)) : [...found];
}
