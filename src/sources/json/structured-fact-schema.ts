/**
 * zod schema for StructuredFact (src/sources/pipeline/types.ts): what a signed webhook or a
 * generic JSON mapping may assert. Lengths are capped because the text comes from outside.
 */
import { z } from 'zod';
import type { StructuredFact } from '../pipeline/types.js';

const text = z.string().trim().min(1).max(500);
const optionalText = text.optional();

const authorizationFact = z.strictObject({
  kind: z.literal('authorization'),
  authorizationId: optionalText,
  name: optionalText,
  direction: z.enum(['export', 'import']).optional(),
  authority: optionalText,
  item: text,
  holders: z.array(text).min(1).max(50),
  status: optionalText,
  quota: optionalText,
  validTo: optionalText,
  ref: optionalText,
});

const orderFact = z.strictObject({
  kind: z.literal('order'),
  orderId: optionalText,
  item: text,
  buyer: text,
  seller: optionalText,
  quantity: text,
  status: optionalText,
  authorization: optionalText,
});

/** One structured fact; `kind` picks the shape. */
export const structuredFactSchema: z.ZodType<StructuredFact> = z.discriminatedUnion('kind', [authorizationFact, orderFact]);
