/**
 * The ministry saying the requests before it are under review (商务部对相关进口申请依法依规进行审查, 正按照相关法律法规和
 * 程序开展审查): no decision, but the pending record told again by the authority itself. Speaking of "related matters"
 * (相关进口事项) or of having nothing to release names no requests, and tells nothing.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import { authorityForCountry } from './named.js';

// The requests named, then a review under way by law or procedure.
const REQUESTS_REVIEWED =
  /申请[^。；！？]{0,24}?(?:依法依规|按照?[^。；！？]{0,12}?程序|正在?)[^。；！？]{0,12}?(?:进行|开展)?(?:审查|审核|办理)|受理和审查工作/u;
// The ministry itself speaking.
const MINISTRY_SPEAKS = /商务部(?:新闻)?发言人|商务部[^。；]{0,8}(?:表示|称|回应|指出)|答记者问/u;

/** A restatement of the pending record when the ministry says the requests are under review and the item tells no event. */
export function reviewsUnderWay(text: string, state: LedgerState, waitingParty: string | undefined): CandidateEvent | undefined {
  if (!waitingParty || !REQUESTS_REVIEWED.test(text) || !MINISTRY_SPEAKS.test(text)) return undefined;
  const record = waitingRecordOf(state, waitingParty);
  const authority = authorityForCountry(state, 'CN');
  if (!record || !authority || record.authorityId !== authority) return undefined;
  const item = state.item[record.itemId];
  return {
    kind: 'restatement',
    certainty: 'official',
    trigger: REQUESTS_REVIEWED.exec(text)![0],
    authority: { value: authority, words: state.authority[authority]?.name ?? authority },
    holders: [{ value: waitingParty, words: state.party[waitingParty]?.name ?? waitingParty }],
    ...(item ? { item: { value: item.id, words: item.name } } : {}),
    conditions: [],
    dates: [],
    retells: record.id,
  };
}

/** The tracked record of the firms still waiting: the authorization `waitingParty` holds. */
export function waitingRecordOf(state: LedgerState, waitingParty: string): LedgerState['authorization'][string] | undefined {
  return Object.values(state.authorization).find((a) => a.holderIds.includes(waitingParty));
}
