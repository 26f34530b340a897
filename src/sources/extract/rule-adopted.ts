/**
 * A rule adopted: 商务部发布《进口高性能计算芯片处置管理办法》…起施行, "…; Final Rule". What such a notice tells is
 * the terms every licence of the item now carries: a condition agreed on the authority's tracked licensing of
 * the item, told officially. Whatever the rule's own words read as (a ban, a consent it requires, a licence
 * cancelled on scrapping) are its terms, not decisions on anyone. A draft (征求意见稿, "Proposed Rule") stays a
 * proposal: the Federal Register's "…; Proposed Rule" heading is one on the US licensing of the item, told officially.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import type { Named } from './named.js';
import { activeLicensing } from './active-licensing.js';
import { conditionWordsIn } from './condition-verbs.js';

// 发布《…管理办法》…施行, 公布《…规定》: a Chinese rule issued in force.
const ZH_ADOPTED = /(?:发布|公布|印发|出台)《[^》]{2,40}?(?:规定|办法|细则|规则)》/u;
const ZH_IN_FORCE = /施行|生效/u;
// "…; Final Rule": the Federal Register's heading of a US rule adopted ("China finalises a rule" is a report on one).
const EN_ADOPTED = /\b(?:Interim\s+)?Final\s+Rule\b/u;
const EN_PROPOSED = /[;:]\s*Proposed Rule\s*$/u;
const DRAFT = /征求意见|草案|草稿|拟|\bProposed Rule\b|\bdraft\b/i;

/** The condition agreed an adopted rule on the item tells, when the item is such a rule's notice. */
export function ruleAdopted(
  text: string,
  titleEnd: number,
  names: { items: readonly Named[]; authorities: readonly Named[] },
  state: LedgerState,
): CandidateEvent | undefined {
  const item = names.items[0];
  if (!item) return undefined;
  const title = text.slice(0, titleEnd);
  // "…; Proposed Rule": the Federal Register's heading of a US rule proposed, whose terms are a proposal on the licensing.
  const proposed = EN_PROPOSED.exec(title);
  if (proposed) {
    const authority = names.authorities.find((a) => state.authority[a.id]?.country === 'US');
    const record = activeLicensing(state, item.id, 'US', 'export', authority?.id);
    return record
      ? {
          kind: 'condition_proposed',
          certainty: 'official',
          trigger: proposed[0].replace(/^[;:]\s*/u, ''),
          authority: { value: record.authorityId, words: authority?.words ?? state.authority[record.authorityId]?.name ?? record.authorityId },
          holders: [],
          item: { value: item.id, words: item.words },
          // The terms the notice proposes, as its words name them.
          conditions: conditionWordsIn(text, { start: 0, end: text.length }).map(({ kind, hit }) => ({ value: kind, words: hit.words })),
          dates: [],
        }
      : undefined;
  }
  if (DRAFT.test(title)) return undefined;
  const zhRule = ZH_ADOPTED.exec(title);
  const zh = zhRule && ZH_IN_FORCE.test(text) ? zhRule : null;
  const adopted = zh ?? EN_ADOPTED.exec(title);
  if (!adopted) return undefined;
  const country = zh ? 'CN' : 'US';
  const authority = names.authorities.find((a) => state.authority[a.id]?.country === country);
  const record = activeLicensing(state, item.id, country, country === 'CN' ? 'import' : 'export', authority?.id);
  if (!record) return undefined;
  return {
    kind: 'condition_agreed',
    certainty: 'official',
    trigger: adopted[0],
    authority: { value: record.authorityId, words: authority?.words ?? state.authority[record.authorityId]?.name ?? record.authorityId },
    holders: [],
    item: { value: item.id, words: item.words },
    conditions: [],
    dates: [],
  };
}
