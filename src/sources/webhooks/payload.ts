/** The body a webhook sender posts, and its conversion into a source item. */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { cleanText, toIsoDate } from '../feed/text.js';
import { structuredFactSchema } from '../json/structured-fact-schema.js';
import type { CandidateItem } from '../poll/types.js';

/** `{ id, facts, title?, link?, publishedAt? }`; `id` is the delivery id (redeliveries are idempotent). */
export const webhookPayloadSchema = z.strictObject({
  id: z.string().trim().min(1).max(200),
  facts: z.array(structuredFactSchema).min(1).max(50),
  title: z.string().max(1000).optional(),
  link: z.url({ protocol: /^https?$/ }).optional(),
  publishedAt: z.string().max(64).optional(),
});
/** A validated webhook body. */
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;

/** The item a payload becomes; the content hash covers everything the sender said. */
export function payloadToItem(p: WebhookPayload): CandidateItem {
  const title = cleanText(p.title, 500) || describeFacts(p);
  const item: CandidateItem = {
    id: p.id,
    title,
    summary: '',
    structured: p.facts,
    contentHash: createHash('sha256')
      .update(JSON.stringify([title, p.link ?? '', p.publishedAt ?? '', p.facts]), 'utf8')
      .digest('hex'),
  };
  if (p.link !== undefined) item.link = p.link;
  const published = toIsoDate(p.publishedAt);
  if (published !== undefined) item.publishedAt = published;
  return item;
}

function describeFacts(p: WebhookPayload): string {
  return p.facts
    .map((f) => (f.kind === 'order' ? `order of ${f.quantity} ${f.item} by ${f.buyer}` : `authorization for ${f.item} (${f.holders.join(', ')})`))
    .join('; ')
    .slice(0, 500);
}
