/**
 * Proposed terms settled by what the item tells: a draft rule grants nothing, terms nobody agreed stay open, terms told
 * agreed or attached to a grant are no proposal, and an agreement told of some holders folds into the wider one.
 */
import type { CandidateEvent } from './candidate.js';
import type { Range } from './text-units.js';

const DRAFTING = /draft|rule|regulation|comment|征求意见|草案|起草|办法|规定/i;
// ("may have to", 或须: terms still weighed.)
const PROPOSING =
  /propos|negotiat|discuss|talks|want|ask|urg|demand|draft|comment|may have to|may be told|could be required|\btold\b|\btells?\b|提议|建议|谈判|磋商|拟|希望|征求意见|草案|起草|或须|或需|倾向|要求承诺/i;

/**
 * "must buy domestic chips under terms the ministry has finalised", "approved on condition
 * that they bundle": what a condition says is not a proposal of its own once the item tells it
 * agreed or attached to a grant; only a proposing verb keeps it proposed.
 */
export function settleProposals(candidates: CandidateEvent[]): void {
  // "拟要求取得H200进口许可的企业每季度报送…": a draft rule speaks of licence holders in general; it grants nothing.
  if (candidates.some((c) => c.kind === 'condition_proposed' && DRAFTING.test(c.trigger)))
    for (let i = candidates.length - 1; i >= 0; i--) if (candidates[i]!.kind === 'grant' && !candidates[i]!.holders.length) candidates.splice(i, 1);
  // 字节跳动分到约14.13万颗…国产芯片的配比尚未敲定: terms not yet settled beside a grant told are that grant's background,
  // no refusal of terms.
  if (candidates.some((c) => c.kind === 'grant' && c.certainty !== 'denied'))
    for (let i = candidates.length - 1; i >= 0; i--)
      if (candidates[i]!.kind === 'condition_agreed' && candidates[i]!.certainty === 'denied') candidates.splice(i, 1);
  // "The reporting duty … has not been finalized": terms nobody is said to have agreed are still open.
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i]!;
    if (c.kind !== 'condition_agreed' || c.certainty !== 'denied' || c.holders.length) continue;
    if (candidates.some((o) => o.kind === 'condition_proposed' && o.item?.value === c.item?.value)) candidates.splice(i, 1);
    else {
      c.kind = 'condition_proposed';
      c.certainty = 'reported';
      delete c.certaintyWords;
    }
  }
  const settled = candidates.some(
    (c) => (c.kind === 'condition_agreed' && c.certainty !== 'denied') || (c.kind === 'grant' && c.conditions.length > 0 && c.certainty !== 'denied'),
  );
  if (settled)
    for (let i = candidates.length - 1; i >= 0; i--)
      if (candidates[i]!.kind === 'condition_proposed' && !PROPOSING.test(candidates[i]!.trigger)) candidates.splice(i, 1);
  // "ByteDance, Alibaba, Tencent sign on to the terms … spokespeople for Alibaba confirmed": the terms told of
  // some of the holders an agreement of the same certainty names are that agreement told in detail.
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i]!;
    if (c.kind !== 'condition_agreed' || !c.holders.length) continue;
    const ids = c.holders.map((h) => h.value);
    const wider = candidates.find(
      (o) =>
        o !== c &&
        o.kind === c.kind &&
        o.certainty === c.certainty &&
        o.item?.value === c.item?.value &&
        o.holders.length > ids.length &&
        ids.every((id) => o.holders.some((h) => h.value === id)),
    );
    if (wider) {
      for (const k of c.conditions) if (!wider.conditions.some((x) => x.value === k.value)) wider.conditions.push(k);
      candidates.splice(i, 1);
    }
  }
}

// 该要求春节期间开始征求意见, "The requirement was first floated in late January": a sentence that opens by pointing back
// at the terms tells their history.
const POINTS_BACK = /^\s*(?:该|这一?|此|上述)项?(?:要求|条件|条款|规定|承诺)|^\s*(?:The|This|That)\s+(?:requirement|term|condition|rule|pledge)\b/iu;

/** Drops the proposal an item tells as the history of terms it tells agreed ("the requirement was first floated …"). */
export function agreedTermsHistory(candidates: CandidateEvent[], text: string, sents: readonly Range[]): void {
  if (!candidates.some((c) => c.kind === 'condition_agreed' && c.certainty !== 'denied')) return;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i]!;
    if (c.kind !== 'condition_proposed') continue;
    const at = text.indexOf(c.trigger);
    const s = sents.find((r) => r.start <= at && at < r.end);
    if (s && POINTS_BACK.test(text.slice(s.start, at + c.trigger.length))) candidates.splice(i, 1);
  }
}
