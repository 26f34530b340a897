/**
 * Facts given in structured form (signed webhooks, JSON mappings). Names are resolved
 * against the ledger; a name that is not recognised is reported and that fact changes
 * nothing, since guessing which company a payload meant is worse than asking.
 */
import { addOrder, updateOrder } from '../../core/changes/order.js';
import { DomainError } from '../../core/errors.js';
import { slugify } from '../../core/ledger.js';
import { AUTH_STATUSES, ORDER_STATUSES, type AuthStatus, type Direction, type Order, type OrderStatus } from '../../core/model.js';
import { parseQuantity } from '../../core/parse-quantity.js';
import { findMatches, type NamedKind } from '../../core/resolve.js';
import { applyToAuthorization, createFromStatement, type AuthStatement } from './auth-facts.js';
import { directionOfAuthority, matchAuthorization } from './matching.js';
import { addStory, refsOf, type Collected, type ItemContext } from './plan-context.js';
import { storyKey } from './story-index.js';
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
  throw new Unrecognised(exact.length > 1 ? `${KIND_WORDS[kind]} "${text}" is ambiguous (${exact.map((m) => m.id).join(', ')})` : `${KIND_WORDS[kind]} "${text}" not recognised`);
}

function planAuthorizationFact(acc: Collected, ctx: ItemContext, fact: Extract<StructuredFact, { kind: 'authorization' }>): void {
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
  const statement: AuthStatement = {
    key: storyKey({ itemId, partyIds: holderIds, what: `auth:${status ?? ''}:${fact.validTo ?? ''}:${fact.ref ?? ''}`, ...(direction ? { direction } : {}), ...(quota ? { quantity: quota } : {}) }),
    hedged: false, ...(status ? { status } : {}), ...(quota ? { quota } : {}), extra,
  };
  if (ctx.seenKeys?.has(statement.key)) {
    acc.lines.push('already ingested');
    return;
  }
  if (fact.authorizationId) {
    const auth = state.authorization[resolve(acc, fact.authorizationId, 'authorization')]!;
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

function planOrderFact(acc: Collected, ctx: ItemContext, fact: Extract<StructuredFact, { kind: 'order' }>): void {
  const state = acc.scratch.state;
  const itemId = resolve(acc, fact.item, 'item');
  const buyerId = resolve(acc, fact.buyer, 'party');
  const sellerId = fact.seller ? resolve(acc, fact.seller, 'party') : undefined;
  const authorizationId = fact.authorization ? resolve(acc, fact.authorization, 'authorization') : undefined;
  const quantity = parseQuantity(fact.quantity, state.item[itemId]?.unit ?? 'units');
  if ('error' in quantity) throw new Unrecognised(`quantity "${fact.quantity}": ${quantity.error}`);
  if (fact.status && !(ORDER_STATUSES as readonly string[]).includes(fact.status)) throw new Unrecognised(`order status "${fact.status}" not recognised`);
  const status = (fact.status ?? 'reported') as OrderStatus;
  const key = storyKey({ itemId, partyIds: [buyerId], what: `order:${fact.orderId ?? ''}:${status}`, quantity });
  if (ctx.seenKeys?.has(key)) {
    acc.lines.push('already ingested');
    return;
  }
  // The sender's order id, kept in our namespace so two sources cannot collide.
  const ownId = fact.orderId ? `${slugify(ctx.batch.sourceId)}-${slugify(fact.orderId)}` : undefined;
  const existingId = fact.orderId ? [fact.orderId, ownId!].find((id) => state.order[id]) : undefined;
  const fields: Partial<Omit<Order, 'id' | 'evidence'>> = {
    itemId, buyerId, quantity, status,
    ...(sellerId ? { sellerId } : {}), ...(authorizationId ? { authorizationId } : {}),
  };
  const result = existingId
    ? acc.scratch.run(updateOrder(existingId, fields, ctx.meta))
    : acc.scratch.run(addOrder({ ...(ownId ? { id: ownId } : {}), ...fields } as Omit<Order, 'id' | 'evidence'>, ctx.meta));
  if (result instanceof DomainError) {
    acc.lines.push(`order not recorded: ${result.message}`);
    return;
  }
  const c = result[0]!;
  acc.lines.push(c.type === 'order.created' ? `new order ${c.entityId}` : c.type === 'order.status_changed' ? `order ${c.entityId} status ${status}` : `order ${c.entityId} updated`);
  addStory(acc, key, refsOf(result));
}

/** Plans every structured fact of an item; each fact succeeds or is reported on its own. */
export function planStructured(acc: Collected, ctx: ItemContext, facts: readonly StructuredFact[]): void {
  for (const fact of facts) {
    try {
      if (fact.kind === 'authorization') planAuthorizationFact(acc, ctx, fact);
      else planOrderFact(acc, ctx, fact);
    } catch (err) {
      if (err instanceof Unrecognised) acc.lines.push(`${fact.kind} fact skipped: ${err.message}`);
      else if (err instanceof DomainError) acc.lines.push(`${fact.kind} fact skipped: ${err.message}`);
      else throw err;
    }
  }
}
