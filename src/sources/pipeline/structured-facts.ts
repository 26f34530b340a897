/**
 * Facts given in structured form (signed webhooks, JSON mappings). Names are resolved
 * against the ledger; a name that is not recognised is reported and that fact changes
 * nothing, since guessing which company a payload meant is worse than asking.
 *
 * Each fact has a slot in its item (its order id, else its position among the item's facts
 * of its kind), and the slot is its story key: the ingest mark records which records each
 * slot created or changed. A corrected resend of the item (same id, changed content) then
 * updates those records instead of creating new ones; an unchanged fact changes nothing.
 */
import { addOrder, updateOrder } from '../../core/changes/order.js';
import { DomainError } from '../../core/errors.js';
import { slugify } from '../../core/ledger.js';
import { isActiveApproval } from '../../core/lifecycle.js';
import {
  AUTH_STATUSES,
  ORDER_STATUSES,
  type AuthStatus,
  type Authorization,
  type Direction,
  type Order,
  type OrderStatus,
  type Quantity,
} from '../../core/model.js';
import { formatQuantity } from '../../core/quantity.js';
import { parseQuantity } from '../../core/parse-quantity.js';
import { findMatches, type NamedKind } from '../../core/resolve.js';
import { applyToAuthorization, createFromStatement, type AuthStatement } from './auth-facts.js';
import { directionOfAuthority, matchAuthorization } from './matching.js';
import { addStory, refsOf, type Collected, type ItemContext } from './plan-context.js';
import type { StoryRef } from './story-index.js';
import type { StructuredFact } from './types.js';

const KIND_WORDS: Record<NamedKind, string> = { authorization: 'authorization', party: 'holder', item: 'item', authority: 'authority' };

class Unrecognised extends Error {}

const norm = (t: string) => t.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/** The id a payload's name stands for: an id, name or alias exactly (a partial match is not a name). */
function resolve(acc: Collected, text: string, kind: NamedKind): string {
  const state = acc.scratch.state;
  const matches = findMatches(state, text, [kind]);
  const exact = matches.filter((m) => {
    const record = state[m.kind][m.id] as { aliases?: string[] } | undefined;
    return [m.id, m.name, ...(record?.aliases ?? [])].some((k) => norm(k) === norm(text));
  });
  if (exact.length === 1) return exact[0]!.id;
  throw new Unrecognised(
    exact.length > 1 ? `${KIND_WORDS[kind]} "${text}" is ambiguous (${exact.map((m) => m.id).join(', ')})` : `${KIND_WORDS[kind]} "${text}" not recognised`,
  );
}

/** The slot's story key: unique to the source item, stable across its corrections. */
function slotKey(ctx: ItemContext, slot: string): string {
  return `structured|${ctx.batch.sourceId}|${ctx.item.id}|${slot}`;
}

/** The live record of `entity` an earlier version of this item created or changed in this slot. */
function previousRecord(acc: Collected, ctx: ItemContext, key: string, entity: StoryRef['entity'], onlySlotOfKind: boolean): string | undefined {
  if (!ctx.item.isUpdate) return undefined;
  const live = (refs: StoryRef[] | undefined) => (refs ?? []).filter((r) => r.entity === entity && acc.scratch.state[entity][r.id]);
  const inSlot = live(ctx.stories.recordedRefs(ctx.batch.sourceId, ctx.item.id, key));
  if (inSlot.length) return inSlot[inSlot.length - 1]!.id;
  // Items ingested before slots existed: a lone fact of its kind maps to the lone record of that kind.
  const all = live(ctx.stories.recordedRefs(ctx.batch.sourceId, ctx.item.id));
  return onlySlotOfKind && all.length === 1 ? all[0]!.id : undefined;
}

function sameQuantity(a: Quantity | undefined, b: Quantity | undefined): boolean {
  return a === b || (!!a && !!b && a.value === b.value && a.qualifier === b.qualifier && a.unit === b.unit);
}

