/**
 * The append-only history. Every change to the ledger is one event; the current state is
 * the fold of all events (see evolve.ts). Events are a discriminated union on `type`: each
 * kind says what happened in its own typed fields, so readers never cast or diff to learn it.
 *
 * Every event names its record (`entity`, `entityId`, and the authorization it belongs to)
 * and keeps the record as it was (`before`) and became (`after`), typed for its kind. The
 * history view shows field-by-field edits from them, and the alert builder steps back through
 * a batch with them to see each change against the state just before it.
 */
import { z } from 'zod';
import {
  ENTITY_KINDS,
  TIERS,
  evidenceSchema,
  type Authority,
  type Authorization,
  type AuthStatus,
  type Claim,
  type Condition,
  type EntityKind,
  type Evidence,
  type Item,
  type Order,
  type OrderStatus,
  type Party,
  type Quantity,
  type Supply,
  type Tier,
} from './model.js';

export const EVENT_TYPES = [
  'authorization.created',
  'authorization.updated',
  'authorization.status_changed',
  'authorization.quota_changed',
  'authorization.removed',
  'authorization.reopened',
  'authorization.restored',
  'condition.added',
  'condition.changed',
  'condition.finalized',
  'condition.removed',
  'order.created',
  'order.updated',
  'order.status_changed',
  'supply.set',
  'claim.reported',
  'entity.upserted',
  'entity.removed',
  'party.added',
  'party.changed',
  'party.removed',
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

/** The record an event is about. */
interface Subject<K extends EntityKind> {
  entity: K;
  entityId: string;
  /** The authorization this change belongs to, for history and alerts. */
  authorizationId?: string;
}

/** A new authorization is tracked. */
export interface AuthorizationCreated extends Subject<'authorization'> {
  type: 'authorization.created';
  authorizationId: string;
  before: null;
  after: Authorization;
}
/** Fields other than status and quota changed (or only evidence was added). */
export interface AuthorizationUpdated extends Subject<'authorization'> {
  type: 'authorization.updated';
  authorizationId: string;
  before: Authorization;
  after: Authorization;
}
/** The status moved (the quota may have changed in the same edit). */
export interface AuthorizationStatusChanged extends Subject<'authorization'> {
  type: 'authorization.status_changed';
  authorizationId: string;
  from: AuthStatus;
  to: AuthStatus;
  before: Authorization;
  after: Authorization;
}
/** An admin reopened a final decision (revoked, denied, expired...), citing evidence. */
export interface AuthorizationReopened extends Subject<'authorization'> {
  type: 'authorization.reopened';
  authorizationId: string;
  from: AuthStatus;
  to: AuthStatus;
  before: Authorization;
  after: Authorization;
}
/** The approved quota changed; absent means no quota. */
export interface AuthorizationQuotaChanged extends Subject<'authorization'> {
  type: 'authorization.quota_changed';
  authorizationId: string;
  from?: Quantity;
  to?: Quantity;
  before: Authorization;
  after: Authorization;
}
/** The authorization is no longer tracked (its history is kept). */
export interface AuthorizationRemoved extends Subject<'authorization'> {
  type: 'authorization.removed';
  authorizationId: string;
  before: Authorization;
  after: null;
}
/** A removed authorization is tracked again, as it was when removed. */
export interface AuthorizationRestored extends Subject<'authorization'> {
  type: 'authorization.restored';
  authorizationId: string;
  before: null;
  after: Authorization;
}
/** A condition was attached. */
export interface ConditionAdded extends Subject<'condition'> {
  type: 'condition.added';
  authorizationId: string;
  before: null;
  after: Condition;
}
/** A condition's kind, text or status changed. */
export interface ConditionChanged extends Subject<'condition'> {
  type: 'condition.changed';
  authorizationId: string;
  before: Condition;
  after: Condition;
}
/** A condition became final. */
export interface ConditionFinalized extends Subject<'condition'> {
  type: 'condition.finalized';
  authorizationId: string;
  before: Condition;
  after: Condition;
}
/** A condition was marked removed, or deleted with its authorization (`after` null). */
export interface ConditionRemoved extends Subject<'condition'> {
  type: 'condition.removed';
  authorizationId: string;
  before: Condition;
  after: Condition | null;
}
/** An order was recorded. */
export interface OrderCreated extends Subject<'order'> {
  type: 'order.created';
  before: null;
  after: Order;
}
/** An order's fields other than status changed. */
export interface OrderUpdated extends Subject<'order'> {
  type: 'order.updated';
  before: Order;
  after: Order;
}
/** An order moved along its flow (or was cancelled). */
export interface OrderStatusChanged extends Subject<'order'> {
  type: 'order.status_changed';
  from: OrderStatus;
  to: OrderStatus;
  before: Order;
  after: Order;
}
/** A supply figure was set or replaced. */
export interface SupplySet extends Subject<'supply'> {
  type: 'supply.set';
  before: Supply | null;
  after: Supply;
}
/** A weaker source's claim was kept beside the recorded value. */
export interface ClaimReported extends Subject<'claim'> {
  type: 'claim.reported';
  authorizationId: string;
  before: Claim | null;
  after: Claim;
}
/** A claim was dropped with its authorization. */
export interface ClaimRemoved extends Subject<'claim'> {
  type: 'entity.removed';
  authorizationId: string;
  before: Claim;
  after: null;
}
/** The reference records: parties, items and authorities. */
export interface ReferenceRecords {
  party: Party;
  item: Item;
  authority: Authority;
}
/** A reference record kind. */
export type RefKind = keyof ReferenceRecords;
/** A party, item or authority was added or replaced. */
export type EntityUpserted = {
  [K in RefKind]: Subject<K> & { type: 'entity.upserted'; before: ReferenceRecords[K] | null; after: ReferenceRecords[K] };
}[RefKind];

/** An admin added a party (a company, seller or authority). */
export interface PartyAdded extends Subject<'party'> {
  type: 'party.added';
  before: null;
  after: Party;
}
/** An admin changed a party's name, aliases, kind or parent. */
export interface PartyChanged extends Subject<'party'> {
  type: 'party.changed';
  before: Party;
  after: Party;
}
/** An admin removed a party nothing refers to any more (its history is kept). */
export interface PartyRemoved extends Subject<'party'> {
  type: 'party.removed';
  before: Party;
  after: null;
}

/** What one event says happened, before who, when and why are attached. */
export type Change =
  | AuthorizationCreated
  | AuthorizationUpdated
  | AuthorizationStatusChanged
  | AuthorizationQuotaChanged
  | AuthorizationRemoved
  | AuthorizationReopened
  | AuthorizationRestored
  | ConditionAdded
  | ConditionChanged
  | ConditionFinalized
  | ConditionRemoved
  | OrderCreated
  | OrderUpdated
  | OrderStatusChanged
  | SupplySet
  | ClaimReported
  | ClaimRemoved
  | EntityUpserted
  | PartyAdded
  | PartyChanged
  | PartyRemoved;

/** Who made a change, how trusted it is, and when. */
export interface EventMeta {
  seq: number;
  actor: Actor;
  tier: Tier;
  effectiveAt: string;
  recordedAt: string;
  evidence?: Evidence;
  note?: string;
}

/** One recorded change, with who made it, how trusted it is, and when. */
export type LedgerEvent = Change & EventMeta;

/** An event before the store has given it a sequence number. */
export type EventDraft = Change & Omit<EventMeta, 'seq'>;

/** The event of one type. */
export type EventOfType<T extends EventType> = Extract<LedgerEvent, { type: T }>;

/**
 * The stored form of an event, checked on every read before it is upcast to a typed event
 * (src/store/event-records.ts). `from`/`to` are absent in journals written before typed
 * events; records are checked against their schemas where they are applied.
 */
export const storedEventSchema = z.strictObject({
  seq: z.number().int().positive(),
  type: z.enum(EVENT_TYPES),
  entity: z.enum(ENTITY_KINDS as [EntityKind, ...EntityKind[]]),
  entityId: z.string(),
  authorizationId: z.string().optional(),
  before: z.unknown(),
  after: z.unknown(),
  from: z.unknown().optional(),
  to: z.unknown().optional(),
  actor: actorSchema,
  tier: z.enum(TIERS),
  effectiveAt: z.string(),
  recordedAt: z.string(),
  evidence: evidenceSchema.optional(),
  note: z.string().optional(),
});
/** An event as stored, before it is checked against its type. */
export type StoredEvent = z.infer<typeof storedEventSchema>;

/** For a switch that must handle every event type: the compiler rejects a missing case. */
export function unhandledEvent(event: never): never {
  throw new Error(`unhandled event type: ${(event as { type?: unknown }).type as string}`);
}
