/**
 * The first approval told again with the firms still waiting beside it: "…more than 400,000 H200s, while a line of smaller
 * Chinese applicants is still waiting to hear from the ministry", 三家合计获准逾40万颗……其余企业的申请仍在排队. The waiting
 * firms' clause tells the pending request again, as sure as the approval's telling, even where no request word of the
 * lexicon stands in it.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import { waitingRecordOf } from './reviews-under-way.js';

// "a line of smaller Chinese applicants is still waiting", "other applicants yet to hear back", "dozens of other Chinese
// companies were told to wait", "requests from a longer list of companies are still in the queue".
const WAITING_EN =
  /\b(?:other|further|more|remaining|smaller|dozens of(?: other)?|many other|(?:a|the)\s+(?:longer\s+|long\s+)?(?:list|line|queue)\s+of(?:\s+other)?(?:\s+smaller)?)\s+(?:Chinese\s+)?(?:[\w-]+\s+)?(?:firms|companies|applicants|buyers)\b[^.;]{0,60}?(?:\bwait(?:s|ed|ing)?\b|\bawait(?:s|ed|ing)?\b|\bin (?:the\s+)?(?:queue|line)\b|\bqueu(?:e|es|ed|ing)\b|\byet to hear\b|\bhear back\b|\bheard nothing\b|\bstill being (?:weighed|reviewed|considered)\b)/i;
// 其他企业的申请仍在排队等待, 其余申请企业还在排队, 另有多家企业在排队, 仍有不少企业的申请处于审查之中.
const WAITING_ZH =
  /(?:其他|其余|其它|更多|多家|不少|部分|另有|还有)[^，。；,;]{0,8}?(?:企业|公司|申请)[^，。；,;]{0,12}?(?:排队|等待|等候|待批|审查之中|审批之中|审核之中|审查中|审批中|审核中)/u;

/** Adds the pending record told again beside a telling of the group's approval, when the waiting firms have a clause of their own. */
export function waitingToldAgain(final: CandidateEvent[], text: string, waitingParty: string | undefined, state: LedgerState): void {
  if (!waitingParty || final.some((c) => c.holders.some((h) => h.value === waitingParty))) return;
  // (The waiting clause first: most items have none, and the records are looked up in a ledger that may be large.)
  const waiting = WAITING_EN.exec(text) ?? WAITING_ZH.exec(text);
  if (!waiting || !final.some((c) => c.kind === 'restatement' || c.kind === 'grant')) return;
  const group = Object.values(state.authorization).find((a) => a.holderIds.length >= 3);
  const pending = waitingRecordOf(state, waitingParty);
  if (!group || !pending) return;
  const told = final.find(
    (c) =>
      (c.kind === 'restatement' || c.kind === 'grant') &&
      c.certainty !== 'denied' &&
      (c.retells === group.id || (c.holders.length >= 3 && group.holderIds.every((h) => c.holders.some((x) => x.value === h)))),
  );
  if (!told) return;
  final.push({
    kind: 'restatement',
    certainty: told.certainty,
    trigger: waiting[0],
    holders: [{ value: waitingParty, words: waiting[0] }],
    conditions: [],
    dates: [],
    retells: pending.id,
    ...(told.item ? { item: told.item } : {}),
    ...(told.authority ? { authority: told.authority } : {}),
  });
}
