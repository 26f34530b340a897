/**
 * Tellings of one item put together: a headline and its summary telling the same event
 * merge into one candidate; one group member's figure becomes its share; numbers told
 * "respectively" pair with their holders in order.
 */
import { escapeRegExp } from './phrase-match.js';
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent, CandidateQuantity, Certainty, Span } from './candidate.js';
import type { Range } from './text-units.js';
import type { Trigger } from './trigger.js';
import { lexicon } from './lexicon.js';
import { hits } from './phrase-index.js';

const CERTAINTY_RANK: Record<Certainty, number> = { official: 0, reported: 1, hedged: 2, denied: 3 };

// Hedges about the source ("people familiar") cover the whole item; an intent or negation
// in another sentence is about something else.
const SOURCE_HEDGE = /reportedly|people|person|sources?|insiders?|said to|reported to|unnamed|据悉|知情|消息人士|据报道|据传|传/i;

// What a rumour's hedges say: "reports", 媒体报道, 网传, 市场传言 (one or several).
const REPORTED_CLAIM = /^(?:reports?|报道|媒体报道|传闻|传言|市场传|网传|网曝|消息)(?:,\s*(?:报道|传闻|传言|市场传|网传|网曝|消息))*$/i;

export function merge(a: CandidateEvent, b: CandidateEvent): void {
  // "reports that Alibaba had been approved ... the Group has not obtained approval": the item tells
  // a report and denies it, so the event is denied.
  if (
    (a.certainty === 'denied') !== (b.certainty === 'denied') &&
    [a, b].some((x) => x.certainty === 'hedged' && REPORTED_CLAIM.test(x.certaintyWords ?? ''))
  ) {
    const denied = a.certainty === 'denied' ? a : b;
    a.certainty = 'denied';
    if (denied.certaintyWords) a.certaintyWords = denied.certaintyWords;
  }
  if (CERTAINTY_RANK[b.certainty] > CERTAINTY_RANK[a.certainty] && b.certainty === 'hedged' && SOURCE_HEDGE.test(b.certaintyWords ?? '')) {
    a.certainty = b.certainty;
    if (b.certaintyWords) a.certaintyWords = b.certaintyWords;
  }
  // A firm headline whose body quotes the ministry's own statement is official.
  if (a.certainty === 'reported' && b.certainty === 'official') {
    a.certainty = 'official';
    if (b.certaintyWords) a.certaintyWords = b.certaintyWords;
  }
  if (!a.authority && b.authority) a.authority = b.authority;
  if (!a.seller && b.seller) a.seller = b.seller;
  if (!a.item && b.item) a.item = b.item;
  if (!a.quantity && b.quantity) a.quantity = b.quantity;
  // "550,000 units" in the headline, "roughly 550,000" in the body: the careful telling wins.
  else if (a.quantity && b.quantity && a.quantity.value === b.quantity.value && a.quantity.qualifier === 'exact' && b.quantity.qualifier !== 'exact')
    a.quantity = { ...a.quantity, qualifier: b.quantity.qualifier };
  for (const h of b.holders) if (!a.holders.some((x) => x.value === h.value)) a.holders.push(h);
  for (const c of b.conditions) if (!a.conditions.some((x) => x.value === c.value)) a.conditions.push(c);
  for (const d of b.dates) if (!a.dates.some((x) => x.value === d.value && x.role === d.role)) a.dates.push(d);
}

export function sameSet(a: Span[], b: Span[]): boolean {
  return a.length === b.length && a.every((x) => b.some((y) => y.value === x.value));
}

/** Two tellings of one event in the same item (headline and summary). */
export function compatible(a: CandidateEvent, b: CandidateEvent): boolean {
  if (a.kind !== b.kind || a.item?.value !== b.item?.value) return false;
  if (a.authority && b.authority && a.authority.value !== b.authority.value) return false;
  if (a.holders.length && b.holders.length && !sameSet(a.holders, b.holders)) return false;
  if (a.quantity && b.quantity && (a.quantity.role !== b.quantity.role || a.quantity.value !== b.quantity.value || a.quantity.holder !== b.quantity.holder))
    return false;
  return true;
}

