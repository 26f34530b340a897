/**
 * Reports about something not tracked yet (a new holder approved, a new licence) become
 * review candidates: a claim proposing a new authorization, pending until an admin accepts
 * or rejects it (`/greenlight review`). News never creates records by itself; an official
 * source (apply mode) still may. The alert it raises says it is unconfirmed.
 */
import type { AlertEvent } from '../../alerts/alert-event.js';
import { nextId } from '../../core/ledger.js';
import type { AuthStatus, Claim, Direction, Quantity } from '../../core/model.js';
import type { CandidateEvent } from '../extract/index.js';
import { createFromStatement } from './auth-facts.js';
import { generatedId, generatedName, inferAuthority } from './matching.js';
import { addStory, CONFIRMED_PREFIX, refsOf, type Collected, type ItemContext } from './plan-context.js';
import { whyOf } from './why.js';

/** What a review candidate proposes: the authorization, and parties to add if they are not tracked. */
export interface ProposedAuthorization {
  record: {
    id: string;
    name: string;
    direction: Direction;
    authorityId: string;
    itemId: string;
    holderIds: string[];
    status: AuthStatus;
    quota?: Quantity;
    groupName?: string;
  };
  newParties: { id: string; name: string }[];
  /** The words that tied the report to it. */
  why: string;
  /** Set once an official statement told it: later reports and statements add sources, not alerts. */
  official?: boolean;
}

/** Proposes (or, from an official source, creates) an authorization nothing tracked matches. */
export function proposeAuthorization(
  acc: Collected,
  ctx: ItemContext,
  c: CandidateEvent,
  s: { key: string; status: AuthStatus; direction?: Direction; quota?: Quantity },
): void {
  const state = acc.scratch.state;
  const itemId = c.item!.value;
  const direction = s.direction;
  if (!direction) {
    acc.lines.push('not tracked, and no authority or direction to propose it');
    return;
  }
  const holderIds = c.holders.map((h) => h.value);
  if (ctx.batch.mode === 'apply' && holderIds.every((h) => state.party[h])) {
    const input = { itemId, direction, holderIds, ...(c.authority ? { namedAuthorityId: c.authority.value } : {}) };
    if (!createFromStatement(acc, ctx, input, { key: s.key, status: s.status, hedged: false, ...(s.quota ? { quota: s.quota } : {}) }))
      acc.lines.push(`no authority known for a new ${direction} authorization`);
    return;
  }
  if (!holderIds.length) {
    acc.lines.push(`${s.status} reported for unnamed buyers: nothing to propose`);
    return;
  }
  const authorityId = inferAuthority(state, itemId, direction, c.authority?.value);
  if (!authorityId) {
    acc.lines.push(`no authority known for a new ${direction} authorization`);
    return;
  }
  const base = { authorityId, itemId, direction, holderIds };
  const names = new Map(c.holders.map((h) => [h.value, state.party[h.value]?.name ?? h.words]));
  const shadow = { ...state, party: { ...state.party } };
  for (const [id, name] of names) shadow.party[id] ??= { id, name, aliases: [] };
  const id = generatedId(state, base);
  const proposal: ProposedAuthorization = {
    record: {
      ...base,
      id,
      name: generatedName(shadow, base),
      status: s.status,
      ...(s.quota ? { quota: s.quota } : {}),
      ...(holderIds.length > 1 ? { groupName: holderIds.map((h) => names.get(h)!).join(', ') } : {}),
    },
    newParties: holderIds.filter((h) => !state.party[h]).map((h) => ({ id: h, name: names.get(h)! })),
    why: whyOf(c),
    ...(c.certainty === 'official' ? { official: true } : {}),
  };
  // The same proposal from another outlet is one candidate with one more source.
  const same = Object.values(state.claim).find(
    (x) =>
      x.field === 'new_authorization' &&
      x.review === 'pending' &&
      (x.value as ProposedAuthorization).record.itemId === itemId &&
      (x.value as ProposedAuthorization).record.direction === direction &&
      [...(x.value as ProposedAuthorization).record.holderIds].sort().join() === [...holderIds].sort().join(),
  );
  if (same) {
    const sources = [same.evidence, ...(same.support ?? [])];
    if (sources.some((e) => e.url && e.url === ctx.evidence.url)) {
      acc.lines.push(`already ingested (review candidate ${same.id})`);
      return;
    }
    const before = same.value as ProposedAuthorization;
    // An official statement of what only the press told, days later and outside any story's
    // window, is still news: the candidate is confirmed, once.
    const confirms = c.certainty === 'official' && !before.official;
    const after = { ...same, support: [...(same.support ?? []), ctx.evidence], ...(confirms ? { value: { ...before, official: true } } : {}) };
    const result = acc.scratch.run(() => [
      { type: 'claim.reported', entity: 'claim', entityId: same.id, authorizationId: same.authorizationId, before: same, after },
    ]);
    if (result instanceof Error) return;
    addStory(acc, s.key, refsOf(result));
    acc.lines.push(`review candidate ${same.id}: ${2 + (same.support?.length ?? 0)} sources${confirms ? ', now stated officially' : ''}`);
    if (confirms) acc.alerts.push(confirmedAlert(ctx, same, before, c));
    return;
  }
  const claimId = nextId(state.claim, 'review');
  const claim: Claim = { id: claimId, authorizationId: id, field: 'new_authorization', value: proposal, evidence: ctx.evidence, review: 'pending' };
  const result = acc.scratch.run(() => [{ type: 'claim.reported', entity: 'claim', entityId: claimId, authorizationId: id, before: null, after: claim }]);
  if (result instanceof Error) return;
  addStory(acc, s.key, refsOf(result));
  acc.lines.push(`review candidate ${claimId}: ${proposal.record.name} (${s.status}), unconfirmed`);
  acc.alerts.push(reviewAlert(ctx, claim, proposal, c));
}