/** True when applying the statement would change the authorization. */
function changesAuthorization(auth: Authorization, s: AuthStatement): boolean {
  if (s.status && s.status !== auth.status && !(s.status === 'approved' && isActiveApproval(auth.status))) return true;
  if (s.quota && !sameQuantity(s.quota, auth.quota)) return true;
  return Object.entries(s.extra ?? {}).some(([k, v]) => v !== undefined && auth[k as keyof typeof auth] !== v);
}

function planAuthorizationFact(
  acc: Collected,
  ctx: ItemContext,
  fact: Extract<StructuredFact, { kind: 'authorization' }>,
  slot: { key: string; lone: boolean },
): void {
  const state = acc.scratch.state;
  const itemId = resolve(acc, fact.item, 'item');
  const holderIds = [...new Set(fact.holders.map((h) => resolve(acc, h, 'party')))];
  const authorityId = fact.authority ? resolve(acc, fact.authority, 'authority') : undefined;
  if (fact.status && !(AUTH_STATUSES as readonly string[]).includes(fact.status)) throw new Unrecognised(`status "${fact.status}" not recognised`);
  const status = fact.status as AuthStatus | undefined;
  let quota;
  if (fact.quota) {
    const q = parseQuantity(fact.quota, state.item[itemId]?.unit ?? 'units');
    if ('error' in q) throw new Unrecognised(`quota "${fact.quota}": ${q.error}`);
    quota = q;
  }
  const direction: Direction | undefined = fact.direction ?? directionOfAuthority(authorityId ? state.authority[authorityId] : undefined);
  const extra = { ...(fact.validTo ? { validTo: fact.validTo } : {}), ...(fact.ref ? { externalRef: fact.ref } : {}) };
  const statement: AuthStatement = { key: slot.key, hedged: false, ...(status ? { status } : {}), ...(quota ? { quota } : {}), extra };
  const previousId = fact.authorizationId
    ? resolve(acc, fact.authorizationId, 'authorization')
    : previousRecord(acc, ctx, slot.key, 'authorization', slot.lone);
  if (previousId) {
    const auth = state.authorization[previousId]!;
    // A correction that leaves this fact as it was: nothing to apply, no evidence-only event.
    if (ctx.item.isUpdate && !changesAuthorization(auth, statement)) {
      acc.lines.push(`${auth.id} unchanged`);
      return;
    }
    applyToAuthorization(acc, ctx, { auth, fit: 'full' }, statement);
    return;
  }
  const result = matchAuthorization(state, { itemId, partyIds: holderIds, ...(direction ? { direction } : {}), ...(authorityId ? { authorityId } : {}) });
  // A payload names its holders exactly: a group that merely contains them is another authorization.
  if (result.kind === 'match' && result.match.fit === 'full') {
    applyToAuthorization(acc, ctx, result.match, statement);
  } else if (result.kind === 'ambiguous') {
    acc.lines.push(`authorization unclear: could be any of ${result.ids.join(', ')}`);
  } else if (!direction) {
    acc.lines.push('no matching authorization, and no direction or authority to create one');
  } else {
    const input = { itemId, direction, holderIds, ...(authorityId ? { namedAuthorityId: authorityId } : {}), ...(fact.name ? { name: fact.name } : {}) };
    if (!createFromStatement(acc, ctx, input, { ...statement, status: status ?? 'reported' })) acc.lines.push('no authority known for a new authorization');
  }
}

/** "quantity 50,000 chips → 60,000 chips, status placed → confirmed". */
function describeOrderEdit(before: Order, after: Partial<Order>): string {
  const parts: string[] = [];
  if (after.quantity && !sameQuantity(after.quantity, before.quantity))
    parts.push(`quantity ${formatQuantity(before.quantity)} → ${formatQuantity(after.quantity)}`);
  if (after.status && after.status !== before.status) parts.push(`status ${before.status} → ${after.status}`);
  for (const k of ['itemId', 'buyerId', 'sellerId', 'authorizationId'] as const) {
    if (after[k] !== undefined && after[k] !== before[k]) parts.push(`${k.replace(/Id$/, '')} ${before[k] ?? 'none'} → ${after[k]}`);
  }
  return parts.join(', ');
}

