/**
 * A firm saying its request was not refused and is still being reviewed (安车检测回应：H200进口申请并未被否 审核仍在进行;
 * "has received no rejection notice; the application is still under review"): the item's news is the refusal denied.
 * The request it says is pending is the ledger's already, and a report of the refusal it answers is what it denies.
 */
import type { CandidateEvent } from './candidate.js';

// 并未被否, 并无“被拒”一说, 未接到任何否决通知, 没有收到…不予许可决定, "has not been rejected", "no rejection notice".
const NO_REFUSAL =
  /(?:并未|未|没有)被(?:否|拒|驳回|否决)|并无[“"「]?(?:被拒|被否|被驳回|否决)|(?:未|没有|并未|从未)(?:收到|接到)[^，。；]{0,16}(?:不予许可|否决|驳回|拒绝)|\bha(?:s|d|ve) not been (?:rejected|refused|turned down|denied)\b|\b(?:received|got) no (?:rejection|refusal)\b|\bno (?:rejection|refusal) (?:notice|letter|decision)\b/i;
// 审核仍在进行, 仍处于审查阶段, 仍在等待审查结果, "still under review", "remains pending".
const STILL_REVIEWED =
  /(?:仍|还|依然|目前仍)(?:在|处于)?[^，。；]{0,8}(?:审核|审查|审批|审理|评估)|审核仍在进行|\bstill (?:under review|being reviewed|pending)\b|\bremains? (?:under review|pending)\b/i;

/** Reads such an item as one refusal denied, held by the firm the item names. */
export function refusalDenied(cands: CandidateEvent[], text: string): void {
  const denied = NO_REFUSAL.exec(text);
  if (!denied || !STILL_REVIEWED.test(text)) return;
  const told = cands.filter((c) => c.kind === 'denial' || c.kind === 'application' || c.kind === 'restatement');
  if (
    !told.length ||
    told.some(
      (c) => c.kind === 'denial' && c.certainty !== 'denied' && c.certainty !== 'hedged' && c.authority && /部|ministry|commerce/i.test(c.authority.words),
    )
  )
    return;
  const holders = told.find((c) => c.holders.length)?.holders ?? [];
  const base = told.find((c) => c.kind === 'denial' && c.certainty === 'denied') ?? told[0]!;
  for (const c of told) cands.splice(cands.indexOf(c), 1);
  const { quantity: _quantity, retells: _retells, ...rest } = base;
  cands.push({ ...rest, kind: 'denial', certainty: 'denied', certaintyWords: denied[0], trigger: denied[0], holders: [...holders], conditions: [] });
}