/**
 * A quota figure told for one holder that shares a tracked group authorization is that
 * holder's share (allocation), not the group's total; a larger figure told beside it for the
 * same holder ("200,000 of China's 400,000 quota", 在逾40万颗配额中) is the group total it
 * is a share of, already on record, and is dropped.
 */
export function sharesOfGroups(candidates: CandidateEvent[], state: LedgerState): void {
  for (const c of candidates) {
    const q = c.quantity;
    // 三大科技巨头配额约35万颗: a figure told of the group by one phrase is the group's quota, not a member's share.
    if (q?.role === 'allocation' && c.holders.length > 1 && c.holders.every((h) => h.words === c.holders[0]!.words)) {
      const { holder: _member, ...rest } = q;
      c.quantity = { ...rest, role: 'quota' };
      continue;
    }
    if (!q || q.role !== 'quota' || c.holders.length !== 1 || c.kind === 'restatement') continue;
    const h = c.holders[0]!.value;
    const shared = Object.values(state.authorization).some((a) => a.holderIds.length > 1 && a.holderIds.includes(h) && (!c.item || a.itemId === c.item.value));
    if (shared) c.quantity = { ...q, role: 'allocation', holder: h };
  }
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i]!;
    const q = c.quantity;
    if (!q || q.role !== 'allocation') continue;
    const smaller = candidates.some((o) => o !== c && o.quantity?.role === 'allocation' && o.quantity.holder === q.holder && o.quantity.value < q.value);
    if (smaller) candidates.splice(i, 1);
  }
}

/** "Alibaba and Tencent each get about 100,000", 各获得: one allocation per holder. */
export function eachOne(text: string, s: Range, list: { c: CandidateEvent; t?: Trigger }[]): void {
  for (const entry of [...list]) {
    const q = entry.c.quantity;
    if (!q || (q.role !== 'quota' && q.role !== 'allocation') || entry.c.holders.length < 2) continue;
    const at = text.indexOf(q.words, s.start);
    const near = text.slice(Math.max(s.start, at - 40), Math.min(s.end, at + q.words.length + 20));
    if (!/\beach\b|各|分别/i.test(near)) continue;
    list.splice(
      list.indexOf(entry),
      1,
      ...entry.c.holders.map((h) => ({
        c: { ...entry.c, holders: [h], quantity: { ...q, role: 'allocation' as const, holder: h.value } },
        ...(entry.t ? { t: entry.t } : {}),
      })),
    );
  }
}

type Listed = { c: CandidateEvent; t?: Trigger };

/**
 * The candidates of a sentence that give a group of holders a quota or share figure, with those holders and the distinct
 * figures told; undefined when there is none, or the figures are not one per holder.
 */
function groupShares(list: Listed[]): { shares: Listed[]; holders: Span[]; figures: CandidateQuantity[] } | undefined {
  const shares = list.filter(({ c }) => c.quantity && (c.quantity.role === 'quota' || c.quantity.role === 'allocation') && c.holders.length >= 2);
  if (!shares.length) return undefined;
  const holders = shares[0]!.c.holders;
  const figures = [...new Map(shares.map(({ c }) => [c.quantity!.words, c.quantity!])).values()];
  return figures.length === holders.length ? { shares, holders, figures } : undefined;
}

/** Replaces the group's share candidates by one allocation each: `holders[i]` holds `figures[i]`. */
function oneAllocationEach(list: Listed[], shares: Listed[], holders: Span[], figures: CandidateQuantity[]): void {
  const first = shares[0]!;
  for (const x of shares) list.splice(list.indexOf(x), 1);
  holders.forEach((h, i) =>
    list.push({ c: { ...first.c, holders: [h], quantity: { ...figures[i]!, role: 'allocation', holder: h.value } }, ...(first.t ? { t: first.t } : {}) }),
  );
}

