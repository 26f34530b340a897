/**
 * Counts of machines told with the chips they hold: "128 machines carrying 1,024 H200 processors",
 * 购入192台服务器，每台8颗，合计1536颗. The deal counts the chips; the machines' number is how they come.
 */
import type { FoundQuantity } from './quantities.js';

// The words that close a count of machines, and of chips.
const MACHINES = /(?:台|\b(?:servers?|machines?|systems?|racks?|nodes?))$/i;
const CHIPS = /(?:颗|片|枚|\b(?:chips?|gpus?|processors?|accelerators?|cards?|h\d{2,3}s?))$/i;
/** Each count of machines followed by the chips they hold becomes one count of chips over both spans. */
export function chipsInMachines(text: string, found: readonly FoundQuantity[]): FoundQuantity[] {
  const out: FoundQuantity[] = [];
  const merged = new Set<FoundQuantity>();
  for (const q of found) {
    if (merged.has(q)) continue;
    const chips = MACHINES.test(q.text)
      ? found.find((o) => o.index > q.end && o.index - q.end <= 40 && CHIPS.test(o.text) && !/[.;。；]/u.test(text.slice(q.end, o.index)))
      : undefined;
    if (!chips) {
      out.push(q);
      continue;
    }
    merged.add(chips);
    out.push({ ...chips, text: text.slice(q.index, chips.end), index: q.index, end: chips.end, aggregate: q.aggregate || chips.aggregate });
  }
  return out;
}
