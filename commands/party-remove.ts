/** `/greenlight party remove <party>`: drop a party nothing refers to (admins). */
import { z } from 'zod';
import { resolveOne } from '../src/core/resolve.js';
import { adminMeta } from './lib/meta.js';
import { UsageError } from './lib/parse.js';
import type { Command } from './lib/types.js';

const input = z.object({ party: z.string(), confirm: z.boolean().default(false) });

export const partyRemove = {
  name: 'party remove',
  description: 'Remove an unused party (admins)',
  options: [
    { name: 'party', description: 'The party', type: 'string', required: true, positional: true, autocomplete: ['party'] },
    { name: 'confirm', description: 'Must be true', type: 'boolean' },
  ],
  input,
  permission: 'admin',
  async run(opts, ctx) {
    const match = resolveOne(ctx.ledger.state, opts.party, ['party']);
    if (!opts.confirm) throw new UsageError(`This removes the party ${match.name} (${match.id}). Run it again with \`confirm:true\` to go ahead.`);
    await ctx.ledger.commit({ kind: 'party.remove', id: match.id }, adminMeta(ctx, {}));
    return { severity: 'success', title: `Removed ${match.name}`, text: 'Its history is kept in the ledger.' };
  },
} satisfies Command<typeof input>;
