/**
 * `npm run eval -- --details`: the dev items that are not right, with what was labelled and
 * what was read, for whoever tunes extraction. Held-out items are never listed: their
 * figures are reported, their sentences are not for tuning.
 */
import type { ItemOutcome } from './end-to-end.js';
import type { LabelFact, LabelItem } from './schema.js';
import { factKey, goldRecordsOf } from './score.js';

const describe = (f: LabelFact) =>
  `${factKey(f)} [${f.certainty}]${f.holders.length ? ` holders=${f.holders.join(',')}` : ''}${f.quantity ? ` qty=${f.quantity.qualifier} ${f.quantity.value} ${f.quantity.role}` : ''}`;

/** One block per dev item whose facts, alert decision or records touched are wrong. */
export function renderDetails(items: LabelItem[], predicted: Map<string, LabelFact[]>, e2e: Map<string, ItemOutcome>): string {
  const blocks: string[] = [];
  for (const item of items) {
    const pred = predicted.get(item.id) ?? [];
    const out = e2e.get(item.id);
    const factsRight = [...item.facts.map(factKey)].sort().join() === [...pred.map(factKey)].sort().join();
    const alerted = (out?.alerts.length ?? 0) > 0;
    const gold = goldRecordsOf(item).sort().join(', ');
    const touched = [...(out?.records ?? [])].sort().join(', ');
    if (factsRight && alerted === item.alert && gold === touched) continue;
    blocks.push(
      [
        `${item.id} [${item.classes.join(', ')}] ${item.title}`,
        ...item.facts.map((f) => `  labelled  ${describe(f)}`),
        ...pred.map((f) => `  read      ${describe(f)}`),
        ...(gold === touched ? [] : [`  records   labelled ${gold || 'none'}, touched ${touched || 'none'}`]),
        `  alert     labelled ${item.alert}, raised ${out?.alerts.map((a) => a.kind).join(', ') || 'none'}; pipeline: ${out?.outcome ?? ''}`,
      ].join('\n'),
    );
  }
  return blocks.join('\n\n');
}
