/** `/greenlight condition remove`: mark a condition removed; it stays in history (admins). */
import { z } from 'zod';
import { removeCondition } from '../src/core/changes/condition.js';
import { adminMeta, EVIDENCE_OPTIONS } from './lib/meta.js';
import { evidenceShape } from './lib/schemas.js';
import { summarizeEvent } from '../src/chat/summarize-event.js';
import type { Command } from './lib/types.js';

const input = z.object({ condition: z.string(), ...evidenceShape });

export const conditionRemove = {
  name: 'condition remove',
  description: 'Remove a condition from an authorization (admins)',
  options: [{ name: 'condition', description: 'The condition id (e.g. cond-1)', type: 'string', required: true, positional: true }, ...EVIDENCE_OPTIONS],
  input,
  permission: 'admin',
  async run(opts, ctx) {
    const [event] = await ctx.ledger.commit(removeCondition(opts.condition.trim().toLowerCase()), adminMeta(ctx, opts));
    return { severity: 'success', title: 'Condition removed', text: summarizeEvent(event!, ctx.ledger.state) };
  },
} satisfies Command<typeof input>;
