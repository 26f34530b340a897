/**
 * What is left of a quota once orders are taken out, with qualifiers treated as ranges:
 * "over 400,000" is any number above 400,000, so "over 400,000" minus 150,000 is "over
 * 250,000", and "over 400,000" minus "over 2,000,000" may be anything. A remainder that is or
 * may be negative is said in words ("orders exceed the quota by about 1.6 million chips"),
 * never as a signed figure.
 */
import type { Qualifier, Quantity } from './model.js';
import { formatQuantity } from './quantity.js';

/** A quantity as the range of values it allows; `approx` marks "about". */
interface Bounds {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
  approx: boolean;
}

function boundsOf(q: Quantity): Bounds {
  switch (q.qualifier) {
    case 'exact':
      return { lo: q.value, hi: q.value, loOpen: false, hiOpen: false, approx: false };
    case 'about':
      return { lo: q.value, hi: q.value, loOpen: false, hiOpen: false, approx: true };
    case 'over':
      return { lo: q.value, hi: Infinity, loOpen: true, hiOpen: true, approx: false };
    case 'at_least':
      return { lo: q.value, hi: Infinity, loOpen: false, hiOpen: true, approx: false };
    case 'up_to':
      return { lo: 0, hi: q.value, loOpen: false, hiOpen: false, approx: false };
    case 'under':
      return { lo: 0, hi: q.value, loOpen: false, hiOpen: true, approx: false };
  }
}

/** Whether the remainder is certainly left over, certainly exceeded, or could be either. */
export type RemainderSign = 'left' | 'exceeded' | 'uncertain';

/** What is left of a quota: a figure for what is certainly left, and the words to show. */
export interface Remainder {
  /** What remains when it is certainly not negative; the estimate (approved − ordered) otherwise. */
  value: number;
  qualifier: Qualifier;
  unit: string;
  sign: RemainderSign;
  /** "over 250,000 chips", "none left: orders exceed the quota by over 1.6 million chips". */
  text: string;
  /** When orders do or may exceed the limit: "orders may exceed the quota by about 1.6 million chips". */
  excess?: string;
}

/** 1,600,000 → "1.6 million"; smaller figures keep their digits. */
function roughly(value: number): string {
  if (value >= 1_000_000) return `${Number((value / 1_000_000).toFixed(1)).toLocaleString('en-US')} million`;
  return value.toLocaleString('en-US');
}

/** A one-sided or two-sided range as a qualified figure: its lower bound when open above. */
function rangeQuantity(lo: number, hi: number, loOpen: boolean, approx: boolean): { value: number; qualifier: Qualifier } {
  if (approx) return { value: lo === hi || !Number.isFinite(hi) ? lo : Math.round((lo + hi) / 2), qualifier: 'about' };
  if (lo === hi) return { value: lo, qualifier: 'exact' };
  return { value: lo, qualifier: loOpen ? 'over' : 'at_least' };
}

/** `approved − ordered`, as ranges. `what` names the limit in words ("the quota", "the supply"). */
export function remainder(approved: Quantity, ordered: Quantity, what = 'the quota'): Remainder {
  const a = boundsOf(approved);
  const o = boundsOf(ordered);
  const unit = approved.unit;
  const approx = a.approx || o.approx;
  const lo = a.lo - o.hi;
  const hi = a.hi - o.lo;
  const estimate = approved.value - ordered.value;
  const loOpen = a.loOpen || o.hiOpen;
  if (lo > 0 || (lo === 0 && !approx)) {
    const left = rangeQuantity(lo, hi, loOpen, approx);
    return { ...left, unit, sign: 'left', text: formatQuantity({ ...left, unit }) };
  }
  if (hi < 0 || (hi === 0 && (a.hiOpen || o.loOpen))) {
    // Exceeded for certain: by between −hi and −lo.
    const by = rangeQuantity(-hi, -lo, a.hiOpen || o.loOpen, approx);
    const exact = by.qualifier === 'exact';
    const amount = `${by.qualifier === 'exact' ? '' : by.qualifier === 'about' ? 'about ' : by.qualifier === 'over' ? 'over ' : 'at least '}${exact ? by.value.toLocaleString('en-US') : roughly(by.value)} ${unit}`;
    const excess = `orders exceed ${what} by ${amount}`;
    return { value: estimate, qualifier: by.qualifier, unit, sign: 'exceeded', text: `none left: ${excess}`, excess };
  }
  if (estimate >= 0) return { value: estimate, qualifier: 'about', unit, sign: 'uncertain', text: 'possibly none left' };
  const excess = `orders may exceed ${what} by about ${roughly(-estimate)} ${unit}`;
  return { value: estimate, qualifier: 'about', unit, sign: 'uncertain', text: `possibly none left: ${excess}`, excess };
}