function planOrderFact(acc: Collected, ctx: ItemContext, fact: Extract<StructuredFact, { kind: 'order' }>, slot: { key: string; lone: boolean }): void {
  const state = acc.scratch.state;
  const itemId = resolve(acc, fact.item, 'item');
  const buyerId = resolve(acc, fact.buyer, 'party');
  const sellerId = fact.seller ? resolve(acc, fact.seller, 'party') : undefined;
  const authorizationId = fact.authorization ? resolve(acc, fact.authorization, 'authorization') : undefined;
  const quantity = parseQuantity(fact.quantity, state.item[itemId]?.unit ?? 'units');
  if ('error' in quantity) throw new Unrecognised(`quantity "${fact.quantity}": ${quantity.error}`);
  if (fact.status && !(ORDER_STATUSES as readonly string[]).includes(fact.status)) throw new Unrecognised(`order status "${fact.status}" not recognised`);
  const status = (fact.status ?? 'reported') as OrderStatus;
  // The sender's order id, kept in our namespace so two sources cannot collide.
  const ownId = fact.orderId ? `${slugify(ctx.batch.sourceId)}-${slugify(fact.orderId)}` : undefined;
  const existingId =
    (fact.orderId ? [fact.orderId, ownId!].find((id) => state.order[id]) : undefined) ?? previousRecord(acc, ctx, slot.key, 'order', slot.lone);
  const fields: Partial<Omit<Order, 'id' | 'evidence'>> = {
    itemId,
    buyerId,
    quantity,
    status,
    ...(sellerId ? { sellerId } : {}),
    ...(authorizationId ? { authorizationId } : {}),
  };
  let change = '';
  if (existingId) {
    change = describeOrderEdit(state.order[existingId]!, fields);
    if (!change && ctx.item.isUpdate) {
      acc.lines.push(`order ${existingId} unchanged`);
      return;
    }
  }
  const result = existingId
    ? acc.scratch.run(updateOrder(existingId, fields, ctx.meta))
    : acc.scratch.run(addOrder({ ...(ownId ? { id: ownId } : {}), ...fields } as Omit<Order, 'id' | 'evidence'>, ctx.meta));
  if (result instanceof DomainError) {
    acc.lines.push(`order not recorded: ${result.message}`);
    return;
  }
  const c = result[0]!;
  const statusOnly = c.type === 'order.status_changed' && !change.includes(',');
  acc.lines.push(
    c.type === 'order.created'
      ? `new order ${c.entityId}`
      : statusOnly
        ? `order ${c.entityId} status ${status}`
        : `order ${c.entityId} updated${change ? `: ${change}` : ''}`,
  );
  addStory(acc, slot.key, refsOf(result));
}

/** Plans every structured fact of an item; each fact succeeds or is reported on its own. */
export function planStructured(acc: Collected, ctx: ItemContext, facts: readonly StructuredFact[]): void {
  const counts = { authorization: 0, order: 0 };
  const total = { authorization: facts.filter((f) => f.kind === 'authorization').length, order: facts.filter((f) => f.kind === 'order').length };
  for (const fact of facts) {
    const n = counts[fact.kind]++;
    const named = fact.kind === 'order' ? fact.orderId : fact.authorizationId;
    const slot = { key: slotKey(ctx, named ? `${fact.kind}=${named}` : `${fact.kind}#${n}`), lone: total[fact.kind] === 1 };
    try {
      if (fact.kind === 'authorization') planAuthorizationFact(acc, ctx, fact, slot);
      else planOrderFact(acc, ctx, fact, slot);
    } catch (err) {
      if (err instanceof Unrecognised) acc.lines.push(`${fact.kind} fact skipped: ${err.message}`);
      else if (err instanceof DomainError) acc.lines.push(`${fact.kind} fact skipped: ${err.message}`);
      else throw err;
    }
  }
}
