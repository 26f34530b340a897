/** Quota accounting as the labelled lines an alert shows. */
import { formatQuantity } from '../core/quantity.js';
import { orderedText, type QuotaLine } from '../core/quota.js';
import type { AlertEvent } from './alert-event.js';

/** Quota figures as labelled lines. */
export function quotaFigures(line: QuotaLine): AlertEvent['figures'] {
  const figures: AlertEvent['figures'] = [];
  figures.push({ label: 'Approved', value: line.approved ? formatQuantity(line.approved) : 'no approved quota' });
  figures.push({ label: 'Ordered', value: orderedText(line) });
  if (line.remaining) figures.push({ label: 'Remaining', value: line.remaining.text });
  if (line.supply) figures.push({ label: 'Supply', value: formatQuantity(line.supply) });
  for (const warning of line.overCommitted) figures.push({ label: '⚠ Over-committed', value: warning });
  return figures;
}
