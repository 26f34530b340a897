/**
 * A Chinese item that tells a firm's grant or refusal tells the firm's request as the thing decided: "明阳智能申请进口…一事
 * 已获商务部批准", "…的申请，已经得到商务部同意", "申请进口…遭商务部否决", "经审查…决定不予许可". The request is
 * the decision's history, not a second event, however far from the decision and in whatever words the item tells it.
 */
import type { CandidateEvent } from './candidate.js';
import { sameSubject } from './item-rules.js';
import { languageOf } from './text-units.js';

// 追加申请, 申请扩大额度, 第二批, 再次递交, 重新申请, 另行申请, 更多: a further request, beside the decision on the first, is news of its own.
const FURTHER = /追加|扩大|增加|新增|更多|新一[批轮]|第[二三四五六七八九十]批|下一批|再次|再度|二度|重新|另行|上调|提高/u;
// 申请仍在审查中, 尚处审核阶段, 排队等待: a request still waiting is not the one decided.
const WAITING = /[仍尚正](?:在|处于?)?(?:审|排队|等待|走流程)|审查中|审核中|审批中|排队|等待|待批|待审|候审/u;
// 合同以取得许可为生效条件, 获批与否存在不确定性, 待获批后: a decision told as a condition or an open question decides nothing.
const UNDECIDED = /为(?:生效|前提|先决)?条件|与否|是否|能否|可否|一旦|如果|假如|倘若|待|才能|方可|前提/u;
// The clause a request's words stand in: from the last break before them to the next one after.
const CLAUSE_BREAK = /[，,。；;！？!?：:\s]/u;

/** The clause of `text` around `words` (its first telling): what the item says of them. */
function clauseOf(text: string, words: string): string {
  const at = text.indexOf(words);
  if (at < 0) return words;
  let start = at;
  while (start > 0 && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
  let end = at + words.length;
  while (end < text.length && !CLAUSE_BREAK.test(text[end]!)) end++;
  return text.slice(start, end);
}

/**
 * Drops a firm's own request (not a denied one, not the waiting firms' and not a count of requests) where the item
 * tells a grant or a refusal of the same firm and goods as done (not negated, not a condition or an open question); a
 * request told as a further one or as still waiting stays. Chinese items only: English ones name the decided request
 * in words `decidedRequests` reads.
 */
export function firmRequestsDecided(cands: CandidateEvent[], text: string, waitingParty: string | undefined): void {
  if (languageOf(text) === 'en') return;
  const decisions = cands.filter(
    (d) => (d.kind === 'grant' || d.kind === 'denial') && d.certainty !== 'denied' && d.holders.length && !UNDECIDED.test(clauseOf(text, d.trigger)),
  );
  if (!decisions.length) return;
  for (let i = cands.length - 1; i >= 0; i--) {
    const a = cands[i]!;
    if (a.kind !== 'application' || a.certainty === 'denied' || !a.holders.length) continue;
    // (受理申请37件…批准21件: requests counted, and the waiting firms' requests, are a tally's, settled elsewhere.)
    if (a.quantity?.role === 'licence_count' || a.holders.some((h) => h.value === waitingParty)) continue;
    if (!decisions.some((d) => sameSubject(a, d))) continue;
    const clause = clauseOf(text, a.trigger);
    if (FURTHER.test(clause) || WAITING.test(clause)) continue;
    cands.splice(i, 1);
  }
}
