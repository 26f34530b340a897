/**
 * The record told again: a report of a tracked group approval, naming the whole group, with
 * nothing the record does not already hold. The seed or an earlier report is its first telling.
 */
import { isActiveApproval } from '../../core/lifecycle.js';
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';

/** "more", "a second batch", 追加, 上调: words that make an approval a new one rather than the one on record. */
export const ANOTHER_APPROVAL =
  /\b(?:more(?! than)|additional|extra|further|another|new|fresh|second|third|top-?up|rais(?:e|es|ed|ing)|lift(?:s|ed)?|increas(?:e|es|ed)|expand(?:s|ed)?|widen(?:s|ed)?|cut|cuts|trim(?:s|med)?|reduc(?:e|es|ed)|lower(?:s|ed)?|restor(?:e|es|ed)|reinstat(?:e|es|ed)|resum(?:e|es|ed))\b|新增|追加|再获|再次|新一批|第[二三四五六]批|上调|提高|增加|扩大|下调|削减|恢复|解除/i;

/** The headline and the sentence that holds `words`: where a further approval's words would count. */
function headlineAndSentence(text: string, words: string): string {
  const at = text.indexOf(words);
  const title = text.split(/(?<=[.!?。！？])\s/u)[0] ?? text;
  if (at < 0) return text;
  const start = Math.max(...['. ', '。', '! ', '? ', '！', '？'].map((p) => text.lastIndexOf(p, at)));
  const ends = ['. ', '。', '! ', '? ', '！', '？'].map((p) => text.indexOf(p, at)).filter((i) => i >= 0);
  return `${title} ${text.slice(start < 0 ? 0 : start, ends.length ? Math.min(...ends) : text.length)}`;
}

/**
 * "China gives ByteDance, Alibaba, Tencent nod to buy Nvidia's H200 chips", told months after the
 * ledger recorded it: a firm or hedged grant naming every holder of a tracked group approval, with
 * the quota on record or none, in an item with no word of a further approval, is old news.
 * An official statement is left alone: a confirmation is news.
 */
export function retoldGroupApprovals(cands: CandidateEvent[], state: LedgerState, text: string): void {
  for (const c of cands) {
    if (c.kind !== 'grant' || c.certainty === 'official' || c.certainty === 'denied' || c.holders.length < 2 || !c.item) continue;
    // The words of a further approval count in the headline or the grant's own sentence, not in an unrelated one.
    if (ANOTHER_APPROVAL.test(headlineAndSentence(text, c.trigger))) continue;
    const ids = new Set(c.holders.map((h) => h.value));
    const held = Object.values(state.authorization).find(
      (a) =>
        a.itemId === c.item!.value &&
        a.holderIds.length === ids.size &&
        a.holderIds.every((h) => ids.has(h)) &&
        isActiveApproval(a.status) &&
        (!c.quantity || (c.quantity.role === 'quota' && a.quota?.value === c.quantity.value)),
    );
    if (held) Object.assign(c, { kind: 'restatement', retells: held.id });
  }
  // "…, with conditions such as buying domestic chips still under negotiation": in a retelling, terms the
  // record already holds as open are told again too; unnamed ones ("with conditions still being
  // negotiated") are the open ones it holds.
  for (const c of cands) {
    if (c.kind !== 'condition_proposed' || c.certainty === 'official') continue;
    const retold = cands.find((r) => r.kind === 'restatement' && r.retells && r.item?.value === c.item?.value && sameHolders(r, c));
    const open = retold
      ? Object.values(state.condition).filter((k) => k.authorizationId === retold.retells && (k.status === 'proposed' || k.status === 'negotiating'))
      : [];
    const same = c.conditions.length ? c.conditions.every((x) => open.some((k) => k.kind === x.value)) : open.length > 0;
    // "three local chips for every two H200s", 每进口2颗须配购3颗, 比例六成: a figure for the open term is news of it.
    // (三大平台批文拟添新附加项, "a further condition": a term told as new is not one the record holds.)
    const told = headlineAndSentence(text, c.trigger);
    if (retold && same && !TERM_FIGURE.test(told) && !NEW_TERM.test(told)) Object.assign(c, { kind: 'restatement', retells: retold.retells });
  }
  // "其他企业仍在排队", "more firms wait": a request by the holders of a record still pending is that record.
  for (const c of cands) {
    // A count of the firms waiting ("逾20家企业已递交申请") is news the record does not hold.
    if (c.kind !== 'application' || c.certainty === 'denied' || !c.holders.length || !c.item || c.quantity?.role === 'licence_count') continue;
    const ids = new Set(c.holders.map((h) => h.value));
    const waiting = Object.values(state.authorization).find(
      (a) =>
        a.itemId === c.item!.value &&
        (a.status === 'pending' || a.status === 'applied') &&
        a.holderIds.every((h) => ids.has(h)) &&
        a.holderIds.length === ids.size,
    );
    // (节前又有一批企业排队申请, "another batch of firms has applied": a new wave of requests is news the record does not hold.)
    if (waiting && !NEW_WAVE.test(headlineAndSentence(text, c.trigger))) Object.assign(c, { kind: 'restatement', retells: waiting.id });
  }
}

