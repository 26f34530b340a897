/** `/greenlight order add`: record an order (admins). */
import { overRemainingWarning } from '../src/core/quota-warnings.js';
import { z } from 'zod';
import { addOrder } from '../src/core/changes/order.js';
import { ORDER_STATUSES } from '../src/core/model.js';
import { resolveOne } from '../src/core/resolve.js';
import { statusLabel } from '../src/core/lifecycle.js';
import { formatQuantity } from '../src/core/quantity.js';
import { authorizationQuota, itemQuota } from '../src/core/quota.js';
import { nameOf, quotaSections } from './lib/record-fields.js';
import { adminMeta, EVIDENCE_OPTIONS } from './lib/meta.js';
import { CLOSED_STATUSES } from './lib/closed-statuses.js';
import { countText, inItemUnit } from './lib/counts.js';
import { requireParty } from './lib/party-text.js';
import { evidenceShape, nameText } from './lib/schemas.js';
import { DomainError } from '../src/core/errors.js';
import type { Command } from './lib/types.js';

const input = z.object({
  item: nameText,
  quantity: countText,
  buyer: nameText,
  seller: nameText.optional(),
  authorization: z.string().optional(),
  status: z.enum(ORDER_STATUSES).default('placed'),
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,59}$/, 'use lowercase letters, digits and dashes')
    .optional(),
  ...evidenceShape,
});

export const orderAdd = {
  name: 'order add',
  description: 'Record an order, optionally against an authorization (admins)',
  options: [
    { name: 'item', description: 'What was ordered', type: 'string', required: true, autocomplete: ['item'] },
    { name: 'quantity', description: 'How many, in the item\'s unit: a whole number, e.g. 50000 or "over 2 million"', type: 'string', required: true },
    { name: 'buyer', description: 'Who buys: a known party (add new ones with party add)', type: 'string', required: true, autocomplete: ['party'] },
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
    const quantity = inItemUnit(opts.quantity, state.item[itemId], 'quantity');
    // A buyer must be a known party; an unknown one is refused with the `party add` to run.
    const buyerId = requireParty(state, opts.buyer, 'buyer').id;
    const sellerId = opts.seller ? requireParty(state, opts.seller, 'seller').id : undefined;
    const authorizationId = opts.authorization ? resolveOne(state, opts.authorization, ['authorization']).id : undefined;
    const auth = authorizationId ? state.authorization[authorizationId]! : undefined;
    if (auth && CLOSED_STATUSES.has(auth.status)) {
      throw new DomainError(
        'invalid_input',
        `${auth.name} is ${statusLabel(auth.status)}, so no order can be placed against it. Record the order without \`authorization:\`, or against an authorization that is still open.`,
      );
    }
    const before = auth ? authorizationQuota(state, auth) : undefined;
    const [event] = await ctx.ledger.commit(
      addOrder(
        {
          itemId,
          quantity,
          status: opts.status,
          buyerId,
          ...(sellerId ? { sellerId } : {}),
          ...(authorizationId ? { authorizationId } : {}),
          ...(opts.id ? { id: opts.id } : {}),
        },
        adminMeta(ctx, opts),
      ),
      adminMeta(ctx, opts),
    );
    const now = ctx.ledger.state;
    const lines = authorizationId ? [authorizationQuota(now, now.authorization[authorizationId]!)] : itemQuota(now, itemId);
    const beyond = overRemainingWarning(before?.remaining, { quantity, status: opts.status });
    const warning = beyond ? `⚠ ${beyond}; it was recorded anyway, so check the figures.` : undefined;
    const over = lines.some((l) => l.overCommitted.length);
    return {
      severity: warning || over ? 'warning' : 'success',
      // Display names, not ids: "ordered by ByteDance".
      title: `Recorded order ${event!.entityId}: ${formatQuantity(quantity)} ordered by ${nameOf(now, 'party', buyerId)}${sellerId ? ` from ${nameOf(now, 'party', sellerId)}` : ''} (${opts.status})`,
      ...(warning ? { text: warning } : {}),
      sections: quotaSections(lines),
    };
  },
} satisfies Command<typeof input>;
