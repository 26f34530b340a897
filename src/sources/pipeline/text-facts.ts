/**
 * Facts from a headline and summary (rule-based extraction), planned against the ledger:
 * status and quota statements, Federal Register effective dates, and orders.
 */
import { addOrder, updateOrder } from '../../core/changes/order.js';
import { DomainError } from '../../core/errors.js';
import { indexesOf } from '../../core/indexes.js';
import type { Direction, Quantity } from '../../core/model.js';
import { extractFacts, findHedges, type Extraction } from '../extract/index.js';
import { newsEvent } from './alert-builders.js';
import { addToStory, applyToAuthorization, createFromStatement, type AuthStatement } from './auth-facts.js';
import { directionOfAuthority, matchAuthorization } from './matching.js';
import { addStory, refsOf, type Collected, type ItemContext } from './plan-context.js';
import { roundQuantity, storyKey } from './story-index.js';

/** True when the story was handled as already known (ingested, or told by another outlet). */
function knownStory(acc: Collected, ctx: ItemContext, key: string): boolean {
  if (ctx.seenKeys?.has(key)) {
    acc.lines.push('already ingested');
    return true;
  }
  const story = ctx.stories.find(key, ctx.storyAt, ctx.batch.sourceId, ctx.item.id);
  if (!story) return false;
  addToStory(acc, ctx, story);
  return true;
}

/** Handles a status (and quota) statement; returns a reason for a news event when nothing fits. */
function planStatus(acc: Collected, ctx: ItemContext, ex: Extraction, itemId: string, direction: Direction | undefined): string | undefined {
  const status = ex.status!;
  // An intent ("considering", "may") is not an event: nothing happened yet.
  if (status.status === 'reported') return `not a decision yet (${ex.hedges.join(', ') || status.phrase})`;
  const partyIds = ex.parties.map((p) => p.id);
  const positive = status.polarity === 'positive';
  const aggregate = ex.quantities.find((q) => q.aggregate);
  const quota = positive && !ex.orderSignal ? (aggregate ?? (ex.quantities.length === 1 ? ex.quantities[0] : undefined))?.quantity : undefined;
  const hedged = status.hedged || ex.confidence === 'low';
  const extra = ctx.batch.mode === 'apply' && ctx.item.effectiveOn ? { validFrom: ctx.item.effectiveOn, externalRef: ctx.item.id } : undefined;
  const statement = (ids: string[], q: Quantity | undefined): AuthStatement => ({
    // A hedged telling and a firm one are different stories: the confirmation of a rumour must not be swallowed as a repeat.
    key: storyKey({ itemId, partyIds: ids, what: hedged ? `${status.status}?` : status.status, ...(direction ? { direction } : {}), ...(q ? { quantity: q } : {}) }),
    status: status.status, hedged, ...(q ? { quota: q } : {}), ...(extra ? { extra } : {}),
  });
  const whole = statement(partyIds, quota);
  if (knownStory(acc, ctx, whole.key)) return undefined;

  const query = { itemId, ...(direction ? { direction } : {}), ...(ex.authorities[0] ? { authorityId: ex.authorities[0].id } : {}) };
  const result = matchAuthorization(acc.scratch.state, { ...query, partyIds });
  if (result.kind === 'match') {
    applyToAuthorization(acc, ctx, result.match, whole);
    return undefined;
  }
  if (result.kind === 'ambiguous') return `could be any of ${result.ids.join(', ')}`;
  if (hedged) return 'unconfirmed report about an authorization not tracked';
  if (!direction || partyIds.length === 0) return 'no tracked authorization or holder fits';
  // "China approves ByteDance and Baidu" without "in total": one statement per company,
  // each to its own authorization; an aggregate quota stays one group.
  const groups = partyIds.length > 1 && !aggregate ? partyIds.map((p) => [p]) : [partyIds];
  for (const ids of groups) {
    const single = groups.length > 1 ? statement(ids, undefined) : whole;
    const sub = groups.length > 1 ? matchAuthorization(acc.scratch.state, { ...query, partyIds: ids }) : result;
    if (sub.kind === 'match') applyToAuthorization(acc, ctx, sub.match, single);
    else if (sub.kind === 'none') {
      if (!createFromStatement(acc, ctx, { itemId, direction, holderIds: ids, ...(query.authorityId ? { namedAuthorityId: query.authorityId } : {}) }, single)) {
        acc.lines.push(`no authority known for a new ${direction} authorization`);
      }
    } else acc.lines.push(`${ids.join(', ')}: could be any of ${sub.ids.join(', ')}`);
  }
  return undefined;
}

/** An official document with an effective date: the authorization it concerns takes its dates and reference. */
function planEffective(acc: Collected, ctx: ItemContext, ex: Extraction, itemId: string, direction: Direction | undefined): string | undefined {
  const partyIds = ex.parties.map((p) => p.id);
  const statement: AuthStatement = {
    key: storyKey({ itemId, partyIds, what: `effective:${ctx.item.effectiveOn}`, ...(direction ? { direction } : {}) }),
    hedged: false, extra: { validFrom: ctx.item.effectiveOn!, externalRef: ctx.item.id },
  };
  if (knownStory(acc, ctx, statement.key)) return undefined;
  const result = matchAuthorization(acc.scratch.state, { itemId, partyIds, ...(direction ? { direction } : {}), authorityId: ex.authorities[0]!.id });
  if (result.kind === 'match') {
    applyToAuthorization(acc, ctx, result.match, statement);
    return undefined;
  }
  return result.kind === 'ambiguous' ? `could be any of ${result.ids.join(', ')}` : `effective ${ctx.item.effectiveOn}, but no tracked authorization fits`;
}

