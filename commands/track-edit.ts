/** `/greenlight track edit`: change an authorization's status, quota, holders or details (admins). */
import { overAllocationWarning } from '../src/core/quota-warnings.js';
import { z } from 'zod';
import { updateAuthorization, type AuthorizationPatch } from '../src/core/changes/authorization.js';
import { AUTH_STATUSES } from '../src/core/model.js';
import { DomainError } from '../src/core/errors.js';
import type { Item } from '../src/core/model.js';
import { resolveOne } from '../src/core/resolve.js';
import { countText, inItemUnit, parseCount } from './lib/counts.js';
import { requireParty } from './lib/party-text.js';
import { UsageError } from './lib/parse.js';
import { adminMeta, EVIDENCE_OPTIONS } from './lib/meta.js';
import { summarizeEvent } from '../src/chat/summarize-event.js';
import { dateText, evidenceShape, NAME_MAX, nameList, nameText, validityOrder, validityProblem } from './lib/schemas.js';
import type { Command } from './lib/types.js';

const input = z
  .object({
    authorization: z.string(),
    status: z.enum(AUTH_STATUSES).optional(),
    quota: countText.optional(),
    name: z.string().min(3).max(NAME_MAX).optional(),
    holders: nameList.optional(),
    allocations: z.string().optional(),
    group: nameText.optional(),
    valid_from: dateText.optional(),
    valid_to: dateText.optional(),
    ref: nameText.optional(),
    effective: dateText.optional(),
    reopen: z.boolean().optional(),
    ...evidenceShape,
  })
  .superRefine(validityOrder);

/**
 * "bytedance=150k, alibaba=over 100000" → allocations. Each share is a known holder and a
 * count of 1 or more in the item's unit; a comma inside a number ("150,000") stays in it.
 */
function parseAllocations(
  text: string,
  resolveHolder: (name: string) => string,
  item: Item | undefined,
  unit: string | undefined,
): AuthorizationPatch['allocations'] {
  const parts = text
    .split(/,(?!\d{3}\b)/)
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.map((part) => {
    const [who, amount, extra] = part.split('=').map((x) => x.trim());
    if (!who || !amount || extra !== undefined) throw new UsageError(`Allocation "${part}" must look like holder=quantity, e.g. bytedance=150000.`);
    const quantity = parseCount(amount);
    if ('error' in quantity) throw new UsageError(`Allocation for ${who}: ${quantity.error}`);
    return { holderId: resolveHolder(who), quantity: inItemUnit(quantity, item, 'allocations', unit) };
  });
}

export const trackEdit = {
  name: 'track edit',
  description: 'Change an authorization: status, quota, holders, allocations, validity (admins)',
  options: [
    {
      name: 'authorization',
      description: 'The authorization (id, name or alias)',
      type: 'string',
      required: true,
      positional: true,
      autocomplete: ['authorization'],
    },
    { name: 'status', description: 'New status', type: 'string', choices: AUTH_STATUSES },
    { name: 'quota', description: 'New approved quantity, e.g. "over 400,000"', type: 'string' },
    { name: 'name', description: 'New name', type: 'string' },
    { name: 'holders', description: 'Holders, comma-separated (replaces the list)', type: 'string', autocomplete: ['party'], list: true },
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
    const item = state.item[current.itemId];
    const unit = current.quota?.unit ?? item?.unit;
    const holder = (name: string) => requireParty(state, name).id;
    const problem = validityProblem(opts.valid_from ?? current.validFrom, opts.valid_to ?? current.validTo);
    if (problem) throw new DomainError('invalid_input', `The ${problem}.`);
    const quota = opts.quota ? inItemUnit(opts.quota, item, 'quota', unit) : undefined;
    const allocations = opts.allocations ? parseAllocations(opts.allocations, holder, item, unit) : undefined;
    const patch: AuthorizationPatch = {
      ...(opts.status ? { status: opts.status } : {}),
      ...(quota ? { quota } : {}),
      ...(opts.name ? { name: opts.name } : {}),
      ...(opts.holders ? { holderIds: opts.holders.map(holder) } : {}),
      ...(allocations ? { allocations } : {}),
      ...(opts.group ? { groupName: opts.group } : {}),
      ...(opts.valid_from ? { validFrom: opts.valid_from } : {}),
      ...(opts.valid_to ? { validTo: opts.valid_to } : {}),
      ...(opts.ref ? { externalRef: opts.ref } : {}),
    };
    if (Object.keys(patch).length === 0) throw new UsageError('Say what to change, e.g. `status:approved` or `quota:"over 400,000"`.');
    const meta = adminMeta(ctx, opts);
    const events = await ctx.ledger.commit(updateAuthorization(id, patch, meta, { reopen: opts.reopen ?? false }), meta);
    const after = ctx.ledger.state.authorization[id];
    const over = overAllocationWarning(after?.allocations, after?.quota);
    // Kept: the admin may know better; the alert says the same.
    const warning = over ? `⚠ ${over}; they were recorded anyway, so check the figures.` : undefined;
    return {
      severity: warning ? 'warning' : 'success',
      title: `Updated ${after?.name ?? id}`,
      text: [...events.map((e) => `#${e.seq} ${summarizeEvent(e, ctx.ledger.state)}`), ...(warning ? [warning] : [])].join('\n'),
    };
  },
} satisfies Command<typeof input>;
