/** `/greenlight track restore`: track a removed authorization again, as it was (admins). */
import { z } from 'zod';
import { DomainError } from '../src/core/errors.js';
import { restoreAuthorization } from '../src/core/removed.js';
import { summarizeEvent } from '../src/chat/summarize-event.js';
import { adminMeta, EVIDENCE_OPTIONS } from './lib/meta.js';
import { findRemoved } from './lib/removed-lookup.js';
import { evidenceShape } from './lib/schemas.js';
import type { Command } from './lib/types.js';

const input = z.object({ authorization: z.string(), ...evidenceShape });

export const trackRestore = {
  name: 'track restore',
  description: 'Track a removed authorization again, with its conditions and history (admins)',
  options: [
    { name: 'authorization', description: 'The removed authorization (id, name or alias)', type: 'string', required: true, positional: true },
    ...EVIDENCE_OPTIONS,
  ],
  input,
  permission: 'admin',
  async run(opts, ctx) {
    const tracked = Object.values(ctx.ledger.state.authorization).find((a) => a.id === opts.authorization);
    if (tracked) throw new DomainError('conflict', `${tracked.name} (${tracked.id}) is tracked: there is nothing to restore.`);
    const removed = await findRemoved(ctx.ledger, opts.authorization);
    if (!removed) throw new DomainError('not_found', `No removed authorization matches "${opts.authorization}". \`/greenlight list\` shows what is tracked.`);
    const meta = adminMeta(ctx, opts);
    const events = await ctx.ledger.commit(restoreAuthorization(removed), meta);
    return {
      severity: 'success',
      title: `Tracking ${removed.record.name} again`,
      text: events.map((e) => `#${e.seq} ${summarizeEvent(e, ctx.ledger.state)}`).join('\n'),
    };
  },
} satisfies Command<typeof input>;