const NEW_TERM =
  /\b(?:new|another|further|additional|extra|fresh)\s+(?:[\p{L}-]+\s+){0,2}?(?:conditions?|terms?|requirements?|clauses?|strings?)\b|新(?:的|一项|一条)?(?:附加)?(?:条件|要求|条款|附加项|门槛)|再加一项|再添|追加一项|增加一项|加一项|新增(?:一项|一条)?(?:条件|要求|条款)/iu;
const NEW_WAVE = /又有一批|新一批|另一批|新增一批|再有一批|\b(?:another|a new|a fresh|a further)\s+(?:batch|wave|round|group)\s+of\b/iu;
const TERM_FIGURE =
  /\d+\s*[:：比]\s*\d+|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)|百分之|[一二三四五六七八九]成|\bfor\s+(?:every|each)\s+(?:\d+|one|two|three|four|five|ten)\b|每(?:进口|采购|购买|购入)?\s*[\d一二两三四五六七八九十]+\s*颗/i;

// "its approval stands", "remain in force", "still valid and unchanged", 仍然有效, 未作调整: the record as it stands.
export const STANDS =
  /\b(?:stands|(?:remains?|remained|is|are|was|were)\s+(?:still\s+)?(?:valid|in (?:force|effect|place)|unchanged|intact)|(?:has|have|had)(?:\s+not|n't)\s+changed|no (?:adjustment|change)s?\b)|仍然有效|继续有效|仍有效|未作(?:任何)?(?:变动|调整|改变)|未(?:做|有)?(?:任何)?(?:变动|调整|改变)|没有(?:任何)?(?:变化|调整)|保持不变|维持不变|(?:均|一切)正常/i;

/**
 * "ByteDance says its H200 approval stands", 三家企业许可未作变动: a grant told as still in force,
 * for holders of a tracked approval and with no word of a further one or other news, is that record told again.
 */
export function standingApprovals(cands: CandidateEvent[], state: LedgerState, text: string): void {
  // Only for an item whose news is that nothing changed: beside a delivery or an order it is background.
  // (A rumour it denies beside it, 暂停传闻不实, is no other news.)
  if (cands.some((c) => c.kind !== 'grant' && c.kind !== 'restatement' && c.certainty !== 'denied')) return;
  for (const c of cands) {
    if (c.kind !== 'grant' || !c.item) continue;
    const told = headlineAndSentence(text, c.trigger);
    // "brushing off talk of a cut": a change denied is not a change told.
    const rest = told.replace(STANDS, '').replace(/\b(?:talk|reports?|rumou?rs?|claims?|speculation)\s+(?:of|that)\s+(?:an?\s+)?[\p{L}-]+/giu, '');
    if (!STANDS.test(told) || ANOTHER_APPROVAL.test(rest)) continue;
    const ids = c.holders.map((h) => h.value);
    const held = Object.values(state.authorization).find(
      (a) =>
        a.itemId === c.item!.value &&
        isActiveApproval(a.status) &&
        (!c.quantity || (c.quantity.role === 'quota' && a.quota?.value === c.quantity.value)) &&
        (ids.length ? ids.every((h) => a.holderIds.includes(h)) : !!c.authority && a.authorityId === c.authority.value),
    );
    if (!held) continue;
    // "has not changed": the negation is of a change, not of the approval.
    Object.assign(c, { kind: 'restatement', retells: held.id, ...(c.certainty === 'denied' ? { certainty: 'reported' } : {}) });
    if (c.certainty === 'reported') delete c.certaintyWords;
  }
}

function sameHolders(a: CandidateEvent, b: CandidateEvent): boolean {
  return !b.holders.length || (a.holders.length === b.holders.length && b.holders.every((h) => a.holders.some((x) => x.value === h.value)));
}

/** How long after a record's first telling a report of the same approval is its history, not news. */
const HISTORY_DAYS = 180;

/**
 * "Alibaba points to its 2026 H200 import permit", a results announcement citing the approval: a member
 * of a tracked group approval told as holding it, long after the record's first telling, with nothing the
 * record does not hold and no word of a further approval, is the record told again.
 */
export function longHeldApprovals(cands: CandidateEvent[], state: LedgerState, text: string, publishedAt: string | undefined): void {
  const at = publishedAt ? Date.parse(publishedAt) : NaN;
  if (Number.isNaN(at)) return;
  for (const c of cands) {
    if (c.kind !== 'grant' || c.certainty === 'official' || c.certainty === 'denied' || !c.holders.length || !c.item || c.conditions.length) continue;
    if (ANOTHER_APPROVAL.test(headlineAndSentence(text, c.trigger))) continue;
    const ids = c.holders.map((h) => h.value);
    const held = Object.values(state.authorization).find(
      (a) =>
        a.itemId === c.item!.value &&
        isActiveApproval(a.status) &&
        ids.every((h) => a.holderIds.includes(h)) &&
        (!c.quantity || (c.quantity.role === 'quota' && a.quota?.value === c.quantity.value)) &&
        a.evidence.some((e) => !!e.publishedAt && at - Date.parse(e.publishedAt) > HISTORY_DAYS * 86_400_000),
    );
    if (held) Object.assign(c, { kind: 'restatement', retells: held.id });
  }
}
