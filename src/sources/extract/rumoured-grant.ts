/**
 * 海峡股份澄清：H200进口仍在审批中 网传获批消息不实, "says its request is still under review … responding to online posts
 * that claimed the ministry had signed off": a firm answering a rumour of its approval with its request still under review
 * tells the approval not given. The rumoured grant is that approval denied, and the wait is no request of its own.
 */
import type { CandidateEvent } from './candidate.js';
import { sameSubject } from './item-rules.js';

const PENDING = /wait|pending|under review|等待|待批|在审|审查|审核|审批|审理/i;
// The words that tell a claim going round, just before the approval it claims.
const RUMOUR_BEFORE =
  /(?:网传|网络(?:上)?流传|市场传闻|传闻|传言|\bonline posts?\b|\bposts?\s+(?:that\s+)?claim(?:ed|ing)?\b|\brumou?rs?\b|\bclaims?\s+that\b|\breports?\s+that\b)[^。；;.!?]{0,60}$/iu;

/** Reads a rumoured approval, answered with the request still under review, as the approval denied. */
export function rumouredGrant(cands: CandidateEvent[], text: string): void {
  const waits = new Set<CandidateEvent>();
  for (const g of cands) {
    if (g.kind !== 'grant' || g.certainty === 'denied' || g.certainty === 'official') continue;
    const wait = cands.find((a) => a.kind === 'application' && !waits.has(a) && PENDING.test(a.trigger) && sameSubject(a, g));
    if (!wait) continue;
    const at = text.indexOf(g.trigger);
    const rumour = at < 0 ? null : RUMOUR_BEFORE.exec(text.slice(Math.max(0, at - 80), at));
    if (!rumour) continue;
    g.certainty = 'denied';
    g.certaintyWords = rumour[0].trim();
    waits.add(wait);
  }
  // (Dropped after the loop, so that no candidate is skipped while the list is read.)
  for (let i = cands.length - 1; i >= 0; i--) if (waits.has(cands[i]!)) cands.splice(i, 1);
}
