/** `/greenlight supply set`: record a supply figure, e.g. about 700,000 H200s in stock (admins). */
import { z } from 'zod';
import { setSupply } from '../src/core/changes/order.js';
import { resolveOne } from '../src/core/resolve.js';
import { itemQuota } from '../src/core/quota.js';
import { quotaSections } from './lib/record-fields.js';
import { adminMeta, EVIDENCE_OPTIONS } from './lib/meta.js';
import { countText, inItemUnit } from './lib/counts.js';
import { requireParty } from './lib/party-text.js';
import { dateText, evidenceShape, nameText } from './lib/schemas.js';
import type { Command } from './lib/types.js';

const input = z.object({ item: nameText, quantity: countText, holder: nameText.optional(), as_of: dateText.optional(), ...evidenceShape });

export const supplySet = {
  name: 'supply set',
  description: "Record how much of an item is available, e.g. in the maker's inventory (admins)",
  options: [
    { name: 'item', description: 'The item', type: 'string', required: true, autocomplete: ['item'] },
    { name: 'quantity', description: 'How many, e.g. "about 700,000"', type: 'string', required: true },
    { name: 'holder', description: 'Who holds the stock (e.g. Nvidia)', type: 'string', autocomplete: ['party'] },
    { name: 'as_of', description: 'Date of the figure (default today)', type: 'string' },
    ...EVIDENCE_OPTIONS,
  ],
  input,
  permission: 'admin',
  async run(opts, ctx) {
    const state = ctx.ledger.state;
    const itemId = resolveOne(state, opts.item, ['item']).id;
    const holderId = opts.holder ? requireParty(state, opts.holder).id : undefined;
    const quantity = inItemUnit(opts.quantity, state.item[itemId], 'quantity');
    await ctx.ledger.commit(
      setSupply({ itemId, quantity, asOf: opts.as_of ?? ctx.ledger.now().toISOString().slice(0, 10), ...(holderId ? { holderId } : {}) }, adminMeta(ctx, opts)),
      adminMeta(ctx, opts),
    );
    return { severity: 'success', title: 'Supply recorded', sections: quotaSections(itemQuota(ctx.ledger.state, itemId)) };
  },
} satisfies Command<typeof input>;
