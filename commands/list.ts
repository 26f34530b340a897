/** `/greenlight list` with filters: status, item, holder, authority, direction. */
import { z } from 'zod';
import { indexesOf } from '../src/core/indexes.js';
import { AUTH_STATUSES, DIRECTIONS } from '../src/core/model.js';
import { resolveOne } from '../src/core/resolve.js';
import { AUTHORIZATION_COLUMNS, authorizationRow } from './lib/record-fields.js';
import { filterText, pageOf } from './lib/page-of.js';
import type { Command } from './lib/types.js';

const input = z.object({
  status: z.enum(AUTH_STATUSES).optional(),
  item: z.string().optional(),
  holder: z.string().optional(),
  authority: z.string().optional(),
  direction: z.enum(DIRECTIONS).optional(),
  page: z.number().int().min(1).default(1),
});

export const list = {
  name: 'list',
  description: 'List tracked authorizations, filtered by status, item, holder, authority or direction',
  options: [
    { name: 'status', description: 'Only this status', type: 'string', choices: AUTH_STATUSES },
    { name: 'item', description: 'Only this item', type: 'string', autocomplete: ['item'] },
    { name: 'holder', description: 'Only authorizations this holder holds', type: 'string', autocomplete: ['party'] },
    { name: 'authority', description: 'Only from this authority', type: 'string', autocomplete: ['authority'] },
    { name: 'direction', description: 'export or import', type: 'string', choices: DIRECTIONS },
    { name: 'page', description: 'Page number', type: 'integer', min: 1 },
  ],
  input,
  permission: 'everyone',
  run(opts, { ledger }) {
    const state = ledger.state;
    const itemId = opts.item ? resolveOne(state, opts.item, ['item']).id : undefined;
    const holderId = opts.holder ? resolveOne(state, opts.holder, ['party']).id : undefined;
    const authorityId = opts.authority ? resolveOne(state, opts.authority, ['authority']).id : undefined;
    const idx = indexesOf(state);
    const pool = itemId ? (idx.authorizationsByItem.get(itemId) ?? []) : holderId ? (idx.authorizationsByHolder.get(holderId) ?? []) : idx.authorizations;
    const found = pool.filter(
      (a) =>
        (!opts.status || a.status === opts.status) &&
        (!itemId || a.itemId === itemId) &&
        (!holderId || a.holderIds.includes(holderId)) &&
        (!authorityId || a.authorityId === authorityId) &&
        (!opts.direction || a.direction === opts.direction),
    );
    const filters = filterText(opts);
    if (!found.length)
      return { severity: 'info', title: 'No matching authorizations', text: filters ? `Nothing matches ${filters}.` : 'Nothing is tracked yet.' };
    const { rows, footer } = pageOf(found, opts.page, 'list', filters);
    return {
      severity: 'info',
      title: `${found.length} authorization${found.length === 1 ? '' : 's'}${filters ? ` (${filters})` : ''}`,
      table: { columns: AUTHORIZATION_COLUMNS, rows: rows.map((a) => authorizationRow(state, a)) },
      ...(footer ? { text: footer } : {}),
    };
  },
} satisfies Command<typeof input>;
