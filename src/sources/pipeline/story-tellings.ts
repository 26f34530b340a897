/**
 * What a telling of a known story does. Four cases, tried in this order for each candidate:
 * - a corrected version of an item (same id, changed figure) updates the records its earlier
 *   version created, with a history entry, instead of adding new ones;
 * - the same event read twice from one item (a title and a summary that both tell it) is one;
 * - a later outlet's telling adds its source to the story's records (the living card grows);
 * - an official statement of a story the press told first confirms it: one "confirmed" alert,
 *   its source added to the story's records, and later official tellings add to that.
 */
import type { AlertEvent } from '../../alerts/alert-event.js';
import { updateAuthorization } from '../../core/changes/authorization.js';
import { updateOrder } from '../../core/changes/order.js';
import { DomainError } from '../../core/errors.js';
import type { Change } from '../../core/ledger.js';
import type { Claim, Quantity } from '../../core/model.js';
import { formatQuantity } from '../../core/quantity.js';
import type { CandidateEvent } from '../extract/index.js';
import { figuresFor } from './alert-builders.js';
import { addToStory } from './auth-facts.js';
import { addStory, CONFIRMED_PREFIX, type Collected, type ItemContext } from './plan-context.js';
import type { ProposedAuthorization } from './review-candidates.js';
import { parseKey, sameEvent } from './story-match.js';
import type { StoryEntry, StoryRef } from './story-index.js';
import { whyOf } from './why.js';

/**
 * True when the story was handled as already known: a correction, the item's own earlier
 * candidate, an ingested item, another outlet's telling, or an official confirmation.
 * `report` is for the report key a candidate gets after its decision was planned.
 */
export function knownStory(acc: Collected, ctx: ItemContext, key: string, c?: CandidateEvent, options: { report?: boolean } = {}): boolean {
  if (ctx.item.isUpdate && c) {
    const previous = ctx.stories.correctedKey(ctx.batch.sourceId, ctx.item.id, key);
    if (previous && previous !== key) {
      correctTelling(acc, ctx, previous, key, c);
      return true;
    }
  }
  if (ctx.seenKeys?.has(key)) {
    acc.lines.push('already ingested');
    return true;
  }
  const sig = parseKey(key);
  // A candidate's report key follows its own decision key: only another candidate's is "again".
  // Only when both name their parties and direction: a half-read candidate is not evidence of a duplicate.
  const again = (other: string) => {
    const o = parseKey(other);
    return (
      !!sig && !!o && other !== key && !!sig.direction && o.direction === sig.direction && sig.parties.length > 0 && o.parties.length > 0 && sameEvent(sig, o)
    );
  };
  if (!options.report && acc.stories.some((s) => again(s.key))) {
    acc.lines.push('the same event again in this item');
    return true;
  }
  const story = ctx.stories.find(key, ctx.storyAt, ctx.batch.sourceId, ctx.item.id);
  if (story) {
    addToStory(acc, ctx, story);
    // This wording joins the story too, so that its holders and figure shape what matches next; and so does this
    // telling when it added nothing, so that a later telling inside its window finds the story through it.
    addStory(acc, key, [], story.root);
    return true;
  }
  // An official statement of a story the press told first confirms it; a report after the
  // statement is one more telling of it.
  if (c && sig?.mark === '!') {
    const told = ctx.stories.find(key, ctx.storyAt, ctx.batch.sourceId, ctx.item.id, { marks: [''] });
    if (told) {
      confirmStory(acc, ctx, told, key, c);
      return true;
    }
  }
  if (sig?.mark === '') {
    const stated = ctx.stories.find(key, ctx.storyAt, ctx.batch.sourceId, ctx.item.id, { marks: ['!'] });
    if (stated) {
      addToStory(acc, ctx, stated);
      addStory(acc, key, [], stated.root);
      return true;
    }
  }
  return false;
}

/** An official statement of a story first told by the press: its source joins the story and one alert says it is confirmed. */
function confirmStory(acc: Collected, ctx: ItemContext, story: StoryEntry, key: string, c: CandidateEvent): void {
  addToStory(acc, ctx, story, { official: true });
  addStory(acc, key, story.refs);
  acc.lines.push(`confirms "${story.title}"`);
  acc.alerts.push(confirmedEvent(acc, ctx, story, c));
}

/** The tracked authorization a story's records belong to, if any. */
function storyAuthorization(acc: Collected, refs: readonly StoryRef[]): string | undefined {
  const state = acc.scratch.state;
  for (const r of refs) {
    const id = r.entity === 'authorization' ? r.id : r.entity === 'claim' ? state.claim[r.id]?.authorizationId : state.order[r.id]?.authorizationId;
    if (id && state.authorization[id]) return id;
  }
  return undefined;
}

