/** `/greenlight order edit`: change an order's status, quantity or authorization (admins). */
import { z } from 'zod';
import { updateOrder } from '../src/core/changes/order.js';
import { ORDER_STATUSES, type Order } from '../src/core/model.js';
import { resolveOne } from '../src/core/resolve.js';
import { UsageError } from './lib/parse.js';
import { adminMeta, EVIDENCE_OPTIONS } from './lib/meta.js';
import { countText, inItemUnit } from './lib/counts.js';
import { evidenceShape } from './lib/schemas.js';
import { summarizeEvent } from '../src/chat/summarize-event.js';
import type { Command } from './lib/types.js';

const input = z.object({
  order: z.string(),
  status: z.enum(ORDER_STATUSES).optional(),
  quantity: countText.optional(),
  authorization: z.string().optional(),
  ...evidenceShape,
});

export const orderEdit = {
  name: 'order edit',
  description: 'Change an order: status, quantity or the authorization it is against (admins)',
  options: [
    { name: 'order', description: 'The order id (e.g. ord-1)', type: 'string', required: true, positional: true },
    { name: 'status', description: 'New status', type: 'string', choices: ORDER_STATUSES },
    { name: 'quantity', description: 'New quantity', type: 'string' },
    { name: 'authorization', description: 'The authorization it is placed against', type: 'string', autocomplete: ['authorization'] },
    ...EVIDENCE_OPTIONS,
  ],
  input,
  permission: 'admin',
  async run(opts, ctx) {
    const state = ctx.ledger.state;
    const id = opts.order.trim().toLowerCase();
    const before = state.order[id];
    const patch: Partial<Order> = {
      ...(opts.status ? { status: opts.status } : {}),
      ...(opts.quantity ? { quantity: inItemUnit(opts.quantity, before ? state.item[before.itemId] : undefined, 'quantity', before?.quantity.unit) } : {}),
      ...(opts.authorization ? { authorizationId: resolveOne(state, opts.authorization, ['authorization']).id } : {}),
    };
    if (!Object.keys(patch).length) throw new UsageError('Say what to change, e.g. `status:delivered` or `quantity:50000`.');
    const meta = adminMeta(ctx, opts);
    const [event] = await ctx.ledger.commit(updateOrder(id, patch, meta), meta);
    return { severity: 'success', title: 'Order updated', text: summarizeEvent(event!, ctx.ledger.state) };
  },
} satisfies Command<typeof input>;
