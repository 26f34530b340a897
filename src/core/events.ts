/**
 * The append-only history. Every change to the ledger is one event holding the record
 * before and after; the current state is the fold of all events (see applyEvent).
 */
import { z } from 'zod';
import { updateIndexes } from './indexes.js';
import { ENTITY_KINDS, TIERS, evidenceSchema, type EntityKind, type LedgerState, type Tier, type Evidence } from './model.js';

export const EVENT_TYPES = [
  'authorization.created', 'authorization.updated', 'authorization.status_changed',
  'authorization.quota_changed', 'authorization.removed',
  'condition.added', 'condition.changed', 'condition.finalized', 'condition.removed',
  'order.created', 'order.updated', 'order.status_changed',
  'supply.set', 'claim.reported', 'entity.upserted', 'entity.removed',
] as const;
/** What kind of change an event records; alert subscriptions filter on it. */
export type EventType = (typeof EVENT_TYPES)[number];

export const actorSchema = z.strictObject({
  kind: z.enum(['admin', 'source', 'system']),
  id: z.string(),
  name: z.string().optional(),
});
/** Who or what made a change. */
export type Actor = z.infer<typeof actorSchema>;

export const ledgerEventSchema = z.strictObject({
  seq: z.number().int().positive(),
  type: z.enum(EVENT_TYPES),
  entity: z.enum(ENTITY_KINDS as [EntityKind, ...EntityKind[]]),
  entityId: z.string(),
  /** The authorization this change belongs to, for history and alerts. */
  authorizationId: z.string().optional(),
  before: z.unknown(),
  after: z.unknown(),
  actor: actorSchema,
  tier: z.enum(TIERS),
  effectiveAt: z.string(),
  recordedAt: z.string(),
  evidence: evidenceSchema.optional(),
  note: z.string().optional(),
});
/** One entity change: the record before and after (null when created or removed). */
export interface Change {
  type: EventType;
  entity: EntityKind;
  entityId: string;
  /** The authorization this change belongs to, for history and alerts. */
  authorizationId?: string;
  before: unknown;
  after: unknown;
}

/** One recorded change, with who made it, how trusted it is, and when. */
export interface LedgerEvent extends Change {
  seq: number;
  actor: Actor;
  tier: Tier;
  effectiveAt: string;
  recordedAt: string;
  evidence?: Evidence;
  note?: string;
}

/** An event before the store has given it a sequence number. */
export type EventDraft = Omit<LedgerEvent, 'seq'>;

/**
 * Applies one event to the state in place. Events carry whole records, so applying is a
 * set or a delete; this keeps replay trivially correct.
 */
export function applyEvent(state: LedgerState, event: LedgerEvent): void {
  const collection = state[event.entity] as Record<string, unknown>;
  if (event.after === null || event.after === undefined) delete collection[event.entityId];
  else collection[event.entityId] = event.after;
  state.seq = event.seq;
  updateIndexes(state, event);
}
