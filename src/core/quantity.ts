/**
 * Arithmetic on qualified quantities: "over 400,000" plus "exactly 10" is "over 400,010",
 * and a difference of two bounds is only approximate.
 */
import type { Qualifier, Quantity } from './model.js';

/** Sum of quantities (same unit assumed); the result is exact only when every part is. */
export function sumQuantities(parts: readonly Quantity[], unit = parts[0]?.unit ?? 'units'): Quantity {
  // One pass without intermediate arrays: this runs over every order of an item per query.
  let value = 0;
  let lower = false;
  let upper = false;
  let about = false;
  let over = false;
  let upTo = false;
  for (const q of parts) {
    value += q.value;
    switch (q.qualifier) {
      case 'exact':
        break;
      case 'over':
        lower = true;
        over = true;
        break;
      case 'at_least':
        lower = true;
        break;
      case 'up_to':
        upper = true;
        upTo = true;
        break;
      case 'under':
        upper = true;
        break;
      default:
        about = true;
    }
  }
  const qualifier: Qualifier = about || (lower && upper) ? 'about' : lower ? (over ? 'over' : 'at_least') : upper ? (upTo ? 'up_to' : 'under') : 'exact';
  return { value, qualifier, unit };
}

/** a − b, clamped at zero is NOT applied: a negative remainder is the over-commitment. */
export function subtract(a: Quantity, b: Quantity): { value: number; qualifier: Qualifier } {
  const qualifier = a.qualifier === 'exact' && b.qualifier === 'exact' ? 'exact' : 'about';
  return { value: a.value - b.value, qualifier };
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  over: 'over ',
  at_least: 'at least ',
  about: 'about ',
  up_to: 'up to ',
  under: 'under ',
};

/** "over 400,000 chips" */
export function formatQuantity(q: { value: number; qualifier: Qualifier; unit?: string }, withUnit = true): string {
  const n = Math.abs(q.value).toLocaleString('en-US');
  const sign = q.value < 0 ? '−' : '';
  return `${QUALIFIER_WORDS[q.qualifier]}${sign}${n}${withUnit && q.unit ? ` ${q.unit}` : ''}`;
}

/** Short qualifier marks for tables: >400,000, ~700,000, ≤10. */
export function formatQuantityShort(q: { value: number; qualifier: Qualifier }): string {
  const mark = { exact: '', over: '>', at_least: '≥', about: '~', up_to: '≤', under: '<' }[q.qualifier];
  return `${mark}${q.value.toLocaleString('en-US')}`;
}
