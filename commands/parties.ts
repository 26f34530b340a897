/** `/greenlight parties [kind:] [page:]`: the companies and other parties the ledger knows. */
import { z } from 'zod';
import { PARTY_KINDS } from '../src/core/model.js';
import { PARTY_COLUMNS, partyRow } from './lib/party-text.js';
import type { Command } from './lib/types.js';

const PAGE_SIZE = 25;

const input = z.object({ kind: z.enum(PARTY_KINDS).optional(), page: z.number().int().min(1).default(1) });

export const parties = {
  name: 'parties',
  description: 'List the companies and other parties: names, aliases, kind and parent',
  options: [
    { name: 'kind', description: 'Only this kind', type: 'string', choices: PARTY_KINDS },
    { name: 'page', description: 'Page number', type: 'integer', min: 1 },
  ],
  input,
  permission: 'everyone',
  run(opts, { ledger }) {
    const state = ledger.state;
    const found = Object.values(state.party).filter((p) => !opts.kind || p.kind === opts.kind).sort((a, b) => a.name.localeCompare(b.name));
    if (!found.length) return { severity: 'info', title: 'No parties', text: opts.kind ? `No party has kind ${opts.kind}.` : 'No parties yet. An admin can add one with `/greenlight party add name:<Name>`.' };
    const pages = Math.ceil(found.length / PAGE_SIZE);
    if (opts.page > pages) return { severity: 'info', title: 'No such page', text: `There ${pages === 1 ? 'is 1 page' : `are ${pages} pages`} of parties; page ${opts.page} is past the end.` };
    return {
      severity: 'info',
      title: `${found.length} part${found.length === 1 ? 'y' : 'ies'}${opts.kind ? ` (kind:${opts.kind})` : ''}`,
      table: { columns: PARTY_COLUMNS, rows: found.slice((opts.page - 1) * PAGE_SIZE, opts.page * PAGE_SIZE).map((p) => partyRow(state, p)) },
      ...(pages > 1 ? { text: `Page ${opts.page} of ${pages}.` } : {}),
    };
  },
} satisfies Command<typeof input>;
