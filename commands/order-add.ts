/** `/greenlight order add`: record an order (admins). */
import { z } from 'zod';
import { addOrder } from '../src/core/changes/order.js';
import { ORDER_STATUSES } from '../src/core/model.js';
import { resolveOne } from '../src/core/resolve.js';
import { authorizationQuota, itemQuota } from '../src/core/quota.js';
import { quotaSections } from './lib/describe.js';
import { adminMeta, EVIDENCE_OPTIONS } from './lib/meta.js';
import { requireParty } from './lib/party-text.js';
import { evidenceShape, inUnitOf, quantityText } from './lib/schemas.js';
import { summarizeEvent } from '../src/chat/summarize-event.js';
import type { Command } from './lib/types.js';

const input = z.object({
  item: z.string(),
  quantity: quantityText,
  buyer: z.string(),
  seller: z.string().optional(),
  authorization: z.string().optional(),
  status: z.enum(ORDER_STATUSES).default('placed'),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,59}$/, 'use lowercase letters, digits and dashes').optional(),
  ...evidenceShape,
});

export const orderAdd = {
  name: 'order add',
  description: 'Record an order, optionally against an authorization (admins)',
  options: [
    { name: 'item', description: 'What was ordered', type: 'string', required: true, autocomplete: ['item'] },
    { name: 'quantity', description: 'How many, e.g. 50000 or "over 2 million"', type: 'string', required: true },
    { name: 'buyer', description: 'A known party (see /greenlight parties), e.g. ByteDance or Other Chinese firms', type: 'string', required: true, autocomplete: ['party'] },
    { name: 'seller', description: 'Who sells (e.g. Nvidia)', type: 'string', autocomplete: ['party'] },
    { name: 'authorization', description: 'The authorization it is placed against', type: 'string', autocomplete: ['authorization'] },
    { name: 'status', description: 'Order status (default placed)', type: 'string', choices: ORDER_STATUSES },
    { name: 'id', description: 'Id to use (default ord-N)', type: 'string' },
    ...EVIDENCE_OPTIONS,
  ],
  input,
  permission: 'admin',
  async run(opts, ctx) {
    const state = ctx.ledger.state;
    const itemId = resolveOne(state, opts.item, ['item']).id;
    // A buyer must be a known party; an unknown one is refused with the `party add` to run.
    const buyer = requireParty(state, opts.buyer, 'buyer');
    const authorizationId = opts.authorization ? resolveOne(state, opts.authorization, ['authorization']).id : undefined;
    const [event] = await ctx.ledger.commit(addOrder({
      itemId,
      quantity: inUnitOf(opts.quantity, state.item[itemId]?.unit),
      status: opts.status,
      buyerId: buyer.id,
      ...(opts.seller ? { sellerId: requireParty(state, opts.seller, 'seller').id } : {}),
      ...(authorizationId ? { authorizationId } : {}),
      ...(opts.id ? { id: opts.id } : {}),
    }, adminMeta(ctx, opts)), adminMeta(ctx, opts));
    const now = ctx.ledger.state;
    const lines = authorizationId ? [authorizationQuota(now, now.authorization[authorizationId]!)] : itemQuota(now, itemId);
    return { severity: lines.some((l) => l.overCommitted.length) ? 'warning' : 'success', title: `Recorded ${summarizeEvent(event!)}`, sections: quotaSections(lines) };
  },
} satisfies Command<typeof input>;
