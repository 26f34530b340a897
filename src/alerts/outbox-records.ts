/** The records of the outbox journal (`<dataDir>/outbox.jsonl`), validated on every read. */
import { z } from 'zod';
import { ALERT_KINDS } from './alert-event.js';
import type { Alert } from '../chat/alert.js';
import type { Reply } from '../chat/reply.js';
import type { AlertEvent } from './alert-event.js';
import { evidenceSchema, quantitySchema } from '../core/model.js';

const ids = z.array(z.string());

// The Reply shape belongs to src/chat/reply.ts; only what delivery relies on is checked here.
const replyShape = z.looseObject({ severity: z.enum(['info', 'success', 'warning', 'error']), title: z.string() });
const replySchema = z.custom<Reply>((value) => replyShape.safeParse(value).success, { error: 'content: expected a reply with a severity and a title' });

export const alertSchema: z.ZodType<Alert> = z.strictObject({
  id: z.string().min(1),
  channel: z.looseObject({ platform: z.string().min(1), id: z.string().min(1), name: z.string().optional() }),
  subscriptionId: z.string(),
  kind: z.string(),
  authorizationId: z.string().optional(),
  content: replySchema,
  mentions: z.strictObject({ roles: ids, users: ids, groups: ids }),
  livingCard: z.strictObject({ existingMessageRef: z.string().optional(), broadcast: z.boolean().optional() }).optional(),
  createdAt: z.string(),
});

export const alertEventSchema: z.ZodType<AlertEvent> = z.strictObject({
  id: z.string(),
  kind: z.enum(ALERT_KINDS),
  occurredAt: z.string(),
  authorizationId: z.string().optional(),
  recordIds: z.array(z.string().min(1)).optional(),
  itemId: z.string().optional(),
  holderIds: ids,
  authorityId: z.string().optional(),
  quantity: quantitySchema.optional(),
  headline: z.string(),
  changes: z.array(z.strictObject({ label: z.string(), before: z.string().optional(), after: z.string().optional() })),
  warnings: z.array(z.string()).optional(),
  figures: z.array(z.strictObject({ label: z.string(), value: z.string() })),
  evidence: z.array(evidenceSchema),
  seqs: z.array(z.number()),
  sourceId: z.string().optional(),
  by: z.string().optional(),
});

export const outboxRecordSchema = z.discriminatedUnion('op', [
  /** An alert to deliver; `notBefore` holds it (quiet hours). */
  z.strictObject({ op: z.literal('enqueue'), alert: alertSchema, notBefore: z.string().optional() }),
  /** The platform accepted it. */
  z.strictObject({ op: z.literal('sent'), id: z.string(), at: z.string(), messageRef: z.string().optional() }),
  /**
   * About to send (written before the platform is called): until an outcome follows, the
   * alert may have been posted, and is looked for before it is posted again.
   */
  z.strictObject({ op: z.literal('attempt'), id: z.string(), at: z.string() }),
  /** A failed attempt; try again at nextAttemptAt. `inDoubt`: the platform may have accepted it all the same. */
  z.strictObject({
    op: z.literal('failed'),
    id: z.string(),
    attempts: z.number().int().positive(),
    nextAttemptAt: z.string(),
    error: z.string(),
    inDoubt: z.boolean().optional(),
  }),
  /** Given up (subscription disabled or removed). */
  z.strictObject({ op: z.literal('dropped'), id: z.string(), reason: z.string() }),
  /** Ledger events up to `seq` have been turned into alerts. */
  z.strictObject({ op: z.literal('checkpoint'), seq: z.number().int().nonnegative() }),
  /** An event held for a subscription's next digest. */
  z.strictObject({ op: z.literal('digest-add'), subscriptionId: z.string(), event: alertEventSchema }),
  /** Events already summarised in a digest alert. */
  z.strictObject({ op: z.literal('digest-clear'), subscriptionId: z.string(), eventIds: ids }),
  /** The living card of an authorization in a subscription's channel. */
  z.strictObject({ op: z.literal('card'), subscriptionId: z.string(), authorizationId: z.string(), messageRef: z.string() }),
  /** Ids already handled (written by compaction in place of their sent/dropped records). */
  z.strictObject({ op: z.literal('known'), ids }),
]);
/** One line item of the outbox journal. */
export type OutboxRecord = z.infer<typeof outboxRecordSchema>;