/** Pairs the holders and the numbers of a "respectively" sentence in order, one allocation each. */
export function respectively(text: string, s: Range, list: Listed[]): void {
  if (!/\brespectively\b|分别/i.test(text.slice(s.start, s.end))) return;
  const group = groupShares(list);
  if (!group) return;
  const at = (words: string) => text.indexOf(words, s.start);
  oneAllocationEach(
    list,
    group.shares,
    group.holders,
    group.figures.sort((a, b) => at(a.words) - at(b.words)),
  );
}

/**
 * "ByteDance to take about 160,000, Alibaba 130,000 and Tencent 120,000", 字节约16万颗、阿里13万颗、腾讯12万颗: each holder
 * named with its own figure right after it, in turn, is that holder's share; one allocation each.
 */
export function pairedInTurn(text: string, s: Range, list: Listed[]): void {
  const group = groupShares(list);
  if (!group) return;
  const { shares, holders, figures } = group;
  const at = (words: string) => text.indexOf(words, s.start);
  const marks = [...holders.map((h) => ({ at: at(h.words), holder: true })), ...figures.map((q) => ({ at: at(q.words), holder: false }))];
  if (marks.some((m) => m.at < 0 || m.at >= s.end) || new Set(holders.map((h) => h.words)).size !== holders.length) return;
  marks.sort((a, b) => a.at - b.at);
  // Name, figure, name, figure: each figure follows its own holder, before the next one is named.
  if (!marks.every((m, i) => m.holder === (i % 2 === 0))) return;
  const byPlace = <T extends { words: string }>(xs: T[]) => xs.slice().sort((a, b) => at(a.words) - at(b.words));
  oneAllocationEach(list, shares, byPlace(holders), byPlace(figures));
}

/** Whether a holder's words are a phrase for the tracked group ("its three internet giants", 三家), read in the item's text. */
export function namesGroup(text: string, words: string): boolean {
  return hits(lexicon().groupPhrases, text).some((g) => g.words === words);
}

/**
 * "字节跳动等三家企业", "ByteDance and others": one member named for its group stands for
 * the group's holders, so the figure is the group's, not that member's share.
 */
export function expandEtc(text: string, c: CandidateEvent, holderEnds: Map<string, number>, state: LedgerState): void {
  if (c.holders.length !== 1) return;
  const h = c.holders[0]!;
  const end = holderEnds.get(h.value);
  // "its three internet giants" names the group itself.
  const groupPhrase = namesGroup(text, h.words);
  if (!groupPhrase && (end === undefined || !/^\s*(?:等|and others\b|and other (?:firms|companies)\b|et al\b)/i.test(text.slice(end, end + 24)))) return;
  const group = Object.values(state.authorization).find((a) => a.holderIds.length > (groupPhrase ? 2 : 1) && a.holderIds.includes(h.value));
  if (!group) return;
  c.holders = group.holderIds.map((id) => (id === h.value ? h : { value: id, words: h.words }));
}

/**
 * "三巨头额度逾40万颗", "three of its biggest technology groups": a holder named by a phrase for the tracked group is
 * the whole group, however the candidate came by it (a headline's figure, a clause's second subject).
 */
export function groupPhraseHolders(folded: CandidateEvent[], text: string, state: LedgerState): void {
  const phrases = new Set(hits(lexicon().groupPhrases, text).map((g) => g.words));
  // (字节跳动等三家平台企业: one member named "and the others", the three counted, stands for the group too.)
  const withOthers = (words: string) => new RegExp(`${escapeRegExp(words)}\\s*等\\s*(?:三|3)\\s*家`, 'u').test(text);
  if (!phrases.size && !/等\s*(?:三|3)\s*家/u.test(text)) return;
  for (const c of folded) {
    const h = c.holders.find((x) => phrases.has(x.words) || withOthers(x.words));
    if (!h) continue;
    const group = Object.values(state.authorization).find((a) => a.holderIds.length > 2 && a.holderIds.includes(h.value));
    if (!group) continue;
    const rest = c.holders.filter((x) => x !== h && !group.holderIds.includes(x.value));
    c.holders = [...group.holderIds.map((id) => c.holders.find((x) => x.value === id) ?? { value: id, words: h.words }), ...rest];
  }
}
