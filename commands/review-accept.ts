/** `/greenlight review accept <id>` (admins): tracks what a review candidate proposed, as an admin fact. */
import { z } from 'zod';
import { createAuthorization } from '../src/core/changes/authorization.js';
import { upsertEntity } from '../src/core/changes/entity.js';
import { DomainError } from '../src/core/errors.js';
import type { ChangePlanner } from '../src/core/ledger.js';
import type { AuthStatus, Claim, Party } from '../src/core/model.js';
import { adminMeta } from './lib/meta.js';
import { proposalOf } from './lib/review-candidates.js';
import type { Command } from './lib/types.js';

const input = z.object({ id: z.string().trim().min(1, 'Give the id of a review candidate (see /greenlight review list).') });

/** The candidate, or a refusal that says why. */
export function pendingCandidate(claims: Record<string, Claim>, id: string): Claim {
  const claim = claims[id];
  if (!claim || !proposalOf(claim)) throw new DomainError('not_found', `No review candidate "${id}". Run /greenlight review list to see them.`);
  if (claim.review !== 'pending') throw new DomainError('conflict', `Review candidate ${id} was already ${claim.review}.`);
  return claim;
}

export const reviewAccept = {
  name: 'review accept',
  description: 'Accept a review candidate: start tracking what it reported (admins)',
  options: [{ name: 'id', description: 'Review candidate id', type: 'string', required: true, positional: true }],
  input,
  permission: 'admin',
  async run({ id }, ctx) {
    const meta = { ...adminMeta(ctx, {}), note: `accepted review candidate ${id}` };
    let created = '';
    const plan: ChangePlanner = (state) => {
      const claim = pendingCandidate(state.claim, id);
      const p = proposalOf(claim)!;
      const country = state.authority[p.record.authorityId]?.country;
      const parties: Party[] = p.newParties
        .filter((n) => !state.party[n.id])
        .map((n) => ({ id: n.id, name: n.name, aliases: [], ...(country && p.record.direction === 'import' ? { country } : {}) }));
      const changes = parties.flatMap((party) => upsertEntity('party', party)(state));
      const withParties = { ...state, party: { ...state.party, ...Object.fromEntries(parties.map((x) => [x.id, x])) } };
      const evidence = { ...claim.evidence };
      const auth = createAuthorization(
        {
          id: state.authorization[p.record.id] ? `${p.record.id}-${claim.id}` : p.record.id,
          name: p.record.name,
          direction: p.record.direction,
          authorityId: p.record.authorityId,
          itemId: p.record.itemId,
          holderIds: p.record.holderIds,
          status: p.record.status as AuthStatus,
          ...(p.record.quota ? { quota: p.record.quota } : {}),
          ...(p.record.groupName ? { groupName: p.record.groupName } : {}),
        },
        { ...meta, evidence },
      )(withParties);
      created = auth[0]!.entityId;
      // The candidate is settled: the authorization now carries its evidence.
      changes.push(...auth, {
        type: 'entity.removed',
        entity: 'claim',
        entityId: claim.id,
        authorizationId: claim.authorizationId,
        before: claim,
        after: null,
      });
      return changes;
    };
    await ctx.ledger.commit(plan, meta);
    const auth = ctx.ledger.state.authorization[created]!;
    return {
      severity: 'success',
      title: `Accepted ${id}: now tracking ${auth.name}`,
      text: `Status ${auth.status.replace(/_/g, ' ')}, recorded as an admin fact. Later reports about it are claims beside it.`,
    };
  },
} satisfies Command<typeof input>;
