/**
 * The approvals ledger's records. Everything here is plain data so that it can be
 * validated at the edges, stored as JSON and compared in events.
 */
import { z } from 'zod';

/** How trustworthy the origin of a fact is; higher ranks are never overwritten by lower ones. */
export const TIERS = ['aggregator', 'wire', 'filing', 'official', 'admin'] as const;
export type Tier = (typeof TIERS)[number];

/** Rank used to decide whether a fact may overwrite another: admin entries and official sources rank alike. */
export function tierRank(tier: Tier): number {
  return tier === 'admin' ? 3 : tier === 'official' ? 3 : tier === 'filing' ? 2 : tier === 'wire' ? 1 : 0;
}

/** True when a fact of this tier comes only from a news report. */
export function isReportedTier(tier: Tier): boolean {
  return tierRank(tier) < 2;
}

export const QUALIFIERS = ['exact', 'over', 'at_least', 'about', 'up_to', 'under'] as const;
/** "over 400,000" is not "exactly 400,000": the qualifier travels with the number. */
export type Qualifier = (typeof QUALIFIERS)[number];

export const quantitySchema = z.strictObject({
  value: z.number().int().nonnegative(),
  qualifier: z.enum(QUALIFIERS).default('exact'),
  unit: z.string().min(1).default('units'),
});
/** A count of goods with its qualifier and unit. */
export type Quantity = z.infer<typeof quantitySchema>;

export const evidenceSchema = z.strictObject({
  url: z.string().optional(),
  title: z.string(),
  publisher: z.string().optional(),
  publishedAt: z.string().optional(),
  seenAt: z.string(),
  tier: z.enum(TIERS),
});
/** Where a fact came from: a link, its title and publisher, and when it was published and seen. */
export type Evidence = z.infer<typeof evidenceSchema>;

const named = {
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
};

export const PARTY_KINDS = ['holder', 'seller', 'authority'] as const;
/** What role a party plays: holds approvals (and buys), sells, or grants. */
export type PartyKind = (typeof PARTY_KINDS)[number];

export const partySchema = z.strictObject({
  ...named,
  country: z.string().optional(),
  kind: z.enum(PARTY_KINDS).optional(),
  /** The parent company: a subsidiary (Alibaba Cloud) belongs to its parent (Alibaba). */
  parentId: z.string().min(1).optional(),
});
/** A company or other holder/buyer/seller. */
export type Party = z.infer<typeof partySchema>;

export const authoritySchema = z.strictObject({ ...named, country: z.string().optional() });
/** A body that grants authorizations (MOFCOM, BIS, ...). */
export type Authority = z.infer<typeof authoritySchema>;

export const itemSchema = z.strictObject({
  ...named,
  /** Words that look like the item but are not it (H20 is not H200). */
  excludes: z.array(z.string()).default([]),
  unit: z.string().default('units'),
});
/** A licensed good. */
export type Item = z.infer<typeof itemSchema>;

export const DIRECTIONS = ['export', 'import'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const CONDITION_STATUSES = ['proposed', 'negotiating', 'final', 'removed'] as const;
export type ConditionStatus = (typeof CONDITION_STATUSES)[number];

export const conditionSchema = z.strictObject({
  id: z.string().min(1),
  authorizationId: z.string().min(1),
  kind: z.string().min(1),
  text: z.string().min(1),
  status: z.enum(CONDITION_STATUSES),
});
/** A condition attached to an authorization, e.g. bundling a ratio of domestic chips. */
export type Condition = z.infer<typeof conditionSchema>;

export const allocationSchema = z.strictObject({ holderId: z.string().min(1), quantity: quantitySchema });
/** A holder's share inside a group quota. */
export type Allocation = z.infer<typeof allocationSchema>;

export const AUTH_STATUSES = [
  'rumored',
  'reported',
  'applied',
  'pending',
  'approved',
  'approved_with_conditions',
  'partially_approved',
  'denied',
  'returned_without_action',
  'withdrawn',
  'suspended',
  'revoked',
  'expired',
  'superseded',
] as const;
/** Where an authorization stands in its lifecycle. */
export type AuthStatus = (typeof AUTH_STATUSES)[number];

export const authorizationSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  direction: z.enum(DIRECTIONS),
  authorityId: z.string().min(1),
  itemId: z.string().min(1),
  /** One holder, or several sharing one group quota. */
  holderIds: z.array(z.string().min(1)).min(1),
  groupName: z.string().optional(),
  status: z.enum(AUTH_STATUSES),
  quota: quantitySchema.optional(),
  allocations: z.array(allocationSchema).default([]),
  validFrom: z.string().optional(),
  validTo: z.string().optional(),
  externalRef: z.string().optional(),
  evidence: z.array(evidenceSchema).default([]),
  /** The tier that last set status and quota; lower tiers only add claims. */
  provenance: z.strictObject({ status: z.enum(TIERS), quota: z.enum(TIERS).optional() }),
  /** Set when a move backwards was reported by a weaker source than the one it contradicts. */
  disputed: z.boolean().default(false),
});
/** A tracked license, permit or approval. */
export type Authorization = z.infer<typeof authorizationSchema>;

