/**
 * Direction (export or import) and order signals. US export licences (Nvidia sells) and
 * Chinese import approvals (ByteDance buys) are different authorizations, so the words
 * next to the status verb decide which one a headline is about, not the country names
 * alone: "China" appears in both kinds of headline.
 */
import type { Direction, LedgerState, Quantity } from '../../core/model.js';
import type { Mention } from './gazetteer.js';
import type { FoundQuantity } from './quantities.js';
import { sentenceAround, type StatusHit } from './status.js';

/** An order being reported, with the quantity ordered when one follows. */
export interface OrderSignal {
  quantity?: Quantity;
  phrase: string;
}

const EXPORT_CUES =
  /(?<!\bre-)\bexport(?:s|ed|ing|ers?)?\b|\bsales?\b|\bsell(?:s|ing)?\b|\bsold\b|\bship(?:s|ped|ping|ments?)?\b|\bsupply to\b|(?<![转再])出口|销售|出售/gi;
const IMPORT_CUES =
  /\bimport(?:s|ed|ing|ers?)?\b|\bbuy(?:s|ing|ers?)?\b|\bbought\b|\bpurchas(?:e|es|ed|ing)\b|\bacquir(?:e|es|ed|ing)\b|\bprocure(?:s|d|ment)?\b|\bcustoms\b|进口|采购|购买|海关/gi;
// Subjects that act for one side when no cue word is present ("US approves Nvidia").
const US_ACTORS = /\b(?:US|USA|United States|American|Washington|Trump|White House|BIS|Commerce Department)\b/gu;
const CN_ACTORS = /\b(?:China|Chinese (?:government|regulators?|authorities|officials|customs)|Beijing|MOFCOM|NDRC)\b|中国|商务部|北京/gu;

interface Cue {
  direction: Direction;
  index: number;
  end: number;
}

function cues(text: string): Cue[] {
  const out: Cue[] = [];
  for (const m of text.matchAll(EXPORT_CUES)) out.push({ direction: 'export', index: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(IMPORT_CUES)) out.push({ direction: 'import', index: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.index - b.index || a.direction.localeCompare(b.direction));
}

function gap(cue: Cue, hit: { index: number; end: number }): number {
  return cue.index >= hit.end ? cue.index - hit.end : cue.end <= hit.index ? hit.index - cue.end : 0;
}

/**
 * Which way the goods move. With a status phrase: the cue word nearest to it in its
 * sentence ("export approval", "approves ... to buy"); failing that, the country of the
 * actor before the verb (a US body approves exports, a Chinese one imports). Without a
 * status: the first cue word, if any.
 */
export function readDirection(text: string, status: StatusHit | undefined, authorities: Mention[], state: LedgerState): Direction | undefined {
  const all = cues(text);
  if (!status) return all[0]?.direction;
  const [from, to] = sentenceAround(text, status.index);
  const near = all.filter((c) => c.index >= from && c.end <= to).sort((a, b) => gap(a, status) - gap(b, status) || a.index - b.index)[0];
  if (near) return near.direction;
  const before = text.slice(from, status.index);
  const actor = authorities.filter((a) => a.index >= from && a.end <= status.index).at(-1);
  const country = actor ? state.authority[actor.id]?.country : undefined;
  const lastUs = [...before.matchAll(US_ACTORS)].at(-1)?.index ?? -1;
  const lastCn = [...before.matchAll(CN_ACTORS)].at(-1)?.index ?? -1;
  if (lastUs > lastCn) return 'export';
  if (lastCn > lastUs) return 'import';
  if (country === 'US') return 'export';
  if (country === 'CN') return 'import';
  return all[0]?.direction;
}

const ORDER_PHRASES =
  /\b(?:(?:placed|placing|places|booked|booking|received|receiving|secured|submitted)\s+)?orders?\s+(?:for|of|totall?ing)\b|\bordered\b|\bordering\b|订购|下单|订单/gi;
// Not orders: "prepare orders" (asked to, pending), "in order for", "executive order".
const NOT_ORDER_BEFORE = /\b(?:prepare|prepares|preparing|draw up|in|executive|court|gag)\s+$/i;
// "ordered firms to halt purchases" is a command, unless a quantity comes first.
const COMMAND_AFTER = /^\s+(?:[\p{L}'-]+\s+){0,3}?to\s+\p{L}/u;

/**
 * An order being reported: "ordered", "placed orders for", "orders for more than 2
 * million". The quantity is one whose words contain the phrase, else the first one
 * after it in the same sentence.
 */
export function readOrderSignal(text: string, quantities: FoundQuantity[]): OrderSignal | undefined {
  for (const m of text.matchAll(ORDER_PHRASES)) {
    const start = m.index;
    const end = start + m[0].length;
    if (NOT_ORDER_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
    const [, sentenceEnd] = sentenceAround(text, start);
    // "orders for 2 million" (after), or "2 million orders for H200" (the count wraps the phrase).
    const next =
      quantities.find((q) => q.index < start && q.end > start) ?? quantities.find((q) => q.index >= end && q.index < sentenceEnd && q.index - end <= 60);
    const command = COMMAND_AFTER.exec(text.slice(end));
    if (/^ordered$/i.test(m[0]) && command && !(next && next.index < end + command[0].length)) continue;
    return next ? { quantity: next.quantity, phrase: m[0] } : { phrase: m[0] };
  }
  return undefined;
}
