/** `/greenlight condition edit`: change a condition's text, kind or status (admins). */
import { z } from 'zod';
import { updateCondition } from '../src/core/changes/condition.js';
import { CONDITION_STATUSES } from '../src/core/model.js';
import { UsageError } from './lib/parse.js';
import { adminMeta, EVIDENCE_OPTIONS } from './lib/meta.js';
import { evidenceShape } from './lib/schemas.js';
import { summarizeEvent } from '../src/chat/summarize-event.js';
import type { Command } from './lib/types.js';

const input = z.object({
  condition: z.string(),
  text: z.string().min(3).max(1000).optional(),
  kind: z.string().min(1).max(40).optional(),
  status: z.enum(CONDITION_STATUSES).optional(),
  ...evidenceShape,
});

export const conditionEdit = {
  name: 'condition edit',
  description: 'Change a condition: text, kind, or status (e.g. negotiating → final) (admins)',
  options: [
    { name: 'condition', description: 'The condition id (e.g. cond-1)', type: 'string', required: true, positional: true },
    { name: 'text', description: 'New text', type: 'string' },
    { name: 'kind', description: 'New kind', type: 'string' },
    { name: 'status', description: 'New status', type: 'string', choices: CONDITION_STATUSES },
    ...EVIDENCE_OPTIONS,
  ],
  input,
  permission: 'admin',
  async run(opts, ctx) {
    const patch = { ...(opts.text ? { text: opts.text } : {}), ...(opts.kind ? { kind: opts.kind } : {}), ...(opts.status ? { status: opts.status } : {}) };
    if (!Object.keys(patch).length) throw new UsageError('Say what to change, e.g. `status:final` or `text:"..."`.');
    const [event] = await ctx.ledger.commit(updateCondition(opts.condition.trim().toLowerCase(), patch), adminMeta(ctx, opts));
    return { severity: 'success', title: 'Condition updated', text: summarizeEvent(event!, ctx.ledger.state) };
  },
} satisfies Command<typeof input>;
