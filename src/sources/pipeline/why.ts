/** Says why an item was tied to the records it was: the fields read and the words they came from. */
import type { CandidateEvent, Span } from '../extract/index.js';

function field(label: string, s: Span | undefined): string | undefined {
  return s ? `${label} ${s.value} ("${s.words}")` : undefined;
}

/** One line: kind and trigger, certainty words, authority, holders, seller, item, quantity. */
export function whyOf(c: CandidateEvent): string {
  const parts = [
    `${c.kind} ("${c.trigger}")`,
    c.certaintyWords ? `${c.certainty} ("${c.certaintyWords}")` : c.certainty,
    field('authority', c.authority),
    c.holders.length ? `holders ${c.holders.map((h) => `${h.value} ("${h.words}")`).join(', ')}` : undefined,
    field('seller', c.seller),
    field('item', c.item),
    c.quantity
      ? `${c.quantity.role} ${c.quantity.qualifier === 'exact' ? '' : `${c.quantity.qualifier} `}${c.quantity.value} ("${c.quantity.words}")`
      : undefined,
  ];
  return parts.filter(Boolean).join('; ');
}
