/** `/greenlight track edit`: change an authorization's status, quota, holders or details (admins). */
import { z } from 'zod';
import { updateAuthorization, type AuthorizationPatch } from '../src/core/changes/authorization.js';
import { AUTH_STATUSES } from '../src/core/model.js';
import { parseQuantity } from '../src/core/parse-quantity.js';
import { resolveOne } from '../src/core/resolve.js';
import { UsageError } from './lib/parse.js';
import { adminMeta, EVIDENCE_OPTIONS } from './lib/meta.js';
import { summarizeEvent } from '../src/chat/summarize-event.js';
import { dateText, evidenceShape, inUnitOf, nameList, quantityText } from './lib/schemas.js';
import type { Command } from './lib/types.js';

const input = z.object({
  authorization: z.string(),
  status: z.enum(AUTH_STATUSES).optional(),
  quota: quantityText.optional(),
  name: z.string().min(3).max(120).optional(),
  holders: nameList.optional(),
  allocations: z.string().optional(),
  group: z.string().optional(),
  valid_from: dateText.optional(),
  valid_to: dateText.optional(),
  ref: z.string().optional(),
  effective: dateText.optional(),
  reopen: z.boolean().optional(),
  ...evidenceShape,
});

/** "bytedance=150k, alibaba=over 100000" → allocations. */
function parseAllocations(text: string, resolveHolder: (name: string) => string): AuthorizationPatch['allocations'] {
  return text.split(',').map((part) => part.trim()).filter(Boolean).map((part) => {
    const [who, amount] = part.split('=');
    if (!who || !amount) throw new UsageError(`Allocation "${part}" must look like holder=quantity, e.g. bytedance=150000.`);
    const quantity = parseQuantity(amount);
    if ('error' in quantity) throw new UsageError(`Allocation for ${who.trim()}: ${quantity.error}`);
    return { holderId: resolveHolder(who.trim()), quantity };
  });
}

export const trackEdit = {
  name: 'track edit',
  description: 'Change an authorization: status, quota, holders, allocations, validity (admins)',
  options: [
    { name: 'authorization', description: 'The authorization (id, name or alias)', type: 'string', required: true, positional: true, autocomplete: ['authorization'] },
    { name: 'status', description: 'New status', type: 'string', choices: AUTH_STATUSES },
    { name: 'quota', description: 'New approved quantity, e.g. "over 400,000"', type: 'string' },
    { name: 'name', description: 'New name', type: 'string' },
    { name: 'holders', description: 'Holders, comma-separated (replaces the list)', type: 'string', autocomplete: ['party'] },
    { name: 'allocations', description: 'Shares of a group quota: holder=quantity, comma-separated', type: 'string' },
    { name: 'group', description: 'Name of the group sharing the quota', type: 'string' },
    { name: 'valid_from', description: 'Start of validity (YYYY-MM-DD)', type: 'string' },
    { name: 'valid_to', description: 'End of validity (YYYY-MM-DD)', type: 'string' },
    { name: 'ref', description: 'License number or Federal Register document number', type: 'string' },
    { name: 'effective', description: 'When the change took effect (default now)', type: 'string' },
    { name: 'reopen', description: 'true to reopen a final decision (revoked, denied, expired...); needs source_url', type: 'boolean' },
    ...EVIDENCE_OPTIONS,
  ],
  input,
  permission: 'admin',
  async run(opts, ctx) {
    const state = ctx.ledger.state;
    const id = resolveOne(state, opts.authorization, ['authorization']).id;
    const current = state.authorization[id]!;
    const holder = (name: string) => resolveOne(state, name, ['party']).id;
    const patch: AuthorizationPatch = {
      ...(opts.status ? { status: opts.status } : {}),
      ...(opts.quota ? { quota: inUnitOf(opts.quota, current.quota?.unit ?? state.item[current.itemId]?.unit) } : {}),
      ...(opts.name ? { name: opts.name } : {}),
      ...(opts.holders ? { holderIds: opts.holders.map(holder) } : {}),
      ...(opts.allocations ? { allocations: parseAllocations(opts.allocations, holder) } : {}),
      ...(opts.group ? { groupName: opts.group } : {}),
      ...(opts.valid_from ? { validFrom: opts.valid_from } : {}),
      ...(opts.valid_to ? { validTo: opts.valid_to } : {}),
      ...(opts.ref ? { externalRef: opts.ref } : {}),
    };
    if (Object.keys(patch).length === 0) throw new UsageError('Say what to change, e.g. `status:approved` or `quota:"over 400,000"`.');
    const meta = adminMeta(ctx, opts);
    const events = await ctx.ledger.commit(updateAuthorization(id, patch, meta, { reopen: opts.reopen ?? false }), meta);
    return {
      severity: 'success',
      title: `Updated ${ctx.ledger.state.authorization[id]?.name ?? id}`,
      text: events.map((e) => `#${e.seq} ${summarizeEvent(e)}`).join('\n'),
    };
  },
} satisfies Command<typeof input>;
