/** `/greenlight orders [holder:] [item:] [status:] [page:]`: the recorded orders, filtered. */
import { z } from 'zod';
import { indexesOf } from '../src/core/indexes.js';
import { ORDER_STATUSES } from '../src/core/model.js';
import { resolveOne } from '../src/core/resolve.js';
import { ORDER_COLUMNS, orderRow } from './lib/order-detail.js';
import { filterText, pageOf } from './lib/page-of.js';
import type { Command } from './lib/types.js';

const input = z.object({
  holder: z.string().optional(),
  item: z.string().optional(),
  status: z.enum(ORDER_STATUSES).optional(),
  page: z.number().int().min(1).default(1),
});

export const orders = {
  name: 'orders',
  description: 'List recorded orders, filtered by holder (buyer), item or status',
  options: [
    { name: 'holder', description: 'Only orders by this buyer', type: 'string', autocomplete: ['party'] },
    { name: 'item', description: 'Only orders for this item', type: 'string', autocomplete: ['item'] },
    { name: 'status', description: 'Only this status', type: 'string', choices: ORDER_STATUSES },
    { name: 'page', description: 'Page number', type: 'integer', min: 1 },
  ],
  input,
  permission: 'everyone',
  run(opts, { ledger }) {
    const state = ledger.state;
    const itemId = opts.item ? resolveOne(state, opts.item, ['item']).id : undefined;
    const holderId = opts.holder ? resolveOne(state, opts.holder, ['party']).id : undefined;
    const pool = itemId ? (indexesOf(state).ordersByItem.get(itemId) ?? []) : Object.values(state.order);
    const found = pool
      .filter((o) => (!holderId || o.buyerId === holderId) && (!opts.status || o.status === opts.status))
      .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
    const filters = filterText(opts);
    if (!found.length)
      return {
        severity: 'info',
        title: 'No matching orders',
        text: filters ? `No order matches ${filters}.` : 'No orders are recorded yet. An admin can add one with `/greenlight order add`.',
      };
    const { rows, footer } = pageOf(found, opts.page, 'orders', filters);
    return {
      severity: 'info',
      title: `${found.length} order${found.length === 1 ? '' : 's'}${filters ? ` (${filters})` : ''}`,
      table: { columns: ORDER_COLUMNS, rows: rows.map((o) => orderRow(state, o)) },
      ...(footer ? { text: footer } : {}),
    };
  },
} satisfies Command<typeof input>;
