/**
 * Grants told after an item's own news of another kind: "Tencent accepts a no-resale pledge … a term attached to the
 * approval it holds", 获批企业或须按月报送使用台账 … 获批芯片, "Customs clears 900 H200s … imported under licences
 * granted in March", 暂停某公司H200进口许可 … 该公司此前获批. An item that opens on terms (proposed or agreed), goods
 * arriving, or a permission paused or struck off tells that; a permission it names after it is the one those terms,
 * goods or decisions are about, held already, not a grant of its own.
 */
import type { CandidateEvent, CandidateKind } from './candidate.js';

// The kinds whose news a later permission word is the setting of. (Not an order: "orders 1,536 H200s after clearing
// the import review" tells the clearance as news beside the purchase; nor a request, which a grant may answer.)
const NEWS_FIRST: ReadonlySet<CandidateKind> = new Set(['condition_proposed', 'condition_agreed', 'delivery', 'suspension', 'revocation']);

// "licences cleared for China with KYC and testing strings", 获批附条件: terms told in the grant's own words are the
// grant's terms, so they open on the grant, not on terms of their own.
const GRANT_WORDS = /\b(?:cleared|clears|approved|approves|granted|grants|licensed)\b|获批|获准|批准/iu;

// "as Beijing grants it a new H200 allowance", 再获追加额度: a grant whose own clause tells a further permission is news
// of its own, whatever terms the item opens on.
const FURTHER =
  /\b(?:new|fresh|further|additional|another|second|extra)\s+(?:[\w-]+\s+){0,2}?(?:allowances?|quotas?|approvals?|licen[cs]es?|permits?|batch|tranche)\b|新增|追加|新一批|再获|再次获批|第二批/iu;

/** Whether the clause around a grant's words tells a further permission. */
function further(c: CandidateEvent, text: string): boolean {
  const at = text.indexOf(c.trigger);
  const clause = text.slice(at, at + c.trigger.length + 50).split(/[.;。；]/u)[0] ?? '';
  return FURTHER.test(clause);
}

/** Where the item first tells news of a kind in NEWS_FIRST, or -1 when it tells none. */
function firstNews(cands: readonly CandidateEvent[], text: string): number {
  let first = -1;
  for (const c of cands) {
    if (!NEWS_FIRST.has(c.kind) || c.certainty === 'denied' || GRANT_WORDS.test(c.trigger)) continue;
    const at = text.indexOf(c.trigger);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/** Drops each grant whose words come after the first terms, arrival, suspension or revocation the item tells. */
export function grantsAfterNews(cands: CandidateEvent[], text: string): void {
  const first = firstNews(cands, text);
  if (first < 0) return;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (c.kind === 'grant' && text.indexOf(c.trigger) > first && !further(c, text)) cands.splice(i, 1);
  }
}
