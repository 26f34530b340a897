/**
 * "Broker Xiangcai wins nod to import 32 H200s" over "Shanghai-listed Xiangcai Co, which owns a securities brokerage, has
 * received approval …": the headline names a firm one way and the body's lede another. When one untracked firm heads the
 * news in the headline and one other untracked firm tells the same kind of event in the body, never naming the
 * headline's firm, they are one firm: one event, held under the headline's name.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import type { Named } from './named.js';

/** Folds each body-only untracked firm's event into the headline's untracked firm's event of the same kind. */
export function headlineAliases(folded: CandidateEvent[], text: string, titleEnd: number, parties: readonly Named[], state: LedgerState): void {
  const untracked = (c: CandidateEvent) => c.holders.length === 1 && !state.party[c.holders[0]!.value];
  const inTitle = (c: CandidateEvent) => parties.some((p) => p.id === c.holders[0]!.value && p.index < titleEnd);
  const body = text.slice(titleEnd);
  for (const head of folded.filter((c) => untracked(c) && inTitle(c))) {
    const sameKind = (c: CandidateEvent) => c.kind === head.kind && c.item?.value === head.item?.value && c.certainty === head.certainty;
    // (Two firms in the headline, or the headline's firm named again in the body: the items tell of two firms.)
    if (folded.some((c) => c !== head && untracked(c) && inTitle(c) && sameKind(c)) || body.includes(head.holders[0]!.words)) continue;
    const others = folded.filter((c) => c !== head && untracked(c) && !inTitle(c) && sameKind(c));
    if (others.length !== 1) continue;
    const other = others[0]!;
    if (head.quantity && other.quantity && (head.quantity.value !== other.quantity.value || head.quantity.role !== other.quantity.role)) continue;
    if (!head.quantity && other.quantity) head.quantity = other.quantity;
    if (!head.authority && other.authority) head.authority = other.authority;
    for (const c of other.conditions) if (!head.conditions.some((x) => x.value === c.value)) head.conditions.push(c);
    folded.splice(folded.indexOf(other), 1);
  }
}