function confirmedAlert(ctx: ItemContext, claim: Claim, p: ProposedAuthorization, c: CandidateEvent): AlertEvent {
  const first = claim.evidence;
  return candidateAlert(ctx, p, `${CONFIRMED_PREFIX}${ctx.batch.sourceId}:${ctx.item.id}`, `Confirmed: ${ctx.item.title.slice(0, 300)}`, [
    { label: 'What', after: `${p.record.name}, now stated officially; still awaiting admin review (review ${claim.id})` },
    { label: 'First reported', after: `${first.publisher ?? 'a report'}: ${first.title.slice(0, 200)}` },
    { label: 'Why', after: whyOf(c) },
  ]);
}

function reviewAlert(ctx: ItemContext, claim: Claim, p: ProposedAuthorization, c: CandidateEvent): AlertEvent {
  const status = p.record.status.replace(/_/g, ' ');
  return candidateAlert(
    ctx,
    p,
    `review:${ctx.batch.sourceId}:${ctx.item.id}`,
    `Unconfirmed: ${p.record.name} reported ${status}, not tracked yet (review ${claim.id}; /greenlight review list)`,
    [
      { label: 'Status', after: `${status} (${c.certainty}, awaiting admin review)` },
      { label: 'Why', after: p.why },
    ],
  );
}

/** An alert about a review candidate: its item, tracked holders, authority and quota, with this item as evidence. */
function candidateAlert(ctx: ItemContext, p: ProposedAuthorization, id: string, headline: string, changes: AlertEvent['changes']): AlertEvent {
  return {
    id,
    kind: 'news',
    occurredAt: ctx.occurredAt,
    itemId: p.record.itemId,
    holderIds: p.record.holderIds.filter((h) => !p.newParties.some((n) => n.id === h)),
    authorityId: p.record.authorityId,
    ...(p.record.quota ? { quantity: p.record.quota } : {}),
    headline,
    changes,
    figures: [],
    evidence: [ctx.evidence],
    seqs: [],
    sourceId: ctx.batch.sourceId,
  };
}
