/**
 * The permit a request asks for: "Tencent has asked the ministry to raise its share of the H200 clearance", 向商务部提交新增
 * H200进口额度的申请, "has put in for a commerce ministry permit". The permit, allotment or clearance a request names is
 * what it asks for; nobody has granted it.
 */
import type { CandidateEvent } from './candidate.js';
import { sameSubject } from './item-rules.js';

// A permission named by its noun alone: what may be asked for as well as granted.
const PERMIT_NOUN = /^(?:clearances?|permits?|licen[cs]es?|approvals?|allotments?|allowances?|quotas?|shares?|额度|进口额度|许可|许可证|批文|配额)$/i;

/** Drops a figure-less grant told by a permission's noun alone, for the holders of a request the item tells. */
export function requestedPermits(cands: CandidateEvent[]): void {
  const asks = cands.filter((c) => c.kind === 'application' && c.certainty !== 'denied');
  if (!asks.length) return;
  for (let i = cands.length - 1; i >= 0; i--) {
    const g = cands[i]!;
    if (g.kind !== 'grant' || g.quantity || g.certainty === 'denied' || !PERMIT_NOUN.test(g.trigger)) continue;
    if (asks.some((a) => sameSubject(a, g))) cands.splice(i, 1);
  }
}
