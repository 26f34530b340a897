/** `/greenlight track add`: start tracking an authorization (admins). */
import { z } from 'zod';
import { createAuthorization } from '../src/core/changes/authorization.js';
import { AUTH_STATUSES, DIRECTIONS } from '../src/core/model.js';
import { DomainError } from '../src/core/errors.js';
import type { Authorization, LedgerState } from '../src/core/model.js';
import { resolveOne } from '../src/core/resolve.js';
import { CLOSED_STATUSES } from './lib/closed-statuses.js';
import { countText, inItemUnit } from './lib/counts.js';
import { adminMeta, EVIDENCE_OPTIONS } from './lib/meta.js';
import { requireParty } from './lib/party-text.js';
import { dateText, evidenceShape, NAME_MAX, nameList, nameText, validityOrder } from './lib/schemas.js';
import { authorizationDetail } from './status.js';
import type { Command } from './lib/types.js';

const input = z
  .object({
    name: z.string().min(3).max(NAME_MAX),
    direction: z.enum(DIRECTIONS),
    authority: nameText,
    item: nameText,
    holders: nameList.pipe(z.array(z.string()).min(1, 'give at least one holder')),
    status: z.enum(AUTH_STATUSES).default('pending'),
    quota: countText.optional(),
    group: nameText.optional(),
    valid_from: dateText.optional(),
    valid_to: dateText.optional(),
    ref: nameText.optional(),
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{1,59}$/, 'use lowercase letters, digits and dashes')
      .optional(),
    ...evidenceShape,
  })
  .superRefine(validityOrder);

/**
 * An open authorization with the same direction, authority, item and holders: a second
 * `track add` of it would be a copy (`-5`), not a new record. A final one (denied, revoked…)
 * does not count; a new application after it is a new record.
 */
function sameAuthorization(state: LedgerState, wanted: Pick<Authorization, 'direction' | 'authorityId' | 'itemId' | 'holderIds'>): Authorization | undefined {
  const holders = [...wanted.holderIds].sort().join(',');
  return Object.values(state.authorization).find(
    (a) =>
      !CLOSED_STATUSES.has(a.status) &&
      a.direction === wanted.direction &&
      a.authorityId === wanted.authorityId &&
      a.itemId === wanted.itemId &&
      [...a.holderIds].sort().join(',') === holders,
  );
}

export const trackAdd = {
  name: 'track add',
  description: 'Start tracking an authorization (admins)',
  options: [
    { name: 'name', description: 'A name people will recognise', type: 'string', required: true },
    { name: 'direction', description: 'export (a license to sell) or import (an approval to buy)', type: 'string', required: true, choices: DIRECTIONS },
    { name: 'authority', description: 'Who grants it (e.g. MOFCOM, BIS)', type: 'string', required: true, autocomplete: ['authority'] },
    { name: 'item', description: 'What it covers (e.g. H200)', type: 'string', required: true, autocomplete: ['item'] },
    {
      name: 'holders',
      description: 'Holder, or several sharing one quota, comma-separated',
      type: 'string',
      required: true,
      autocomplete: ['party'],
      list: true,
    },
    { name: 'status', description: 'Current status (default pending)', type: 'string', choices: AUTH_STATUSES },
    { name: 'quota', description: 'Approved quantity, e.g. "over 400,000"', type: 'string' },
    { name: 'group', description: 'Name of the group sharing the quota', type: 'string' },
    { name: 'valid_from', description: 'Start of validity (YYYY-MM-DD)', type: 'string' },
    { name: 'valid_to', description: 'End of validity (YYYY-MM-DD)', type: 'string' },
    { name: 'ref', description: 'License number or Federal Register document number', type: 'string' },
    { name: 'id', description: 'Id to use (default: made from the name)', type: 'string' },
    ...EVIDENCE_OPTIONS,
  ],
  input,
  permission: 'admin',
  async run(opts, ctx) {
    const state = ctx.ledger.state;
    const meta = adminMeta(ctx, opts);
    const itemId = resolveOne(state, opts.item, ['item']).id;
    const holderIds = [...new Set(opts.holders.map((h) => requireParty(state, h).id))];
    const authorityId = resolveOne(state, opts.authority, ['authority']).id;
    const quota = opts.quota ? inItemUnit(opts.quota, state.item[itemId], 'quota') : undefined;
    const existing = sameAuthorization(state, { direction: opts.direction, authorityId, itemId, holderIds });
    if (existing) {
      throw new DomainError(
        'conflict',
        `This is already tracked as ${existing.name} (id ${existing.id}): same direction, authority, item and holders. Change it with \`/greenlight track edit ${existing.id} …\`, or see it with \`/greenlight status ${existing.id}\`.`,
      );
    }
    const [event] = await ctx.ledger.commit(
      createAuthorization(
        {
          name: opts.name,
          direction: opts.direction,
          authorityId,
          itemId,
          holderIds,
          status: opts.status,
          ...(quota ? { quota } : {}),
          ...(opts.group ? { groupName: opts.group } : {}),
          ...(opts.valid_from ? { validFrom: opts.valid_from } : {}),
          ...(opts.valid_to ? { validTo: opts.valid_to } : {}),
          ...(opts.ref ? { externalRef: opts.ref } : {}),
          ...(opts.id ? { id: opts.id } : {}),
        },
        meta,
      ),
      meta,
    );
    const detail = authorizationDetail(ctx.ledger.state, ctx.ledger.state.authorization[event!.entityId]!);
    return { ...detail, severity: 'success', title: `Now tracking ${detail.title}` };
  },
} satisfies Command<typeof input>;
