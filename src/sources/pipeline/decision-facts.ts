/**
 * A decision or request read from news, planned against the authorization it is about:
 * a change or a claim beside it, a review candidate for a holder nobody tracks, or nothing
 * when it tells the record again.
 */
import type { Direction } from '../../core/model.js';
import { ANOTHER_APPROVAL, type CandidateEvent } from '../extract/index.js';
import { applyToAuthorization, STATUS_OF_KIND as STATUS_OF, type AuthStatement } from './auth-facts.js';
import { directionOfAuthority, matchAuthorization } from './matching.js';
import type { Collected, ItemContext } from './plan-context.js';
import { proposeAuthorization } from './review-candidates.js';
import { storyKey } from './story-index.js';
import { knownStory } from './story-tellings.js';
import { whyOf } from './why.js';

/** The direction (import or export) of the authority a candidate names. */
export function directionOf(acc: Collected, c: CandidateEvent): Direction | undefined {
  return directionOfAuthority(c.authority ? acc.scratch.state.authority[c.authority.value] : undefined);
}

/** A decision or request about an authorization. */
export function planDecision(acc: Collected, ctx: ItemContext, c: CandidateEvent, hasConditions: boolean): void {
  const state = acc.scratch.state;
  const itemId = c.item!.value;
  const direction = directionOf(acc, c);
  let status = STATUS_OF[c.kind]!;
  if (status === 'approved' && (hasConditions || c.conditions.length)) status = 'approved_with_conditions';
  const tracked = c.holders.filter((h) => state.party[h.value]);
  const untracked = c.holders.filter((h) => !state.party[h.value]);
  const hedged = c.certainty === 'hedged';
  const quota =
    c.quantity && c.quantity.role === 'quota' && status !== 'applied'
      ? { value: c.quantity.value, qualifier: c.quantity.qualifier, unit: c.quantity.unit }
      : undefined;
  const partyIds = tracked.map((h) => h.value);
  // A hedged telling and a firm one are one story (the later adds its source); only an
  // official statement is a new one, because a confirmation is news.
  const key = storyKey({
    itemId,
    partyIds: c.holders.map((h) => h.value),
    what: `${status}${certaintyMark(c)}`,
    ...(direction ? { direction } : {}),
    ...(quota ? { quantity: quota } : {}),
  });
  if (knownStory(acc, ctx, key, c)) return;

  if (untracked.length || (partyIds.length === 0 && direction === 'import')) {
    if (status === 'approved' || status === 'approved_with_conditions' || status === 'applied') {
      proposeAuthorization(acc, ctx, c, { key, status, ...(direction ? { direction } : {}), ...(quota ? { quota } : {}) });
    } else acc.lines.push(`${status} reported for ${c.holders.map((h) => h.words).join(', ') || 'unnamed buyers'}: not a tracked authorization`);
    return;
  }
  const query = { itemId, partyIds, ...(direction ? { direction } : {}), ...(c.authority ? { authorityId: c.authority.value } : {}) };
  const result = matchAuthorization(state, query);
  if (result.kind === 'ambiguous') {
    acc.lines.push(`could be any of ${result.ids.join(', ')}`);
    return;
  }
  if (result.kind === 'none') {
    if (status === 'approved' || status === 'approved_with_conditions' || status === 'applied')
      proposeAuthorization(acc, ctx, c, { key, status, ...(direction ? { direction } : {}), ...(quota ? { quota } : {}) });
    else acc.lines.push(`${status} reported, but no tracked authorization fits`);
    return;
  }
  const auth = result.match.auth;
  // A request does not move a decided authorization back; it is already known. Firms still
  // waiting on a record that waits is that record told again: one more source, no alert;
  // but a count of them (排队企业已达三十余家) is news of the queue.
  if (status === 'applied' && auth.status !== 'rumored' && auth.status !== 'reported') {
    if (auth.status === 'pending' || auth.status === 'applied')
      applyToAuthorization(acc, ctx, result.match, { key, hedged, holderIds: partyIds, ...(c.quantity?.role === 'licence_count' ? {} : { retells: true }) });
    else acc.lines.push(`application reported; ${auth.id} is already ${auth.status}`);
    return;
  }
  // A source changes only what its fact is about: an approval's document dates the validity
  // and names the record; a suspension's or revocation's date is when it bites, not a validity start.
  const dates = status === 'approved' || status === 'approved_with_conditions' || status === 'partially_approved';
  const extra = dates && ctx.batch.mode === 'apply' && ctx.item.effectiveOn ? { validFrom: ctx.item.effectiveOn, externalRef: ctx.item.id } : undefined;
  // One holder's share is about that holder: it never becomes the group's quota.
  const statement: AuthStatement = {
    key,
    status,
    hedged,
    holderIds: partyIds,
    why: whyOf(c),
    ...(quota && result.match.fit === 'full' ? { quota } : {}),
    ...(extra ? { extra } : {}),
    ...(retellsGroup(ctx, c, auth.holderIds, result.match.fit) ? { retells: true } : {}),
  };
  applyToAuthorization(acc, ctx, result.match, statement);
}

/**
 * A group's approval named by its whole group, with nothing new (no other figure, no
 * "more", no official word), is the record itself told again: the seed or an earlier
 * report already holds it. A single holder's record is left out: a seller's export
 * licensing takes new licences under the same record.
 */
function retellsGroup(ctx: ItemContext, c: CandidateEvent, holderIds: readonly string[], fit: string): boolean {
  return fit === 'full' && holderIds.length > 1 && c.certainty !== 'official' && !ANOTHER_APPROVAL.test(`${ctx.item.title} ${ctx.item.summary}`);
}

/** A story-key mark: an official statement and a denial are stories of their own. */
export function certaintyMark(c: CandidateEvent): string {
  return c.certainty === 'official' ? '!' : c.certainty === 'denied' ? '~' : '';
}