const BUYER_LABEL = /\b((?:[A-Z][\p{L}-]*\s+){0,2}(?:firms|companies|buyers|customers|tech giants|clients))\b/u;

/** An order with a quantity: a new order, unless the same order is already known. */
function planOrder(acc: Collected, ctx: ItemContext, ex: Extraction, itemId: string): string | undefined {
  // "plans to order", "may buy": an intent, not an order.
  if (findHedges(ex.text).intent.length > 0) return 'order not placed yet';
  const quantity = ex.orderSignal!.quantity!;
  const state = acc.scratch.state;
  const buyerId = ex.parties.length === 1 ? ex.parties[0]!.id : undefined;
  const buyerLabel = buyerId ? undefined
    : ex.parties.length > 1 ? ex.parties.map((p) => p.name).join(', ')
    : BUYER_LABEL.exec(ex.text)?.[1] ?? 'unnamed buyers';
  const key = storyKey({ itemId, partyIds: [buyerId ?? buyerLabel!.toLowerCase()], what: 'order', quantity });
  if (knownStory(acc, ctx, key)) return undefined;
  const link = ctx.item.isUpdate ? undefined : ctx.item.link;
  if (link && (indexesOf(state).ordersByItem.get(itemId) ?? []).some((o) => o.evidence.some((e) => e.url === link))) {
    acc.lines.push('already ingested (order evidence)');
    return undefined;
  }
  // An order recorded by hand or by another source within the window is the same order.
  const same = (indexesOf(state).ordersByItem.get(itemId) ?? []).find((o) => o.status !== 'cancelled'
    && (buyerId ? o.buyerId === buyerId : o.buyerLabel?.toLowerCase() === buyerLabel!.toLowerCase())
    && roundQuantity(o.quantity) === roundQuantity(quantity)
    && o.evidence.some((e) => Math.abs((Date.parse(e.publishedAt ?? e.seenAt) || 0) - ctx.storyAt) <= ctx.windowMs));
  if (same) {
    const result = acc.scratch.run(updateOrder(same.id, {}, ctx.meta));
    if (!(result instanceof DomainError)) addStory(acc, key, refsOf(result));
    acc.lines.push(`same order as ${same.id} (+1 evidence)`);
    return undefined;
  }
  const auths = buyerId ? (indexesOf(state).authorizationsByHolder.get(buyerId) ?? []).filter((a) => a.itemId === itemId && a.direction === 'import') : [];
  const result = acc.scratch.run(addOrder({
    itemId, quantity, status: 'reported',
    ...(buyerId ? { buyerId } : { buyerLabel: buyerLabel! }),
    ...(auths.length === 1 ? { authorizationId: auths[0]!.id } : {}),
  }, ctx.meta));
  if (result instanceof DomainError) return `order not recorded: ${result.message}`;
  acc.lines.push(`new order ${result[0]!.entityId}`);
  addStory(acc, key, refsOf(result));
  return undefined;
}

/** Extracts and plans the facts of a text item; items with tracked names but no fact become news. */
export function planText(acc: Collected, ctx: ItemContext): void {
  const { item } = ctx;
  const ex = extractFacts({ title: item.title, summary: item.summary, ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}), ...(item.link ? { link: item.link } : {}) }, acc.scratch.state);
  // Authorities alone do not count: "China" is an alias of MOFCOM, and every headline about
  // China would otherwise be news.
  if (ex.parties.length + ex.items.length === 0) {
    acc.lines.push('nothing tracked mentioned');
    return;
  }
  const itemId = ex.items[0]?.id;
  const authority = ex.authorities[0] ? acc.scratch.state.authority[ex.authorities[0].id] : undefined;
  const direction = ex.direction ?? directionOfAuthority(authority);
  const reasons: string[] = [];
  let facts = 0;
  if (itemId && ex.status) {
    facts++;
    const why = planStatus(acc, ctx, ex, itemId, direction);
    if (why) reasons.push(why);
  } else if (itemId && ctx.batch.mode === 'apply' && item.effectiveOn && authority) {
    facts++;
    const why = planEffective(acc, ctx, ex, itemId, direction);
    if (why) reasons.push(why);
  }
  if (itemId && ex.orderSignal?.quantity) {
    facts++;
    const why = planOrder(acc, ctx, ex, itemId);
    if (why) reasons.push(why);
  }
  if (facts === 0 || (reasons.length && acc.lines.length === 0)) {
    acc.alerts.push(newsEvent({
      state: acc.scratch.state, sourceId: ctx.batch.sourceId, itemId: item.id, title: item.title, occurredAt: ctx.occurredAt,
      evidence: ctx.evidence, holderIds: ex.parties.map((p) => p.id),
      ...(itemId ? { trackedItemId: itemId } : {}), ...(ex.authorities[0] ? { authorityId: ex.authorities[0].id } : {}),
      ...(ex.quantities[0] ? { quantity: ex.quantities[0].quantity } : {}),
      ...(reasons.length ? { why: reasons.join('; ') } : {}),
    }));
    acc.lines.push(reasons.length ? `news (${reasons.join('; ')})` : 'news');
  }
}
