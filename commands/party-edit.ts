/** `/greenlight party edit <party> [name:] [aliases:] [kind:] [parent:]` (admins). */
import { z } from 'zod';
import type { PartyPatch } from '../src/core/changes/party.js';
import { PARTY_KINDS } from '../src/core/model.js';
import { resolveOne } from '../src/core/resolve.js';
import { summarizeEvent } from '../src/chat/summarize-event.js';
import { adminMeta } from './lib/meta.js';
import { UsageError } from './lib/parse.js';
import { NAME_MAX, nameList } from './lib/schemas.js';
import type { Command } from './lib/types.js';

const input = z.object({
  party: z.string(),
  name: z.string().trim().min(1).max(NAME_MAX).optional(),
  aliases: nameList.pipe(z.array(z.string().max(NAME_MAX)).max(50)).optional(),
  kind: z.enum(PARTY_KINDS).optional(),
  parent: z.string().optional(),
});

export const partyEdit = {
  name: 'party edit',
  description: 'Change a party (admins)',
  options: [
    { name: 'party', description: 'The party', type: 'string', required: true, positional: true, autocomplete: ['party'] },
    { name: 'name', description: 'New name', type: 'string' },
    { name: 'aliases', description: 'All other names, comma-separated ("none" clears)', type: 'string' },
    { name: 'kind', description: 'Kind', type: 'string', choices: PARTY_KINDS },
    { name: 'parent', description: 'Parent company ("none" for none)', type: 'string', autocomplete: ['party'] },
  ],
  input,
  permission: 'admin',
  async run(opts, ctx) {
    const state = ctx.ledger.state;
    const match = resolveOne(state, opts.party, ['party']);
    const none = (text: string | undefined) => text?.trim().toLowerCase() === 'none';
    const patch: PartyPatch = {
      ...(opts.name ? { name: opts.name } : {}),
      ...(opts.aliases ? { aliases: opts.aliases.length === 1 && none(opts.aliases[0]) ? [] : opts.aliases } : {}),
      ...(opts.kind ? { kind: opts.kind } : {}),
      ...(opts.parent ? { parentId: none(opts.parent) ? undefined : resolveOne(state, opts.parent, ['party']).id } : {}),
    };
    if (!Object.keys(patch).length) throw new UsageError('Say what to change, e.g. `aliases:百度,Baidu Inc` or `parent:Alibaba`.');
    const [event] = await ctx.ledger.commit({ kind: 'party.update', id: match.id, patch }, adminMeta(ctx, {}));
    return { severity: 'success', title: `Updated ${ctx.ledger.state.party[match.id]!.name}`, text: summarizeEvent(event!, ctx.ledger.state) };
  },
} satisfies Command<typeof input>;
