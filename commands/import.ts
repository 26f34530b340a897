/**
 * `/greenlight import`: merges a ledger file from `/greenlight export` (or `npm run ledger --
 * export`), all or nothing (admins). The file is given as an attachment (`file:`: uploaded on
 * Discord, a shared file's link on Slack, a local path in the shell) or, for a small one,
 * pasted as `data:`. History in the file keeps its original actors and evidence.
 */
import { z } from 'zod';
import { MAX_ATTACHMENT_BYTES } from '../src/chat/attachment.js';
import { commitImport } from '../src/core/changes/import-file.js';
import { parseLedgerFile } from '../src/core/ledger-file.js';
import { UsageError } from './lib/parse.js';
import { adminMeta } from './lib/meta.js';
import type { Command, CommandContext } from './lib/types.js';

const input = z.object({
  file: z.string().optional(),
  data: z.string().min(2).optional(),
  note: z.string().max(500).optional(),
});

async function fileText(opts: z.output<typeof input>, ctx: CommandContext): Promise<{ name: string; text: string }> {
  if (opts.file !== undefined && opts.data !== undefined) throw new UsageError('Give either `file:` or `data:`, not both. Nothing was imported.');
  if (opts.data !== undefined) return { name: '`data`', text: opts.data };
  if (opts.file === undefined) {
    const how = ctx.attachments ? ` (${ctx.attachments.howToGive})` : '';
    throw new UsageError(`Give the file from \`export\` as \`file:\`${how}, or paste a small one as \`data:\`. Nothing was imported.`);
  }
  if (!ctx.attachments) throw new UsageError('Files cannot be received here; paste the export as `data:` instead. Nothing was imported.');
  const file = await ctx.attachments.read(opts.file, { maxBytes: MAX_ATTACHMENT_BYTES });
  return { name: file.name, text: file.content.toString('utf8') };
}

export const importCommand = {
  name: 'import',
  description: 'Import a ledger file from export (validated, all or nothing; history keeps its actors) (admins)',
  options: [
    { name: 'file', description: 'The file from /greenlight export', type: 'attachment', positional: true },
    { name: 'data', description: 'Or: a small export pasted as JSON', type: 'string' },
    { name: 'note', description: 'Why it is imported', type: 'string' },
  ],
  input,
  permission: 'admin',
  async run(opts, ctx) {
    const { name, text } = await fileText(opts, ctx);
    const parsed = parseLedgerFile(text);
    if (!parsed.ok) {
      throw new UsageError(`${name} cannot be imported:\n${parsed.problems.map((p) => `• ${p}`).join('\n')}\nNothing was imported.`);
    }
    const { events, fromHistory } = await commitImport(ctx.ledger, parsed.doc, adminMeta(ctx, opts));
    const own = events - fromHistory;
    return {
      severity: 'success',
      title: 'Import finished',
      text: events
        ? `${events.toLocaleString('en-US')} change${events === 1 ? '' : 's'} recorded: ` +
          `${fromHistory.toLocaleString('en-US')} from the file's history (with their original authors and evidence), ` +
          `${own.toLocaleString('en-US')} to bring records in line with the file. Imported changes do not raise alerts.`
        : 'Everything was already up to date; nothing changed.',
    };
  },
} satisfies Command<typeof input>;
