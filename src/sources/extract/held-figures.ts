/**
 * Order and stock figures the ledger already holds, told again: as background beside an item's own
 * news (backgroundFigures), or as the whole of an item that retells a story (figuresOfRetelling).
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';

const TWO_DAYS_MS = 2 * 24 * 3600 * 1000;

type HeldFigure = LedgerState['order'][string] | LedgerState['supply'][string];

// The pipeline never writes a stock figure from news ("kept by admins"), so one the ledger holds was not set by a
// story still being told: a report of it, however soon after its source, tells it again.
const isStock = (f: HeldFigure): f is LedgerState['supply'][string] => 'asOf' in f;

/** Whether `c` is an order or stock figure the ledger holds for its item, by value, in a record `also` accepts. */
export function holdsFigure(state: LedgerState, c: CandidateEvent, also: (f: HeldFigure) => boolean): boolean {
  if ((c.kind !== 'order' && c.kind !== 'supply') || !c.quantity || !c.item) return false;
  const { item, quantity } = c;
  return [...Object.values(state.supply), ...Object.values(state.order)].some((f) => f.itemId === item.value && f.quantity.value === quantity.value && also(f));
}

/**
 * Whether a held figure is no live story's: a stock figure always (admins keep it; no news item ever set one), an order
 * total when every source came out at least two days before `publishedAt` (always, when that is unknown).
 */
function settledBefore(publishedAt: string | undefined): (f: HeldFigure) => boolean {
  const told = Date.parse(publishedAt ?? '');
  return (f) => !Number.isFinite(told) || isStock(f) || f.evidence.every((e) => !(Date.parse(e.publishedAt ?? e.seenAt) > told - TWO_DAYS_MS));
}

/** Marks as restatements the order and stock figures of an item that the ledger has long held, beside the item's own news. */
export function backgroundFigures(candidates: CandidateEvent[], state: LedgerState, publishedAt: string | undefined): void {
  // "Chinese customers have ordered more than 2 million, she added": beside news of its own, an order
  // or stock figure the ledger has long held for the item is told again as background. A figure from
  // the last two days is a live story's, which later tellings repeat as part of that story.
  const news = candidates.filter((c) => c.kind !== 'restatement');
  const settledFigure = settledBefore(publishedAt);
  for (const c of news)
    if (news.some((o) => o !== c && (o.kind !== c.kind || o.quantity?.value !== c.quantity?.value)) && holdsFigure(state, c, settledFigure))
      c.kind = 'restatement';
}

/**
 * "China has cleared ByteDance, Alibaba and Tencent …; Chinese firms have ordered north of 2 million
 * against an inventory of some 700,000": beside an approval the item tells again, an order or stock
 * figure the ledger already holds for the item is the same story told again, however fresh the record; so are
 * such figures, order and stock, told alone.
 */
export function figuresOfRetelling(candidates: CandidateEvent[], state: LedgerState, publishedAt?: string): void {
  const exact = (c: CandidateEvent) => c.certainty !== 'denied' && holdsFigure(state, c, (f) => f.quantity.qualifier === c.quantity!.qualifier);
  // "Chinese firms have ordered over 2 million H200s against a stockpile of about 700,000": an item that tells only
  // figures the ledger already holds, order and stock alike, retells them, however fresh the story they came from.
  // "Chinese H200 backlog tops 2 million chips": one such figure told alone retells it too, once its story is
  // settled (a figure from the last two days is a live story's, told again as part of it).
  // (What the item already reads as told again takes nothing from that.)
  const settled = settledBefore(publishedAt);
  const figures = candidates.filter((c) => c.kind !== 'restatement');
  const alone = candidates.length === 1 && holdsFigure(state, candidates[0]!, (f) => f.quantity.qualifier === candidates[0]!.quantity!.qualifier && settled(f));
  const onlyHeld = alone || (figures.length > 0 && new Set(candidates.map((c) => c.kind)).size >= 2 && figures.every(exact));
  if (!onlyHeld && !candidates.some((c) => c.kind === 'restatement' && c.retells && state.authorization[c.retells])) return;
  for (const c of candidates) if (exact(c)) c.kind = 'restatement';
}
