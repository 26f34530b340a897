/**
 * Counts typed in commands: order quantities, quotas, allocations and supply. Stricter than
 * reading a headline: a count is a positive whole number, written with digits or a spelled-out
 * magnitude ("2 million", "a million"), in the item's own unit.
 */
import { z } from 'zod';
import { DomainError } from '../../src/core/errors.js';
import type { Item, Quantity } from '../../src/core/model.js';
import { numberValue, parseQuantity } from '../../src/core/parse-quantity.js';

const EXAMPLES = 'like 5000, 5,000, 5k, "over 400,000" or "2 million"';
/** The number and its magnitude as typed, to tell 1.5 (refused) from 1.5m (1,500,000). */
const NUMBER = /(\d{1,3}(?:[,_ ]\d{3})+|\d+(?:\.\d+)?)\s*(?:(k|thousand|mn|mln|m|million|bn|b|billion|万|亿|千)(?![a-z]))?/i;
const SPELLED = /\b(thousand|million|billion)\b|[万亿千]/i;

/** Reads a typed count, or says what is wrong with it in words that say what is allowed. */
export function parseCount(text: string): Quantity | { error: string } {
  const trimmed = text.normalize('NFKC').trim();
  // "abc" would otherwise read as "a" + "b"(illion) of unit "c".
  if (!/\d/.test(trimmed) && !SPELLED.test(trimmed)) return { error: `"${text}" is not a count; write it ${EXAMPLES}.` };
  const parsed = parseQuantity(trimmed);
  if ('error' in parsed) return { error: `"${text}" is not a count; write it ${EXAMPLES}.` };
  const number = NUMBER.exec(trimmed);
  if (number) {
    const scale = numberValue('1', number[2]) ?? 1;
    const exact = Number(number[1]!.replace(/[,_ ]/g, '')) * scale;
    if (Math.abs(exact - Math.round(exact)) > 1e-6) return { error: `"${text}" is not a whole number; counts are whole numbers (1 or more).` };
  }
  if (parsed.value < 1) return { error: `"${text}" is not a count of 1 or more; to undo a record, edit or remove it instead.` };
  return parsed;
}

/** A count typed as text, parsed; the unit is checked against the item by {@link inItemUnit}. */
export const countText = z.string().transform((text, ctx): Quantity => {
  const parsed = parseCount(text);
  if ('error' in parsed) {
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }
  return parsed;
});

function sameUnit(a: string, b: string): boolean {
  const norm = (u: string) => u.trim().toLowerCase().replace(/s$/, '');
  return norm(a) === norm(b);
}

/**
 * The count in the item's unit. No unit written ("150k") means the item's unit; another unit
 * ("5000 bananas") is refused, since an item declares exactly one unit.
 */
export function inItemUnit(quantity: Quantity, item: Item | undefined, option: string, fallbackUnit?: string): Quantity {
  const unit = item?.unit && item.unit !== 'units' ? item.unit : (fallbackUnit ?? 'units');
  if (quantity.unit === 'units' || sameUnit(quantity.unit, unit)) return { ...quantity, unit };
  const what = item ? `${item.name} is counted in ${unit}` : `this is counted in ${unit}`;
  throw new DomainError(
    'invalid_input',
    `\`${option}\`: "${quantity.unit}" is not a unit here; ${what}. Write the number alone (e.g. 5000) or as "5000 ${unit}".`,
  );
}
