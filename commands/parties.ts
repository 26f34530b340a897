/** `/greenlight parties [kind:] [page:]`: the companies and other parties the ledger knows. */
import { z } from 'zod';
import { PARTY_KINDS } from '../src/core/model.js';
import { PARTY_COLUMNS, partyRow } from './lib/party-text.js';
import { filterText, pageOf } from './lib/page-of.js';
import type { Command } from './lib/types.js';

/** Parties are short rows: more fit on a page than authorizations or orders (as before the shared pager). */
const PARTIES_PER_PAGE = 25;

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
    const found = Object.values(state.party)
      .filter((p) => !opts.kind || p.kind === opts.kind)
      .sort((a, b) => a.name.localeCompare(b.name));
    if (!found.length)
      return {
        severity: 'info',
        title: 'No parties',
        text: opts.kind ? `No party has kind ${opts.kind}.` : 'No parties yet. An admin can add one with `/greenlight party add name:<Name>`.',
      };
    const { rows, footer } = pageOf(found, opts.page, 'parties', filterText(opts), PARTIES_PER_PAGE);
    return {
      severity: 'info',
      title: `${found.length} part${found.length === 1 ? 'y' : 'ies'}${opts.kind ? ` (kind:${opts.kind})` : ''}`,
      table: { columns: PARTY_COLUMNS, rows: rows.map((p) => partyRow(state, p)) },
      ...(footer ? { text: footer } : {}),
    };
  },
} satisfies Command<typeof input>;
