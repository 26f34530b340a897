/**
 * An item whose headline is about another product tells that product's news, and the tracked
 * item it names beside it is background:
 * - a headline that leads with another chip ("Lenovo books Chinese orders for H20-based
 *   servers as H200 queues lengthen", RTX Pro 6000D在华渠道价再降 经销商：企业预算都流向H200);
 * - a headline that names no tracked item, whose first event told after it is about another
 *   product ("Applied Materials wins US licences to keep servicing tools", then "Washington has
 *   also approved sales of Nvidia's H200").
 * A decision told in that background without a figure records nothing.
 */
import type { CandidateEvent, CandidateKind } from './candidate.js';
import type { NamedScan } from './named.js';

// Terms name other chips by what they are ("one Ascend chip for every two H200s"), and a
// restatement or a supply figure is read on its own terms elsewhere.
const DECISIONS: ReadonlySet<CandidateKind> = new Set(['grant', 'denial', 'suspension', 'revocation', 'application', 'order', 'delivery']);

/** The other chip a headline names before the tracked item (or when it names only a look-alike of it). */
function otherChipLeading(names: NamedScan, titleEnd: number): NamedScan['otherChips'][number] | undefined {
  const other = names.otherChips.find((c) => c.end <= titleEnd);
  const item = names.items.find((i) => i.end <= titleEnd);
  return other && (!item || other.index < item.index) ? other : undefined;
}

/**
 * Drops the figure-less decisions of an item whose headline is about another product; notes
 * each. `ledeAboutOther`: the first event told after the headline was set aside as another product's.
 */
export function otherProductHeadline(
  folded: CandidateEvent[],
  text: string,
  names: NamedScan,
  titleEnd: number,
  ledeAboutOther: boolean,
  notes: string[],
): void {
  const chip = otherChipLeading(names, titleEnd);
  if (!chip && !(ledeAboutOther && !names.items.some((i) => i.end <= titleEnd))) return;
  const title = text.slice(0, titleEnd);
  for (let i = folded.length - 1; i >= 0; i--) {
    const c = folded[i]!;
    if (!DECISIONS.has(c.kind) || c.quantity) continue;
    // "H20 prices slide as Meituan wins approval to import H200s": a headline that goes on to name who
    // won what tells that news too (the firm selling the other chip, named before it, is not that).
    if (chip && title.includes(c.trigger) && c.holders.some((h) => title.indexOf(h.words, chip.end) > 0)) continue;
    folded.splice(i, 1);
    notes.push(`"${c.trigger}": background to a headline about another product`);
  }
}
