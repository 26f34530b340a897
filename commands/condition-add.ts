/** `/greenlight condition add`: attach a condition to an authorization (admins). */
import { z } from 'zod';
import { addCondition } from '../src/core/changes/condition.js';
import { CONDITION_STATUSES } from '../src/core/model.js';
import { resolveOne } from '../src/core/resolve.js';
import { adminMeta, EVIDENCE_OPTIONS } from './lib/meta.js';
import { evidenceShape } from './lib/schemas.js';
import { summarizeEvent } from '../src/chat/summarize-event.js';
import type { Command } from './lib/types.js';

const input = z.object({
  authorization: z.string(),
  text: z.string().min(3).max(1000),
  kind: z.string().min(1).max(40).default('other'),
  status: z.enum(CONDITION_STATUSES).exclude(['removed']).default('proposed'),
  ...evidenceShape,
});

export const conditionAdd = {
  name: 'condition add',
  description: 'Attach a condition to an authorization (admins)',
  options: [
    { name: 'authorization', description: 'The authorization (id, name or alias)', type: 'string', required: true, autocomplete: ['authorization'] },
    { name: 'text', description: 'The condition, e.g. "bundle a ratio of domestic chips"', type: 'string', required: true },
    { name: 'kind', description: 'A short kind, e.g. bundling, volume-cap, testing, kyc', type: 'string' },
    { name: 'status', description: 'proposed (default), negotiating or final', type: 'string', choices: ['proposed', 'negotiating', 'final'] },
    ...EVIDENCE_OPTIONS,
  ],
  input,
  permission: 'admin',
  async run(opts, ctx) {
    const authorizationId = resolveOne(ctx.ledger.state, opts.authorization, ['authorization']).id;
    const [event] = await ctx.ledger.commit(addCondition({ authorizationId, text: opts.text, kind: opts.kind, status: opts.status }), adminMeta(ctx, opts));
    const again = event!.type !== 'condition.added';
    return {
      severity: 'success',
      title: `Condition ${event!.entityId} ${again ? 'added again' : 'added'} to ${authorizationId}`,
      text: summarizeEvent(event!, ctx.ledger.state),
    };
  },
} satisfies Command<typeof input>;
