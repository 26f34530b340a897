/**
 * Firms counted waiting on Beijing: 逾20家企业已向商务部递交申请, "more than 20 other Chinese companies have
 * applied". A request told of firms the item only counts is the firms still waiting, the tracked party for them,
 * with the count of firms as its count.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import { firmsApproved, firmsWaiting } from './tallies.js';
import { HAN_CLAUSE_SPACE } from './text-units.js';
import type { Trigger } from './trigger.js';

const IMPORT_WORD = /进口|import/iu;

/**
 * Gives a request to China's authority, told of no firm or of the waiting firms, those firms and their count when
 * its sentence counts them; whether it did.
 */
export function countedWaiting(c: CandidateEvent, sentence: string, waitingParty: string | undefined, state: LedgerState): boolean {
  if (!waitingParty) return false;
  // (排队企业增至约238家 H200进口申报…: firms counted waiting to import wait on Beijing, named or not.)
  if (c.authority ? state.authority[c.authority.value]?.country !== 'CN' : !IMPORT_WORD.test(sentence)) return false;
  if (c.holders.some((h) => h.value !== waitingParty)) return false;
  // (又有15家左右企业获准进口: a grant to firms the item only counts is one to the firms that were waiting.)
  const count = c.kind === 'grant' ? firmsApproved(sentence) : firmsWaiting(sentence);
  if (!count) return false;
  c.holders = [{ value: waitingParty, words: count.words }];
  c.quantity = count;
  return true;
}

const WAITING_CLAUSE =
  /\s(?:and|while|whereas)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:other|more|further|remaining)\s+(?:[\w-]+\s+){0,2}?(?:firms|companies|applicants|buyers)\s+(?:are\s+|were\s+)?(?:still\s+)?(?:yet to|waiting|awaiting|await|wait|in the queue|queuing)\b/i;
// (A headline's colon and the space between its Chinese clauses end a clause too.)
const CLAUSE_BREAK = new RegExp(String.raw`[，,；;。.!?！？：:]|${HAN_CLAUSE_SPACE}`, 'u');

/**
 * 三家已获准…，附加条件仍在商定之中，另有多家企业在排队等候: the firms waiting, told in a clause of their own, are not
 * holders of a decision told of named holders in another clause. Drops the waiting firms from such a candidate; when
 * their own clause tells an approval or a request of theirs (三巨头额度逾40万颗 中小企业陆续拿到批文, 更多企业仍在排队),
 * that is a candidate of its own.
 */
export function waitingApart(folded: CandidateEvent[], text: string, waitingParty: string | undefined, triggers: readonly Trigger[] = []): void {
  if (!waitingParty) return;
  const apart = (a: number, aEnd: number, b: number, bEnd: number) =>
    CLAUSE_BREAK.test(text.slice(Math.min(a, b), Math.max(aEnd, bEnd))) ||
    // "…still being negotiated and other applicants yet to hear back": the waiting firms with a predicate of their own.
    (b > aEnd && WAITING_CLAUSE.test(text.slice(aEnd, b + 80)));
  let theirOwn: CandidateEvent | undefined;
  for (const c of folded) {
    const waiting = c.holders.find((h) => h.value === waitingParty);
    // 三家合计额度逾40万颗 更多企业仍在排队: a quota told in another clause is not the waiting firms' alone either.
    if (!waiting || (c.holders.length < 2 && !(c.quantity?.role === 'quota' && (c.kind === 'grant' || c.kind === 'restatement')))) continue;
    const at = text.indexOf(c.trigger);
    const where = text.indexOf(waiting.words);
    if (at < 0 || where < 0 || !apart(at, at + c.trigger.length, where, where + waiting.words.length)) continue;
    c.holders = c.holders.filter((h) => h.value !== waitingParty);
    const own = triggers.find(
      (t) => (t.original === 'grant' || t.original === 'application') && t.index !== at && !apart(t.index, t.end, where, where + waiting.words.length),
    );
    if (!own || theirOwn) continue;
    const { quantity: _quantity, certaintyWords: _words, ...told } = c;
    theirOwn = {
      ...told,
      kind: own.kind,
      trigger: own.words,
      certainty: own.certainty,
      ...(own.certaintyWords ? { certaintyWords: own.certaintyWords } : {}),
      holders: [waiting],
      conditions: [],
      dates: [],
    };
  }
  // "…signed off for ByteDance, Alibaba and Tencent, with other companies still waiting on their applications": the
  // waiting firms' own request, told in their clause, is theirs alone; the three named in another clause are not its holders.
  // (Whether the trigger and a holder's words stand in different clauses; undefined when either is not in the text.)
  const triggerApart = (trigger: string, words: string): boolean | undefined => {
    const at = text.indexOf(trigger);
    const where = text.indexOf(words);
    return at < 0 || where < 0 ? undefined : apart(at, at + trigger.length, where, where + words.length);
  };
  for (const c of folded) {
    const waiting = c.holders.find((h) => h.value === waitingParty);
    if (c.kind !== 'application' || !waiting || c.holders.length < 2 || triggerApart(c.trigger, waiting.words) !== false) continue;
    if (c.holders.every((h) => h === waiting || triggerApart(c.trigger, h.words) === true)) c.holders = [waiting];
  }
  // (Only when no telling left holds the waiting firms already.)
  if (theirOwn && !folded.some((o) => o.holders.some((h) => h.value === waitingParty))) folded.push(theirOwn);
}