function confirmedEvent(acc: Collected, ctx: ItemContext, story: StoryEntry, c: CandidateEvent): AlertEvent {
  const state = acc.scratch.state;
  const authorizationId = storyAuthorization(acc, story.refs);
  const first = `${story.publisher ?? 'a report'}, ${new Date(story.at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return {
    id: `${CONFIRMED_PREFIX}${ctx.batch.sourceId}:${ctx.item.id}`,
    kind: 'news',
    occurredAt: ctx.occurredAt,
    ...(authorizationId ? { authorizationId } : {}),
    holderIds: c.holders.map((h) => h.value).filter((h) => state.party[h]),
    ...(c.item ? { itemId: c.item.value } : {}),
    ...(c.authority ? { authorityId: c.authority.value } : {}),
    ...(c.quantity && c.quantity.role !== 'licence_count'
      ? { quantity: { value: c.quantity.value, qualifier: c.quantity.qualifier, unit: c.quantity.unit } }
      : {}),
    headline: `Confirmed: ${ctx.item.title.slice(0, 300)}`,
    changes: [
      { label: 'What', after: `${c.kind.replace('_', ' ')}, now stated officially` },
      { label: 'First reported', after: `${first}: ${story.title.slice(0, 200)}` },
      { label: 'Why', after: whyOf(c) },
    ],
    figures: authorizationId ? figuresFor(state, { authorizationId }) : c.item ? figuresFor(state, { itemId: c.item.value }) : [],
    evidence: [ctx.evidence],
    seqs: [],
    sourceId: ctx.batch.sourceId,
  };
}

function quantityOf(c: CandidateEvent): Quantity | undefined {
  return c.quantity ? { value: c.quantity.value, qualifier: c.quantity.qualifier, unit: c.quantity.unit } : undefined;
}

const sameQuantity = (a: Quantity | undefined, b: Quantity | undefined) =>
  !!a && !!b && a.value === b.value && a.qualifier === b.qualifier && a.unit === b.unit;

/** The change that puts the corrected figure on one record the earlier version created, if it differs. */
function correction(acc: Collected, ctx: ItemContext, ref: StoryRef, quantity: Quantity): { planner: () => Change[]; line: string } | undefined {
  const state = acc.scratch.state;
  if (ref.entity === 'order') {
    const order = state.order[ref.id];
    if (!order || sameQuantity(order.quantity, quantity)) return undefined;
    return {
      planner: () => updateOrder(order.id, { quantity }, ctx.meta)(acc.scratch.state),
      line: `order ${order.id} corrected: quantity ${formatQuantity(order.quantity)} → ${formatQuantity(quantity)}`,
    };
  }
  if (ref.entity === 'claim') {
    const claim = state.claim[ref.id];
    if (!claim) return undefined;
    let after: Claim | undefined;
    let before: Quantity | undefined;
    if (claim.field === 'quota' && !sameQuantity(claim.value as Quantity, quantity)) {
      before = claim.value as Quantity;
      after = { ...claim, value: quantity, evidence: ctx.evidence };
    } else if (claim.field === 'new_authorization') {
      const p = claim.value as ProposedAuthorization;
      if (!p.record.quota || sameQuantity(p.record.quota, quantity)) return undefined;
      before = p.record.quota;
      after = { ...claim, value: { ...p, record: { ...p.record, quota: quantity } }, evidence: ctx.evidence };
    }
    if (!after) return undefined;
    const change: Change = { type: 'claim.reported', entity: 'claim', entityId: claim.id, authorizationId: claim.authorizationId, before: claim, after };
    return { planner: () => [change], line: `claim ${claim.id} corrected: ${formatQuantity(before!)} → ${formatQuantity(quantity)}` };
  }
  const auth = state.authorization[ref.id];
  if (!auth?.quota || sameQuantity(auth.quota, quantity)) return undefined;
  return {
    planner: () => updateAuthorization(auth.id, { quota: quantity }, ctx.meta)(acc.scratch.state),
    line: `${auth.id} corrected: quota ${formatQuantity(auth.quota)} → ${formatQuantity(quantity)}`,
  };
}

/** A corrected item: the records its earlier version created for this event take the new figure. */
function correctTelling(acc: Collected, ctx: ItemContext, previous: string, key: string, c: CandidateEvent): void {
  const refs = (ctx.stories.recordedRefs(ctx.batch.sourceId, ctx.item.id, previous) ?? []).filter((r) => acc.scratch.state[r.entity][r.id]);
  const quantity = quantityOf(c);
  let changed = 0;
  for (const ref of quantity ? refs : []) {
    const fix = correction(acc, ctx, ref, quantity!);
    if (!fix) continue;
    const result = acc.scratch.run(fix.planner);
    if (result instanceof DomainError) acc.lines.push(`correction not applied to ${ref.id}: ${result.message}`);
    else {
      changed++;
      acc.lines.push(fix.line);
    }
  }
  addStory(acc, key, refs);
  if (!changed) acc.lines.push('already ingested (the correction changes no record)');
}
