/** `/greenlight quota [target]`: approved / ordered / delivered / remaining, with a text bar. */
import { z } from 'zod';
import { authorizationQuota, holderQuota, itemQuota, type QuotaLine } from '../src/core/quota.js';
import { resolveOne } from '../src/core/resolve.js';
import { quotaSections } from './lib/record-fields.js';
import type { Command } from './lib/types.js';

export const quota = {
  name: 'quota',
  description: 'Approved, ordered, delivered and remaining quantities for a holder, item or group',
  options: [
    {
      name: 'target',
      description: 'A holder, item or (group) authorization; all items when left out',
      type: 'string',
      positional: true,
      autocomplete: ['item', 'party', 'authorization'],
    },
  ],
  input: z.object({ target: z.string().optional() }),
  permission: 'everyone',
  run({ target }, { ledger }) {
    const state = ledger.state;
    let title: string;
    let lines: QuotaLine[];
    if (!target) {
      title = 'Quotas by item';
      lines = Object.keys(state.item).flatMap((id) => itemQuota(state, id));
    } else {
      const match = resolveOne(state, target, ['item', 'party', 'authorization']);
      title = `Quota: ${match.name}`;
      lines =
        match.kind === 'item'
          ? itemQuota(state, match.id)
          : match.kind === 'party'
            ? holderQuota(state, match.id)
            : [authorizationQuota(state, state.authorization[match.id]!)];
    }
    if (!lines.length) return { severity: 'info', title, text: 'No quotas tracked.' };
    const over = lines.some((l) => l.overCommitted.length);
    return { severity: over ? 'warning' : 'info', title, sections: quotaSections(lines) };
  },
} satisfies Command<z.ZodObject<{ target: z.ZodOptional<z.ZodString> }>>;
