/** `/greenlight track remove`: stop tracking an authorization; its history stays (admins). */
import { z } from 'zod';
import { removeAuthorization } from '../src/core/changes/authorization.js';
import { resolveOne } from '../src/core/resolve.js';
import { UsageError } from './lib/parse.js';
import { adminMeta, EVIDENCE_OPTIONS } from './lib/meta.js';
import { evidenceShape } from './lib/schemas.js';
import type { Command } from './lib/types.js';

const input = z.object({ authorization: z.string(), confirm: z.boolean().default(false), ...evidenceShape });

export const trackRemove = {
  name: 'track remove',
  description: 'Stop tracking an authorization; its history is kept (admins)',
  options: [
    {
      name: 'authorization',
      description: 'The authorization (id, name or alias)',
      type: 'string',
      required: true,
      positional: true,
      autocomplete: ['authorization'],
    },
    { name: 'confirm', description: 'Must be true: removing also unlinks its orders', type: 'boolean' },
    ...EVIDENCE_OPTIONS,
  ],
  input,
  permission: 'admin',
  async run(opts, ctx) {
    const match = resolveOne(ctx.ledger.state, opts.authorization, ['authorization']);
    if (!opts.confirm) throw new UsageError(`This removes ${match.name} (${match.id}) from tracking. Run it again with \`confirm:true\` to go ahead.`);
    await ctx.ledger.commit(removeAuthorization(match.id), adminMeta(ctx, opts));
    return {
      severity: 'success',
      title: `Stopped tracking ${match.name}`,
      text: `Its history is kept: \`/greenlight history ${match.id}\`. Bring it back with \`/greenlight track restore ${match.id}\`.`,
    };
  },
} satisfies Command<typeof input>;
