/** How an alert words what changed: the same field texts a command's reply shows. */
import { fieldTexts, type DisplayNames } from '../chat/field-text.js';
import type { Quantity } from '../core/model.js';
import { formatQuantity } from '../core/quantity.js';
import type { AlertEvent } from './alert-event.js';

/** A quantity in words, or "none" (as field texts read an absent value). */
export function quantityOrNone(x: Quantity | undefined): string {
  return x ? formatQuantity(x) : 'none';
}

/** Every field an edit touched, in words, leaving out evidence and provenance; status first. */
export function fieldLines<T extends object>(before: T, after: T, names?: DisplayNames): AlertEvent['changes'] {
  const texts = fieldTexts(before, after, undefined, names);
  const ordered = [...texts.filter((t) => t.label === 'status'), ...texts.filter((t) => t.label !== 'status')];
  return ordered.map((t) => ({
    label: t.label.charAt(0).toUpperCase() + t.label.slice(1),
    ...(t.before === 'none' ? {} : { before: t.before }),
    ...(t.after === 'none' ? {} : { after: t.after }),
  }));
}
