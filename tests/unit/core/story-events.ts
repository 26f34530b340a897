/** Explicit past events for core tests: a few records, each made by the event that creates it. */
import type { Authority, Authorization, Condition, Item, Order, Party, Quantity } from '../../../src/core/model.js';
import type { AuthorizationCreated, ConditionAdded, EntityUpserted, OrderCreated } from '../../../src/core/events.js';
import type { ChangeMeta } from '../../../src/core/planning.js';

export const admin: ChangeMeta = { actor: { kind: 'admin', id: 'U1', name: 'Ada' }, tier: 'admin' };
export const chips = (value: number, qualifier: Quantity['qualifier'] = 'exact'): Quantity => ({ value, qualifier, unit: 'chips' });

export function partyAdded(id: string, name = id): EntityUpserted {
  const after: Party = { id, name, aliases: [] };
  return { type: 'entity.upserted', entity: 'party', entityId: id, before: null, after };
}
export function itemAdded(id: string, name = id): EntityUpserted {
  const after: Item = { id, name, aliases: [], excludes: [], unit: 'chips' };
  return { type: 'entity.upserted', entity: 'item', entityId: id, before: null, after };
}
export function authorityAdded(id: string, name = id): EntityUpserted {
  const after: Authority = { id, name, aliases: [] };
  return { type: 'entity.upserted', entity: 'authority', entityId: id, before: null, after };
}

/** An authorization record with the given fields over a pending import licence for h200. */
export function authorization(id: string, fields: Partial<Authorization> = {}): Authorization {
  return {
    id,
    name: `Licence ${id}`,
    aliases: [],
    direction: 'import',
    authorityId: 'mofcom',
    itemId: 'h200',
    holderIds: ['bytedance'],
    status: 'pending',
    allocations: [],
    evidence: [],
    provenance: { status: 'admin' },
    disputed: false,
    ...fields,
  };
}
export function authorizationCreated(record: Authorization): AuthorizationCreated {
  return { type: 'authorization.created', entity: 'authorization', entityId: record.id, authorizationId: record.id, before: null, after: record };
}
export function conditionAdded(record: Condition): ConditionAdded {
  return { type: 'condition.added', entity: 'condition', entityId: record.id, authorizationId: record.authorizationId, before: null, after: record };
}
export function orderCreated(record: Order): OrderCreated {
  return {
    type: 'order.created',
    entity: 'order',
    entityId: record.id,
    ...(record.authorizationId ? { authorizationId: record.authorizationId } : {}),
    before: null,
    after: record,
  };
}

/** The reference records most scenarios need: ByteDance and Nvidia, MOFCOM, the H200. */
export const references = [
  partyAdded('bytedance', 'ByteDance'),
  partyAdded('nvidia', 'Nvidia'),
  authorityAdded('mofcom', 'MOFCOM'),
  itemAdded('h200', 'Nvidia H200'),
];
