/** Zod pieces shared by command input schemas. */
import { z } from 'zod';
import { parseQuantity } from '../../src/core/parse-quantity.js';
import type { Quantity } from '../../src/core/model.js';

/** A quantity typed as text ("over 400,000", "40k"), parsed into a Quantity. */
export const quantityText = z.string().transform((text, ctx): Quantity => {
  const parsed = parseQuantity(text);
  if ('error' in parsed) {
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }
  return parsed;
});

/** A calendar date or date-time. */
export const dateText = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(s) && !Number.isNaN(Date.parse(s)), {
  message: 'must be a date like 2026-01-28',
});

/** A link. */
export const urlText = z.string().refine((s) => /^https?:\/\/\S+$/.test(s), { message: 'must be an http(s) link' });

/** Comma-separated names: "ByteDance, Alibaba". */
export const nameList = z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));

/** Evidence options shared by admin edits. */
export const evidenceShape = {
  source_url: urlText.optional(),
  source_title: z.string().optional(),
  note: z.string().max(500).optional(),
};

/** A typed quantity without a unit ("150k") takes the item's unit ("chips"). */
export function inUnitOf(quantity: Quantity, fallbackUnit: string | undefined): Quantity {
  return quantity.unit === 'units' && fallbackUnit ? { ...quantity, unit: fallbackUnit } : quantity;
}
