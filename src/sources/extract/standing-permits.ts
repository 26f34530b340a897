/**
 * A tracked approval said to stand, with no event word at all: 商务部：对三家企业的H200进口许可维持不变, 阿里巴巴：H200芯片进口许可
 * 维持不变, "…'s import approval remains valid". The permission is named only as a noun, so no trigger reads it; the item
 * tells the record as it stands, for the tracked holders it names (an item that names none of them tells nothing here).
 */
import { isActiveApproval } from '../../core/lifecycle.js';
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import type { NamedScan } from './named.js';
import { STANDS } from './retold.js';
import { STANDS_AFTER_PERMISSION } from './told-patterns.js';

// A permission noun, then within its clause the words that say it stands.
const PERMIT_STANDS = new RegExp(
  String.raw`(?:许可|批文|批复|批准|\bapprovals?\b|\blicen[cs]es?\b|\bpermits?\b)[^，。；,;!?！？]{0,14}?(?:${STANDS.source}|依旧有效|依然有效|合法有效|仍然有效|持续有效)`,
  'iu',
);
// The authority itself speaking makes the telling official.
const AUTHORITY_SPEAKS = /^商务部[：:]|商务部(?:新闻)?发言人|商务部(?:回应|表示|称)|\b(?:ministry|MOFCOM)\b[^.]{0,40}\b(?:said|says|told)\b/i;

/** The restatement of the approval an item says stands, when it tells nothing else. */
export function standingPermits(
  text: string,
  titleEnd: number,
  names: NamedScan,
  sellers: ReadonlySet<string>,
  state: LedgerState,
): CandidateEvent | undefined {
  const stands = PERMIT_STANDS.exec(text);
  const item = names.items[0];
  if (!stands || !item) return undefined;
  const named = [...new Set(names.parties.filter((p) => p.tracked && state.party[p.id] && !sellers.has(p.id)).map((p) => p.id))];
  const record = Object.values(state.authorization).find(
    (a) => a.itemId === item.id && a.direction === 'import' && isActiveApproval(a.status) && named.length > 0 && named.every((h) => a.holderIds.includes(h)),
  );
  if (!record) return undefined;
  // 阿里巴巴：…许可维持不变: the firm heading the item speaks, whatever the ministry once said.
  const firmHeads = names.parties.some((p) => p.index === 0 && p.end < titleEnd && /^\s*[：:]/u.test(text.slice(p.end)));
  const holders = named.map((id) => ({ value: id, words: names.parties.find((p) => p.id === id)!.words }));
  return {
    kind: 'restatement',
    certainty: AUTHORITY_SPEAKS.test(text) && !firmHeads ? 'official' : 'reported',
    trigger: stands[0],
    authority: { value: record.authorityId, words: state.authority[record.authorityId]?.name ?? record.authorityId },
    holders,
    item: { value: item.id, words: item.words },
    conditions: [],
    dates: [],
    retells: record.id,
  };
}

/**
 * 未收到暂停通知 beside 拿到的许可依旧有效: a permission said to stand, told to deny its suspension or revocation, is
 * the ground of the denial, not a grant of its own. Drops such grants when the item denies an undoing.
 */
export function standsBesideDeniedUndoing(folded: CandidateEvent[], text: string): void {
  if (!folded.some((c) => (c.kind === 'suspension' || c.kind === 'revocation') && c.certainty === 'denied')) return;
  for (let i = folded.length - 1; i >= 0; i--) {
    const c = folded[i]!;
    if (c.kind !== 'grant' || c.certainty === 'denied') continue;
    const at = text.indexOf(c.trigger);
    if (at >= 0 && STANDS_AFTER_PERMISSION.test(text.slice(at + c.trigger.length, at + c.trigger.length + 40))) folded.splice(i, 1);
  }
}