export const ORDER_STATUSES = ['reported', 'placed', 'confirmed', 'shipped', 'delivered', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const orderSchema = z.strictObject({
  id: z.string().min(1),
  /** A tracked party, or absent when the buyer is unnamed ("Chinese firms"). */
  buyerId: z.string().optional(),
  buyerLabel: z.string().optional(),
  sellerId: z.string().optional(),
  itemId: z.string().min(1),
  quantity: quantitySchema,
  status: z.enum(ORDER_STATUSES),
  authorizationId: z.string().optional(),
  evidence: z.array(evidenceSchema).default([]),
});
/** An order for a licensed good, optionally placed against an authorization. */
export type Order = z.infer<typeof orderSchema>;

export const supplySchema = z.strictObject({
  id: z.string().min(1),
  itemId: z.string().min(1),
  holderId: z.string().optional(),
  quantity: quantitySchema,
  asOf: z.string(),
  evidence: z.array(evidenceSchema).default([]),
});
/** A supply figure, e.g. about 700,000 H200s in Nvidia's inventory as of a date. */
export type Supply = z.infer<typeof supplySchema>;

export const REVIEW_STATES = ['pending', 'accepted', 'rejected'] as const;
/** Where a proposed record stands with the admins. */
export type ReviewState = (typeof REVIEW_STATES)[number];

export const claimSchema = z.strictObject({
  id: z.string().min(1),
  /** The authorization the claim is about; for a proposed new authorization, the id it would get. */
  authorizationId: z.string().min(1),
  /** `new_authorization`: a report about something not tracked yet, for admins to accept or reject. */
  field: z.enum(['status', 'quota', 'new_authorization']),
  value: z.unknown(),
  /** The first source that made the claim. */
  evidence: evidenceSchema,
  /** Later sources that said the same (the claim's support is 1 + their number). */
  support: z.array(evidenceSchema).optional(),
  /** Later sources that said otherwise. */
  against: z.array(evidenceSchema).optional(),
  /** Set on proposed new records: pending until an admin accepts or rejects it. */
  review: z.enum(REVIEW_STATES).optional(),
  /**
   * The holders the report is about when it is about some of the authorization's holders
   * only (one firm's suspension on a group approval); absent: the whole authorization.
   */
  holderIds: z.array(z.string().min(1)).optional(),
});
/**
 * A fact a weaker source claims, kept beside (never over) the official or admin value,
 * with every source that supports or contradicts it; or a proposed new record awaiting review.
 */
export type Claim = z.infer<typeof claimSchema>;

/** The collections of the ledger, keyed by entity kind. */
export interface LedgerCollections {
  party: Record<string, Party>;
  authority: Record<string, Authority>;
  item: Record<string, Item>;
  authorization: Record<string, Authorization>;
  condition: Record<string, Condition>;
  order: Record<string, Order>;
  supply: Record<string, Supply>;
  claim: Record<string, Claim>;
}
export type EntityKind = keyof LedgerCollections;
export const ENTITY_KINDS: readonly EntityKind[] = ['party', 'authority', 'item', 'authorization', 'condition', 'order', 'supply', 'claim'];

/** The current state of the ledger: what the events add up to. */
export interface LedgerState extends LedgerCollections {
  /** Sequence number of the last event applied. */
  seq: number;
}

export const entitySchemas = {
  party: partySchema,
  authority: authoritySchema,
  item: itemSchema,
  authorization: authorizationSchema,
  condition: conditionSchema,
  order: orderSchema,
  supply: supplySchema,
  claim: claimSchema,
} as const;

/**
 * Ids that name properties every plain object has. A record keyed `__proto__` would replace
 * an object's prototype instead of being stored, and `constructor` would be found where no
 * record is; the ledger refuses them as ids (collections also have no prototype).
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** True when `id` cannot be used as a record id (see RESERVED_IDS). */
export function isReservedId(id: string): boolean {
  return RESERVED_IDS.has(id);
}

/** An empty collection keyed by id: a null-prototype object, so no id can reach Object.prototype. */
export function emptyCollection<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A copy of a collection, keeping it prototype-free. */
export function copyCollection<T>(collection: Record<string, T>): Record<string, T> {
  return Object.assign(emptyCollection<T>(), collection);
}

/** An empty ledger. */
export function emptyState(): LedgerState {
  return {
    seq: 0,
    party: emptyCollection(),
    authority: emptyCollection(),
    item: emptyCollection(),
    authorization: emptyCollection(),
    condition: emptyCollection(),
    order: emptyCollection(),
    supply: emptyCollection(),
    claim: emptyCollection(),
  };
}
