/**
 * The other half of the order–stock pair in a look-back: "Refresher: the 2 million H200 orders…" whose body
 * adds "…against roughly 700,000 in stock", 回顾：中企H200订单逾200万颗 over 而英伟达库存约70万颗. The
 * headline recalls one figure; the other, set beside it in the same sentence, is its yardstick, not a
 * second figure the item retells.
 */
import type { CandidateEvent, QuantityRole } from './candidate.js';
import { lexicon } from './lexicon.js';
import { leading } from './anchored-set.js';
import { hits } from './phrase-index.js';
import type { FoundQuantity } from './quantities.js';
import type { Range } from './text-units.js';
import type { Trigger } from './trigger.js';

/** The order and stock roles, each the yardstick of the other. */
const PAIR: Readonly<Record<string, QuantityRole>> = { order: 'inventory', inventory: 'order' };
const KIND_OF: Readonly<Record<string, string>> = { order: 'order', inventory: 'supply' };

// A note that the story is published again ("This story was originally published on…", 原样重发): the whole story is
// retold, every figure of it, not one figure looked back on.
const REPUBLISHED = /publish|重发|首刊|首发/iu;

/** Whether the item looks back: a recap's opening words or title words, or a body saying it looks back. */
function looksBack(text: string, titleEnd: number): boolean {
  const lex = lexicon();
  return (
    leading(lex.restatementStart, text.slice(0, titleEnd)) !== null ||
    hits(lex.restatementTitle, text).some((h) => h.end <= titleEnd) ||
    hits(lex.restatementBody, text).some((h) => !REPUBLISHED.test(h.words))
  );
}

/**
 * Whether the headline names the figure of `role`: a trigger of its kind, the role's own words (the roles lexicon:
 * "orders", "demand", 需求, "supply", "on hand", 库存), or a retold figure of that role, before `titleEnd`.
 */
function headlineTells(role: QuantityRole, folded: readonly CandidateEvent[], text: string, titleEnd: number, triggers: readonly Trigger[]): boolean {
  const cues = role === 'order' ? lexicon().roles.order : lexicon().roles.inventory;
  return (
    triggers.some((t) => t.index < titleEnd && t.original === KIND_OF[role]) ||
    hits(cues, text).some((h) => h.end <= titleEnd) ||
    folded.some((c) => c.quantity?.role === role && text.indexOf(c.quantity.words) >= 0 && text.indexOf(c.quantity.words) < titleEnd)
  );
}

/**
 * Drops, from a look-back whose headline recalls the orders but not the stock (or the stock but not the orders),
 * the retold figure of the other half that the body sets beside the recalled one in its sentence.
 * (A headline recalling both, or neither (an approval's look-back listing the orders and the stock), retells each.)
 */
export function yardstickFigures(
  folded: CandidateEvent[],
  text: string,
  titleEnd: number,
  triggers: readonly Trigger[],
  sentences: readonly Range[],
  goods: readonly FoundQuantity[],
): void {
  // (A roundup headline that also recalls an approval, "三家获准采购四十余万颗 订单逾两百万颗", retells the whole picture.)
  if (!looksBack(text, titleEnd) || triggers.some((t) => t.index < titleEnd && t.original !== 'order' && t.original !== 'supply')) return;
  for (const [role, other] of Object.entries(PAIR)) {
    if (!headlineTells(role as QuantityRole, folded, text, titleEnd, triggers) || headlineTells(other, folded, text, titleEnd, triggers)) continue;
    const values = new Set(folded.filter((c) => c.kind === 'restatement' && c.quantity?.role === role).map((c) => c.quantity!.value));
    // The recalled figure told again in the body: its kind's word, or its figure.
    const recalled = (s: Range) =>
      triggers.some((t) => t.index >= s.start && t.index < s.end && t.original === KIND_OF[role]) ||
      goods.some((g) => g.index >= s.start && g.end <= s.end && values.has(g.quantity.value));
    for (let i = folded.length - 1; i >= 0; i--) {
      const c = folded[i]!;
      if (c.kind !== 'restatement' || c.quantity?.role !== other) continue;
      const at = text.indexOf(c.quantity.words, titleEnd);
      // (A figure the headline itself names is recalled there, whatever role it was read in.)
      if (at < 0 || goods.some((g) => g.end <= titleEnd && g.quantity.value === c.quantity!.value)) continue;
      // (Only beside the recalled figure, in the sentence that tells it again: a sentence of its own tells the stock as a
      // figure of its own.)
      const s = sentences.find((r) => r.start <= at && at < r.end);
      if (s && s.start >= titleEnd && recalled(s)) folded.splice(i, 1);
    }
  }
}
