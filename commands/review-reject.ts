/** `/greenlight review reject <id>` (admins): sets a review candidate aside; the same report will not be proposed again. */
import { z } from 'zod';
import type { ChangePlanner } from '../src/core/ledger.js';
import { adminMeta } from './lib/meta.js';
import type { Command } from './lib/types.js';
import { pendingCandidate } from './review-accept.js';

const input = z.object({ id: z.string().trim().min(1, 'Give the id of a review candidate (see /greenlight review list).') });

export const reviewReject = {
  name: 'review reject',
  description: 'Reject a review candidate: nothing is tracked from it (admins)',
  options: [{ name: 'id', description: 'Review candidate id', type: 'string', required: true, positional: true }],
  input,
  permission: 'admin',
  async run({ id }, ctx) {
    const meta = { ...adminMeta(ctx, {}), note: `rejected review candidate ${id}` };
    const plan: ChangePlanner = (state) => {
      const claim = pendingCandidate(state.claim, id);
      return [
        {
          type: 'claim.reported',
          entity: 'claim',
          entityId: claim.id,
          authorizationId: claim.authorizationId,
          before: claim,
          after: { ...claim, review: 'rejected' as const },
        },
      ];
    };
    await ctx.ledger.commit(plan, meta);
    return { severity: 'success', title: `Rejected ${id}`, text: 'Nothing was tracked from it; the ledger is unchanged otherwise.' };
  },
} satisfies Command<typeof input>;
