/** `/greenlight import`: merge a ledger exported as JSON; all or nothing (admins). */
import { z } from 'zod';
import { importLedger, type LedgerExport } from '../src/core/changes/entity.js';
import { UsageError } from './lib/parse.js';
import { adminMeta } from './lib/meta.js';
import type { Command } from './lib/types.js';

const input = z.object({ data: z.string().min(2), note: z.string().max(500).optional() });

export const importCommand = {
  name: 'import',
  description: 'Import a ledger exported as JSON (validated, all or nothing) (admins)',
  options: [
    { name: 'data', description: 'The JSON document from /greenlight export', type: 'string', required: true },
    { name: 'note', description: 'Why it is imported', type: 'string' },
  ],
  input,
  permission: 'admin',
  async run(opts, ctx) {
    let data: unknown;
    try {
      data = JSON.parse(opts.data);
    } catch (err) {
      throw new UsageError(`\`data\` is not valid JSON: ${(err as Error).message}. Nothing was imported.`);
    }
    if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== 1) {
      throw new UsageError('`data` must be a Greenlight export (an object with "version": 1). Nothing was imported.');
    }
    const events = await ctx.ledger.commit(importLedger(data as LedgerExport), adminMeta(ctx, opts));
    return {
      severity: 'success',
      title: 'Import finished',
      text: events.length
        ? `${events.length} record${events.length === 1 ? '' : 's'} added or changed.`
        : 'Everything was already up to date; nothing changed.',
    };
  },
} satisfies Command<typeof input>;
