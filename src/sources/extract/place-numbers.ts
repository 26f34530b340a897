/**
 * Numbers find their event: each number of a sentence goes to the nearest trigger of its
 * role's kind, else it becomes an event of its role ("about 700,000 in stock"), else it waits
 * for the sentence's decision (a quota told after the grant).
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateDate, CandidateEvent, CandidateQuantity } from './candidate.js';
import { inRange, type Sentence } from './actors.js';
import { buildCandidate } from './build-candidate.js';
import { ROLE_KIND } from './item-passes.js';
import { lexicon } from './lexicon.js';
import { hits } from './phrase-index.js';
import type { Named } from './named.js';
import { restatedNear } from './old-news.js';
import { kindForRole, type RoledQuantity } from './roles.js';
import { breaksBetween } from './text-units.js';
import { AUTHORITY_KINDS, type Trigger } from './trigger.js';

/** One sentence's reading so far: its candidates with their triggers, and what a new event needs. */
export interface SentenceReading {
  text: string;
  state: LedgerState;
  s: Sentence;
  item: Named;
  triggers: readonly Trigger[];
  sellers: Named[];
  others: Named[];
  dates: (CandidateDate & { index: number })[];
  notes: string[];
  candidates: { c: CandidateEvent; t?: Trigger }[];
}

/** Places the sentence's numbers; returns the quota figures that wait for a decision told elsewhere. */
export function placeNumbers(r: SentenceReading, roled: readonly RoledQuantity[]): CandidateQuantity[] {
  const { text, s, candidates: list } = r;
  const pending: CandidateQuantity[] = [];
  for (const q of roled) {
    const wanted = kindForRole(q.role);
    // A condition's numbers are its terms (a ratio, a share), not goods.
    const fits = list.filter(({ c, t }) =>
      wanted
        ? c.kind === wanted || (c.kind === 'restatement' && t?.original === wanted)
        : (AUTHORITY_KINDS.has(c.kind) && !c.kind.startsWith('condition_')) ||
          (c.kind === 'restatement' && !kindForRole(ROLE_KIND[t?.original ?? 'grant'] ?? 'quota')),
    );
    const target = fits
      .map((x) => ({
        x,
        d: x.t
          ? Math.abs(x.t.index < q.index ? q.index - x.t.end : x.t.index - q.end) +
            60 * breaksBetween(text, Math.min(x.t.end, q.end), Math.max(x.t.index, q.index)) +
            // (合计超过40万颗；还有一批企业在等待审批: a semicolon parts two statements more than a comma parts one's clauses.)
            (/[;；]/u.test(text.slice(Math.min(x.t.end, q.end), Math.max(x.t.index, q.index))) ? 60 : 0)
          : 0,
      }))
      .sort((a, b) => a.d - b.d)[0]?.x;
    const quantity = { value: q.value, qualifier: q.qualifier, unit: q.unit, role: q.role, words: q.words, ...(q.holder ? { holder: q.holder.id } : {}) };
    if (!target && !wanted) {
      pending.push(quantity);
      continue;
    }
    if (target && !target.c.quantity) target.c.quantity = quantity;
    else if (target)
      list.push({
        c: { ...target.c, holders: [...target.c.holders], conditions: [...target.c.conditions], dates: [...target.c.dates], quantity },
        ...(target.t ? { t: target.t } : {}),
      });
    else if (wanted) {
      // "拟再订购约10万颗", "plans to order 100,000": an intended figure is no event either.
      if (hits(lexicon().intent, text).some((i) => inRange(i, s) && i.end <= q.index && q.index - i.end <= 40 && breaksBetween(text, i.end, q.index) === 0))
        continue;
      // "still holds about 700,000, unchanged since January": a figure told as it stands is old news.
      const restated = restatedNear(text, s, { index: q.index, end: q.end, words: q.words });
      const first = r.triggers[0];
      const cueTrigger: Trigger = {
        index: q.index,
        end: q.end,
        words: q.cue ?? q.words,
        kind: restated ? 'restatement' : wanted,
        original: wanted,
        ...(restated ? { restated } : {}),
        sentence: s,
        certainty: first?.certainty === 'denied' ? 'reported' : (first?.certainty ?? 'reported'),
        ...(first?.certaintyWords ? { certaintyWords: first.certaintyWords } : {}),
      };
      const c = buildCandidate(text, r.state, s, cueTrigger, r.item, r.sellers, r.others, r.dates, r.notes);
      if (c) {
        c.quantity = quantity;
        list.push({ c });
      }
    }
  }
  return pending;
}
