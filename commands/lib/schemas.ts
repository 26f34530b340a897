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

/** Longest name or label (a record's name, a holder, a group, a title). */
export const NAME_MAX = 200;
/** Longest free text (a note, a condition's wording). */
export const NOTE_MAX = 2000;

/** A name or label. */
export const nameText = z.string().max(NAME_MAX);

/** Free text such as a note. */
export const noteText = z.string().max(NOTE_MAX);

/** Comma-separated names: "ByteDance, Alibaba". */
export const nameList = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().max(NAME_MAX, `each name can be at most ${NAME_MAX} characters`)));

/** Evidence options shared by admin edits. */
export const evidenceShape = {
  source_url: urlText.optional(),
  source_title: nameText.optional(),
  note: noteText.optional(),
};

/** A typed quantity without a unit ("150k") takes the item's unit ("chips"). */
export function inUnitOf(quantity: Quantity, fallbackUnit: string | undefined): Quantity {
  return quantity.unit === 'units' && fallbackUnit ? { ...quantity, unit: fallbackUnit } : quantity;
}

/**
 * Checks that validity starts no later than it ends, for schemas with `valid_from` and `valid_to`.
 * Commands that edit one end compare against the stored other end themselves.
 */
export function validityOrder(value: { valid_from?: string | undefined; valid_to?: string | undefined }, ctx: z.RefinementCtx): void {
  const problem = validityProblem(value.valid_from, value.valid_to);
  if (problem) ctx.addIssue({ code: 'custom', path: ['valid_from'], message: problem });
}

/** Why a validity window is impossible, or undefined when it is fine (or open-ended). */
export function validityProblem(from: string | undefined, to: string | undefined): string | undefined {
  if (!from || !to || Date.parse(from) <= Date.parse(to)) return undefined;
  return `validity would start on ${from.slice(0, 10)} but end on ${to.slice(0, 10)}; \`valid_from\` must be on or before \`valid_to\``;
}
