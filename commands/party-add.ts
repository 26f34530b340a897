/** `/greenlight party add name:<Name> [aliases:a,b] [kind:holder] [parent:<party>]` (admins). */
import { z } from 'zod';
import { PARTY_KINDS } from '../src/core/model.js';
import { resolveOne } from '../src/core/resolve.js';
import { adminMeta } from './lib/meta.js';
import { NAME_MAX, nameList } from './lib/schemas.js';
import type { Command } from './lib/types.js';

const input = z.object({
  name: z.string().trim().min(1).max(NAME_MAX),
  aliases: nameList.pipe(z.array(z.string().max(NAME_MAX)).max(50)).optional(),
  kind: z.enum(PARTY_KINDS).optional(),
  parent: z.string().optional(),
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,59}$/, 'use lowercase letters, digits and dashes')
    .optional(),
});

export const partyAdd = {
  name: 'party add',
  description: 'Add a party (admins)',
  options: [
    { name: 'name', description: 'Name, e.g. Baidu', type: 'string', required: true },
    { name: 'aliases', description: 'Other names, comma-separated, any language', type: 'string' },
    { name: 'kind', description: 'Kind', type: 'string', choices: PARTY_KINDS },
    { name: 'parent', description: 'Parent company', type: 'string', autocomplete: ['party'] },
    { name: 'id', description: 'Id (default: from the name)', type: 'string' },
  ],
  input,
  permission: 'admin',
  async run(opts, ctx) {
    const state = ctx.ledger.state;
    const parentId = opts.parent ? resolveOne(state, opts.parent, ['party']).id : undefined;
    const [event] = await ctx.ledger.commit(
      {
        kind: 'party.add',
        input: {
          name: opts.name,
          aliases: opts.aliases ?? [],
          ...(opts.kind ? { kind: opts.kind } : {}),
          ...(parentId ? { parentId } : {}),
          ...(opts.id ? { id: opts.id } : {}),
        },
      },
      adminMeta(ctx, {}),
    );
    const party = ctx.ledger.state.party[event!.entityId]!;
    const parent = party.parentId ? ctx.ledger.state.party[party.parentId]?.name : undefined;
    return {
      severity: 'success',
      title: `Added ${party.name} (${party.id})`,
      text:
        [party.aliases.length ? `Also known as: ${party.aliases.join(', ')}` : '', party.kind ? `Kind: ${party.kind}` : '', parent ? `Part of: ${parent}` : '']
          .filter(Boolean)
          .join('\n') || `See it with \`/greenlight status ${party.id}\`.`,
    };
  },
} satisfies Command<typeof input>;
