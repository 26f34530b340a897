/** Planners for orders and supply figures. */
import { DomainError } from '../errors.js';
import type { ChangeMeta, ChangePlanner } from '../planning.js';
import { nextId, requireRecord } from '../planning.js';
import { refuseReservedId } from './reserved-id.js';
import { orderSchema, supplySchema, type LedgerState, type Order, type Supply } from '../model.js';

function checkOrder(state: LedgerState, order: Order): Order {
  const parsed = orderSchema.safeParse(order);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError('invalid_input', `Invalid order: ${issue.path.join('.')}: ${issue.message}`);
  }
  requireRecord(state, 'item', order.itemId);
  if (order.buyerId) requireRecord(state, 'party', order.buyerId);
  if (order.sellerId) requireRecord(state, 'party', order.sellerId);
  if (!order.buyerId && !order.buyerLabel)
    throw new DomainError('invalid_input', 'An order needs a buyer (a tracked holder, or a label such as "Chinese firms").');
  if (order.authorizationId) {
    const auth = requireRecord(state, 'authorization', order.authorizationId);
    if (auth.itemId !== order.itemId) {
      throw new DomainError(
        'invalid_input',
        `${auth.name} (${auth.id}) covers ${state.item[auth.itemId]?.name ?? auth.itemId}, not ${state.item[order.itemId]?.name ?? order.itemId}.`,
      );
    }
    if (order.buyerId && auth.direction === 'import' && !auth.holderIds.includes(order.buyerId)) {
      const name = (id: string) => state.party[id]?.name ?? id;
      throw new DomainError(
        'invalid_input',
        `${name(order.buyerId)} is not a holder of ${auth.name} (${auth.id}; holders: ${auth.holderIds.map(name).join(', ')}).`,
      );
    }
  }
  return parsed.data;
}

/** What recording an order takes (the id defaults to the next `ord-N`). */
export type NewOrder = Omit<Order, 'id' | 'evidence'> & { id?: string };

/** Fields an order edit may change. */
export type OrderPatch = Partial<Omit<Order, 'id' | 'evidence'>>;

/** What setting a supply figure takes. */
export type NewSupply = Omit<Supply, 'id' | 'evidence'>;

/** Plans a new order. */
export function addOrder(input: NewOrder, meta: ChangeMeta): ChangePlanner {
  return (state) => {
    if (input.id !== undefined) refuseReservedId('order', input.id);
    const id = input.id ?? nextId(state.order, 'ord');
    if (state.order[id]) throw new DomainError('conflict', `An order with id "${id}" already exists.`);
    const after = checkOrder(state, { ...input, id, evidence: meta.evidence ? [meta.evidence] : [] });
    return [
      {
        type: 'order.created',
        entity: 'order',
        entityId: id,
        ...(after.authorizationId ? { authorizationId: after.authorizationId } : {}),
        before: null,
        after,
      },
    ];
  };
}

const ORDER_FLOW: Order['status'][] = ['reported', 'placed', 'confirmed', 'shipped', 'delivered'];

/** Plans an order edit; delivered and cancelled orders are final. */
export function updateOrder(id: string, patch: OrderPatch, meta: ChangeMeta): ChangePlanner {
  return (state) => {
    const before = requireRecord(state, 'order', id);
    if (patch.status && patch.status !== before.status) {
      if (before.status === 'delivered' || before.status === 'cancelled') {
        throw new DomainError('invalid_transition', `Order ${id} is ${before.status}; it cannot become ${patch.status}.`);
      }
      if (patch.status !== 'cancelled' && ORDER_FLOW.indexOf(patch.status) < ORDER_FLOW.indexOf(before.status)) {
        throw new DomainError('invalid_transition', `Order ${id} is already ${before.status}; it cannot go back to ${patch.status}.`);
      }
    }
    const evidence = meta.evidence ? [...before.evidence, meta.evidence] : before.evidence;
    const after = checkOrder(state, { ...before, ...patch, evidence });
    if (JSON.stringify(after) === JSON.stringify(before)) throw new DomainError('invalid_input', `Nothing to change: order ${id} already has those values.`);
    const authorizationId = after.authorizationId ?? before.authorizationId;
    const subject = { entity: 'order', entityId: id, ...(authorizationId ? { authorizationId } : {}), before, after } as const;
    if (after.status !== before.status) return [{ type: 'order.status_changed', ...subject, from: before.status, to: after.status }];
    return [{ type: 'order.updated', ...subject }];
  };
}

/** Plans setting a supply figure (one per item and holder; setting again replaces it). */
export function setSupply(input: NewSupply, meta: ChangeMeta): ChangePlanner {
  return (state) => {
    requireRecord(state, 'item', input.itemId);
    if (input.holderId) requireRecord(state, 'party', input.holderId);
    const id = `${input.itemId}@${input.holderId ?? 'market'}`;
    const before = state.supply[id] ?? null;
    const after = supplySchema.parse({ ...input, id, evidence: meta.evidence ? [meta.evidence] : [] });
    if (before && JSON.stringify({ ...before, evidence: [] }) === JSON.stringify({ ...after, evidence: [] })) {
      throw new DomainError('invalid_input', 'Nothing to change: that supply figure is already recorded.');
    }
    return [{ type: 'supply.set', entity: 'supply', entityId: id, before, after }];
  };
}
